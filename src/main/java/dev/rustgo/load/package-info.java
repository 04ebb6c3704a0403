/**
 * Finding and reading the descriptors: discovery, each envelope (native, Backstage), value
 * conversion, per-file loading into services, the problems and notices of that reading.
 */
package dev.rustgo.load;
