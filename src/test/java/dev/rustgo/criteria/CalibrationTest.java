package dev.rustgo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.policy.FailOn;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
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

    private static AuditResult result;

    @BeforeAll
    static void audit() throws Exception {
        Path dir = Paths.get(CalibrationTest.class.getResource("/calibration").toURI());
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
        "contested, review",
    })
    void archetype(String name, String verdict) {
        Assessment a = result.assessment(name);
        assertNotNull(a, name);
        assertEquals(verdict, a.verdict().id(), name + ": " + a.summary() + " " + a.reasons());
    }

    @Test
    void everyArchetypeIsCovered() {
        assertEquals(20, result.assessments().size());
    }

    @Test
    void theRustCandidatesAreAMinorityEvenInThisRustHeavyPortfolio() {
        long rust = result.assessments().stream().filter(a -> a.verdict().id().equals("rust")).count();
        assertEquals(10, rust);
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
