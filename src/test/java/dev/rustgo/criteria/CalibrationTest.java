package dev.rustgo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.model.Verdict;
import dev.rustgo.policy.FailOn;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The archetypes the guides name, each a descriptor in src/test/resources/calibration read by the
 * real loader, with the verdict the guides' reasoning gives.
 */
class CalibrationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private static AuditResult result;
    private static Path dir;

    @BeforeAll
    static void audit() throws Exception {
        dir = Paths.get(CalibrationTest.class.getResource("/calibration").toURI());
        result = new Auditor()
                .audit(new AuditRequest(
                        dir, dir, List.of(), List.of(), FailOn.ERROR, dir.resolve("target"), Set.of(), DAY));
        assertEquals(List.of(), result.load().problems());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "trading-matcher, rust",
        "pipeline-hot-path, rust",
        "realtime-analytics, rust",
        "edge-worker, rust",
        "wasm-filter, rust",
        "native-extension, rust",
        "ingest-front-door, rust",
        "payments-core, rust",
        "legacy-replacement, rust",
        "gc-spikes-at-scale, rust",
        "admin-api, go",
        "orchestrator, go",
        "k8s-controller, go",
        "internal-tooling, go",
        "mvp-marketplace, go",
        "crud-backend, go",
        "no-rust-team, go",
        "gc-pauses-only, go",
        "container-tooling, go",
        "busy-orchestrator, go",
        "realtime-mvp, go",
        "api-team-new-to-rust, go",
        "modest-fleet, go",
        "contested, review",
        // The reviewer's four classes of flaw, each decided by a sentence of the guides (see the files).
        "mild-figures-worker, go",
        "sub-millisecond-api, review",
        "racy-scheduler, review",
        "safety-boundary, rust",
        "long-payback-fleet, review",
        "big-bill-fleet, review",
        "retiring-matcher, review",
        "steady-go-gateway, review",
        "overdue-mvp, review",
        "rust-team-admin, go",
        "new-admin-in-rust, go",
        // A Go criterion at work on each of these (see eachGoCriterionKeepsItsCaseAtReview).
        "busy-control-plane, review",
        "hot-path-new-team, review",
        "quiet-low-latency, review",
    })
    void archetype(String name, String verdict) {
        Assessment a = result.assessment(name);
        assertNotNull(a, name);
        assertEquals(verdict, a.verdict().id(), name + ": " + a.summary() + " " + a.reasons());
    }

    @Test
    void everyArchetypeIsCovered() {
        assertEquals(38, result.assessments().size());
    }

    @Test
    void exactlyTheRustArchetypesAreRustCandidates() {
        assertEquals(
                List.of(
                        "edge-worker",
                        "gc-spikes-at-scale",
                        "ingest-front-door",
                        "legacy-replacement",
                        "native-extension",
                        "payments-core",
                        "pipeline-hot-path",
                        "realtime-analytics",
                        "safety-boundary",
                        "trading-matcher",
                        "wasm-filter"),
                result.assessments().stream()
                        .filter(a -> a.verdict() == Verdict.RUST)
                        .map(a -> a.service().name())
                        .toList());
    }

    /** What the reviewer's cases show to the people who act on them: the reason and the figures. */
    @Test
    void theCounterCasesSayWhy() {
        assertEquals(
                "Go fits: no central requirement demands Rust; the signals toward Rust (R-DEFECT-COST criticality"
                        + " ingestion, R-TAIL latencyIncidents 1, R-TAIL p99LatencyMs 45, R-THROUGHPUT peakRps 55000,"
                        + " R-MEMORY memoryBudgetMiB 256, R-SCALE-COST instances 35, R-CONCURRENCY concurrency moderate)"
                        + " are not demanding",
                result.assessment("mild-figures-worker").summary());
        assertEquals(
                "Rust is demanded (tail latency, throughput and scale), but for a service running in Go the"
                        + " move must pay back or the defect cost be high: it would save 417-714 a month against 45000 of"
                        + " onboarding and 30000 of rewrite: pays back in 105-180 months, beyond the 12-month horizon,"
                        + " and no costly criticality, fan-in or safety requirement is recorded",
                result.assessment("long-payback-fleet").summary());
        CostEstimate big = result.assessment("big-bill-fleet").cost();
        assertEquals(
                "saves 50000-85714 a month against 45000 of onboarding and 45000 of rewrite: pays back in"
                        + " 1.1-1.8 months, within the 12-month horizon",
                big.summary());
        assertEquals(
                "one central requirement (throughput and scale) with nothing to corroborate it; rust needs a"
                        + " second, a strong one, or a high defect cost, a hot-path role or a replacement beside it",
                result.assessment("big-bill-fleet").summary());
        assertEquals(
                "Rust is demanded (tail latency, throughput and scale, concurrency correctness) but Go"
                        + " pressure weighs against it (G-GOOD-ENOUGH in production and evolving, with no latency,"
                        + " concurrency or memory-safety incident recorded in 12 months)",
                result.assessment("steady-go-gateway").summary());
    }

    /** Advice speaks of new work: findings of the counter-cases of class 3 and 4. */
    @Test
    void advicePointsAtNewWorkNotAtRewrites() {
        List<String> findings = result.findings().stream()
                .filter(f -> f.service() != null
                        && List.of("rust-team-admin", "new-admin-in-rust", "retiring-matcher", "long-payback-fleet")
                                .contains(f.service()))
                .map(f -> f.severity().id() + " " + f.rule() + " " + f.service())
                .toList();
        assertEquals(
                List.of(
                        "warning go-fit-in-rust new-admin-in-rust",
                        "info needs-review long-payback-fleet",
                        "info needs-review retiring-matcher",
                        "info go-fit-running-in-rust rust-team-admin"),
                findings);
    }

    /**
     * Each Go criterion has a case it keeps at review: without the criterion's rule the case is
     * rust, so a Go rule that stops working fails here. G-DEFAULT is no rule but the model's
     * starting point; mildFiguresNeverAddUpToAVerdict in ScorerTest holds it.
     */
    @ParameterizedTest(name = "without {0}, {1} is rust")
    @CsvSource({
        "G-CONTROL-PLANE, busy-control-plane",
        "G-TIME-TO-MARKET, overdue-mvp",
        "G-TEAM, hot-path-new-team",
        "G-GOOD-ENOUGH, quiet-low-latency",
    })
    void eachGoCriterionKeepsItsCaseAtReview(String criterion, String name) {
        Assessment with = result.assessment(name);
        assertEquals("review", with.verdict().id(), name + " with every rule: " + with.summary());
        Scorer without = new Scorer(RuleCatalog.rules().stream()
                .filter(r -> !r.criterion().id().equals(criterion))
                .toList());
        Rule.Context context =
                new Rule.Context(result.portfolio(), result.policy().thresholds(), DAY);
        Assessment a = without.assess(with.service(), context);
        assertEquals("rust", a.verdict().id(), name + " without " + criterion + ": " + a.summary());
    }

    @Test
    void everyGoCriterionWithARuleHasAnAblationCase() throws Exception {
        Method test = getClass().getDeclaredMethod("eachGoCriterionKeepsItsCaseAtReview", String.class, String.class);
        List<String> covered = Arrays.stream(test.getAnnotation(CsvSource.class).value())
                .map(row -> row.split(",")[0])
                .toList();
        assertEquals(
                RuleCatalog.rules().stream()
                        .filter(r -> r.criterion().direction() == Direction.GO)
                        .map(r -> r.criterion().id())
                        .toList(),
                covered);
    }

    @Test
    void whatWouldChangeNamesTheNearestFlip() {
        assertEquals(
                List.of("a p99LatencyMs of 100 or more would make this go"),
                result.assessment("sub-millisecond-api").whatIf());
        // Missing fields first: adding evidence is the cheapest change. A go verdict with only mild
        // evidence is no edge case, so the report leaves it out; explaining the service asks for it.
        Assessment noRustTeam = result.assessment("no-rust-team");
        assertEquals(List.of(), noRustTeam.whatIf());
        assertEquals(
                List.of(
                        "a memoryBudgetMiB of 64 or less would make this review",
                        "a p99LatencyMs of 5 or less would make this review",
                        "a peakRps of 245000 or more would make this review"),
                Scorer.standard()
                        .whatIf(
                                noRustTeam.service(),
                                new Rule.Context(
                                        result.portfolio(), result.policy().thresholds(), DAY)));
    }

    @Test
    void costOfOwnershipShowsItsAssumptions() {
        CostEstimate cost = result.assessment("pipeline-hot-path").cost();
        assertEquals(
                "saves 2667-4571 a month against 45000 of onboarding and 60000 of rewrite: pays back in"
                        + " 23-39.4 months, beyond the 12-month horizon",
                cost.summary());
        assertEquals(
                List.of(
                        "run cost: 80 instances at 200 a month each (cost.instanceMonthly)",
                        "saving: Rust serves the same load with 20%-40% more throughput per instance"
                                + " (cost.throughputGainLow/High, the guides' HTTP figure), so 17%-29% less capacity",
                        "team: size 5 assumed (cost.defaultTeamSize), as team.size is missing",
                        "onboarding: 3 extra weeks per engineer for rustExperience unknown (taken as none)"
                                + " (cost.extraWeeksNone; Rust async takes about a month to learn, Go concurrency a week),"
                                + " at 3000 per engineer-week (cost.engineerWeek)",
                        "rewrite: 20000 lines of go assumed for a stream-processor service (cost.assumedLines.stream-processor),"
                                + " as codeLines is missing, at 1000 lines per engineer-week (cost.rewriteLinesPerWeek)",
                        "payback: the one-off costs over the monthly saving, held against a 12-month horizon at the low"
                                + " saving (cost.paybackHorizonMonths)"),
                cost.assumptions());
    }
}
