package dev.rustgo.criteria;

import static dev.rustgo.criteria.Services.assess;
import static dev.rustgo.criteria.Services.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What to do about a service says it in the terms of the language the service is in: the guides
 * weigh Rust against Go for new work, so a verdict {@code go} moves nothing to Go.
 */
class ActionTest {

    private static void assertAction(Action.Kind kind, String text, Assessment a) {
        assertEquals(kind, a.action().kind(), a.action().text());
        assertEquals(text, a.action().text());
    }

    /** A Go service the matcher's way: its move pays back within the horizon. */
    private static Services paying(Language language) {
        return service("svc", language, Role.WORKER)
                .set(Field.P99_LATENCY_MS, 5.0)
                .set(Field.PEAK_RPS, 300_000L)
                .set(Field.INSTANCES, 900L);
    }

    /** An admin API in Rust: a strong Go fit. */
    private static Services adminInRust() {
        return service("admin", Language.RUST, Role.ADMIN_API);
    }

    @Test
    void theKindsHaveStableIds() {
        assertEquals(
                List.of("keep", "consider-rust", "reconsider-rust", "review", "describe", "build-go", "build-rust"),
                java.util.Arrays.stream(Action.Kind.values())
                        .map(Action.Kind::id)
                        .toList());
    }

    @Test
    void aGoServiceThatGoFitsIsKept() {
        Assessment a = assess(service("plain", Language.GO, Role.WORKER));
        assertEquals(Verdict.GO, a.verdict());
        assertAction(Action.Kind.KEEP, "keep; it is in Go, and no requirement here asks for Rust", a);
        assertEquals("keep", a.action().id());
    }

    @Test
    void aPythonServiceWithNoRustCaseIsKeptNotMovedToGo() {
        Assessment a = assess(service("reports", Language.PYTHON, Role.BATCH));
        assertEquals(Verdict.GO, a.verdict());
        assertAction(
                Action.Kind.KEEP,
                "keep; no requirement here asks for Rust (the guides weigh Rust against Go for new work; for a"
                        + " service already in Python, keep it unless a central requirement comes to demand Rust)",
                a);
        assertEquals(
                "no central requirement demands Rust (the guides' Go default is for new work, not a move from"
                        + " Python)",
                a.summary());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Language.class,
            names = {"JAVA", "KOTLIN", "PYTHON", "NODE", "DOTNET", "CPP", "C", "OTHER"})
    void noThirdLanguageServiceReadsAsAMoveToGo(Language language) {
        Assessment a = assess(service("svc", language, Role.API)
                .set(Field.P99_LATENCY_MS, 50.0)
                .set(Field.CRITICALITY, Criticality.FINANCIAL));
        assertEquals(Verdict.GO, a.verdict(), a.summary());
        assertEquals(Action.Kind.KEEP, a.action().kind());
        String name = Action.name(language);
        assertTrue(
                a.action().text().contains("for a service already in " + name + ", keep it"),
                a.action().text());
        assertFalse(a.summary().startsWith("Go fits"), a.summary());
        assertTrue(
                a.summary().contains("(the guides' Go default is for new work, not a move from " + name + ")"),
                a.summary());
        for (String said : List.of(a.action().text(), a.summary())) {
            assertFalse(said.contains("move to Go") || said.contains("rewrite") || said.contains("Go fits"), said);
        }
    }

    @Test
    void aRustServiceThatFitsIsKept() {
        Assessment a = assess(service("gw", Language.RUST, Role.PROXY).set(Field.P99_LATENCY_MS, 1.0));
        assertEquals(Verdict.RUST, a.verdict());
        assertAction(Action.Kind.KEEP, "keep; it is in Rust, where its requirements put it", a);
    }

    @Test
    void aRustCandidateInGoConsidersAMoveWithItsPayback() {
        Assessment a = assess(paying(Language.GO));
        assertEquals(Verdict.RUST, a.verdict());
        assertAction(
                Action.Kind.CONSIDER_RUST,
                "consider a move to Rust: it pays back in 1.5-2.5 months, within the 12-month horizon",
                a);
    }

    /** A candidate running in Go whose move pays back beyond the horizon is one for its defect cost. */
    @Test
    void aRustCandidateBeyondTheHorizonRestsOnItsDefectCost() {
        Assessment a = assess(service("risk", Language.GO, Role.WORKER)
                .set(Field.PEAK_RPS, 60_000L)
                .set(Field.P99_LATENCY_MS, 5.0)
                .set(Field.MONTHLY_COST, 12_000.0)
                .set(Field.CRITICALITY, Criticality.FINANCIAL)
                .set(Field.CONCURRENCY, Concurrency.HARD)
                .set(Field.TEAM_SIZE, 4L));
        assertEquals(Verdict.RUST, a.verdict(), a.summary());
        assertAction(
                Action.Kind.CONSIDER_RUST,
                "consider a move to Rust: it pays back in 19.3-33 months, beyond the 12-month horizon, so the case"
                        + " rests on its defect cost",
                a);
    }

    @Test
    void aRustCandidateInAnotherLanguageIsAPromptToLook() {
        Assessment a = assess(paying(Language.JAVA));
        assertEquals(Verdict.RUST, a.verdict());
        assertAction(
                Action.Kind.CONSIDER_RUST,
                "consider a move to Rust: it pays back in 1.5-2.5 months, within the 12-month horizon; the guides"
                        + " weigh Rust against Go, so for a service in Java this is a prompt to look at the case, not a"
                        + " settled one",
                a);
    }

    @Test
    void aRustCandidateWithoutCostFiguresSaysWhatWouldShowThePayback() {
        Assessment a = assess(service("vault", Language.GO, Role.WORKER)
                .set(Field.CRITICALITY, Criticality.SAFETY)
                .set(Field.MEMORY_SAFETY_INCIDENTS, 1L));
        assertEquals(Verdict.RUST, a.verdict(), a.summary());
        assertAction(
                Action.Kind.CONSIDER_RUST,
                "consider a move to Rust; write spec.resources.monthlyCost or instances to see its payback",
                a);
    }

    @Test
    void aRecordedDecisionKeepsTheCandidateWhereItIsUntilItExpires() {
        Assessment decided = assess(paying(Language.GO)
                .set(Field.DECISION_LANGUAGE, Language.GO)
                .set(Field.DECISION_RECORD, "docs/adr/7.md")
                .set(Field.DECISION_EXPIRES, Services.TODAY.plusDays(1)));
        assertAction(
                Action.Kind.KEEP,
                "keep in Go, as decided in spec.decision (docs/adr/7.md, until 2026-11-25); a move to Rust pays"
                        + " back in 1.5-2.5 months, within the 12-month horizon",
                decided);
        Assessment expired = assess(paying(Language.GO)
                .set(Field.DECISION_LANGUAGE, Language.GO)
                .set(Field.DECISION_EXPIRES, Services.TODAY.minusDays(1)));
        assertAction(
                Action.Kind.CONSIDER_RUST,
                "consider a move to Rust: it pays back in 1.5-2.5 months, within the 12-month horizon (the"
                        + " decision recorded expired on 2026-11-23)",
                expired);
        Assessment unpriced = assess(service("vault", Language.GO, Role.WORKER)
                .set(Field.CRITICALITY, Criticality.SAFETY)
                .set(Field.MEMORY_SAFETY_INCIDENTS, 1L)
                .set(Field.DECISION_LANGUAGE, Language.GO));
        assertAction(
                Action.Kind.KEEP,
                "keep in Go, as decided in spec.decision; a move to Rust has no payback estimate",
                unpriced);
        Assessment moving = assess(paying(Language.GO).set(Field.DECISION_LANGUAGE, Language.RUST));
        assertAction(
                Action.Kind.CONSIDER_RUST,
                "move to Rust, as decided in spec.decision: it pays back in 1.5-2.5 months, within the 12-month"
                        + " horizon",
                moving);
    }

    /** What go-fit-in-rust says: reconsider while it is new. */
    @Test
    void aNewStrongGoFitInRustIsReconsidered() {
        Assessment a = assess(adminInRust());
        assertTrue(a.strongGoFit());
        assertAction(
                Action.Kind.RECONSIDER_RUST,
                "reconsider Rust while it is new: it is a strong Go fit and nothing here asks for Rust; build it in"
                        + " Go, or record why Rust is needed in spec.decision",
                a);
        assertAction(
                Action.Kind.KEEP,
                "keep in Rust, as decided in spec.decision",
                assess(adminInRust().set(Field.DECISION_LANGUAGE, Language.RUST)));
        assertAction(
                Action.Kind.RECONSIDER_RUST,
                "move to Go, as decided in spec.decision (until 2027-01-01)",
                assess(adminInRust()
                        .set(Field.DECISION_LANGUAGE, Language.GO)
                        .set(Field.DECISION_EXPIRES, java.time.LocalDate.of(2027, 1, 1))));
    }

    /** What go-fit-running-in-rust says: keep, no rewrite. */
    @Test
    void aStrongGoFitRunningInRustIsKeptWithNoRewrite() {
        assertAction(
                Action.Kind.KEEP,
                "keep; it is a strong Go fit, but it runs in Rust in production, so no rewrite is advised: new"
                        + " services of this kind default to Go",
                assess(adminInRust().set(Field.LIFECYCLE, Lifecycle.PRODUCTION)));
        assertAction(
                Action.Kind.KEEP,
                "keep; it is a strong Go fit, but it runs in Rust and is being retired, so no rewrite is advised:"
                        + " new services of this kind default to Go",
                assess(adminInRust().set(Field.LIFECYCLE, Lifecycle.DEPRECATED)));
        assertAction(
                Action.Kind.KEEP,
                "keep; it is a strong Go fit, but its team has no Go experience, so no rewrite is advised: new"
                        + " services of this kind default to Go",
                assess(adminInRust().set(Field.GO_EXPERIENCE, Experience.NONE)));
    }

    @Test
    void aRustServiceThatGoFitsOnlyLooselyIsKept() {
        Assessment a = assess(service("w", Language.RUST, Role.WORKER));
        assertEquals(Verdict.GO, a.verdict());
        assertFalse(a.strongGoFit());
        assertAction(Action.Kind.KEEP, "keep; Go fits too, but not strongly enough to change course from Rust", a);
    }

    /** The guides' split, for new work: a data-plane role with a criticality they name asks for a look. */
    @Test
    void aReviewOfNewSplitWorkAsksWhetherItNeedsRust() {
        Assessment a = assess(service("store", Language.UNDECIDED, Role.STORAGE)
                .set(Field.CRITICALITY, Criticality.CORE_INFRASTRUCTURE));
        assertEquals(Verdict.REVIEW, a.verdict());
        assertAction(
                Action.Kind.REVIEW,
                "review: does this new storage service need Rust? the guides' split says to look: write its"
                        + " peakRps, p99LatencyMs and memoryBudgetMiB (or what else it demands), or decide and record"
                        + " it in spec.decision",
                a);
        // A role alone is no case, and a working service is no new work.
        assertAction(
                Action.Kind.BUILD_GO,
                "build it in Go; no requirement here asks for Rust",
                assess(service("store", Language.UNDECIDED, Role.STORAGE)));
        assertAction(
                Action.Kind.KEEP,
                "keep; it is in Go, and no requirement here asks for Rust",
                assess(service("store", Language.GO, Role.STORAGE)
                        .set(Field.CRITICALITY, Criticality.CORE_INFRASTRUCTURE)));
    }

    @Test
    void aReviewOfOneUncorroboratedRequirementAsksWhetherItIsEnough() {
        Assessment a = assess(service("w", Language.UNDECIDED, Role.WORKER).set(Field.P99_LATENCY_MS, 5.0));
        assertEquals(Verdict.REVIEW, a.verdict());
        assertAction(
                Action.Kind.REVIEW,
                "review: is tail latency alone reason enough for Rust? nothing corroborates it; write what else"
                        + " applies (criticality, concurrency, deployment, peakRps, memoryBudgetMiB), or decide and"
                        + " record it in spec.decision",
                a);
        Assessment described = assess(service("w", Language.UNDECIDED, Role.WORKER)
                .set(Field.P99_LATENCY_MS, 5.0)
                .set(Field.CONCURRENCY, Concurrency.SIMPLE)
                .set(Field.DEPLOYMENT, Deployment.KUBERNETES)
                .set(Field.PEAK_RPS, 20_000L)
                .set(Field.MEMORY_BUDGET_MIB, 2048L));
        assertEquals(Verdict.REVIEW, described.verdict(), described.summary());
        assertAction(
                Action.Kind.REVIEW,
                "review: is tail latency alone reason enough for Rust? nothing corroborates it; write what else"
                        + " applies (criticality), or decide and record it in spec.decision",
                described);
    }

    @Test
    void aReviewUnderGoPressureAsksWhichComesFirst() {
        Assessment a = assess(service("w", Language.UNDECIDED, Role.WORKER)
                .set(Field.DEPLOYMENT, Deployment.WASM)
                .set(Field.FIRST_MILESTONE, Milestone.MVP));
        assertEquals(Verdict.REVIEW, a.verdict());
        assertAction(
                Action.Kind.REVIEW,
                "review: does the need for native integration and constrained targets outweigh G-TIME-TO-MARKET"
                        + " firstMilestone mvp? decide which comes first, and record it in spec.decision",
                a);
    }

    @Test
    void aReviewOfAWorkingGoServiceAsksAboutThePayback() {
        Assessment unknown = assess(service("w", Language.GO, Role.WORKER)
                .set(Field.CONCURRENCY, Concurrency.HARD)
                .set(Field.CONCURRENCY_INCIDENTS, 2L));
        assertEquals(Verdict.REVIEW, unknown.verdict());
        assertAction(
                Action.Kind.REVIEW,
                "review: does a move to Rust pay back? no run cost or instance count is written: write"
                        + " spec.resources.monthlyCost or spec.resources.instances",
                unknown);
        Assessment slow = assess(service("w", Language.GO, Role.WORKER)
                .set(Field.P99_LATENCY_MS, 5.0)
                .set(Field.PEAK_RPS, 300_000L)
                .set(Field.INSTANCES, 90L)
                .set(Field.CODE_LINES, 200_000L));
        assertEquals(Verdict.REVIEW, slow.verdict());
        assertAction(
                Action.Kind.REVIEW,
                "review: is the need for tail latency and throughput worth a move that pays back in"
                        + " 125.4-215 months, beyond the 12-month horizon? decide, and record it in spec.decision",
                slow);
    }

    /** An existing Rust service with review gets an action: the question, and what its answer decides. */
    @Test
    void aRustServiceUnderReviewSaysWhatTheAnswerDecides() {
        Assessment running = assess(service("w", Language.RUST, Role.WORKER)
                .set(Field.LIFECYCLE, Lifecycle.PRODUCTION)
                .set(Field.MEMORY_BUDGET_MIB, 64L));
        assertEquals(Verdict.REVIEW, running.verdict());
        assertAction(
                Action.Kind.REVIEW,
                "review: is memory efficiency alone reason enough for Rust? nothing corroborates it; write what"
                        + " else applies (criticality, concurrency, deployment, p99LatencyMs, peakRps), or decide and"
                        + " record it in spec.decision (it runs in Rust in production, so no rewrite is advised: the"
                        + " answer is for the next service like it)",
                running);
        Assessment fresh = assess(service("w", Language.RUST, Role.WORKER).set(Field.MEMORY_BUDGET_MIB, 64L));
        assertTrue(fresh.action().text().endsWith(" (it is new in Rust, so changing course is still cheap)"));
    }

    @Test
    void aServiceNotWrittenYetIsBuiltInTheLanguageOfItsVerdict() {
        assertAction(
                Action.Kind.BUILD_GO,
                "build it in Go; no requirement here asks for Rust",
                assess(service("new", Language.UNDECIDED, Role.API)));
        Assessment rust =
                assess(service("new", Language.UNDECIDED, Role.WORKER).set(Field.DEPLOYMENT, Deployment.WASM));
        assertEquals(Verdict.RUST, rust.verdict());
        assertAction(Action.Kind.BUILD_RUST, "build it in Rust; its requirements demand it", rust);
    }

    @Test
    void aComponentScoredWithoutAnnotationsIsDescribedFirst() {
        Assessment a = assess(Services.undescribed("orders", Language.JAVA));
        assertAction(
                Action.Kind.DESCRIBE,
                "describe it first: add rustgo.dev/role, then the figures you know (rustgo.dev/peak-rps,"
                        + " rustgo.dev/p99-latency-ms, rustgo.dev/memory-budget-mib, rustgo.dev/criticality); until"
                        + " then the verdict rests on its language and what the repository shows",
                a);
        Assessment known = assess(Services.undescribed("orders", Language.GO)
                .set(Field.PEAK_RPS, 10L)
                .set(Field.P99_LATENCY_MS, 300.0)
                .set(Field.MEMORY_BUDGET_MIB, 512L)
                .set(Field.CRITICALITY, Criticality.FINANCIAL)
                .set(Field.CODE_LINES, 8_000L));
        assertAction(
                Action.Kind.DESCRIBE,
                "describe it first: add rustgo.dev/role; until then the verdict rests on its language and what the"
                        + " repository shows",
                known);
    }
}
