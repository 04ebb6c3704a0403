/**
 * The commented descriptors the {@code scaffold} goal writes, and where: decided against the
 * portfolio the audit reads and the repository's survey.
 */
package dev.rustgo.scaffold;
