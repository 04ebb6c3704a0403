package dev.rustgo.load;

/**
 * Something about the input that is not an error but that users should hear of (a matched file
 * that holds no service, a link that points out of the project): the policy turns it into a
 * finding of rule {@code rule}.
 */
public record Notice(String rule, Problem where) {}
