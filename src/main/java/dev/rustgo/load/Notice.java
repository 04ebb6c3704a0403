package dev.rustgo.load;

/**
 * Something about the input that is not an error but that users should hear of (a matched file
 * that holds no service, a link that points out of the project, a Backstage service the catalog
 * does not describe for the audit): the policy turns it into a finding of rule {@code rule}.
 *
 * @param service the service it is about, or {@code null} when it is about a file
 * @param about what in the file it is about, where one file can have several (a Location's target);
 *     part of the finding's fingerprint, so never anything that changes while the notice holds
 */
public record Notice(String rule, Problem where, String service, String about) {

    /** A notice about a file. */
    public Notice(String rule, Problem where) {
        this(rule, where, null, null);
    }

    /** A notice about a service. */
    public Notice(String rule, Problem where, String service) {
        this(rule, where, service, null);
    }
}
