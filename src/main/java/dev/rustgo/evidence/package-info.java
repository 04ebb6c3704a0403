/**
 * What the repository itself holds (Kubernetes manifests, Helm charts, Compose files, build
 * files): one evidence source per kind of file, their precedence, the values they fill in and the
 * drifts they show, and the survey of a repository without descriptors.
 */
package dev.rustgo.evidence;
