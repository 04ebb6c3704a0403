package dev.rustgo.criteria;

import static dev.rustgo.criteria.Services.assess;
import static dev.rustgo.criteria.Services.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import dev.rustgo.model.Service;
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
            Requirement.THROUGHPUT, s -> s.set(Field.PEAK_RPS, 245_000L),
            Requirement.MEMORY, s -> s.set(Field.MEMORY_BUDGET_MIB, 64L),
            Requirement.CONCURRENCY, s -> s.set(Field.CONCURRENCY, Concurrency.HARD),
            Requirement.SAFETY, s -> s.set(Field.CRITICALITY, Criticality.SECURITY_BOUNDARY),
            Requirement.NATIVE, s -> s.set(Field.DEPLOYMENT, Deployment.EDGE),
            // 1,500 instances at 200: 300,000 a month saves 50,000-85,714; the move pays back in 1-2 months.
            Requirement.COST, s -> s.set(Field.INSTANCES, 1_500L));

    /** What the guides would have corroborate each requirement, as a one-requirement review says it. */
    private static final Map<Requirement, String> SUPPORTED_BY = Map.of(
            Requirement.LATENCY, "a hot-path role or an unstable surface being replaced",
            Requirement.THROUGHPUT, "a hot-path role or an expensive surface being replaced",
            Requirement.MEMORY, "a hot-path role or an expensive surface being replaced",
            Requirement.CONCURRENCY, "a high defect cost or an unstable surface being replaced",
            Requirement.SAFETY, "a high defect cost or an unstable surface being replaced",
            Requirement.COST, "a high defect cost or an expensive surface being replaced");

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
    @ValueSource(strings = {"LATENCY", "THROUGHPUT", "MEMORY", "CONCURRENCY", "SAFETY", "NATIVE", "COST"})
    void eachCentralRequirementAloneIsAtLeastReviewAndNotMore(String requirement) {
        Requirement r = Requirement.valueOf(requirement);
        for (Language language : List.of(Language.GO, Language.UNDECIDED, Language.JAVA)) {
            Assessment a = assess(DEMANDS.get(r).apply(worker(language)));
            assertEquals(Verdict.REVIEW, a.verdict(), r + " in " + language + ": " + a.summary());
            assertEquals(
                    "one central requirement (" + r.title() + ") with nothing to corroborate it; rust needs a"
                            + " second, "
                            + (SUPPORTED_BY.containsKey(r)
                                    ? "a strong one, or " + SUPPORTED_BY.get(r) + " beside it"
                                    : "or a strong one"),
                    a.summary());
        }
    }

    @Test
    void everyCentralRequirementHasACaseAlone() {
        assertEquals(List.of(Requirement.values()).size(), DEMANDS.size());
    }

    /** Throughput and cost have no strong level: rps, instances and cost only measure how big they are. */
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

    /** Instances and monthly cost both measure the bill: together they are one requirement. */
    @Test
    void theTwoFiguresOfTheBillCountOnce() {
        Assessment a =
                assess(worker(Language.UNDECIDED).set(Field.INSTANCES, 1_500L).set(Field.MONTHLY_COST, 300_000.0));
        assertEquals(Verdict.REVIEW, a.verdict(), a.summary());
        assertTrue(a.summary().startsWith("one central requirement (ownership cost)"), a.summary());
        assertEquals(2.0, a.rustScore(), "counted once");
    }

    /**
     * Throughput and the bill are two requirements: a 500K rps peak is speed, a bill the move repays
     * is ownership cost (000: "If the decision is really about throughput, latency, and operating
     * cost"); a relaxed figure answers the one and not the other.
     */
    @Test
    void throughputAndOwnershipCostAreTwoRequirements() {
        Assessment a =
                assess(worker(Language.UNDECIDED).set(Field.PEAK_RPS, 500_000L).set(Field.INSTANCES, 1_500L));
        assertEquals(Verdict.RUST, a.verdict(), a.summary());
        assertEquals("Rust is demanded (throughput, ownership cost); nothing presses for Go", a.summary());
        Assessment relaxed = assess(worker(Language.UNDECIDED)
                .set(Field.PEAK_RPS, 500_000L)
                .set(Field.INSTANCES, 1_500L)
                .set(Field.P99_LATENCY_MS, 250.0));
        assertEquals(Verdict.REVIEW, relaxed.verdict(), relaxed.summary());
        assertEquals(
                "one central requirement (ownership cost) with nothing to corroborate it; Go pressure answers"
                        + " throughput (G-GOOD-ENOUGH p99LatencyMs 250); rust needs a second, a strong one, or a high"
                        + " defect cost or an expensive surface being replaced beside it",
                relaxed.summary());
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
                                .set(Field.FIRST_MILESTONE, Milestone.REPLACE_UNSTABLE))
                        .verdict());
    }

    /**
     * A corroboration counts only beside a requirement it supports. 000: defect cost is why
     * "compile-time constraints can be cheaper than runtime debugging", and a hot path is where raw
     * efficiency matters ("data planes, realtime systems, edge services").
     */
    @Test
    void corroborationCountsOnlyBesideARequirementItSupports() {
        Map<String, Verdict> cases = new java.util.LinkedHashMap<>();
        UnaryOperator<Services> financial = s -> s.set(Field.CRITICALITY, Criticality.FINANCIAL);
        cases.put(
                "hard concurrency, financial",
                assess(financial.apply(DEMANDS.get(Requirement.CONCURRENCY).apply(worker(Language.UNDECIDED))))
                        .verdict());
        cases.put(
                "a 64 MiB budget, financial",
                assess(financial.apply(DEMANDS.get(Requirement.MEMORY).apply(worker(Language.UNDECIDED))))
                        .verdict());
        cases.put(
                "a 5 ms target, financial",
                assess(financial.apply(DEMANDS.get(Requirement.LATENCY).apply(worker(Language.UNDECIDED))))
                        .verdict());
        cases.put(
                "a 64 MiB budget, proxy",
                assess(DEMANDS.get(Requirement.MEMORY).apply(service("p", Language.UNDECIDED, Role.PROXY)))
                        .verdict());
        cases.put(
                "hard concurrency, proxy",
                assess(DEMANDS.get(Requirement.CONCURRENCY).apply(service("p", Language.UNDECIDED, Role.PROXY)))
                        .verdict());
        cases.put(
                "a paying bill, financial",
                assess(financial.apply(DEMANDS.get(Requirement.COST).apply(worker(Language.UNDECIDED))))
                        .verdict());
        assertEquals(
                "{hard concurrency, financial=RUST, a 64 MiB budget, financial=REVIEW, a 5 ms target, financial=REVIEW,"
                        + " a 64 MiB budget, proxy=RUST, hard concurrency, proxy=REVIEW, a paying bill, financial=RUST}",
                cases.toString());
        Assessment ledger = assess(financial.apply(worker(Language.GO).set(Field.MEMORY_BUDGET_MIB, 20L)));
        assertEquals(
                "one central requirement (memory efficiency) with nothing to corroborate it (R-DEFECT-COST"
                        + " criticality financial supports concurrency correctness, strict safety and ownership cost,"
                        + " not memory efficiency); rust needs a second, a strong one, or a hot-path role or an"
                        + " expensive surface being replaced beside it",
                ledger.summary());
    }

    /**
     * A Go pressure weighs only against the requirements it answers: "good enough" is about speed
     * (000: "For many backend workloads, "good enough" is the correct business answer"), not about
     * concurrency correctness or the bill.
     */
    @Test
    void aPressureWeighsOnlyAgainstWhatItAnswers() {
        Assessment scheduler = assess(worker(Language.GO)
                .set(Field.CONCURRENCY, Concurrency.HARD)
                .set(Field.CRITICALITY, Criticality.CORE_INFRASTRUCTURE)
                .set(Field.P99_LATENCY_MS, 250.0));
        assertEquals(Verdict.RUST, scheduler.verdict(), scheduler.summary());
        assertEquals(
                "Rust is demanded (concurrency correctness), corroborated by R-DEFECT-COST criticality"
                        + " core-infrastructure; the Go pressure here (G-GOOD-ENOUGH p99LatencyMs 250) weighs on other"
                        + " requirements, not on this one; for a service running in Go, its defect or safety cost makes"
                        + " the move worth it (R-DEFECT-COST criticality core-infrastructure)",
                scheduler.summary());
        assertEquals(
                List.of("R-CONCURRENCY", "R-DEFECT-COST"),
                scheduler.topReasons(3).stream().map(r -> r.criterion().id()).toList());
        // The same pressure answers a speed requirement: a 5 ms target at 100 rps is review.
        Assessment quiet = assess(service("p", Language.UNDECIDED, Role.PROXY)
                .set(Field.P99_LATENCY_MS, 5.0)
                .set(Field.PEAK_RPS, 100L));
        assertEquals(Verdict.REVIEW, quiet.verdict(), quiet.summary());
        assertEquals(
                "Rust is demanded (tail latency) but Go pressure weighs against it (G-GOOD-ENOUGH peakRps 100)",
                quiet.summary());
        // A retirement, an MVP or a control-plane role answers everything.
        assertEquals(
                Verdict.REVIEW,
                assess(worker(Language.GO)
                                .set(Field.CONCURRENCY, Concurrency.HARD)
                                .set(Field.CRITICALITY, Criticality.CORE_INFRASTRUCTURE)
                                .set(Field.FIRST_MILESTONE, Milestone.MVP))
                        .verdict());
    }

    /**
     * Economics both ways. Toward Rust: an expensive surface whose move pays back is a requirement
     * (000: "If the first milestone is replacing an unstable or expensive backend surface, Rust
     * deserves stronger consideration"), rust with a defect cost beside it. Toward Go: a service Go
     * serves in production, or one being retired, whose move repays only beyond three horizons.
     */
    @Test
    void economicsCountBothWays() {
        UnaryOperator<Services> expensive = s -> s.set(Field.FIRST_MILESTONE, Milestone.REPLACE_EXPENSIVE)
                .set(Field.INSTANCES, 60L)
                .set(Field.MONTHLY_COST, 10_000.0)
                .set(Field.TEAM_SIZE, 4L)
                .set(Field.RUST_EXPERIENCE, Experience.SOME);
        Assessment alone = assess(expensive.apply(worker(Language.GO)));
        assertEquals(Verdict.REVIEW, alone.verdict(), alone.summary());
        Assessment core =
                assess(expensive.apply(worker(Language.GO)).set(Field.CRITICALITY, Criticality.CORE_INFRASTRUCTURE));
        assertEquals(Verdict.RUST, core.verdict(), core.summary());
        assertEquals(
                "Rust is demanded (ownership cost), corroborated by R-DEFECT-COST criticality core-infrastructure;"
                        + " nothing presses for Go; for a service running in Go, the move pays back within the horizon",
                core.summary());

        UnaryOperator<Services> proven = s -> s.set(Field.LIFECYCLE, Lifecycle.PRODUCTION)
                .set(Field.FIRST_MILESTONE, Milestone.EVOLVE)
                .set(Field.LATENCY_INCIDENTS, 0L)
                .set(Field.CONCURRENCY_INCIDENTS, 0L)
                .set(Field.MEMORY_SAFETY_INCIDENTS, 0L)
                .set(Field.P99_LATENCY_MS, 2.0)
                .set(Field.CODE_LINES, 30_000L);
        Assessment far = assess(proven.apply(worker(Language.GO)).set(Field.MONTHLY_COST, 3_000.0));
        assertEquals(Verdict.GO, far.verdict(), far.summary());
        assertEquals(
                "Go fits: Rust is demanded (tail latency) but Go meets the demand in production (G-GOOD-ENOUGH in"
                        + " production and evolving, with no latency, concurrency or memory-safety incident recorded in"
                        + " 12 months), and a move would pay back in 157.5-270 months, beyond 3 times the 12-month"
                        + " horizon",
                far.summary());
        // Within three horizons at the high saving, or with no bill to tell: a person decides.
        assertEquals(
                Verdict.REVIEW,
                assess(proven.apply(worker(Language.GO)).set(Field.MONTHLY_COST, 20_000.0))
                        .verdict());
        assertEquals(Verdict.REVIEW, assess(proven.apply(worker(Language.GO))).verdict());
        Assessment retiring = assess(worker(Language.GO)
                .set(Field.LIFECYCLE, Lifecycle.DEPRECATED)
                .set(Field.P99_LATENCY_MS, 2.0)
                .set(Field.INSTANCES, 10L));
        assertEquals(Verdict.GO, retiring.verdict(), retiring.summary());
        assertTrue(
                retiring.summary()
                        .contains("but the service is being retired (G-GOOD-ENOUGH lifecycle deprecated:"
                                + " being retired), and a move would pay back in 131.3-225 months"),
                retiring.summary());
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
                "Rust is demanded (tail latency, throughput, concurrency correctness), corroborated by"
                        + " R-DEFECT-COST criticality financial, R-ROLE role data-plane; nothing presses for Go; for a"
                        + " service running in Go, its defect or safety cost makes the move worth it (R-DEFECT-COST"
                        + " criticality financial)",
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
        // A relaxed target says Go is fast enough; it says nothing against native integration.
        Assessment loose = assess(worker(Language.PYTHON)
                .set(Field.DEPLOYMENT, Deployment.NATIVE_MODULE)
                .set(Field.P99_LATENCY_MS, 150.0));
        assertEquals(Verdict.RUST, loose.verdict(), loose.summary());
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
                "Rust is demanded (tail latency, throughput) but Go pressure weighs against it"
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

    /** A role alone is never a case: a hot-path role with no figure is go, whatever it is written in. */
    @Test
    void aRoleAloneIsNeverACase() {
        for (Language language : List.of(Language.GO, Language.UNDECIDED, Language.CPP, Language.KOTLIN)) {
            for (Role role : RuleCatalog.RUST_ROLES) {
                Assessment a = assess(service("svc", language, role));
                assertEquals(Verdict.GO, a.verdict(), language + " " + role + ": " + a.summary());
            }
        }
        Assessment a = assess(service("plane", Language.GO, Role.DATA_PLANE).set(Field.P99_LATENCY_MS, 50.0));
        assertEquals(Verdict.GO, a.verdict());
        assertEquals(
                "Go fits: no central requirement demands Rust; what leans toward Rust is mild (R-TAIL) or"
                        + " corroboration with nothing demanded to support (R-ROLE)",
                a.summary());
        assertEquals(
                List.of("G-DEFAULT"),
                a.topReasons(3).stream().map(r -> r.criterion().id()).toList());
    }

    /**
     * The split as the guides write it (000: "Use Rust for data-plane services, performance-critical
     * workers, native extensions, or components with strict reliability requirements"): a data-plane
     * role with a criticality they name is at least review for new work; a working service is no new
     * work, and a worker is performance-critical when it is realtime.
     */
    @Test
    void theSplitPutsNewDataPlaneWorkWithACriticalityUnderReview() {
        Assessment agent = assess(service("agent", Language.UNDECIDED, Role.STREAM_PROCESSOR)
                .set(Field.CRITICALITY, Criticality.INGESTION)
                .set(Field.MEMORY_BUDGET_MIB, 128L));
        assertEquals(Verdict.REVIEW, agent.verdict());
        assertEquals(
                "the guides' split puts new stream-processor work with criticality ingestion in Rust (\"Use Rust"
                        + " for data-plane services, performance-critical workers ... or components with strict"
                        + " reliability requirements\"), but no central requirement is written to decide it",
                agent.summary());
        assertEquals(
                List.of("R-DEFECT-COST", "R-ROLE"),
                agent.topReasons(3).stream().map(r -> r.criterion().id()).toList());
        assertEquals(
                Verdict.REVIEW,
                assess(service("plane", Language.GO, Role.DATA_PLANE)
                                .set(Field.LIFECYCLE, Lifecycle.EXPERIMENTAL)
                                .set(Field.CRITICALITY, Criticality.FINANCIAL))
                        .verdict());
        assertEquals(
                Verdict.REVIEW,
                assess(worker(Language.UNDECIDED).set(Field.CRITICALITY, Criticality.REALTIME))
                        .verdict());
        assertEquals(
                Verdict.GO,
                assess(service("plane", Language.GO, Role.DATA_PLANE)
                                .set(Field.LIFECYCLE, Lifecycle.PRODUCTION)
                                .set(Field.CRITICALITY, Criticality.FINANCIAL))
                        .verdict());
        assertEquals(
                Verdict.GO,
                assess(worker(Language.UNDECIDED).set(Field.CRITICALITY, Criticality.FINANCIAL))
                        .verdict());
        assertEquals(
                Verdict.GO,
                assess(service("api", Language.UNDECIDED, Role.API).set(Field.CRITICALITY, Criticality.FINANCIAL))
                        .verdict());
    }

    /**
     * The confidence is the share of the robustness grid that agrees. A Go service whose two
     * requirements make the case, on a 30,000 bill: 45,000 of onboarding and 30,000 of rewrite repay
     * in 15 months at the guides' low 20% (review), within the year at 30% or 40% (rust).
     */
    @Test
    void theConfidenceIsTheShareOfTheRobustnessGridThatAgrees() {
        Assessment a = assess(worker(Language.GO)
                .set(Field.P99_LATENCY_MS, 5.0)
                .set(Field.CONCURRENCY, Concurrency.HARD)
                .set(Field.MONTHLY_COST, 30_000.0)
                .set(Field.CODE_LINES, 10_000L));
        assertEquals(Verdict.REVIEW, a.verdict(), a.summary());
        Robustness r = a.robustness();
        assertEquals(false, r.holds());
        assertEquals(
                "rust at a 24-month horizon, review at a 6-12-month horizon; rust at 30-40% saving, review at 20% saving; rust at cost.engineerWeek"
                        + " 1500, review at cost.engineerWeek 3000-6000; rust at a team of 3 (assumed), review at a team of"
                        + " 5-10 (assumed); rust at cost.rewriteLinesPerWeek 2000, review at cost.rewriteLinesPerWeek"
                        + " 500-1000",
                r.text());
        assertEquals(18, r.points());
        assertEquals(12, r.agreeing());
        assertEquals(r.share(), a.confidence());
        assertEquals(0.67, a.confidence());
        assertEquals(Numbers.round((double) r.agreeing() / r.points(), 2), a.confidence());
        // A verdict that rests on no assumption holds, with full confidence.
        Assessment wasm = assess(worker(Language.UNDECIDED).set(Field.DEPLOYMENT, Deployment.WASM));
        assertTrue(wasm.robustness().holds());
        assertEquals(1.0, wasm.confidence());
        assertEquals("holds: it rests on no assumed value", wasm.robustness().text());
    }

    /**
     * A service that gives no figure rests on no assumed value, whatever its role and language: every
     * ranged threshold knows the figure it is held against, so none is tried for nothing.
     */
    @Test
    void aServiceWithNoFigureRestsOnNoAssumedValue() {
        for (Language language : Language.values()) {
            for (Role role : Role.values()) {
                Robustness r = assess(service("svc", language, role)).robustness();
                assertEquals(0, r.points(), language + " " + role);
            }
        }
    }

    /** A value a policy sets is the user's own figure: the grid does not vary it. */
    @Test
    void aThresholdAPolicySetsIsNotVaried() {
        Service s = worker(Language.GO)
                .set(Field.P99_LATENCY_MS, 5.0)
                .set(Field.CONCURRENCY, Concurrency.HARD)
                .set(Field.MONTHLY_COST, 30_000.0)
                .set(Field.CODE_LINES, 10_000L)
                .build();
        Thresholds set = Thresholds.defaults().with(Map.of("cost.throughputGainLow", 0.2, "tail.demandingMs", 5.0));
        Assessment a = Scorer.standard()
                .assess(s, new Rule.Context(dev.rustgo.model.Portfolio.of(List.of(s)), set, Services.TODAY));
        assertEquals(Verdict.REVIEW, a.verdict());
        assertFalse(a.robustness().text().contains("saving"), a.robustness().text());
        assertFalse(
                a.robustness().text().contains("tail.demandingMs"),
                a.robustness().text());
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

    // The basis each step of the decision gives: what the top reasons of every report and
    // rustgo:explain's "rests on" show (docs/criteria.md, "The verdict, sentence by sentence").

    /** "R-TAIL p99LatencyMs 5" for each reason the verdict rests on. */
    private static List<String> basis(Assessment a) {
        return a.basis().stream()
                .map(r -> r.criterion().id() + " " + r.evidence())
                .toList();
    }

    @Test
    void aGoVerdictRestsOnTheGoPressuresOrOnTheDefaultWhereNothingPresses() {
        Assessment pressed = assess(worker(Language.GO).set(Field.P99_LATENCY_MS, 250.0));
        assertEquals(Verdict.GO, pressed.verdict());
        assertEquals(List.of("G-GOOD-ENOUGH p99LatencyMs 250"), basis(pressed));
        assertEquals(List.of("G-DEFAULT Go is the default"), basis(assess(worker(Language.GO))));
    }

    @Test
    void aReviewUnderPressureRestsOnTheDemandsAndThePressuresThatAnswerThem() {
        Assessment a = assess(service("cp", Language.GO, Role.CONTROL_PLANE).set(Field.P99_LATENCY_MS, 5.0));
        assertEquals(Verdict.REVIEW, a.verdict(), a.summary());
        assertEquals(List.of("R-TAIL p99LatencyMs 5", "G-CONTROL-PLANE role control-plane"), basis(a));
    }

    /**
     * A retiring Go service: 2,000 a month saves at most 571, against 45,000 of onboarding and
     * 150,000 of rewriting 50,000 lines; 341 months and more is beyond three horizons.
     */
    @Test
    void aGoVerdictFarFromPayingRestsOnThePressuresThatAnswerTheDemand() {
        Assessment a = assess(worker(Language.GO)
                .set(Field.P99_LATENCY_MS, 5.0)
                .set(Field.LIFECYCLE, Lifecycle.DEPRECATED)
                .set(Field.MONTHLY_COST, 2_000.0)
                .set(Field.CODE_LINES, 50_000L));
        assertEquals(Verdict.GO, a.verdict(), a.summary());
        assertEquals(List.of("G-GOOD-ENOUGH lifecycle deprecated: being retired"), basis(a));
    }

    @Test
    void aLoneRequirementRestsOnTheDemandsAndThePressuresOnTheAnsweredOnesNotOnIrrelevantCorroboration() {
        Assessment a = assess(worker(Language.GO)
                .set(Field.P99_LATENCY_MS, 5.0)
                .set(Field.PEAK_RPS, 1_000L)
                .set(Field.MEMORY_BUDGET_MIB, 64L)
                .set(Field.CRITICALITY, Criticality.FINANCIAL));
        assertEquals(Verdict.REVIEW, a.verdict(), a.summary());
        assertEquals(
                List.of("R-TAIL p99LatencyMs 5", "R-MEMORY memoryBudgetMiB 64", "G-GOOD-ENOUGH peakRps 1000"),
                basis(a));
    }

    /** Hard, racy concurrency in a small Go fleet: the case is made, but a move of 1,000 a month does not pay. */
    @Test
    void aMoveNotWorthItRestsOnTheDemandsAndOnlyTheCorroborationThatSupportsThem() {
        Assessment a = assess(service("dp", Language.GO, Role.DATA_PLANE)
                .set(Field.CONCURRENCY, Concurrency.HARD)
                .set(Field.CONCURRENCY_INCIDENTS, 2L)
                .set(Field.FIRST_MILESTONE, Milestone.REPLACE_UNSTABLE)
                .set(Field.INSTANCES, 5L));
        assertEquals(Verdict.REVIEW, a.verdict(), a.summary());
        assertEquals(
                List.of(
                        "R-CONCURRENCY concurrencyIncidents 2",
                        "R-CONCURRENCY concurrency hard",
                        "R-REPLACE firstMilestone replace-unstable"),
                basis(a),
                "a hot-path role does not support concurrency correctness");
    }

    /**
     * A defect cost that supports none of the demanded requirements still makes the stakes high: a
     * Go service's rust verdict rests on it too, a Java service's does not need it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"go", "java"})
    void aRustVerdictInGoRestsOnTheStakesThatMakeTheMoveWorthIt(String language) {
        Language lang = language.equals("go") ? Language.GO : Language.JAVA;
        Assessment a =
                assess(worker(lang).set(Field.P99_LATENCY_MS, 1.0).set(Field.CRITICALITY, Criticality.FINANCIAL));
        assertEquals(Verdict.RUST, a.verdict(), a.summary());
        assertEquals(
                lang == Language.GO
                        ? List.of("R-TAIL p99LatencyMs 1", "R-DEFECT-COST criticality financial")
                        : List.of("R-TAIL p99LatencyMs 1"),
                basis(a));
        assertEquals(
                "Rust is demanded (tail latency); nothing presses for Go"
                        + (lang == Language.GO
                                ? "; for a service running in Go, its defect or safety cost makes the move worth it"
                                        + " (R-DEFECT-COST criticality financial)"
                                : ""),
                a.summary());
    }

    @Test
    void aRustSummaryNamesOnlyTheAnsweredRequirementsThePressureWeighsOn() {
        Assessment a = assess(worker(Language.JAVA)
                .set(Field.P99_LATENCY_MS, 5.0)
                .set(Field.PEAK_RPS, 1_000L)
                .set(Field.CONCURRENCY, Concurrency.HARD)
                .set(Field.CONCURRENCY_INCIDENTS, 2L));
        assertEquals(Verdict.RUST, a.verdict(), a.summary());
        assertEquals(
                "Rust is demanded (concurrency correctness); the Go pressure here (G-GOOD-ENOUGH peakRps 1000)"
                        + " weighs on tail latency only",
                a.summary());
    }
}
