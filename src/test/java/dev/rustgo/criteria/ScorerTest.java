package dev.rustgo.criteria;

import static dev.rustgo.criteria.Services.assess;
import static dev.rustgo.criteria.Services.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.model.Concurrency;
import dev.rustgo.model.Criticality;
import dev.rustgo.model.Deployment;
import dev.rustgo.model.Experience;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Lifecycle;
import dev.rustgo.model.Milestone;
import dev.rustgo.model.Role;
import dev.rustgo.model.Verdict;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The decision model keeps the guides' stance: Go by default, Rust only where requirements demand it. */
class ScorerTest {

    /** One way to make each central requirement clearly present, and no more. */
    private static final Map<Requirement, UnaryOperator<Services>> DEMANDS = Map.of(
            Requirement.LATENCY, s -> s.set(Field.P99_LATENCY_MS, 5.0),
            Requirement.SCALE, s -> s.set(Field.PEAK_RPS, 245_000L),
            Requirement.MEMORY, s -> s.set(Field.MEMORY_BUDGET_MIB, 64L),
            Requirement.CONCURRENCY, s -> s.set(Field.CONCURRENCY, Concurrency.HARD),
            Requirement.SAFETY, s -> s.set(Field.CRITICALITY, Criticality.SECURITY_BOUNDARY),
            Requirement.NATIVE, s -> s.set(Field.DEPLOYMENT, Deployment.EDGE));

    /** One way to make each central requirement strong. */
    private static final Map<Requirement, UnaryOperator<Services>> STRONG = Map.of(
            Requirement.LATENCY, s -> s.set(Field.P99_LATENCY_MS, 1.0),
            Requirement.CONCURRENCY,
                    s -> s.set(Field.CONCURRENCY, Concurrency.HARD).set(Field.CONCURRENCY_INCIDENTS, 2L),
            Requirement.SAFETY,
                    s -> s.set(Field.CRITICALITY, Criticality.SAFETY).set(Field.MEMORY_SAFETY_INCIDENTS, 1L),
            Requirement.NATIVE, s -> s.set(Field.DEPLOYMENT, Deployment.WASM));

    private static Services worker(Language language) {
        return service("svc", language, Role.WORKER);
    }

    @Test
    void aServiceWithNoEvidenceIsGoByDefault() {
        Assessment a = assess(service("plain", Language.GO, Role.WORKER));
        assertEquals(Verdict.GO, a.verdict());
        assertEquals(1.0, a.goScore());
        assertEquals(0.0, a.rustScore());
        assertEquals("Go fits: no central requirement demands Rust", a.summary());
        assertEquals("Go is the default", a.topReasons(3).get(0).evidence());
        assertEquals(Scorer.EVIDENCE, a.missing());
    }

    @Test
    void aComponentScoredWithoutAnnotationsAtScaleIsMildWhenNoPaybackCanBeTold() {
        // Found while the repository reading grew: a Deployment of 150 replicas beside a Component with only a
        // language tag gives instances, and no role or code size to estimate a move from (it crashed).
        Assessment a = assess(Services.undescribed("x", Language.GO).set(Field.INSTANCES, 150L));
        assertEquals(Verdict.GO, a.verdict(), a.summary());
        assertTrue(
                a.reasons().stream()
                        .anyMatch(r -> r.evidence()
                                .equals("instances 150, but whether a move pays back cannot be told: neither its code"
                                        + " size nor its role is known")),
                a.reasons().toString());
    }

    /** G-DEFAULT: "Default to Go. Upgrade to Rust when the performance or safety requirements demand it." */
    @Test
    void mildFiguresNeverAddUpToAVerdict() {
        Assessment a = assess(worker(Language.GO)
                .set(Field.PEAK_RPS, 200_000L)
                .set(Field.P99_LATENCY_MS, 6.0)
                .set(Field.MEMORY_BUDGET_MIB, 65L)
                .set(Field.INSTANCES, 99L)
                .set(Field.CONCURRENCY, Concurrency.MODERATE)
                .set(Field.LATENCY_INCIDENTS, 2L)
                .set(Field.STARTUP_BUDGET_MS, 11.0)
                .set(Field.EXTERNAL_DEPENDENTS, 9L)
                .set(Field.CRITICALITY, Criticality.FINANCIAL, Criticality.INGESTION));
        assertEquals(Verdict.GO, a.verdict(), a.summary());
        assertEquals(0, a.reasons().stream().filter(r -> r.strength().demands()).count());
    }

    @ParameterizedTest(name = "{0} alone, clearly present, is at least review")
    @ValueSource(strings = {"LATENCY", "SCALE", "MEMORY", "CONCURRENCY", "SAFETY", "NATIVE"})
    void eachCentralRequirementAloneIsAtLeastReviewAndNotMore(String requirement) {
        Requirement r = Requirement.valueOf(requirement);
        for (Language language : List.of(Language.GO, Language.UNDECIDED, Language.JAVA)) {
            Assessment a = assess(DEMANDS.get(r).apply(worker(language)));
            assertEquals(Verdict.REVIEW, a.verdict(), r + " in " + language + ": " + a.summary());
            assertEquals(
                    "one central requirement (" + r.title() + ") with nothing to corroborate it; rust needs a"
                            + " second, a strong one, or a high defect cost, a hot-path role or a replacement beside it",
                    a.summary());
        }
    }

    @Test
    void everyCentralRequirementHasACaseAlone() {
        assertEquals(List.of(Requirement.values()).size(), DEMANDS.size());
    }

    /** The scale requirement has no strong level: rps, instances and cost only measure how big it is. */
    @ParameterizedTest(name = "{0} made strong is a case alone for a new service")
    @ValueSource(strings = {"LATENCY", "CONCURRENCY", "SAFETY", "NATIVE"})
    void aStrongRequirementAloneMakesANewServiceRust(String requirement) {
        Requirement r = Requirement.valueOf(requirement);
        Assessment fresh = assess(STRONG.get(r).apply(worker(Language.UNDECIDED)));
        assertEquals(Verdict.RUST, fresh.verdict(), r + ": " + fresh.summary());
    }

    @Test
    void aStrongRequirementInAWorkingGoServiceStillHasToPayBack() {
        Assessment racy = assess(STRONG.get(Requirement.CONCURRENCY).apply(worker(Language.GO)));
        assertEquals(Verdict.REVIEW, racy.verdict());
        assertEquals(
                "Rust is demanded (concurrency correctness), but for a service running in Go the move must pay"
                        + " back or the defect cost be high: no run cost or instance count shows a payback, and no costly"
                        + " criticality, fan-in or safety requirement is recorded",
                racy.summary());
        // A strict-safety requirement is itself the high cost of a defect the guides name.
        assertEquals(
                Verdict.RUST,
                assess(STRONG.get(Requirement.SAFETY).apply(worker(Language.GO)))
                        .verdict());
        assertEquals(
                Verdict.RUST,
                assess(STRONG.get(Requirement.CONCURRENCY)
                                .apply(worker(Language.GO))
                                .set(Field.CRITICALITY, Criticality.CORE_INFRASTRUCTURE))
                        .verdict());
    }

    /** Peak rps, instances and monthly cost all measure scale: together they are one requirement. */
    @Test
    void correlatedScaleFiguresCountOnce() {
        List<UnaryOperator<Services>> figures = List.of(
                s -> s.set(Field.PEAK_RPS, 500_000L),
                s -> s.set(Field.INSTANCES, 1_500L),
                s -> s.set(Field.MONTHLY_COST, 300_000.0));
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                Assessment a = assess(figures.get(j).apply(figures.get(i).apply(worker(Language.UNDECIDED))));
                assertEquals(Verdict.REVIEW, a.verdict(), "pair " + i + "," + j + ": " + a.summary());
                assertTrue(a.summary().startsWith("one central requirement (throughput and scale)"), a.summary());
                assertEquals(2.0, a.rustScore(), "counted once");
            }
        }
    }

    @Test
    void twoRequirementsOrOneCorroboratedMakeACase() {
        assertEquals(
                Verdict.RUST,
                assess(worker(Language.UNDECIDED)
                                .set(Field.P99_LATENCY_MS, 5.0)
                                .set(Field.CONCURRENCY, Concurrency.HARD))
                        .verdict());
        assertEquals(
                Verdict.RUST,
                assess(service("p", Language.UNDECIDED, Role.PROXY).set(Field.P99_LATENCY_MS, 5.0))
                        .verdict());
        assertEquals(
                Verdict.RUST,
                assess(worker(Language.UNDECIDED)
                                .set(Field.P99_LATENCY_MS, 5.0)
                                .set(Field.FIRST_MILESTONE, Milestone.REPLACE_EXPENSIVE))
                        .verdict());
    }

    @Test
    void matchingEngineIsRust() {
        Assessment a = assess(service("matcher", Language.GO, Role.DATA_PLANE)
                .set(Field.P99_LATENCY_MS, 2.0)
                .set(Field.PEAK_RPS, 400_000L)
                .set(Field.CRITICALITY, Criticality.FINANCIAL)
                .set(Field.CONCURRENCY, Concurrency.HARD));
        assertEquals(Verdict.RUST, a.verdict());
        assertEquals(
                "Rust is demanded (tail latency, throughput and scale, concurrency correctness), corroborated"
                        + " by R-DEFECT-COST criticality financial, R-ROLE role data-plane; nothing presses for Go",
                a.summary());
        assertEquals(
                List.of("R-TAIL", "R-THROUGHPUT", "R-CONCURRENCY"),
                a.topReasons(3).stream().map(r -> r.criterion().id()).toList());
        assertEquals(8.0, a.rustScore());
    }

    @Test
    void aHistoryOfGcPausesAloneIsNotDecisive() {
        Assessment a = assess(service("api", Language.GO, Role.API).set(Field.LATENCY_INCIDENTS, 6L));
        assertEquals(Verdict.GO, a.verdict());
    }

    @Test
    void goPressureKeepsEvenAStrongCaseAtReview() {
        Assessment mvp = assess(worker(Language.UNDECIDED)
                .set(Field.DEPLOYMENT, Deployment.WASM)
                .set(Field.FIRST_MILESTONE, Milestone.MVP));
        assertEquals(Verdict.REVIEW, mvp.verdict());
        assertEquals(
                "Rust is demanded (native integration and constrained targets) but Go pressure weighs against"
                        + " it (G-TIME-TO-MARKET firstMilestone mvp)",
                mvp.summary());
        Assessment loose = assess(worker(Language.PYTHON)
                .set(Field.DEPLOYMENT, Deployment.NATIVE_MODULE)
                .set(Field.P99_LATENCY_MS, 150.0));
        assertEquals(Verdict.REVIEW, loose.verdict());
    }

    @Test
    void adminApiIsGoWhateverItsLanguage() {
        Assessment a = assess(service("admin", Language.RUST, Role.ADMIN_API).set(Field.P99_LATENCY_MS, 300.0));
        assertEquals(Verdict.GO, a.verdict());
        assertEquals(3.0, a.goScore());
        assertTrue(a.strongGoFit());
    }

    @Test
    void strongPressureBothWaysIsReview() {
        Assessment a = assess(service("mvp", Language.GO, Role.DATA_PLANE)
                .set(Field.P99_LATENCY_MS, 3.0)
                .set(Field.PEAK_RPS, 300_000L)
                .set(Field.FIRST_MILESTONE, Milestone.MVP)
                .set(Field.DEADLINE, Services.TODAY.plusDays(30))
                .set(Field.RUST_EXPERIENCE, Experience.NONE));
        assertEquals(Verdict.REVIEW, a.verdict());
        assertEquals(
                "Rust is demanded (tail latency, throughput and scale) but Go pressure weighs against it"
                        + " (G-TIME-TO-MARKET firstMilestone mvp, deadline 2026-12-24 (30 days away), G-TEAM rustExperience"
                        + " none: a month of Rust onboarding before the deadline 2026-12-24 (30 days away))",
                a.summary());
    }

    @Test
    void aDeadlineThatPassesKeepsAnMvpUnderTimePressure() {
        Services before = service("mvp", Language.GO, Role.DATA_PLANE)
                .set(Field.P99_LATENCY_MS, 3.0)
                .set(Field.CRITICALITY, Criticality.FINANCIAL)
                .set(Field.FIRST_MILESTONE, Milestone.MVP);
        Services after = service("mvp", Language.GO, Role.DATA_PLANE)
                .set(Field.P99_LATENCY_MS, 3.0)
                .set(Field.CRITICALITY, Criticality.FINANCIAL)
                .set(Field.FIRST_MILESTONE, Milestone.MVP);
        assertEquals(
                Verdict.REVIEW,
                assess(before.set(Field.DEADLINE, Services.TODAY.plusDays(10))).verdict());
        assertEquals(
                Verdict.REVIEW,
                assess(after.set(Field.DEADLINE, Services.TODAY.minusDays(10))).verdict());
    }

    @Test
    void aServiceBeingRetiredIsNeverMoreThanReview() {
        Assessment a = assess(service("old", Language.GO, Role.DATA_PLANE)
                .set(Field.LIFECYCLE, Lifecycle.DEPRECATED)
                .set(Field.P99_LATENCY_MS, 1.0)
                .set(Field.CRITICALITY, Criticality.FINANCIAL));
        assertEquals(Verdict.REVIEW, a.verdict());
        assertTrue(a.summary().endsWith("(G-GOOD-ENOUGH lifecycle deprecated: being retired)"), a.summary());
    }

    @Test
    void goThatMeetsTheRequirementInProductionIsReviewAtMost() {
        Services steady = service("gw", Language.GO, Role.PROXY)
                .set(Field.P99_LATENCY_MS, 1.0)
                .set(Field.CRITICALITY, Criticality.CORE_INFRASTRUCTURE)
                .set(Field.LIFECYCLE, Lifecycle.PRODUCTION)
                .set(Field.FIRST_MILESTONE, Milestone.EVOLVE)
                .set(Field.LATENCY_INCIDENTS, 0L)
                .set(Field.CONCURRENCY_INCIDENTS, 0L)
                .set(Field.MEMORY_SAFETY_INCIDENTS, 0L);
        assertEquals(Verdict.REVIEW, assess(steady).verdict());
        // One latency incident is not a record of Go meeting the requirement.
        Services incident = service("gw", Language.GO, Role.PROXY)
                .set(Field.P99_LATENCY_MS, 1.0)
                .set(Field.CRITICALITY, Criticality.CORE_INFRASTRUCTURE)
                .set(Field.LIFECYCLE, Lifecycle.PRODUCTION)
                .set(Field.FIRST_MILESTONE, Milestone.EVOLVE)
                .set(Field.LATENCY_INCIDENTS, 1L)
                .set(Field.CONCURRENCY_INCIDENTS, 0L)
                .set(Field.MEMORY_SAFETY_INCIDENTS, 0L);
        assertEquals(Verdict.RUST, assess(incident).verdict());
    }

    @Test
    void aWorkingGoServiceMovesOnlyIfTheMovePaysBackWithinTheHorizon() {
        // 900 instances at 200: 180,000 a month saves 30,000-51,429; 45,000 of onboarding and 30,000 of rewrite.
        Assessment pays = assess(worker(Language.GO)
                .set(Field.P99_LATENCY_MS, 5.0)
                .set(Field.PEAK_RPS, 300_000L)
                .set(Field.INSTANCES, 900L));
        assertEquals(Verdict.RUST, pays.verdict(), pays.summary());
        assertEquals(
                "saves 30000-51429 a month against 45000 of onboarding and 30000 of rewrite: pays back in"
                        + " 1.5-2.5 months, within the 12-month horizon",
                pays.cost().summary());
        Assessment slow = assess(worker(Language.GO)
                .set(Field.P99_LATENCY_MS, 5.0)
                .set(Field.PEAK_RPS, 300_000L)
                .set(Field.INSTANCES, 90L)
                .set(Field.CODE_LINES, 200_000L));
        assertEquals(Verdict.REVIEW, slow.verdict());
        assertTrue(
                slow.summary()
                        .contains("600000 of rewrite: pays back in 125.4-215 months, beyond the 12-month horizon"),
                slow.summary());
    }

    @Test
    void theEstimateIsShownForEveryServiceWithFiguresNotInRust() {
        assertEquals(
                "saves 333-571 a month against 45000 of onboarding and 30000 of rewrite: pays back in"
                        + " 131.3-225 months, beyond the 12-month horizon",
                assess(worker(Language.GO).set(Field.INSTANCES, 10L)).cost().summary());
        assertEquals(
                "saves 333-571 a month against 45000 of onboarding: pays back in 78.8-135 months, beyond the"
                        + " 12-month horizon",
                assess(worker(Language.UNDECIDED).set(Field.INSTANCES, 10L))
                        .cost()
                        .summary());
        assertNull(assess(worker(Language.RUST).set(Field.INSTANCES, 10L)).cost());
        assertNull(assess(worker(Language.GO)).cost());
    }

    @Test
    void aHotPathRoleWithNoFiguresIsReviewForLackOfEvidence() {
        Assessment a = assess(service("store", Language.GO, Role.STORAGE));
        assertEquals(Verdict.REVIEW, a.verdict());
        assertEquals("too little evidence: a storage service with no traffic or resource figures", a.summary());
    }

    /**
     * Where the model is not monotone, on purpose (docs/criteria.md): that review is for missing
     * evidence, so the first figure ends it and the requirements decide, even when the figure leans
     * toward Rust: a p99 target of 50 ms (mild) makes a figureless data plane go.
     */
    @Test
    void theFirstFigureEndsATooLittleEvidenceReviewAndTheRequirementsDecide() {
        assertEquals(
                Verdict.REVIEW,
                assess(service("plane", Language.GO, Role.DATA_PLANE)).verdict());
        Assessment a = assess(service("plane", Language.GO, Role.DATA_PLANE).set(Field.P99_LATENCY_MS, 50.0));
        assertEquals(Verdict.GO, a.verdict());
        assertEquals(
                "Go fits: no central requirement demands Rust; the signals toward Rust (R-ROLE role data-plane,"
                        + " R-TAIL p99LatencyMs 50) are not demanding",
                a.summary());
    }

    @Test
    void confidenceGrowsWithEvidenceAndMargin() {
        Assessment thin = assess(service("a", Language.UNDECIDED, Role.DATA_PLANE)
                .set(Field.P99_LATENCY_MS, 2.0)
                .set(Field.PEAK_RPS, 400_000L));
        Assessment rich = assess(service("b", Language.UNDECIDED, Role.DATA_PLANE)
                .set(Field.P99_LATENCY_MS, 2.0)
                .set(Field.PEAK_RPS, 400_000L)
                .set(Field.MEMORY_BUDGET_MIB, 128L)
                .set(Field.INSTANCES, 120L)
                .set(Field.CRITICALITY, Criticality.FINANCIAL)
                .set(Field.CONCURRENCY, Concurrency.HARD)
                .set(Field.RUST_EXPERIENCE, Experience.STRONG)
                .set(Field.DEPLOYMENT, Deployment.KUBERNETES));
        assertEquals(Verdict.RUST, thin.verdict());
        assertEquals(Verdict.RUST, rich.verdict());
        assertTrue(rich.confidence() > thin.confidence(), rich.confidence() + " > " + thin.confidence());
        assertTrue(rich.confidence() < 1.0);
    }

    /** Onboarding scales with the team and what it knows; a service already in Rust has no estimate. */
    @Test
    void onboardingDependsOnTheTeamsRustAndSize() {
        Services base = worker(Language.UNDECIDED).set(Field.MONTHLY_COST, 12_000.0);
        assertEquals(45_000.0, assess(base).cost().onboardingCost(), "5 assumed engineers, 3 weeks, 3000");
        assertEquals(true, assess(base).cost().basis().teamSizeAssumed());
        Services some = worker(Language.UNDECIDED)
                .set(Field.MONTHLY_COST, 12_000.0)
                .set(Field.RUST_EXPERIENCE, Experience.SOME)
                .set(Field.TEAM_SIZE, 4L);
        assertEquals(18_000.0, assess(some).cost().onboardingCost(), "4 engineers, 1.5 weeks, 3000");
        assertEquals(false, assess(some).cost().basis().teamSizeAssumed());
        Services strong = worker(Language.UNDECIDED)
                .set(Field.MONTHLY_COST, 12_000.0)
                .set(Field.RUST_EXPERIENCE, Experience.STRONG);
        CostEstimate none = assess(strong).cost();
        assertEquals(0.0, none.onboardingCost());
        assertEquals(
                "saves 2000-3429 a month against no one-off cost: pays back at once, within the 12-month" + " horizon",
                none.summary());
        CostEstimate free =
                assess(worker(Language.GO).set(Field.MONTHLY_COST, 0.0)).cost();
        assertEquals(null, free.paybackMonthsHigh());
        assertEquals(false, free.paysBack());
        assertTrue(free.summary().contains(": never pays back, beyond"), free.summary());
        // Exactly at the horizon still pays back.
        CostEstimate atHorizon = new CostEstimate(1, 1, 1, 12, 0, 12.0, 12.0, 12, none.basis());
        assertTrue(atHorizon.paysBack());
        assertEquals(
                List.of(
                        "run cost: monthlyCost 12000",
                        "saving: Rust serves the same load with 20%-40% more throughput per instance"
                                + " (cost.throughputGainLow/High, the guides' HTTP figure), so 17%-29% less capacity",
                        "team: size 5 assumed (cost.defaultTeamSize), as team.size is missing",
                        "onboarding: 0 extra weeks per engineer for rustExperience strong (cost.extraWeeksStrong;"
                                + " Rust async takes about a month to learn, Go concurrency a week), at 3000 per"
                                + " engineer-week (cost.engineerWeek)",
                        "rewrite: none, the service is not written yet",
                        "payback: the one-off costs over the monthly saving, held against a 12-month horizon at the"
                                + " low saving (cost.paybackHorizonMonths)"),
                none.assumptions());
        assertTrue(assess(worker(Language.GO).set(Field.MONTHLY_COST, 100.0).set(Field.CODE_LINES, 2_000L))
                .cost()
                .assumptions()
                .contains("rewrite: 2000 lines of go (codeLines), at 1000 lines per engineer-week"
                        + " (cost.rewriteLinesPerWeek)"));
        assertTrue(assess(worker(Language.GO)
                        .set(Field.MONTHLY_COST, 100.0)
                        .set(Field.FIRST_MILESTONE, Milestone.REPLACE_EXPENSIVE))
                .cost()
                .assumptions()
                .contains("rewrite: none, its first milestone replaces it anyway"));
    }

    /** A strong Go fit is a go verdict with nothing toward Rust and something pressing for Go. */
    @Test
    void aStrongGoFitHasNothingTowardRust() {
        assertTrue(assess(service("a", Language.RUST, Role.ADMIN_API)).strongGoFit());
        assertEquals(false, assess(service("a", Language.RUST, Role.WORKER)).strongGoFit(), "no pressure");
        assertEquals(
                false,
                assess(service("a", Language.RUST, Role.ADMIN_API).set(Field.P99_LATENCY_MS, 40.0))
                        .strongGoFit(),
                "a mild figure toward Rust");
        assertEquals(
                false,
                assess(service("a", Language.RUST, Role.ADMIN_API).set(Field.P99_LATENCY_MS, 4.0))
                        .strongGoFit(),
                "not a go verdict");
    }
}
