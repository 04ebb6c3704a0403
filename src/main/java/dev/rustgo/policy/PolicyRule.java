package dev.rustgo.policy;

import dev.rustgo.criteria.Criterion;
import dev.rustgo.criteria.Numbers;
import dev.rustgo.criteria.Threshold;
import dev.rustgo.criteria.Thresholds;
import dev.rustgo.diagnostics.Notice;
import java.util.Arrays;
import java.util.List;

/**
 * The rules of the policy gate: each has an id (as reports and a policy file name it), a default
 * severity, the criterion behind it, and the fix. Documented in docs/rules.md.
 */
public enum PolicyRule {
    RUST_CANDIDATE_IN_GO(
            "rust-candidate-in-go",
            Severity.ERROR,
            Scope.SERVICE,
            Criterion.P_SPLIT,
            "A Rust candidate written in Go",
            "The criteria make this service a Rust candidate (central requirements of the guides demand it, nothing presses for Go, and the move pays back or its defect or safety cost is high), but it is written in Go and no recorded decision says why.",
            "record the decision to stay on Go in spec.decision (with its record), or plan the move to Rust"),
    RUST_CANDIDATE_IN_OTHER_LANGUAGE(
            "rust-candidate-in-other-language",
            Severity.WARNING,
            Scope.SERVICE,
            Criterion.P_SPLIT,
            "A Rust candidate written in another language",
            "The criteria make this service a Rust candidate, but it is written in a language other than Rust or Go and no recorded decision says why.",
            "record the decision in spec.decision, or plan the move to Rust"),
    GO_FIT_IN_RUST(
            "go-fit-in-rust",
            Severity.WARNING,
            Scope.SERVICE,
            Criterion.P_SPLIT,
            "A strong Go fit being written in Rust",
            "The criteria give this service a clear Go verdict (a control plane, an admin API, modest load), and it is being written in Rust by a team that knows Go, but it is not in production yet (spec.lifecycle is experimental or not recorded): Rust's slower first month and narrower hiring market buy nothing here, and changing course is still cheap.",
            "build it in Go while it is new, or record why Rust is needed in spec.decision; if it already runs, say so with spec.lifecycle: production"),
    GO_FIT_RUNNING_IN_RUST(
            "go-fit-running-in-rust",
            Severity.INFO,
            Scope.SERVICE,
            Criterion.P_SPLIT,
            "A strong Go fit running in Rust",
            "The criteria give this service a clear Go verdict, and it runs in Rust (in production or being retired), or its team has no Go experience. The guides never advise rewriting a working service: this is information for the next service of its kind, not a task.",
            "nothing to do for this service; new services of this kind default to Go"),
    DECISION_RECORDED(
            "decision-recorded",
            Severity.INFO,
            Scope.SERVICE,
            Criterion.P_SPLIT,
            "A contradiction explained by a decision",
            "The service contradicts its verdict, and a recorded decision (spec.decision) explains why; reported for information until the decision expires.",
            "nothing to do until the decision expires"),
    DECISION_EXPIRED(
            "decision-expired",
            Severity.WARNING,
            Scope.SERVICE,
            Criterion.P_SPLIT,
            "An expired decision",
            "The decision recorded for this service has expired and no longer counts.",
            "review the decision and set a new spec.decision.expires, or act on the verdict"),
    DECISION_EXPIRING(
            "decision-expiring",
            Severity.WARNING,
            Scope.SERVICE,
            Criterion.P_SPLIT,
            "A decision about to expire",
            "The decision recorded for this service expires within {warnDays} days.",
            "review the decision before it expires, and set a new spec.decision.expires"),
    WAIVER_EXPIRED(
            "waiver-expired",
            Severity.WARNING,
            Scope.WAIVER,
            null,
            "An expired waiver",
            "A waiver of the policy file has expired; it no longer suppresses the findings it covered.",
            "fix what the waiver covered, or renew the waiver with a new expires date and reason"),
    WAIVER_EXPIRING(
            "waiver-expiring",
            Severity.WARNING,
            Scope.WAIVER,
            null,
            "A waiver about to expire",
            "A waiver of the policy file expires within {warnDays} days.",
            "fix what the waiver covers before it expires, or renew it"),
    WAIVER_UNUSED(
            "waiver-unused",
            Severity.INFO,
            Scope.WAIVER,
            null,
            "An unused waiver",
            "A waiver of the policy file covers no finding any more.",
            "remove the waiver: nothing it covers is reported any more"),
    RUST_WITHOUT_EXPERIENCE(
            "rust-candidate-without-rust-experience",
            Severity.WARNING,
            Scope.SERVICE,
            Criterion.P_READINESS,
            "A Rust candidate without Rust experience",
            "A Rust candidate is owned by a team with no Rust experience, or with none recorded (the cost estimate then assumes none): the move costs about a month of onboarding per engineer (Rust async), and needs a plan.",
            "plan the onboarding (about a month for Rust async) or pair the team with Rust-experienced engineers"),
    RUST_SHARE_ABOVE_BAND(
            "rust-share-above-band",
            Severity.WARNING,
            Scope.PORTFOLIO,
            Criterion.P_SHARE,
            "Rust share above the {band} band",
            "Rust candidates and Rust services are a larger share of the portfolio than the {band} of the architecture the guides reserve for Rust.",
            "check the descriptors of the Rust candidates, or tune the thresholds in the policy"),
    NEEDS_REVIEW(
            "needs-review",
            Severity.INFO,
            Scope.SERVICE,
            null,
            "A verdict that needs a review",
            "The criteria give strong signals both ways, a close call, or too little evidence to decide between Rust and Go.",
            "add the missing evidence to the descriptor, or record a decision"),
    DUPLICATE_SERVICE(
            "duplicate-service",
            Severity.ERROR,
            Scope.SERVICE,
            null,
            "A duplicate service name",
            "Two descriptors use the same service name; only the first is scored.",
            "rename one of the services, or remove the copy"),
    UNKNOWN_DEPENDENCY(
            "unknown-dependency",
            Severity.WARNING,
            Scope.SERVICE,
            null,
            "A dependency on an unknown service",
            "A dependsOn entry names no service of the portfolio.",
            "fix the name, or add a descriptor for that service"),
    EMPTY_DESCRIPTOR_FILE(
            "empty-descriptor-file",
            Severity.WARNING,
            Scope.FILE,
            null,
            "A descriptor file without a service",
            "A file matched by the descriptor includes holds no service.",
            "add a descriptor to the file, or exclude it with rustgo.excludes"),
    LINK_OUTSIDE_PROJECT(
            "link-outside-project",
            Severity.WARNING,
            Scope.FILE,
            null,
            "A link out of the project",
            "A symbolic link under the descriptor directory points outside the project; it was not followed.",
            "copy the descriptor into the project, or remove the link"),
    LOCATION_NOT_FOLLOWED(
            "location-not-followed",
            Severity.WARNING,
            Scope.FILE,
            null,
            "A Backstage Location not followed",
            "A Backstage Location target is a URL, leaves the project, or does not exist; it was not read.",
            "point the Location at files inside the project, or audit the other catalog in its own build"),
    SERVICE_NOT_DESCRIBED(
            "service-not-described",
            Severity.WARNING,
            Scope.SERVICE,
            null,
            "A Backstage service not described for the audit",
            "A Backstage Component of spec.type service carries no rustgo.dev/ annotation, so the audit cannot score it: it has no verdict and is left out of the share and the fan-in.",
            "add the annotations rustgo.dev/role and rustgo.dev/language (or one language tag) to the Component; mvn rustgo:scaffold -Drustgo.service=NAME prints the annotations to add, with what the repository gives (-Drustgo.from=repository: for every such Component at once)"),
    DESCRIPTOR_DRIFT(
            "descriptor-drift",
            Severity.WARNING,
            Scope.SERVICE,
            null,
            "A descriptor that drifted from the repository",
            "A value the descriptor writes (language, instances, memory budget) disagrees beyond the policy's tolerance with what the repository runs: its build files, Kubernetes manifests or Helm values. The verdict is worked out from the descriptor's value, which may no longer be true.",
            "fix the value the message names (usually the descriptor: the repository is what runs), or the manifest if it is the one that is wrong"),
    MANIFEST_NOT_READ(
            "manifest-not-read",
            Severity.WARNING,
            Scope.FILE,
            null,
            "A manifest that could not be read",
            "A Kubernetes manifest or a Helm chart file under the descriptor directory is not valid YAML, or breaks a limit of the hostile-input rules (size, nesting, aliases); the audit goes on without the figures it holds.",
            "fix the file, or take it out with rustgo.excludes"),
    MANIFEST_VALUE_IGNORED(
            "manifest-value-ignored",
            Severity.WARNING,
            Scope.FILE,
            null,
            "A repository value no system would accept",
            "A replica count, autoscaler bound or memory size in a manifest, chart or Compose file is one Kubernetes or Docker would reject (not a whole number, out of its int32 range, a maxReplicas under 1, no quantity), or no container could have (under 1 MiB, over 64 TiB); it is not used as a figure.",
            "fix the value in the file (500m is half a byte: write 500Mi), or set the figure in the descriptor"),
    TEMPLATE_CONTENT_SKIPPED(
            "template-content-skipped",
            Severity.INFO,
            Scope.FILE,
            null,
            "Scaffolder template content passed over",
            "Files that a Backstage scaffolder Template copies into new repositories (its skeleton, or any document holding ${{ }} template expressions) are not entities Backstage registers, so the audit does not read them as services.",
            "nothing to do; exclude the template's folder with rustgo.excludes to silence this"),
    NO_SERVICES_FOUND(
            "no-services-found",
            Severity.WARNING,
            Scope.FILE,
            null,
            "No service to audit",
            "The descriptor includes matched no service, so the audit audited nothing; a green gate would prove nothing.",
            "run mvn rustgo:scaffold -Drustgo.from=repository to write a descriptor for each service the repository"
                    + " shows, or point rustgo.descriptorDirectory and rustgo.includes at the descriptors");

    private final String id;
    private final Severity defaultSeverity;
    private final Scope scope;
    private final Criterion criterion;
    private final String title;
    private final String description;
    private final String fix;

    PolicyRule(
            String id,
            Severity defaultSeverity,
            Scope scope,
            Criterion criterion,
            String title,
            String description,
            String fix) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.scope = scope;
        this.criterion = criterion;
        this.title = title;
        this.description = description;
        this.fix = fix;
    }

    /** A short title, e.g. "A Rust candidate written in Go", with the default thresholds. */
    public String title() {
        return title(Thresholds.defaults());
    }

    /** The title with the thresholds of the policy in force (the share band). */
    public String title(Thresholds t) {
        return fill(title, t);
    }

    /** What the rule reports and why it matters, with the default thresholds. */
    public String description() {
        return description(Thresholds.defaults());
    }

    /** What the rule reports, with the thresholds of the policy in force (the share band, the warning window). */
    public String description(Thresholds t) {
        return fill(description, t);
    }

    private static String fill(String text, Thresholds t) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        return text.replace("{band}", t.shareBand())
                .replace("{warnDays}", Numbers.format(t.get(Threshold.EXPIRY_WARN_DAYS)));
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

    /**
     * Whether the rule's findings are about a service, so that a waiver (which names services) can
     * cover them; the others are about the portfolio, a file, or a waiver.
     */
    public boolean aboutAService() {
        return scope == Scope.SERVICE;
    }

    /** What the rule's findings are about: a service, the portfolio, a file, or a waiver of the policy. */
    public Scope scope() {
        return scope;
    }

    /** The rule that reports a notice of the loader. */
    public static PolicyRule of(Notice.Kind kind) {
        return switch (kind) {
            case EMPTY_DESCRIPTOR_FILE -> EMPTY_DESCRIPTOR_FILE;
            case LINK_OUTSIDE_PROJECT -> LINK_OUTSIDE_PROJECT;
            case LOCATION_NOT_FOLLOWED -> LOCATION_NOT_FOLLOWED;
            case SERVICE_NOT_DESCRIBED, SERVICE_SCORED_UNDESCRIBED -> SERVICE_NOT_DESCRIBED;
            case DESCRIPTOR_DRIFT -> DESCRIPTOR_DRIFT;
            case MANIFEST_NOT_READ -> MANIFEST_NOT_READ;
            case MANIFEST_VALUE_IGNORED -> MANIFEST_VALUE_IGNORED;
            case TEMPLATE_CONTENT_SKIPPED -> TEMPLATE_CONTENT_SKIPPED;
            case NO_SERVICES_FOUND -> NO_SERVICES_FOUND;
        };
    }

    /** Every rule's id, in the order of the rules. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(PolicyRule::id).toList();
    }

    public static PolicyRule byId(String id) {
        for (PolicyRule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown rule '" + id + "'");
    }

    /**
     * What a rule's findings are about, given in each rule's row (there is no default: a new rule says
     * whether a waiver, which names services, can cover it); with, for the others, what a policy can
     * do about them instead.
     */
    public enum Scope {
        SERVICE("a service", ""),
        PORTFOLIO("the portfolio", ", or tune the band under share: (high: 0.15)"),
        FILE("a file", ", or take the file out with rustgo.excludes"),
        WAIVER("a waiver of this file", ", or fix the waiver it names");

        private final String about;
        private final String instead;

        Scope(String about, String instead) {
            this.about = about;
            this.instead = instead;
        }

        /** What the findings are about, as a message names it: "a file". */
        public String about() {
            return about;
        }

        /** What else a policy can do about such a finding than set its severity: ", or fix the waiver it names". */
        public String instead() {
            return instead;
        }
    }
}
