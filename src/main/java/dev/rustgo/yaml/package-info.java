/**
 * Hardened YAML reading: {@link dev.rustgo.yaml.YamlReader} turns a descriptor, policy, manifest,
 * Helm or Compose file into {@link dev.rustgo.yaml.YamlNode}s with their places, refusing whatever
 * such files never need.
 */
package dev.rustgo.yaml;
