/**
 * The one containment rule for every file read by a path a repository chooses: nothing outside the
 * project.
 */
package dev.rustgo.files;
