/**
 * The gate: the policy rules and their metadata, one check per concern, waivers, the policy file
 * and the baseline.
 */
package dev.rustgo.policy;
