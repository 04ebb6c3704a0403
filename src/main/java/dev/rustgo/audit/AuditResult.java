package dev.rustgo.audit;

import dev.rustgo.compare.Comparison;
import dev.rustgo.compare.Snapshot;
import dev.rustgo.criteria.Assessment;
import dev.rustgo.criteria.Reason;
import dev.rustgo.load.LoadResult;
import dev.rustgo.model.Portfolio;
import dev.rustgo.model.Verdict;
import dev.rustgo.policy.Baseline;
import dev.rustgo.policy.FailOn;
import dev.rustgo.policy.Finding;
import dev.rustgo.policy.Policy;
import dev.rustgo.policy.PolicyEngine;
import dev.rustgo.policy.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an audit found, and how it ends. The gate: a finding fails the build when its severity is
 * at or above {@code failOn}, it is not in the baseline, and more such findings were reported than
 * {@code maxAllowedFindings} tolerates.
 */
public final class AuditResult {

    /** How the build ends. */
    public enum Outcome {
        PASS,
        WARN,
        FAIL,
        BAD_INPUT;

        /** The word of {@code summary.result} in the JSON report. */
        public String word() {
            return this == BAD_INPUT ? "fail" : name().toLowerCase(Locale.ROOT);
        }
    }

    private final LoadResult load;
    private final Portfolio portfolio;
    private final List<Assessment> assessments;
    private final List<Finding> findings;
    private final List<PolicyEngine.Waived> waived;
    private final PolicyEngine.Share share;
    private final Policy policy;
    private final Baseline baseline;
    private final List<Baseline.Entry> fixed;
    private final int maxAllowedFindings;
    private final LocalDate referenceDate;
    private final List<Path> reports;
    private final Map<String, Assessment> byName = new HashMap<>();
    private final Selection gate;
    private final Comparison comparison;
    private final int gated;
    // The roll-ups, worked out once on first use: every report and the console read them.
    private volatile List<Rollups.Rollup> owners;
    private volatile List<Rollups.Rollup> systems;
    // Each service's status, worked out once on first use.
    private volatile Map<String, Outcome> statuses;

    AuditResult(
            LoadResult load,
            Portfolio portfolio,
            List<Assessment> assessments,
            List<Finding> findings,
            List<PolicyEngine.Waived> waived,
            PolicyEngine.Share share,
            Policy policy,
            Baseline baseline,
            int maxAllowedFindings,
            LocalDate referenceDate,
            List<Path> reports,
            Selection gate,
            Comparison comparison) {
        this.load = load;
        this.gate = gate;
        this.comparison = comparison;
        this.portfolio = portfolio;
        this.assessments = List.copyOf(assessments);
        this.findings = List.copyOf(findings);
        this.waived = List.copyOf(waived);
        this.share = share;
        this.policy = policy;
        this.baseline = baseline;
        this.fixed = baseline == null ? List.of() : baseline.fixed(findings);
        this.maxAllowedFindings = maxAllowedFindings;
        this.referenceDate = referenceDate;
        this.reports = List.copyOf(reports);
        for (Assessment a : assessments) {
            byName.put(a.service().name(), a);
        }
        this.gated = (int) findings.stream().filter(this::gated).count();
    }

    /** The same result, with the reports that were written for it. */
    public AuditResult withReports(List<Path> written) {
        return copy(written, comparison);
    }

    /** The same result, compared with the portfolio at a revision or in an earlier report. */
    public AuditResult withComparison(Comparison value) {
        return copy(reports, value);
    }

    private AuditResult copy(List<Path> reportsValue, Comparison comparisonValue) {
        return new AuditResult(
                load,
                portfolio,
                assessments,
                findings,
                waived,
                share,
                policy,
                baseline,
                maxAllowedFindings,
                referenceDate,
                reportsValue,
                gate,
                comparisonValue);
    }

    /** The portfolio by owner ({@link Rollups#byOwner}), worked out once. */
    public List<Rollups.Rollup> owners() {
        List<Rollups.Rollup> value = owners;
        if (value == null) {
            owners = value = Rollups.byOwner(this);
        }
        return value;
    }

    /** The portfolio by system ({@link Rollups#bySystem}), worked out once. */
    public List<Rollups.Rollup> systems() {
        List<Rollups.Rollup> value = systems;
        if (value == null) {
            systems = value = Rollups.bySystem(this);
        }
        return value;
    }

    /** What this audit said, as a comparison reads it. */
    public Snapshot snapshot() {
        Map<String, Snapshot.ServiceState> services = new TreeMap<>();
        for (Assessment a : assessments) {
            List<String> reasons = new ArrayList<>();
            for (Reason r : a.reasons()) {
                reasons.add(r.criterion().id() + " " + r.evidence());
            }
            services.put(
                    a.service().name(),
                    new Snapshot.ServiceState(
                            a.verdict().id(), a.service().language().id(), List.copyOf(reasons)));
        }
        Map<String, Snapshot.FindingState> states = new LinkedHashMap<>();
        for (Finding f : findings) {
            states.putIfAbsent(
                    f.fingerprint(),
                    new Snapshot.FindingState(
                            f.rule(), f.service(), f.severity().id(), f.message()));
        }
        return new Snapshot(services, states, share.byCount());
    }

    /** What this change moves, or {@code null} without {@code rustgo.compareTo}. */
    public Comparison comparison() {
        return comparison;
    }

    /** The services as one portfolio: names, fan-in, references in and out of it. */
    public Portfolio portfolio() {
        return portfolio;
    }

    public LoadResult load() {
        return load;
    }

    public List<Assessment> assessments() {
        return assessments;
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<PolicyEngine.Waived> waived() {
        return waived;
    }

    public PolicyEngine.Share share() {
        return share;
    }

    public Policy policy() {
        return policy;
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    public List<Path> reports() {
        return reports;
    }

    public int maxAllowedFindings() {
        return maxAllowedFindings;
    }

    /** Whether a baseline was applied. */
    public boolean hasBaseline() {
        return baseline != null;
    }

    /** Whether the finding was already in the baseline, so it does not count against the gate. */
    public boolean baselined(Finding finding) {
        return baseline != null && baseline.contains(finding);
    }

    /** Baseline entries no longer reported. */
    public List<Baseline.Entry> fixed() {
        return fixed;
    }

    /** The gate this result was judged by. */
    public FailOn failOn() {
        return policy.failOn();
    }

    /** The assessment of the service of this name, or {@code null}. */
    public Assessment assessment(String name) {
        return byName.get(name);
    }

    private boolean gated(Finding finding) {
        return policy.failOn().fails(finding.severity())
                && !baselined(finding)
                && counts(finding)
                && (!policy.changesOnly() || comparison == null || comparison.isNew(finding.fingerprint()));
    }

    /** The services whose findings count against the gate. */
    public Selection gate() {
        return gate;
    }

    /**
     * Whether the finding is one the gate counts: with an owner or system selection, only a finding
     * about a scored service of the selection does (not one about the portfolio, a file or another team).
     */
    public boolean counts(Finding finding) {
        if (gate.all()) {
            return true;
        }
        Assessment about = finding.service() == null ? null : byName.get(finding.service());
        return about != null && gate.includes(about.service());
    }

    /** Findings at or above {@code failOn} that are not in the baseline. */
    public int gatedCount() {
        return gated;
    }

    /** Whether this finding fails the build. */
    public boolean fails(Finding finding) {
        return gated > maxAllowedFindings && gated(finding);
    }

    /**
     * A service's status against the policy in force, from the findings about it that waivers left
     * (audit.json's {@code status}): {@link Outcome#FAIL} where one of them fails the build
     * ({@link #fails}), {@link Outcome#WARN} where one is a warning or an error that does not (below
     * {@code failOn}, in the baseline, tolerated by {@code maxAllowedFindings}, outside the gate),
     * else {@link Outcome#PASS}, infos included: the build's {@link #outcome()}, service by service.
     */
    public Outcome status(String service) {
        Map<String, Outcome> value = statuses;
        if (value == null) {
            Map<String, Outcome> worked = new HashMap<>();
            for (Finding f : findings) {
                if (f.service() != null) {
                    Outcome o = fails(f) ? Outcome.FAIL : f.severity() != Severity.INFO ? Outcome.WARN : Outcome.PASS;
                    worked.merge(f.service(), o, (a, b) -> a.compareTo(b) >= 0 ? a : b);
                }
            }
            statuses = value = worked;
        }
        return value.getOrDefault(service, Outcome.PASS);
    }

    public Outcome outcome() {
        if (!load.problems().isEmpty()) {
            return Outcome.BAD_INPUT;
        }
        if (gated > maxAllowedFindings) {
            return Outcome.FAIL;
        }
        return findings.stream().anyMatch(f -> f.severity() != Severity.INFO) ? Outcome.WARN : Outcome.PASS;
    }

    public long count(Verdict verdict) {
        return assessments.stream().filter(a -> a.verdict() == verdict).count();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long failing() {
        return gated > maxAllowedFindings ? gated : 0;
    }
}
