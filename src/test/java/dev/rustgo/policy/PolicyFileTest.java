package dev.rustgo.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.console.ConsoleReport;
import dev.rustgo.criteria.Threshold;
import dev.rustgo.diagnostics.Problem;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy file, waivers and the baseline, end to end through the engine. */
class PolicyFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path base;

    @BeforeEach
    void portfolio() throws Exception {
        Files.createDirectories(base.resolve("services"));
        Files.writeString(base.resolve("services/matcher.yaml"), """
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata: {name: matcher}
                spec:
                  language: go
                  role: data-plane
                  traffic: {peakRps: 400000, p99LatencyMs: 2}
                  criticality: [financial]
                  team: {rustExperience: some}
                """);
        Files.writeString(base.resolve("services/admin.yaml"), """
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata: {name: admin}
                spec: {language: rust, role: admin-api}
                """);
    }

    private AuditResult audit(String policy, Path baseline) throws Exception {
        Path file = null;
        if (policy != null) {
            file = base.resolve("rustgo-policy.yaml");
            Files.writeString(file, policy);
        }
        return new Auditor()
                .audit(new AuditRequest(
                        base,
                        List.of(base),
                        List.of(),
                        List.of(),
                        FailOn.ERROR,
                        base.resolve("target/rustgo"),
                        Set.of(),
                        TODAY,
                        file,
                        baseline,
                        0));
    }

    private static List<String> findings(AuditResult r) {
        return r.findings().stream()
                .map(f -> f.severity().id() + " " + f.place() + " [" + f.rule() + "] " + f.message())
                .toList();
    }

    private static List<String> problems(AuditResult r) {
        return r.load().problems().stream().map(Problem::toString).toList();
    }

    @Test
    void withoutAPolicyTheDefaultsApply() throws Exception {
        AuditResult r = audit(null, null);
        assertEquals("built-in defaults", r.policy().source());
        assertEquals(AuditResult.Outcome.FAIL, r.outcome());
    }

    @Test
    void severitiesCanBeRaisedLoweredOrTurnedOff() throws Exception {
        AuditResult r = audit("""
                apiVersion: rustgo.dev/v1
                kind: Policy
                rules:
                  rust-candidate-in-go: warning
                  go-fit-in-rust: error
                """, null);
        assertEquals(List.of(), problems(r));
        assertEquals(
                List.of("error", "warning"),
                r.findings().stream().map(f -> f.severity().id()).toList());
        assertEquals(
                List.of("go-fit-in-rust", "rust-candidate-in-go"),
                r.findings().stream().map(Finding::rule).toList());
        AuditResult off = audit("""
                apiVersion: rustgo.dev/v1
                kind: Policy
                rules: {rust-candidate-in-go: off, go-fit-in-rust: off}
                """, null);
        assertEquals(List.of(), findings(off));
        assertEquals(AuditResult.Outcome.PASS, off.outcome());
    }

    @Test
    void thresholdsAndTheShareBandCanBeTuned() throws Exception {
        AuditResult r = audit("""
                apiVersion: rustgo.dev/v1
                kind: Policy
                thresholds: {tail.demandingMs: 1, throughput.demandingRps: 500000}
                share: {low: 0.01, high: 0.2}
                """, null);
        assertEquals(List.of(), problems(r));
        assertEquals("go", r.assessment("matcher").verdict().id(), "2 ms and 400K rps are now mild figures");
        assertEquals(0.2, r.policy().thresholds().get(Threshold.SHARE_HIGH));
    }

    @Test
    void anActiveWaiverSuppressesAndAnExpiredOneDoesNot() throws Exception {
        AuditResult active = audit("""
                apiVersion: rustgo.dev/v1
                kind: Policy
                waivers:
                  - service: "match*"
                    rule: rust-candidate-in-go
                    reason: Rewrite staffed for Q3
                    owner: trading-platform
                    expires: 2027-06-01
                """, null);
        assertEquals(
                List.of("warning services/admin.yaml:4:18 [go-fit-in-rust] admin is a strong Go fit"
                        + " (G-CONTROL-PLANE role admin-api) but is written in rust; build it in Go while it is new, or"
                        + " record why Rust is needed in spec.decision; if it already runs, say so with spec.lifecycle:"
                        + " production"),
                findings(active));
        assertEquals(1, active.waived().size());
        assertEquals(AuditResult.Outcome.WARN, active.outcome());

        AuditResult expired = audit("""
                apiVersion: rustgo.dev/v1
                kind: Policy
                waivers:
                  - {service: matcher, rule: rust-candidate-in-go, reason: Later, owner: team, expires: 2026-11-23}
                """, null);
        assertTrue(
                findings(expired)
                        .contains("warning rustgo-policy.yaml:4:5 [waiver-expired] the waiver of"
                                + " rust-candidate-in-go for matcher (owner team) expired on 2026-11-23; it no longer suppresses"
                                + " anything"),
                findings(expired).toString());
        assertEquals(AuditResult.Outcome.FAIL, expired.outcome());
    }

    @Test
    void aMultiLineWaiverReasonIsLoggedOnOneLine() throws Exception {
        // Found by the fuzz tests: a folded or quoted reason with line breaks made the waived line continue on log
        // lines of its own. The folded block's last line break goes; one inside the text shows as its escape.
        AuditResult r = audit("""
                apiVersion: rustgo.dev/v1
                kind: Policy
                waivers:
                  - service: matcher
                    rule: rust-candidate-in-go
                    reason: >
                      Rewrite staffed
                      for Q3
                    owner: "trading\\nplatform"
                    expires: 2027-06-01
                """, null);
        assertTrue(
                ConsoleReport.lines(r, base).stream()
                        .map(l -> l.text())
                        .toList()
                        .contains(
                                "services/matcher.yaml:5:13: [rust-candidate-in-go] waived until 2027-06-01 (trading\\nplatform:"
                                        + " Rewrite staffed for Q3)"),
                ConsoleReport.lines(r, base).toString());
    }

    @Test
    void aWaiverExpiringSoonWarnsAndAnUnusedOneIsReported() throws Exception {
        AuditResult r = audit("""
                apiVersion: rustgo.dev/v1
                kind: Policy
                waivers:
                  - {service: matcher, rule: rust-candidate-in-go, reason: Q3, owner: team, expires: 2026-12-10}
                  - {service: ghost, rule: go-fit-in-rust, reason: Gone, owner: team, expires: 2027-12-10}
                """, null);
        assertTrue(
                findings(r)
                        .contains("warning rustgo-policy.yaml:4:5 [waiver-expiring] the waiver of"
                                + " rust-candidate-in-go for matcher (owner team) expires on 2026-12-10, in 16 days"),
                findings(r).toString());
        assertTrue(
                findings(r)
                        .contains("info rustgo-policy.yaml:5:5 [waiver-unused] the waiver of go-fit-in-rust"
                                + " for ghost (owner team) covers nothing reported any more"),
                findings(r).toString());
    }

    @Test
    void anInvalidPolicyIsBadInputWithEveryProblemAtItsPlace() throws Exception {
        AuditResult r = audit("""
                apiVersion: rustgo.dev/v1
                kind: Policy
                rules:
                  rust-candidate-in-goo: error
                  go-fit-in-rust: fatal
                thresholds:
                  tail.strongMS: 3
                waivers:
                  - {service: matcher, rule: rust-candidate-in-go, owner: team, expires: someday}
                """, null);
        assertEquals(
                List.of(
                        "rustgo-policy.yaml:4:3: unknown rule 'rust-candidate-in-goo'; did you mean 'rust-candidate-in-go'?;"
                                + " docs/rules.md lists them all",
                        "rustgo-policy.yaml:5:19: rules.go-fit-in-rust must be one of off, info, warning, error; found 'fatal'",
                        "rustgo-policy.yaml:7:3: unknown threshold 'tail.strongMS'; did you mean 'tail.strictMs'?;"
                                + " docs/criteria.md lists them all",
                        "rustgo-policy.yaml:9:5: a waiver needs reason",
                        "rustgo-policy.yaml:9:74: waiver expires must be an ISO date (yyyy-mm-dd); found 'someday'"),
                problems(r));
        assertEquals(AuditResult.Outcome.BAD_INPUT, r.outcome());
        assertEquals(2, r.assessments().size(), "the services are still scored, with the defaults");
    }

    /** Waivers name services, so one naming a rule whose findings are about no service could never match. */
    @Test
    void aWaiverOfARuleAboutNoServiceIsAnErrorThatSaysWhatToDoInstead() throws Exception {
        AuditResult r = audit("""
                apiVersion: rustgo.dev/v1
                kind: Policy
                waivers:
                  - {service: "*", rule: rust-share-above-band, reason: growing, owner: arch, expires: 2027-01-01}
                  - service: "*"
                    rule: waiver-expiring
                    reason: noisy
                    owner: arch
                    expires: 2027-01-01
                  - {service: "*", rule: empty-descriptor-file, reason: wip, owner: arch, expires: 2027-01-01}
                """, null);
        assertEquals(
                List.of(
                        "rustgo-policy.yaml:4:26: a waiver cannot cover rust-share-above-band: its findings are about the"
                                + " portfolio, not a service, and a waiver names services; set its severity under rules:"
                                + " instead (rust-share-above-band: info, or off), or tune the band under share: (high: 0.15)",
                        "rustgo-policy.yaml:6:11: a waiver cannot cover waiver-expiring: its findings are about a waiver of"
                                + " this file, not a service, and a waiver names services; set its severity under rules:"
                                + " instead (waiver-expiring: info, or off), or fix the waiver it names",
                        "rustgo-policy.yaml:10:26: a waiver cannot cover empty-descriptor-file: its findings are about a"
                                + " file, not a service, and a waiver names services; set its severity under rules: instead"
                                + " (empty-descriptor-file: info, or off), or take the file out with rustgo.excludes"),
                problems(r));
        assertEquals(AuditResult.Outcome.BAD_INPUT, r.outcome());
    }

    @Test
    void theShareBandIsTwoFractionsTheLowOneBelow() throws Exception {
        String head = "apiVersion: rustgo.dev/v1\nkind: Policy\n";
        assertEquals(
                List.of("rustgo-policy.yaml:3:15: share.high is a fraction of the portfolio, from 0 to 1;"
                        + " found 10 (for 10%, write 0.10)"),
                problems(audit(head + "share: {high: 10}\n", null)));
        assertEquals(
                List.of("rustgo-policy.yaml:4:14: share.low is a fraction of the portfolio, from 0 to 1;"
                        + " found 7.5 (for 7.5%, write 0.075)"),
                problems(audit(head + "thresholds:\n  share.low: 7.5\n", null)));
        assertEquals(
                List.of("rustgo-policy.yaml:3:14: share.low (0.2) must be below share.high (0.1)"),
                problems(audit(head + "share: {low: 0.2}\n", null)));
        assertEquals(
                List.of("rustgo-policy.yaml:3:26: share.low (0.15) must be below share.high (0.15)"),
                problems(audit(head + "share: {high: 0.15, low: 0.15}\n", null)));
        AuditResult tuned = audit(head + "share: {low: 0.02, high: 0.5}\n", null);
        assertEquals(List.of(), problems(tuned));
        assertEquals(0.5, tuned.policy().thresholds().get(Threshold.SHARE_HIGH));
    }

    @Test
    void anEmptyOrCorruptPolicyIsAClearError() throws Exception {
        assertEquals(
                List.of("rustgo-policy.yaml:1:1: the policy file is empty; write a policy (apiVersion:"
                        + " rustgo.dev/v1, kind: Policy) or delete the file to use the defaults"),
                problems(audit("", null)));
        assertEquals(
                List.of("rustgo-policy.yaml:1:9: invalid YAML: expected the node content, but found"
                        + " '<stream end>'"),
                problems(audit("rules: [", null)));
    }

    @Test
    void withABaselineOnlyNewFindingsFailAndFixedOnesAreReported() throws Exception {
        AuditResult first = audit(null, null);
        Path baseline = base.resolve("rustgo-baseline.json");
        StringWriter out = new StringWriter();
        Baseline.of(first.findings()).write(out);
        Files.writeString(baseline, out.toString());

        AuditResult same = audit(null, baseline);
        assertEquals(AuditResult.Outcome.WARN, same.outcome(), "the known Rust candidate no longer fails");
        assertTrue(same.findings().stream().allMatch(same::baselined));

        // Lines move and the file is reformatted: the fingerprint holds.
        Files.writeString(base.resolve("services/matcher.yaml"), """
                # moved down by a comment
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata:
                  name: matcher
                spec:
                  language: go
                  role: data-plane
                  traffic:
                    peakRps: 400000
                    p99LatencyMs: 2
                  concurrency: hard
                  criticality: [financial]
                  team:
                    rustExperience: some
                """);
        assertEquals(AuditResult.Outcome.WARN, audit(null, baseline).outcome());

        // A new Rust candidate fails, and only it.
        Files.writeString(base.resolve("services/ingest.yaml"), """
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata: {name: ingest}
                spec: {language: go, role: proxy, traffic: {peakRps: 300000, p99LatencyMs: 3}, concurrency: hard,
                  criticality: [ingestion]}
                """);
        AuditResult added = audit(null, baseline);
        assertEquals(AuditResult.Outcome.FAIL, added.outcome());
        assertEquals(
                List.of("ingest"),
                added.findings().stream()
                        .filter(added::fails)
                        .map(Finding::service)
                        .toList());

        // The admin service is fixed: it is reported as such.
        Files.delete(base.resolve("services/admin.yaml"));
        assertEquals(
                List.of("go-fit-in-rust"),
                audit(null, baseline).fixed().stream().map(Baseline.Entry::rule).toList());
    }

    /**
     * Findings about the portfolio or the policy file say counts and days in their messages; the
     * baseline still knows them when a plain Go service is added (the share becomes "2 of 11") and on
     * the next day (the waiver expires "in 19 days"), even with failOn=warning.
     */
    @Test
    void portfolioAndWaiverFindingsStayInTheBaselineWhenCountsAndDaysChange() throws Exception {
        for (int i = 0; i < 8; i++) {
            Files.writeString(base.resolve("services/api-" + i + ".yaml"), """
                    apiVersion: rustgo.dev/v1
                    kind: Service
                    metadata: {name: api-%d}
                    spec: {language: go, role: api}
                    """.formatted(i));
        }
        Path policy = base.resolve("rustgo-policy.yaml");
        Files.writeString(policy, """
                apiVersion: rustgo.dev/v1
                kind: Policy
                waivers:
                  - {service: matcher, rule: rust-candidate-in-go, reason: rewrite staffed, owner: team-t, expires: 2026-12-14}
                """);
        Path baseline = base.resolve("rustgo-baseline.json");
        AuditResult first = strict(TODAY, policy, null);
        assertEquals(
                List.of("rust-share-above-band", "waiver-expiring", "go-fit-in-rust"),
                first.findings().stream().map(Finding::rule).toList());
        assertTrue(
                first.findings().get(0).message().contains("(2 of 10)"),
                first.findings().get(0).message());
        assertTrue(
                first.findings().get(1).message().endsWith(", in 20 days"),
                first.findings().get(1).message());
        // A finding about a service keeps the fingerprint baselines already hold: the rule and the service.
        assertEquals("4596dfb9659610102e48aec3", first.findings().get(2).fingerprint());
        assertEquals(AuditResult.Outcome.FAIL, first.outcome());
        StringWriter out = new StringWriter();
        Baseline.of(first.findings()).write(out);
        Files.writeString(baseline, out.toString());

        Files.writeString(base.resolve("services/admin-api.yaml"), """
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata: {name: admin-api}
                spec: {language: go, role: admin-api}
                """);
        AuditResult added = strict(TODAY, policy, baseline);
        assertTrue(
                added.findings().get(0).message().contains("(2 of 11)"),
                added.findings().get(0).message());
        assertEquals(
                List.of(),
                added.findings().stream().filter(f -> !added.baselined(f)).toList());
        assertEquals(List.of(), added.fixed());
        assertEquals(AuditResult.Outcome.WARN, added.outcome());

        AuditResult nextDay = strict(TODAY.plusDays(1), policy, baseline);
        assertTrue(
                nextDay.findings().get(1).message().endsWith(", in 19 days"),
                nextDay.findings().get(1).message());
        assertEquals(
                List.of(),
                nextDay.findings().stream().filter(f -> !nextDay.baselined(f)).toList());
        assertEquals(List.of(), nextDay.fixed());
        assertEquals(AuditResult.Outcome.WARN, nextDay.outcome());
    }

    /** The one line a policy failure ends with: how many findings, by severity and by rule, and the fix. */
    @Test
    void theFailureLineCountsTheFailingFindingsBySeverityAndByRule() throws Exception {
        AuditResult strict = strict(TODAY, null, null);
        assertEquals(
                "rustgo: 2 findings fail the build (1 error, 1 warning: 1 rust-candidate-in-go, 1 go-fit-in-rust);"
                        + " fix them as the lines above say, or record a decision in spec.decision (rustgo.failOn sets the gate)",
                ConsoleReport.failure(strict));
        Path none = null;
        AuditResult tolerant = new Auditor()
                .audit(new AuditRequest(
                        base,
                        List.of(base),
                        List.of(),
                        List.of(),
                        FailOn.WARNING,
                        base.resolve("target"),
                        Set.of(),
                        TODAY,
                        none,
                        none,
                        1));
        assertEquals(
                "rustgo: 2 findings fail the build, more than the 1 rustgo.maxAllowedFindings allows (1 error,"
                        + " 1 warning: 1 rust-candidate-in-go, 1 go-fit-in-rust); fix them as the lines above say, or record a"
                        + " decision in spec.decision (rustgo.failOn sets the gate)",
                ConsoleReport.failure(tolerant));
    }

    private AuditResult strict(LocalDate day, Path policy, Path baseline) throws Exception {
        return new Auditor()
                .audit(new AuditRequest(
                        base,
                        List.of(base),
                        List.of(),
                        List.of(),
                        FailOn.WARNING,
                        base.resolve("target/rustgo"),
                        Set.of(),
                        day,
                        policy,
                        baseline,
                        0));
    }

    @Test
    void aCorruptBaselineIsAPositionedError() throws Exception {
        Path baseline = base.resolve("rustgo-baseline.json");
        Files.writeString(baseline, "{\"schemaVersion\": 1, \"findings\": [ {\"rule\": ");
        List<String> problems = problems(audit(null, baseline));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("rustgo-baseline.json:1:"), problems.get(0));
        assertTrue(problems.get(0).contains("the baseline is not valid JSON"), problems.get(0));
        Files.writeString(baseline, "");
        assertEquals(
                List.of("rustgo-baseline.json:1:1: the baseline file is empty; write it with mvn rustgo:baseline,"
                        + " or delete it"),
                problems(audit(null, baseline)));
        // Found by fuzzing the baseline: the JSON parser quotes the bad token, NUL bytes and all, and a NUL in the
        // message broke the JUnit report. It is shown as its escape.
        Files.writeString(baseline, "{\"schemaVersion\": 1,\n \"findings\": [d\u0000\u0000]}");
        assertEquals(
                List.of("rustgo-baseline.json:2:15: the baseline is not valid JSON: Unrecognized token"
                        + " 'd\\u0000\\u0000': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or"
                        + " 'false'); write it again with mvn rustgo:baseline"),
                problems(audit(null, baseline)));
    }

    @Test
    void aBaselineOrPolicyThatLinksOutOfTheProjectIsNamedAndNotRead(@org.junit.jupiter.api.io.TempDir Path outside)
            throws Exception {
        Path secret = Files.writeString(outside.resolve("credentials"), "{\"token\": \"hunter2\"}");
        Path baseline = base.resolve("rustgo-baseline.json");
        Files.createSymbolicLink(baseline, secret);
        assertEquals(
                List.of("rustgo-baseline.json:1:1: is a symbolic link to a place outside the project ("
                        + secret.toRealPath() + "); not read"),
                problems(audit(null, baseline)));
    }

    @Test
    void maxAllowedFindingsToleratesThatManyGatedFindings() throws Exception {
        Path none = null;
        AuditResult tolerated = new Auditor()
                .audit(new AuditRequest(
                        base,
                        List.of(base),
                        List.of(),
                        List.of(),
                        FailOn.ERROR,
                        base.resolve("target"),
                        Set.of(),
                        TODAY,
                        none,
                        none,
                        1));
        assertEquals(AuditResult.Outcome.WARN, tolerated.outcome());
        assertFalse(tolerated.findings().stream().anyMatch(tolerated::fails));
    }
}
