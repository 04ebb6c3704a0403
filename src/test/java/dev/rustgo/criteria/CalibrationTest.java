package dev.rustgo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.model.Verdict;
import dev.rustgo.policy.FailOn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The archetypes the guides name, each a descriptor in src/test/resources/calibration read by the
 * real loader, with the verdict the guides' reasoning gives.
 */
class CalibrationTest {

    private static AuditResult result;
    private static Path dir;

    @BeforeAll
    static void audit() throws Exception {
        dir = Paths.get(CalibrationTest.class.getResource("/calibration").toURI());
        result = new Auditor().audit(new AuditRequest(dir, dir, List.of(), List.of(), FailOn.ERROR,
                dir.resolve("target"), Set.of(), LocalDate.of(2026, 11, 24)));
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
    })
    void archetype(String name, String verdict) {
        Assessment a = result.assessment(name);
        assertNotNull(a, name);
        assertEquals(verdict, a.verdict().id(), name + ": " + a.summary() + " " + a.reasons());
    }

    @Test
    void everyArchetypeIsCovered() {
        assertEquals(24, result.assessments().size());
    }

    @Test
    void exactlyTheRustArchetypesAreRustCandidates() {
        assertEquals(List.of("edge-worker", "gc-spikes-at-scale", "ingest-front-door", "legacy-replacement",
                "native-extension", "payments-core", "pipeline-hot-path", "realtime-analytics", "trading-matcher",
                "wasm-filter"), result.assessments().stream().filter(a -> a.verdict() == Verdict.RUST)
                        .map(a -> a.service().name()).toList());
    }

    /**
     * The Go archetypes above are Go mostly by the prior: without any Go rule most would still be Go.
     * These cases are Rust-leaning services that one Go criterion keeps on Go; weighting that
     * criterion 0 in a policy makes each a review, so a regression in a Go rule shows here.
     */
    @ParameterizedTest(name = "without {0}, {1} is {2}")
    @CsvSource({
        "G-DEFAULT, modest-fleet, review, verdict.goPrior",
        "G-CONTROL-PLANE, busy-orchestrator, review, weight.goRole.controlPlane weight.goRole.conventional",
        "G-TIME-TO-MARKET, realtime-mvp, review, weight.timeToMarket.mvp weight.timeToMarket.deadline",
        "G-TEAM, api-team-new-to-rust, review, weight.team.noRust weight.team.noRustDeadline weight.team.someRust",
        "G-GOOD-ENOUGH, modest-fleet, review, weight.goodEnough.looseP99 weight.goodEnough.modestRps",
    })
    void eachGoCriterionKeepsItsCaseOnGo(String criterion, String name, String without, String weights,
            @TempDir Path policyDir) throws Exception {
        assertEquals("go", result.assessment(name).verdict().id(), name + " is go with every rule");
        StringBuilder policy = new StringBuilder("apiVersion: rustgo.dev/v1\nkind: Policy\nthresholds:\n");
        for (String weight : weights.split(" ")) {
            policy.append("  ").append(weight).append(": 0\n");
        }
        Path file = Files.writeString(policyDir.resolve("rustgo-policy.yaml"), policy.toString());
        AuditResult ablated = new Auditor().audit(new AuditRequest(dir, List.of(dir), List.of(), List.of(),
                FailOn.ERROR, dir.resolve("target"), Set.of(), LocalDate.of(2026, 11, 24), file, null, 0));
        assertEquals(List.of(), ablated.load().problems());
        Assessment a = ablated.assessment(name);
        assertEquals(without, a.verdict().id(), name + " without " + criterion + ": " + a.summary());
        assertTrue(a.reasons().stream().noneMatch(r -> r.criterion().id().equals(criterion) && r.weight() > 0),
                "the policy weighs " + criterion + " 0");
    }

    @Test
    void everyGoCriterionHasAnAblationCase() throws Exception {
        java.lang.reflect.Method test = getClass().getDeclaredMethod("eachGoCriterionKeepsItsCaseOnGo", String.class,
                String.class, String.class, String.class, Path.class);
        List<String> covered = java.util.Arrays.stream(test.getAnnotation(CsvSource.class).value())
                .map(row -> row.split(",")[0]).toList();
        assertEquals(java.util.Arrays.stream(Criterion.values()).filter(c -> c.direction() == Direction.GO)
                .map(Criterion::id).toList(), covered);
    }

    @Test
    void whatWouldChangeNamesTheNearestFlip() {
        assertEquals(List.of("a p99LatencyMs of 100 or more would make this go",
                "a peakRps under 5000 would make this go"), result.assessment("contested").whatIf().subList(0, 2));
        // Missing fields first: adding evidence is the cheapest change.
        assertEquals(List.of("a memoryBudgetMiB of 256 or less would make this review",
                "100 instances or more would make this review",
                "firstMilestone: replace-unstable would make this review"), result.assessment("no-rust-team").whatIf());
    }

    @Test
    void costOfOwnershipShowsItsAssumptions() {
        CostEstimate cost = result.assessment("pipeline-hot-path").cost();
        assertEquals("saves 2667-4571 a month against 45000 of onboarding: pays back in 9.8-16.9 months",
                cost.summary());
        assertEquals(List.of("run cost: 80 instances at 200 a month each (cost.instanceMonthly)",
                "Rust serves the same load with 20%-40% more throughput per instance (cost.throughputGainLow/High,"
                        + " the guides' HTTP figure), so 17%-29% less capacity",
                "team: size 5 assumed (cost.defaultTeamSize), as team.size is missing",
                "onboarding: 3 extra weeks per engineer for rustExperience unknown (taken as none)"
                        + " (cost.extraWeeksNone; Rust async takes about a month to learn, Go concurrency a week),"
                        + " at 3000 per engineer-week (cost.engineerWeek)"), cost.assumptions());
    }
}
