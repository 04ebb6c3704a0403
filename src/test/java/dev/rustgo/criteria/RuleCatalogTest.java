package dev.rustgo.criteria;

import static dev.rustgo.criteria.Services.assess;
import static dev.rustgo.criteria.Services.reasons;
import static dev.rustgo.criteria.Services.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rustgo.model.Concurrency;
import dev.rustgo.model.Criticality;
import dev.rustgo.model.Deployment;
import dev.rustgo.model.Experience;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Milestone;
import dev.rustgo.model.Role;
import dev.rustgo.model.Service;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each criterion's rule: the fields it reads, the thresholds, the weight and the place of the evidence. */
class RuleCatalogTest {

    @Test
    void everyServiceCriterionHasExactlyOneRuleAndThePortfolioOnesAreLeftToThePolicy() {
        Set<Criterion> covered = RuleCatalog.rules().stream().map(Rule::criterion).collect(Collectors.toSet());
        assertEquals(RuleCatalog.rules().size(), covered.size(), "one rule per criterion");
        Set<Criterion> expected = EnumSet.allOf(Criterion.class);
        expected.removeAll(EnumSet.of(Criterion.G_DEFAULT, Criterion.P_SHARE, Criterion.P_SPLIT, Criterion.P_READINESS));
        assertEquals(expected, covered);
    }

    @Test
    void criterionIdsAreThoseOfTheContract() {
        assertEquals(List.of("R-TAIL", "R-THROUGHPUT", "R-MEMORY", "R-SCALE-COST", "R-DEFECT-COST", "R-CONCURRENCY",
                "R-MEMORY-SAFETY", "R-TARGET", "R-ROLE", "R-REPLACE", "R-NATIVE", "G-DEFAULT", "G-CONTROL-PLANE",
                "G-TIME-TO-MARKET", "G-TEAM", "G-GOOD-ENOUGH", "P-SHARE", "P-SPLIT", "P-READINESS"),
                Arrays.stream(Criterion.values()).map(Criterion::id).toList());
    }

    private static Services worker() {
        return service("svc", Language.GO, Role.WORKER);
    }

    @Test
    void tailLatencyWeighsTheP99TargetByBandAndIncidentsLightly() {
        assertEquals(List.of("R-TAIL 3 p99LatencyMs 5 @6:5"),
                reasons(assess(worker().set(Field.P99_LATENCY_MS, 5.0)), Criterion.R_TAIL));
        assertEquals(List.of("R-TAIL 2 p99LatencyMs 20 @6:5"),
                reasons(assess(worker().set(Field.P99_LATENCY_MS, 20.0)), Criterion.R_TAIL));
        assertEquals(List.of("R-TAIL 1 p99LatencyMs 50 @6:5"),
                reasons(assess(worker().set(Field.P99_LATENCY_MS, 50.0)), Criterion.R_TAIL));
        assertEquals(List.of(), reasons(assess(worker().set(Field.P99_LATENCY_MS, 50.5)), Criterion.R_TAIL));
        assertEquals(List.of("R-TAIL 1.5 latencyIncidents 3 @6:5"),
                reasons(assess(worker().set(Field.LATENCY_INCIDENTS, 3L)), Criterion.R_TAIL));
        assertEquals(List.of("R-TAIL 0.5 latencyIncidents 1 @6:5"),
                reasons(assess(worker().set(Field.LATENCY_INCIDENTS, 1L)), Criterion.R_TAIL));
    }

    @Test
    void throughputUsesTheGuides245kFigureAsTheStrongBand() {
        assertEquals(List.of("R-THROUGHPUT 3 peakRps 245000 @6:5"),
                reasons(assess(worker().set(Field.PEAK_RPS, 245_000L)), Criterion.R_THROUGHPUT));
        assertEquals(List.of("R-THROUGHPUT 2 peakRps 244999 @6:5"),
                reasons(assess(worker().set(Field.PEAK_RPS, 244_999L)), Criterion.R_THROUGHPUT));
        assertEquals(List.of("R-THROUGHPUT 1 peakRps 50000 @6:5"),
                reasons(assess(worker().set(Field.PEAK_RPS, 50_000L)), Criterion.R_THROUGHPUT));
        assertEquals(List.of(), reasons(assess(worker().set(Field.PEAK_RPS, 49_999L)), Criterion.R_THROUGHPUT));
    }

    @Test
    void memoryBudget() {
        assertEquals(List.of("R-MEMORY 2 memoryBudgetMiB 128 @6:5"),
                reasons(assess(worker().set(Field.MEMORY_BUDGET_MIB, 128L)), Criterion.R_MEMORY));
        assertEquals(List.of("R-MEMORY 1 memoryBudgetMiB 256 @6:5"),
                reasons(assess(worker().set(Field.MEMORY_BUDGET_MIB, 256L)), Criterion.R_MEMORY));
        assertEquals(List.of(), reasons(assess(worker().set(Field.MEMORY_BUDGET_MIB, 257L)), Criterion.R_MEMORY));
    }

    @Test
    void scaleCostTakesTheStrongerOfInstancesAndMonthlyCost() {
        assertEquals(List.of("R-SCALE-COST 2 instances 100 @6:5"), reasons(assess(worker()
                .set(Field.INSTANCES, 100L).set(Field.MONTHLY_COST, 20_000.0)), Criterion.R_SCALE_COST));
        assertEquals(List.of("R-SCALE-COST 2 monthlyCost 50000 @7:5"), reasons(assess(worker()
                .set(Field.INSTANCES, 30L).set(Field.MONTHLY_COST, 50_000.0)), Criterion.R_SCALE_COST));
        assertEquals(List.of(), reasons(assess(worker()
                .set(Field.INSTANCES, 29L).set(Field.MONTHLY_COST, 9_999.5)), Criterion.R_SCALE_COST));
    }

    @Test
    void defectCostCountsCostlyCriticalityAndFanInAcrossThePortfolio() {
        Service core = worker().set(Field.CRITICALITY, Criticality.FINANCIAL, Criticality.INGESTION,
                Criticality.REALTIME).set(Field.EXTERNAL_DEPENDENTS, 2L).build();
        List<Service> portfolio = new java.util.ArrayList<>(List.of(core));
        for (int i = 0; i < 3; i++) {
            portfolio.add(service("caller-" + i, Language.GO, Role.API).dependsOn("svc", "svc").build());
        }
        assertEquals(List.of("R-DEFECT-COST 2 criticality financial, ingestion @6:5",
                "R-DEFECT-COST 1 dependents 5 (3 in the portfolio, 2 external) @1:1"),
                reasons(assess(core, portfolio), Criterion.R_DEFECT_COST));
    }

    @Test
    void concurrency() {
        assertEquals(List.of("R-CONCURRENCY 2 concurrency hard @6:5", "R-CONCURRENCY 1 concurrencyIncidents 2 @7:5"),
                reasons(assess(worker().set(Field.CONCURRENCY, Concurrency.HARD)
                        .set(Field.CONCURRENCY_INCIDENTS, 2L)), Criterion.R_CONCURRENCY));
        assertEquals(List.of("R-CONCURRENCY 0.5 concurrency moderate @6:5"),
                reasons(assess(worker().set(Field.CONCURRENCY, Concurrency.MODERATE)), Criterion.R_CONCURRENCY));
        assertEquals(List.of(),
                reasons(assess(worker().set(Field.CONCURRENCY, Concurrency.SIMPLE)), Criterion.R_CONCURRENCY));
    }

    @Test
    void memorySafety() {
        assertEquals(List.of("R-MEMORY-SAFETY 2 memorySafetyIncidents 1 @6:5",
                "R-MEMORY-SAFETY 1.5 criticality security-boundary @7:5"),
                reasons(assess(worker().set(Field.MEMORY_SAFETY_INCIDENTS, 1L)
                        .set(Field.CRITICALITY, Criticality.SECURITY_BOUNDARY)), Criterion.R_MEMORY_SAFETY));
    }

    @Test
    void targetWeighsWasmAndEmbeddedAsHardRequirementsAndEdgeAndStartupLess() {
        assertEquals(List.of("R-TARGET 6 deployment wasm, embedded @6:5"), reasons(assess(worker()
                .set(Field.DEPLOYMENT, Deployment.WASM, Deployment.EMBEDDED, Deployment.EDGE)), Criterion.R_TARGET));
        assertEquals(List.of("R-TARGET 3 deployment edge @6:5", "R-TARGET 2 startupBudgetMs 50 @7:5"),
                reasons(assess(worker().set(Field.DEPLOYMENT, Deployment.EDGE)
                        .set(Field.STARTUP_BUDGET_MS, 50.0)), Criterion.R_TARGET));
        assertEquals(List.of("R-TARGET 1 startupBudgetMs 200 @6:5"),
                reasons(assess(worker().set(Field.STARTUP_BUDGET_MS, 200.0)), Criterion.R_TARGET));
    }

    @Test
    void hotPathRoleAndRealtime() {
        assertEquals(List.of("R-ROLE 1.5 criticality realtime @6:5", "R-ROLE 1.5 role data-plane @5:5"),
                reasons(assess(service("svc", Language.GO, Role.DATA_PLANE)
                        .set(Field.CRITICALITY, Criticality.REALTIME)), Criterion.R_ROLE));
        assertEquals(List.of(), reasons(assess(worker()), Criterion.R_ROLE));
    }

    @Test
    void replacementMilestones() {
        assertEquals(List.of("R-REPLACE 2 firstMilestone replace-expensive @6:5"), reasons(assess(worker()
                .set(Field.FIRST_MILESTONE, Milestone.REPLACE_EXPENSIVE)), Criterion.R_REPLACE));
        assertEquals(List.of(), reasons(assess(worker().set(Field.FIRST_MILESTONE, Milestone.EVOLVE)),
                Criterion.R_REPLACE));
    }

    @Test
    void nativeModule() {
        assertEquals(List.of("R-NATIVE 6 deployment native-module @6:5"), reasons(assess(worker()
                .set(Field.DEPLOYMENT, Deployment.NATIVE_MODULE)), Criterion.R_NATIVE));
    }

    @Test
    void controlPlaneRoles() {
        for (Role role : List.of(Role.CONTROL_PLANE, Role.ADMIN_API, Role.ORCHESTRATION, Role.TOOLING)) {
            assertEquals(List.of("G-CONTROL-PLANE 4 role " + role.id() + " @5:5"),
                    reasons(assess(service("svc", Language.GO, role)), Criterion.G_CONTROL_PLANE));
        }
        assertEquals(List.of("G-CONTROL-PLANE 1 role api @5:5"),
                reasons(assess(service("svc", Language.GO, Role.API)), Criterion.G_CONTROL_PLANE));
    }

    @Test
    void timeToMarketCountsAnMvpAndADeadlineWithin90Days() {
        assertEquals(List.of("G-TIME-TO-MARKET 2.5 firstMilestone mvp @6:5",
                "G-TIME-TO-MARKET 1.5 deadline 2027-02-22 (90 days away) @7:5"),
                reasons(assess(worker().set(Field.FIRST_MILESTONE, Milestone.MVP)
                        .set(Field.DEADLINE, Services.TODAY.plusDays(90))), Criterion.G_TIME_TO_MARKET));
        assertEquals(List.of(), reasons(assess(worker().set(Field.DEADLINE, Services.TODAY.plusDays(91))),
                Criterion.G_TIME_TO_MARKET));
        assertEquals(List.of(), reasons(assess(worker().set(Field.DEADLINE, Services.TODAY.minusDays(1))),
                Criterion.G_TIME_TO_MARKET));
    }

    @Test
    void teamWithoutRustExperience() {
        assertEquals(List.of("G-TEAM 2 rustExperience none @6:5",
                "G-TEAM 1 a month of Rust onboarding before the deadline 2026-12-24 @7:5"),
                reasons(assess(worker().set(Field.RUST_EXPERIENCE, Experience.NONE)
                        .set(Field.DEADLINE, Services.TODAY.plusDays(30))), Criterion.G_TEAM));
        assertEquals(List.of("G-TEAM 0.5 goExperience strong, rustExperience some @7:5"),
                reasons(assess(worker().set(Field.RUST_EXPERIENCE, Experience.SOME)
                        .set(Field.GO_EXPERIENCE, Experience.STRONG)), Criterion.G_TEAM));
        assertEquals(List.of(), reasons(assess(worker().set(Field.RUST_EXPERIENCE, Experience.STRONG)),
                Criterion.G_TEAM));
    }

    @Test
    void goodEnoughPerformance() {
        assertEquals(List.of("G-GOOD-ENOUGH 1.5 p99LatencyMs 100 @6:5", "G-GOOD-ENOUGH 1.5 peakRps 4999 @7:5"),
                reasons(assess(worker().set(Field.P99_LATENCY_MS, 100.0).set(Field.PEAK_RPS, 4_999L)),
                        Criterion.G_GOOD_ENOUGH));
        assertEquals(List.of(), reasons(assess(worker().set(Field.P99_LATENCY_MS, 99.0).set(Field.PEAK_RPS, 5_000L)),
                Criterion.G_GOOD_ENOUGH));
    }

    @Test
    void thresholdsCanBeOverriddenByNameAndUnknownNamesAreRefused() {
        Thresholds t = Thresholds.defaults().with(java.util.Map.of("tail.strongMs", 1.0));
        assertEquals(1.0, t.get("tail.strongMs"));
        assertEquals(20.0, t.get("tail.moderateMs"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Thresholds.defaults().with(java.util.Map.of("tail.strong", 1.0)));
        assertEquals("unknown threshold 'tail.strong'", e.getMessage());
    }

    @Test
    void everyThresholdAndWeightIsDocumentedWithItsDefault() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Paths.get("docs/criteria.md"));
        for (java.util.Map.Entry<String, Double> e : Thresholds.defaults().all().entrySet()) {
            String row = "| `" + e.getKey() + "` | " + Numbers.format(e.getValue()) + " |";
            org.junit.jupiter.api.Assertions.assertTrue(doc.contains(row), "docs/criteria.md lacks " + row);
        }
    }

    @Test
    void everyPolicyRuleIsDocumentedWithItsDefaultSeverity() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Paths.get("docs/rules.md"));
        for (dev.rustgo.policy.PolicyRule rule : dev.rustgo.policy.PolicyRule.values()) {
            String row = "| [`" + rule.id() + "`](#" + rule.id() + ") | " + rule.defaultSeverity().id() + " |";
            org.junit.jupiter.api.Assertions.assertTrue(doc.contains(row), "docs/rules.md lacks " + row);
            String section = "### " + rule.id() + "\n\nDefault severity: **" + rule.defaultSeverity().id() + "**.";
            org.junit.jupiter.api.Assertions.assertTrue(doc.contains(section), "docs/rules.md lacks " + section);
        }
    }

    @Test
    void everyCriterionIdIsDocumented() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Paths.get("docs/criteria.md"));
        for (Criterion c : Criterion.values()) {
            org.junit.jupiter.api.Assertions.assertTrue(doc.contains("| " + c.id() + " |"), "docs/criteria.md lacks " + c.id());
        }
    }
}
