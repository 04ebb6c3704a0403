package dev.rustgo.audit;

import dev.rustgo.criteria.Assessment;
import dev.rustgo.load.LoadResult;
import dev.rustgo.model.Verdict;
import dev.rustgo.policy.FailOn;
import dev.rustgo.policy.Finding;
import dev.rustgo.policy.Policy;
import dev.rustgo.policy.PolicyEngine;
import dev.rustgo.policy.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** What an audit found, and how it ends. */
public record AuditResult(LoadResult load, List<Assessment> assessments, List<Finding> findings,
        PolicyEngine.Share share, Policy policy, LocalDate referenceDate, List<Path> reports) {

    /** How the build ends. */
    public enum Outcome {
        PASS, WARN, FAIL, BAD_INPUT;

        /** The word of {@code summary.result} in the JSON report. */
        public String word() {
            return this == BAD_INPUT ? "fail" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public AuditResult {
        assessments = List.copyOf(assessments);
        findings = List.copyOf(findings);
        reports = List.copyOf(reports);
    }

    public Outcome outcome() {
        if (!load.problems().isEmpty()) {
            return Outcome.BAD_INPUT;
        }
        if (findings.stream().anyMatch(this::fails)) {
            return Outcome.FAIL;
        }
        return findings.stream().anyMatch(f -> f.severity() != Severity.INFO) ? Outcome.WARN : Outcome.PASS;
    }

    /** The same result, with the reports that were written for it. */
    public AuditResult withReports(List<Path> written) {
        return new AuditResult(load, assessments, findings, share, policy, referenceDate, written);
    }

    /** The gate this result was judged by. */
    public FailOn failOn() {
        return policy.failOn();
    }

    /** The assessment of the service of this name, or {@code null}. */
    public Assessment assessment(String name) {
        return assessments.stream().filter(a -> a.service().name().equals(name)).findFirst().orElse(null);
    }

    /** Whether this finding fails the build under {@code failOn}. */
    public boolean fails(Finding finding) {
        return policy.failOn().fails(finding.severity());
    }

    public long count(Verdict verdict) {
        return assessments.stream().filter(a -> a.verdict() == verdict).count();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long failing() {
        return findings.stream().filter(this::fails).count();
    }
}
