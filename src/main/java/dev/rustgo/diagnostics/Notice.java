package dev.rustgo.diagnostics;

/**
 * Something about the input that is not an error but that users should hear of (a matched file
 * that holds no service, a link that points out of the project, a Backstage service the catalog
 * does not describe for the audit): the policy turns it into a finding of the rule of its
 * {@link Kind}.
 *
 * @param kind what it is
 * @param where the file and place, and the message
 * @param service the service it is about, or {@code null} when it is about a file
 * @param about what in the file it is about, where one file can have several (a Location's target);
 *     part of the finding's fingerprint, so never anything that changes while the notice holds
 */
public record Notice(Kind kind, Problem where, String service, String about) {

    /** What a notice is about; each has a policy rule of the same name. */
    public enum Kind {
        /** A matched file that holds no service. */
        EMPTY_DESCRIPTOR_FILE,
        /** A symbolic link that points out of the project, not followed. */
        LINK_OUTSIDE_PROJECT,
        /** A Backstage Location whose target is a URL, outside the project, or missing. */
        LOCATION_NOT_FOLLOWED,
        /** A Backstage Component of spec.type service without rustgo.dev/ annotations, not scored. */
        SERVICE_NOT_DESCRIBED,
        /**
         * A Backstage Component of spec.type service without rustgo.dev/ annotations, scored on the
         * evidence there is: the same rule as {@link #SERVICE_NOT_DESCRIBED}, at {@code info} unless the
         * policy sets the rule's severity.
         */
        SERVICE_SCORED_UNDESCRIBED,
        /** A value of the descriptor that the repository contradicts beyond the tolerance. */
        DESCRIPTOR_DRIFT,
        /** A Kubernetes manifest or Helm chart file that could not be read. */
        MANIFEST_NOT_READ,
        /** A value of a manifest, chart or Compose file the system that owns it would reject: not a figure. */
        MANIFEST_VALUE_IGNORED,
        /** The content of a Backstage scaffolder Template, passed over. */
        TEMPLATE_CONTENT_SKIPPED,
        /** No service descriptor was found: the audit audited nothing, and says what the repository shows. */
        NO_SERVICES_FOUND
    }

    /** A notice about a file. */
    public Notice(Kind kind, Problem where) {
        this(kind, where, null, null);
    }

    /** A notice about a service. */
    public Notice(Kind kind, Problem where, String service) {
        this(kind, where, service, null);
    }
}
