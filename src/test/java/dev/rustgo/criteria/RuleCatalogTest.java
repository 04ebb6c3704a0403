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
import dev.rustgo.model.Lifecycle;
import dev.rustgo.model.Milestone;
import dev.rustgo.model.Portfolio;
import dev.rustgo.model.Role;
import dev.rustgo.model.Service;
import dev.rustgo.policy.PolicyRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Each criterion's rule: the fields it reads, the thresholds, the weight and the place of the evidence. */
class RuleCatalogTest {

    @Test
    void everyServiceCriterionHasExactlyOneRuleAndThePortfolioOnesAreLeftToThePolicy() {
        Set<Criterion> covered =
                RuleCatalog.rules().stream().map(Rule::criterion).collect(Collectors.toSet());
        assertEquals(RuleCatalog.rules().size(), covered.size(), "one rule per criterion");
        Set<Criterion> expected = EnumSet.allOf(Criterion.class);
        expected.removeAll(
                EnumSet.of(Criterion.G_DEFAULT, Criterion.P_SHARE, Criterion.P_SPLIT, Criterion.P_READINESS));
        assertEquals(expected, covered);
    }

    @Test
    void criterionIdsAreThoseOfTheContract() {
        assertEquals(
                List.of(
                        "R-TAIL",
                        "R-THROUGHPUT",
                        "R-MEMORY",
                        "R-SCALE-COST",
                        "R-DEFECT-COST",
                        "R-CONCURRENCY",
                        "R-MEMORY-SAFETY",
                        "R-TARGET",
                        "R-ROLE",
                        "R-REPLACE",
                        "R-NATIVE",
                        "G-DEFAULT",
                        "G-CONTROL-PLANE",
                        "G-TIME-TO-MARKET",
                        "G-TEAM",
                        "G-GOOD-ENOUGH",
                        "P-SHARE",
                        "P-SPLIT",
                        "P-READINESS"),
                Arrays.stream(Criterion.values()).map(Criterion::id).toList());
    }

    private static Services worker() {
        return service("svc", Language.GO, Role.WORKER);
    }

    @Test
    void tailLatencyIsADemandAtFiveMillisecondsStrongAtOneAndMildUpToFifty() {
        assertEquals(
                List.of("R-TAIL strong p99LatencyMs 1 @6:5"),
                reasons(assess(worker().set(Field.P99_LATENCY_MS, 1.0)), Criterion.R_TAIL));
        assertEquals(
                List.of("R-TAIL demand p99LatencyMs 5 @6:5"),
                reasons(assess(worker().set(Field.P99_LATENCY_MS, 5.0)), Criterion.R_TAIL));
        assertEquals(
                List.of("R-TAIL mild p99LatencyMs 5.5 @6:5"),
                reasons(assess(worker().set(Field.P99_LATENCY_MS, 5.5)), Criterion.R_TAIL));
        assertEquals(
                List.of("R-TAIL mild p99LatencyMs 50 @6:5"),
                reasons(assess(worker().set(Field.P99_LATENCY_MS, 50.0)), Criterion.R_TAIL));
        assertEquals(List.of(), reasons(assess(worker().set(Field.P99_LATENCY_MS, 50.5)), Criterion.R_TAIL));
    }

    @Test
    void repeatedLatencyIncidentsAtATightTargetAreTheGcPausesTheGuideNames() {
        assertEquals(
                List.of(
                        "R-TAIL demand latencyIncidents 3 at a p99 target of 20 ms @7:5",
                        "R-TAIL mild p99LatencyMs 20 @6:5"),
                reasons(
                        assess(worker().set(Field.P99_LATENCY_MS, 20.0).set(Field.LATENCY_INCIDENTS, 3L)),
                        Criterion.R_TAIL));
        assertEquals(
                List.of(
                        "R-TAIL strong latencyIncidents 3 at a p99 target of 5 ms @7:5",
                        "R-TAIL demand p99LatencyMs 5 @6:5"),
                reasons(
                        assess(worker().set(Field.P99_LATENCY_MS, 5.0).set(Field.LATENCY_INCIDENTS, 3L)),
                        Criterion.R_TAIL));
        assertEquals(
                List.of("R-TAIL mild latencyIncidents 2 @7:5", "R-TAIL mild p99LatencyMs 20 @6:5"),
                reasons(
                        assess(worker().set(Field.P99_LATENCY_MS, 20.0).set(Field.LATENCY_INCIDENTS, 2L)),
                        Criterion.R_TAIL));
        assertEquals(
                List.of("R-TAIL mild latencyIncidents 6 @6:5"),
                reasons(assess(worker().set(Field.LATENCY_INCIDENTS, 6L)), Criterion.R_TAIL));
    }

    @Test
    void throughputIsADemandOnlyBeyondTheGuides245k() {
        assertEquals(
                List.of("R-THROUGHPUT demand peakRps 245000 @6:5"),
                reasons(assess(worker().set(Field.PEAK_RPS, 245_000L)), Criterion.R_THROUGHPUT));
        assertEquals(
                List.of("R-THROUGHPUT mild peakRps 244999 @6:5"),
                reasons(assess(worker().set(Field.PEAK_RPS, 244_999L)), Criterion.R_THROUGHPUT));
        assertEquals(
                List.of("R-THROUGHPUT mild peakRps 50000 @6:5"),
                reasons(assess(worker().set(Field.PEAK_RPS, 50_000L)), Criterion.R_THROUGHPUT));
        assertEquals(List.of(), reasons(assess(worker().set(Field.PEAK_RPS, 49_999L)), Criterion.R_THROUGHPUT));
    }

    @Test
    void memoryBudget() {
        assertEquals(
                List.of("R-MEMORY demand memoryBudgetMiB 64 @6:5"),
                reasons(assess(worker().set(Field.MEMORY_BUDGET_MIB, 64L)), Criterion.R_MEMORY));
        assertEquals(
                List.of("R-MEMORY mild memoryBudgetMiB 256 @6:5"),
                reasons(assess(worker().set(Field.MEMORY_BUDGET_MIB, 256L)), Criterion.R_MEMORY));
        assertEquals(List.of(), reasons(assess(worker().set(Field.MEMORY_BUDGET_MIB, 257L)), Criterion.R_MEMORY));
    }

    @Test
    void scaleIsADemandOnlyAtHigherScaleWhereTheMovePaysBack() {
        // 300,000 a month: the low saving of 50,000 a month repays onboarding and rewrite in under 3 months.
        assertEquals(
                List.of("R-SCALE-COST demand monthlyCost 300000, and the move pays back within 12 months"
                        + " (1.5 at the low saving) @6:5"),
                reasons(assess(worker().set(Field.MONTHLY_COST, 300_000.0)), Criterion.R_SCALE_COST));
        // 120 instances at 200: 24,000 a month saves 4,000, against 45,000 of onboarding and 30,000 of rewrite.
        assertEquals(
                List.of("R-SCALE-COST mild instances 120, but the move does not pay back within 12 months"
                        + " (18.8 at the low saving) @6:5"),
                reasons(assess(worker().set(Field.INSTANCES, 120L)), Criterion.R_SCALE_COST));
        assertEquals(
                List.of("R-SCALE-COST mild monthlyCost 20000 @7:5"),
                reasons(
                        assess(worker().set(Field.INSTANCES, 29L).set(Field.MONTHLY_COST, 20_000.0)),
                        Criterion.R_SCALE_COST));
        assertEquals(
                List.of(),
                reasons(
                        assess(worker().set(Field.INSTANCES, 29L).set(Field.MONTHLY_COST, 9_999.5)),
                        Criterion.R_SCALE_COST));
    }

    @Test
    void defectCostCorroboratesThroughCostlyCriticalityAndFanIn() {
        Service core = worker().set(
                        Field.CRITICALITY, Criticality.FINANCIAL, Criticality.INGESTION, Criticality.REALTIME)
                .set(Field.EXTERNAL_DEPENDENTS, 7L)
                .build();
        List<Service> portfolio = new ArrayList<>(List.of(core));
        for (int i = 0; i < 3; i++) {
            portfolio.add(service("caller-" + i, Language.GO, Role.API)
                    .dependsOn("svc", "svc")
                    .build());
        }
        assertEquals(
                List.of(
                        "R-DEFECT-COST corroborates criticality financial, ingestion @6:5",
                        "R-DEFECT-COST corroborates dependents 10 (3 in the portfolio, 7 external) @1:1"),
                reasons(assess(core, portfolio), Criterion.R_DEFECT_COST));
        assertEquals(
                List.of("R-DEFECT-COST mild dependents 5 (0 in the portfolio, 5 external) @6:5"),
                reasons(assess(worker().set(Field.EXTERNAL_DEPENDENTS, 5L)), Criterion.R_DEFECT_COST));
    }

    @Test
    void concurrency() {
        assertEquals(
                List.of(
                        "R-CONCURRENCY strong concurrencyIncidents 2 @7:5",
                        "R-CONCURRENCY demand concurrency hard @6:5"),
                reasons(
                        assess(worker().set(Field.CONCURRENCY, Concurrency.HARD).set(Field.CONCURRENCY_INCIDENTS, 2L)),
                        Criterion.R_CONCURRENCY));
        assertEquals(
                List.of(
                        "R-CONCURRENCY mild concurrency moderate @6:5",
                        "R-CONCURRENCY mild concurrencyIncidents 4 @7:5"),
                reasons(
                        assess(worker().set(Field.CONCURRENCY, Concurrency.MODERATE)
                                .set(Field.CONCURRENCY_INCIDENTS, 4L)),
                        Criterion.R_CONCURRENCY));
        assertEquals(
                List.of(),
                reasons(assess(worker().set(Field.CONCURRENCY, Concurrency.SIMPLE)), Criterion.R_CONCURRENCY));
    }

    @Test
    void memorySafety() {
        assertEquals(
                List.of(
                        "R-MEMORY-SAFETY strong memorySafetyIncidents 1 @6:5",
                        "R-MEMORY-SAFETY demand criticality security-boundary @7:5"),
                reasons(
                        assess(worker().set(Field.MEMORY_SAFETY_INCIDENTS, 1L)
                                .set(Field.CRITICALITY, Criticality.SECURITY_BOUNDARY)),
                        Criterion.R_MEMORY_SAFETY));
        assertEquals(
                List.of("R-MEMORY-SAFETY demand criticality safety @6:5"),
                reasons(assess(worker().set(Field.CRITICALITY, Criticality.SAFETY)), Criterion.R_MEMORY_SAFETY));
    }

    @Test
    void targetIsStrongForWasmAndEmbeddedADemandAtTheEdgeOrATightStartup() {
        assertEquals(
                List.of("R-TARGET strong deployment wasm, embedded @6:5"),
                reasons(
                        assess(worker().set(Field.DEPLOYMENT, Deployment.WASM, Deployment.EMBEDDED, Deployment.EDGE)),
                        Criterion.R_TARGET));
        assertEquals(
                List.of("R-TARGET demand deployment edge @6:5", "R-TARGET demand startupBudgetMs 10 @7:5"),
                reasons(
                        assess(worker().set(Field.DEPLOYMENT, Deployment.EDGE).set(Field.STARTUP_BUDGET_MS, 10.0)),
                        Criterion.R_TARGET));
        assertEquals(
                List.of("R-TARGET mild startupBudgetMs 200 @6:5"),
                reasons(assess(worker().set(Field.STARTUP_BUDGET_MS, 200.0)), Criterion.R_TARGET));
    }

    @Test
    void hotPathRoleAndRealtimeCorroborate() {
        assertEquals(
                List.of("R-ROLE corroborates criticality realtime @6:5", "R-ROLE corroborates role data-plane @5:5"),
                reasons(
                        assess(service("svc", Language.GO, Role.DATA_PLANE)
                                .set(Field.CRITICALITY, Criticality.REALTIME)),
                        Criterion.R_ROLE));
        assertEquals(List.of(), reasons(assess(worker()), Criterion.R_ROLE));
    }

    @Test
    void replacementMilestonesCorroborate() {
        assertEquals(
                List.of("R-REPLACE corroborates firstMilestone replace-expensive @6:5"),
                reasons(assess(worker().set(Field.FIRST_MILESTONE, Milestone.REPLACE_EXPENSIVE)), Criterion.R_REPLACE));
        assertEquals(
                List.of("R-REPLACE corroborates firstMilestone replace-unstable @6:5"),
                reasons(assess(worker().set(Field.FIRST_MILESTONE, Milestone.REPLACE_UNSTABLE)), Criterion.R_REPLACE));
        // An expensive surface whose move pays back within the horizon demands ownership cost: 000, "If the
        // first milestone is replacing an unstable or expensive backend surface, Rust deserves stronger
        // consideration". 60 instances at 200 save 2000-3429 a month against 45000 of onboarding: 13-23 months.
        assertEquals(
                List.of("R-REPLACE corroborates firstMilestone replace-expensive @6:5"),
                reasons(
                        assess(worker().set(Field.FIRST_MILESTONE, Milestone.REPLACE_EXPENSIVE)
                                .set(Field.INSTANCES, 60L)),
                        Criterion.R_REPLACE));
        assertEquals(
                List.of("R-REPLACE demand firstMilestone replace-expensive, and the move pays back within 12 months"
                        + " (11.3 at the low saving) @6:5"),
                reasons(
                        assess(worker().set(Field.FIRST_MILESTONE, Milestone.REPLACE_EXPENSIVE)
                                .set(Field.INSTANCES, 60L)
                                .set(Field.TEAM_SIZE, 5L)
                                .set(Field.RUST_EXPERIENCE, Experience.SOME)),
                        Criterion.R_REPLACE));
        assertEquals(
                List.of(), reasons(assess(worker().set(Field.FIRST_MILESTONE, Milestone.EVOLVE)), Criterion.R_REPLACE));
    }

    @Test
    void nativeModule() {
        assertEquals(
                List.of("R-NATIVE strong deployment native-module @6:5"),
                reasons(assess(worker().set(Field.DEPLOYMENT, Deployment.NATIVE_MODULE)), Criterion.R_NATIVE));
    }

    @Test
    void controlPlaneRolesPressAGeneralBackendIsTheDefaultsHomeGround() {
        for (Role role : List.of(Role.CONTROL_PLANE, Role.ADMIN_API, Role.ORCHESTRATION, Role.TOOLING)) {
            assertEquals(
                    List.of("G-CONTROL-PLANE pressure role " + role.id() + " @5:5"),
                    reasons(assess(service("svc", Language.GO, role)), Criterion.G_CONTROL_PLANE));
        }
        // 000: "Go for control-plane and general backend services": an api is no control plane.
        for (Role role : List.of(Role.API, Role.BATCH)) {
            Assessment a = assess(service("svc", Language.GO, role));
            assertEquals(List.of(), reasons(a, Criterion.G_CONTROL_PLANE));
            assertEquals(
                    List.of("G-DEFAULT prior Go is the default; role " + role.id() + ": general backend @5:5"),
                    reasons(a, Criterion.G_DEFAULT));
        }
        assertEquals(
                List.of("G-DEFAULT prior Go is the default"),
                reasons(assess(service("svc", Language.GO, Role.WORKER)), Criterion.G_DEFAULT));
    }

    /** Each corroboration names what it supports, each Go pressure what it weighs against. */
    @Test
    void corroborationsAndPressuresNameTheRequirementsTheyBearOn() {
        assertEquals(
                List.of("R-DEFECT-COST [CONCURRENCY, SAFETY, COST]"),
                bears(assess(worker().set(Field.CRITICALITY, Criticality.FINANCIAL)), Criterion.R_DEFECT_COST));
        assertEquals(
                List.of("R-ROLE [LATENCY, THROUGHPUT, MEMORY]"),
                bears(assess(service("svc", Language.GO, Role.PROXY)), Criterion.R_ROLE));
        assertEquals(
                List.of("R-REPLACE [LATENCY, CONCURRENCY, SAFETY]"),
                bears(assess(worker().set(Field.FIRST_MILESTONE, Milestone.REPLACE_UNSTABLE)), Criterion.R_REPLACE));
        assertEquals(
                List.of("R-REPLACE [THROUGHPUT, MEMORY, COST]"),
                bears(assess(worker().set(Field.FIRST_MILESTONE, Milestone.REPLACE_EXPENSIVE)), Criterion.R_REPLACE));
        assertEquals(
                List.of("G-GOOD-ENOUGH [LATENCY, THROUGHPUT]", "G-GOOD-ENOUGH [LATENCY, THROUGHPUT]"),
                bears(
                        assess(worker().set(Field.P99_LATENCY_MS, 250.0).set(Field.PEAK_RPS, 100L)),
                        Criterion.G_GOOD_ENOUGH));
        assertEquals(
                List.of("G-GOOD-ENOUGH [LATENCY, THROUGHPUT, MEMORY, CONCURRENCY, SAFETY, NATIVE]"),
                bears(
                        assess(worker().set(Field.LIFECYCLE, Lifecycle.PRODUCTION)
                                .set(Field.FIRST_MILESTONE, Milestone.EVOLVE)
                                .set(Field.LATENCY_INCIDENTS, 0L)
                                .set(Field.CONCURRENCY_INCIDENTS, 0L)
                                .set(Field.MEMORY_SAFETY_INCIDENTS, 0L)),
                        Criterion.G_GOOD_ENOUGH));
        String all = "[LATENCY, THROUGHPUT, MEMORY, CONCURRENCY, SAFETY, NATIVE, COST]";
        assertEquals(
                List.of("G-GOOD-ENOUGH " + all),
                bears(assess(worker().set(Field.LIFECYCLE, Lifecycle.DEPRECATED)), Criterion.G_GOOD_ENOUGH));
        assertEquals(
                List.of("G-TIME-TO-MARKET " + all),
                bears(assess(worker().set(Field.FIRST_MILESTONE, Milestone.MVP)), Criterion.G_TIME_TO_MARKET));
        assertEquals(
                List.of("G-CONTROL-PLANE " + all),
                bears(assess(service("svc", Language.GO, Role.ADMIN_API)), Criterion.G_CONTROL_PLANE));
        // A demand bears on its own requirement; a mild figure on none.
        assertEquals(
                List.of("R-TAIL [LATENCY]"), bears(assess(worker().set(Field.P99_LATENCY_MS, 5.0)), Criterion.R_TAIL));
        assertEquals(List.of("R-TAIL []"), bears(assess(worker().set(Field.P99_LATENCY_MS, 30.0)), Criterion.R_TAIL));
    }

    private static List<String> bears(Assessment a, Criterion criterion) {
        return a.reasons().stream()
                .filter(r -> r.criterion() == criterion)
                .map(r -> r.criterion().id() + " " + r.bears())
                .toList();
    }

    @Test
    void anMvpPressesAndADeadlineThatPassedIsStillItsShortWindow() {
        assertEquals(
                List.of("G-TIME-TO-MARKET pressure firstMilestone mvp, deadline 2027-02-22 (90 days away) @6:5"),
                reasons(
                        assess(worker().set(Field.FIRST_MILESTONE, Milestone.MVP)
                                .set(Field.DEADLINE, Services.TODAY.plusDays(90))),
                        Criterion.G_TIME_TO_MARKET));
        assertEquals(
                List.of("G-TIME-TO-MARKET pressure firstMilestone mvp, deadline 2026-11-14 (passed 10 days ago) @6:5"),
                reasons(
                        assess(worker().set(Field.FIRST_MILESTONE, Milestone.MVP)
                                .set(Field.DEADLINE, Services.TODAY.minusDays(10))),
                        Criterion.G_TIME_TO_MARKET));
        assertEquals(
                List.of("G-TIME-TO-MARKET pressure firstMilestone mvp @6:5"),
                reasons(
                        assess(worker().set(Field.FIRST_MILESTONE, Milestone.MVP)
                                .set(Field.DEADLINE, Services.TODAY.plusDays(91))),
                        Criterion.G_TIME_TO_MARKET));
        assertEquals(
                List.of("G-TIME-TO-MARKET mild deadline 2026-12-24 (30 days away) @6:5"),
                reasons(assess(worker().set(Field.DEADLINE, Services.TODAY.plusDays(30))), Criterion.G_TIME_TO_MARKET));
        assertEquals(
                List.of(),
                reasons(assess(worker().set(Field.DEADLINE, Services.TODAY.plusDays(91))), Criterion.G_TIME_TO_MARKET));
    }

    @Test
    void teamWithoutRustExperience() {
        assertEquals(
                List.of("G-TEAM pressure rustExperience none: a month of Rust onboarding before the deadline"
                        + " 2026-12-24 (30 days away) @6:5"),
                reasons(
                        assess(worker().set(Field.RUST_EXPERIENCE, Experience.NONE)
                                .set(Field.DEADLINE, Services.TODAY.plusDays(30))),
                        Criterion.G_TEAM));
        assertEquals(
                List.of("G-TEAM mild goExperience strong, rustExperience some @7:5"),
                reasons(
                        assess(worker().set(Field.RUST_EXPERIENCE, Experience.SOME)
                                .set(Field.GO_EXPERIENCE, Experience.STRONG)),
                        Criterion.G_TEAM));
        assertEquals(
                List.of(), reasons(assess(worker().set(Field.RUST_EXPERIENCE, Experience.STRONG)), Criterion.G_TEAM));
    }

    @Test
    void goodEnoughPerformance() {
        assertEquals(
                List.of("G-GOOD-ENOUGH pressure p99LatencyMs 100 @6:5", "G-GOOD-ENOUGH pressure peakRps 4999 @7:5"),
                reasons(
                        assess(worker().set(Field.P99_LATENCY_MS, 100.0).set(Field.PEAK_RPS, 4_999L)),
                        Criterion.G_GOOD_ENOUGH));
        assertEquals(
                List.of(),
                reasons(
                        assess(worker().set(Field.P99_LATENCY_MS, 99.0).set(Field.PEAK_RPS, 5_000L)),
                        Criterion.G_GOOD_ENOUGH));
    }

    @Test
    void goMeetingTheRequirementInProductionAndARetiringServiceAreGoodEnough() {
        Services evolving = worker().set(Field.LIFECYCLE, Lifecycle.PRODUCTION)
                .set(Field.FIRST_MILESTONE, Milestone.EVOLVE)
                .set(Field.LATENCY_INCIDENTS, 0L)
                .set(Field.CONCURRENCY_INCIDENTS, 0L)
                .set(Field.MEMORY_SAFETY_INCIDENTS, 0L);
        assertEquals(
                List.of("G-GOOD-ENOUGH pressure in production and evolving, with no latency, concurrency or"
                        + " memory-safety incident recorded in 12 months @6:5"),
                reasons(assess(evolving), Criterion.G_GOOD_ENOUGH));
        // A history that is not recorded is not evidence of anything.
        assertEquals(
                List.of(),
                reasons(
                        assess(worker().set(Field.LIFECYCLE, Lifecycle.PRODUCTION)
                                .set(Field.FIRST_MILESTONE, Milestone.EVOLVE)
                                .set(Field.LATENCY_INCIDENTS, 0L)),
                        Criterion.G_GOOD_ENOUGH));
        assertEquals(
                List.of("G-GOOD-ENOUGH pressure lifecycle deprecated: being retired @6:5"),
                reasons(assess(worker().set(Field.LIFECYCLE, Lifecycle.DEPRECATED)), Criterion.G_GOOD_ENOUGH));
    }

    @Test
    void thresholdsCanBeOverriddenByNameAndUnknownNamesAreRefused() {
        Thresholds t = Thresholds.defaults().with(Map.of("tail.demandingMs", 2.0));
        assertEquals(2.0, t.get(Threshold.TAIL_DEMANDING_MS));
        assertEquals(20.0, t.get(Threshold.TAIL_INCIDENT_MS));
        IllegalArgumentException e = Assertions.assertThrows(
                IllegalArgumentException.class, () -> Thresholds.defaults().with(Map.of("tail.strong", 1.0)));
        assertEquals("unknown threshold 'tail.strong'", e.getMessage());
    }

    @Test
    void everyPolicyRuleIsDocumentedWithItsDefaultSeverity() throws IOException {
        String doc = Files.readString(Paths.get("docs/rules.md"));
        for (PolicyRule rule : PolicyRule.values()) {
            String row = "| [`" + rule.id() + "`](#" + rule.id() + ") | "
                    + rule.defaultSeverity().id() + " |";
            Assertions.assertTrue(doc.contains(row), "docs/rules.md lacks " + row);
            String section = "### " + rule.id() + "\n\nDefault severity: **"
                    + rule.defaultSeverity().id() + "**.";
            Assertions.assertTrue(doc.contains(section), "docs/rules.md lacks " + section);
        }
    }

    @Test
    void everyRuleIsDocumentedByNameInItsCriterionsRow() throws IOException {
        String doc = Files.readString(Paths.get("docs/criteria.md"));
        for (Rule rule : RuleCatalog.rules()) {
            String row = "| " + rule.criterion().id() + " | `" + rule.name() + "` |";
            Assertions.assertTrue(doc.contains(row), "docs/criteria.md lacks " + row);
        }
    }

    @Test
    void everyCriterionIdIsDocumented() throws IOException {
        String doc = Files.readString(Paths.get("docs/criteria.md"));
        for (Criterion c : Criterion.values()) {
            Assertions.assertTrue(doc.contains("| " + c.id() + " |"), "docs/criteria.md lacks " + c.id());
        }
    }

    /**
     * A rule's row says which thresholds it reads, and the robustness grid runs again only the rules
     * that read a moved one: so no rule's reasons may move with a threshold its row does not name.
     * Each threshold is moved to either extreme, for generated services.
     */
    @Test
    void noRuleDependsOnAThresholdItsRowDoesNotName() {
        List<Service> services = generated(200);
        for (Rule rule : RuleCatalog.rules()) {
            List<List<Reason>> base = reasonsOf(rule, services, Thresholds.defaults());
            boolean moves = rule.thresholds().isEmpty();
            for (Threshold t : Threshold.values()) {
                for (double value : new double[] {0, 1e9}) {
                    Thresholds moved = Thresholds.defaults().with(Map.of(t.id(), value));
                    if (!rule.thresholds().contains(t)) {
                        List<List<Reason>> after = reasonsOf(rule, services, moved);
                        for (int i = 0; i < services.size(); i++) {
                            assertEquals(
                                    base.get(i), after.get(i), rule.name() + " moves with " + t.id() + " at " + value);
                        }
                    } else if (!moves) {
                        moves = movesWith(rule, services, moved, base);
                    }
                }
            }
            Assertions.assertTrue(moves, rule.name() + ": the services move none of the thresholds it names");
        }
        assertEquals(
                EnumSet.of(Threshold.DELIVERY_NEAR_DEADLINE_DAYS),
                RuleCatalog.rules().stream()
                        .filter(r -> r.criterion() == Criterion.G_TEAM)
                        .findFirst()
                        .orElseThrow()
                        .thresholds());
    }

    private static List<Service> generated(int count) {
        java.util.Random r = new java.util.Random(20261209L);
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Service s = MonotonicityTest.random(r, i);
            services.add(r.nextBoolean() ? s : s.with(Field.STARTUP_BUDGET_MS, 1.0 + r.nextInt(300)));
        }
        return services;
    }

    private static List<List<Reason>> reasonsOf(Rule rule, List<Service> services, Thresholds t) {
        List<List<Reason>> all = new ArrayList<>();
        for (Service s : services) {
            List<Reason> reasons = new ArrayList<>();
            rule.evaluate(s, new Rule.Context(Portfolio.of(List.of(s)), t, Services.TODAY), reasons);
            all.add(reasons);
        }
        return all;
    }

    /** Whether the rule's reasons differ under {@code moved}; a value it cannot work with counts too. */
    private static boolean movesWith(Rule rule, List<Service> services, Thresholds moved, List<List<Reason>> base) {
        try {
            return !base.equals(reasonsOf(rule, services, moved));
        } catch (RuntimeException e) {
            return true;
        }
    }
}
