package dev.rustgo.policy;

import dev.rustgo.criteria.Criterion;

/**
 * The rules of the policy gate: each has an id (as reports and a policy file name it), a default
 * severity, the criterion behind it, and the fix. Documented in docs/rules.md.
 */
public enum PolicyRule {
    RUST_CANDIDATE_IN_GO("rust-candidate-in-go", Severity.ERROR, Criterion.P_SPLIT,
            "record the decision to stay on Go in spec.decision (with its record), or plan the move to Rust"),
    RUST_CANDIDATE_IN_OTHER_LANGUAGE("rust-candidate-in-other-language", Severity.WARNING, Criterion.P_SPLIT,
            "record the decision in spec.decision, or plan the move to Rust"),
    GO_FIT_IN_RUST("go-fit-in-rust", Severity.WARNING, Criterion.P_SPLIT,
            "record why Rust is needed here in spec.decision, or plan the move to Go"),
    DECISION_RECORDED("decision-recorded", Severity.INFO, Criterion.P_SPLIT,
            "nothing to do until the decision expires"),
    DECISION_EXPIRED("decision-expired", Severity.WARNING, Criterion.P_SPLIT,
            "review the decision and set a new spec.decision.expires, or act on the verdict"),
    DECISION_EXPIRING("decision-expiring", Severity.WARNING, Criterion.P_SPLIT,
            "review the decision before it expires, and set a new spec.decision.expires"),
    WAIVER_EXPIRED("waiver-expired", Severity.WARNING, null,
            "fix what the waiver covered, or renew the waiver with a new expires date and reason"),
    WAIVER_EXPIRING("waiver-expiring", Severity.WARNING, null,
            "fix what the waiver covers before it expires, or renew it"),
    WAIVER_UNUSED("waiver-unused", Severity.INFO, null,
            "remove the waiver: nothing it covers is reported any more"),
    RUST_WITHOUT_EXPERIENCE("rust-candidate-without-rust-experience", Severity.WARNING, Criterion.P_READINESS,
            "plan the onboarding (about a month for Rust async) or pair the team with Rust-experienced engineers"),
    RUST_SHARE_ABOVE_BAND("rust-share-above-band", Severity.WARNING, Criterion.P_SHARE,
            "check the descriptors of the Rust candidates, or tune the thresholds in the policy"),
    NEEDS_REVIEW("needs-review", Severity.INFO, null,
            "add the missing evidence to the descriptor, or record a decision"),
    DUPLICATE_SERVICE("duplicate-service", Severity.ERROR, null,
            "rename one of the services, or remove the copy"),
    UNKNOWN_DEPENDENCY("unknown-dependency", Severity.WARNING, null,
            "fix the name, or add a descriptor for that service"),
    EMPTY_DESCRIPTOR_FILE("empty-descriptor-file", Severity.WARNING, null,
            "add a descriptor to the file, or exclude it with rustgo.excludes"),
    LINK_OUTSIDE_PROJECT("link-outside-project", Severity.WARNING, null,
            "copy the descriptor into the project, or remove the link"),
    LOCATION_NOT_FOLLOWED("location-not-followed", Severity.WARNING, null,
            "point the Location at files inside the project, or audit the other catalog in its own build");

    private final String id;
    private final Severity defaultSeverity;
    private final Criterion criterion;
    private final String fix;

    PolicyRule(String id, Severity defaultSeverity, Criterion criterion, String fix) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.criterion = criterion;
        this.fix = fix;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public Criterion criterion() {
        return criterion;
    }

    public String fix() {
        return fix;
    }

    public static PolicyRule byId(String id) {
        for (PolicyRule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown rule '" + id + "'");
    }
}
