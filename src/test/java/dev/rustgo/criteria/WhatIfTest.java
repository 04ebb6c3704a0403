package dev.rustgo.criteria;

import static dev.rustgo.criteria.Services.assess;
import static dev.rustgo.criteria.Services.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rustgo.model.Concurrency;
import dev.rustgo.model.Criticality;
import dev.rustgo.model.Deployment;
import dev.rustgo.model.Experience;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Milestone;
import dev.rustgo.model.Portfolio;
import dev.rustgo.model.Role;
import dev.rustgo.model.Service;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "What would change the verdict": the exact words of each kind of change, which verdicts carry
 * them in the report, and that only a flip in the direction the change pushes is an answer.
 */
class WhatIfTest {

    private static List<String> whatIf(Service s) {
        return Scorer.standard()
                .whatIf(s, new Rule.Context(Portfolio.of(List.of(s)), Thresholds.defaults(), Services.TODAY));
    }

    @Test
    void aNewServiceWithNothingToSayIsGivenTheFirstRequirementOfEachKind() {
        // Missing fields first, in catalogue order; three at most.
        assertEquals(
                List.of(
                        "a p99LatencyMs of 5 or less would make this review",
                        "a peakRps of 245000 or more would make this review",
                        "a memoryBudgetMiB of 64 or less would make this review"),
                whatIf(service("svc", Language.UNDECIDED, Role.WORKER).build()));
    }

    @Test
    void presentFieldsComeAfterMissingOnesAndEachFieldOnceAtItsWeakestChange() {
        Service s = service("svc", Language.UNDECIDED, Role.WORKER)
                .set(Field.P99_LATENCY_MS, 30.0)
                .set(Field.PEAK_RPS, 100_000L)
                .set(Field.MEMORY_BUDGET_MIB, 512L)
                .set(Field.INSTANCES, 10L)
                .set(Field.CONCURRENCY, Concurrency.SIMPLE)
                .set(Field.RUST_EXPERIENCE, Experience.SOME)
                .set(Field.FIRST_MILESTONE, Milestone.EVOLVE)
                .build();
        assertEquals(
                List.of(
                        "a p99LatencyMs of 5 or less would make this review",
                        "a peakRps of 245000 or more would make this review",
                        "a memoryBudgetMiB of 64 or less would make this review"),
                whatIf(s));
    }

    @Test
    void changesTowardGoAreSaidInTheirOwnWords() {
        Service contested = service("svc", Language.UNDECIDED, Role.WORKER)
                .set(Field.P99_LATENCY_MS, 5.0)
                .set(Field.CONCURRENCY, Concurrency.HARD)
                .set(Field.RUST_EXPERIENCE, Experience.SOME)
                .set(Field.FIRST_MILESTONE, Milestone.EVOLVE)
                .build();
        assertEquals("rust", assess(contested).verdict().id());
        assertEquals(
                List.of(
                        "a peakRps under 5000 would make this review",
                        "a p99LatencyMs of 100 or more would make this review",
                        "firstMilestone: mvp would make this review"),
                whatIf(contested));
    }

    @Test
    void changesOfTheTeamConcurrencyAndScaleAreSaidInTheirOwnWords() {
        // One requirement, every field given: the second requirement, or a team that cannot onboard
        // in time, would change it.
        Service oneRequirement = service("svc", Language.UNDECIDED, Role.WORKER)
                .set(Field.P99_LATENCY_MS, 4.0)
                .set(Field.PEAK_RPS, 10_000L)
                .set(Field.MEMORY_BUDGET_MIB, 512L)
                .set(Field.INSTANCES, 10L)
                .set(Field.MONTHLY_COST, 2_000.0)
                .set(Field.CRITICALITY, Criticality.SAFETY)
                .set(Field.DEPLOYMENT, Deployment.KUBERNETES)
                .set(Field.CONCURRENCY, Concurrency.SIMPLE)
                .set(Field.RUST_EXPERIENCE, Experience.STRONG)
                .set(Field.FIRST_MILESTONE, Milestone.EVOLVE)
                .build();
        assertEquals("rust", assess(oneRequirement).verdict().id());
        Service pressed = oneRequirement
                .with(Field.RUST_EXPERIENCE, Experience.NONE)
                .with(Field.DEADLINE, Services.TODAY.plusDays(20));
        assertEquals("review", assess(pressed).verdict().id());
        assertEquals(List.of("a team with strong Rust experience would make this rust"), onlyAbout(pressed, "team"));
        assertEquals(
                List.of("a team with no Rust experience would make this review"),
                onlyAbout(oneRequirement.with(Field.DEADLINE, Services.TODAY.plusDays(20)), "team"));
        Service single = oneRequirement.with(Field.CRITICALITY, Set.of());
        assertEquals("review", assess(single).verdict().id());
        assertEquals(
                List.of(
                        "a p99LatencyMs of 1 or less would make this rust",
                        "a peakRps of 245000 or more would make this rust",
                        "a memoryBudgetMiB of 64 or less would make this rust"),
                whatIf(single));
    }

    /** Every change the scorer tries, past the three a report keeps, each said once and exactly. */
    @Test
    void everyKindOfChangeHasItsWords() {
        Service busyGo = service("svc", Language.UNDECIDED, Role.WORKER)
                .set(Field.P99_LATENCY_MS, 40.0)
                .set(Field.PEAK_RPS, 60_000L)
                .set(Field.MEMORY_BUDGET_MIB, 512L)
                .set(Field.INSTANCES, 10L)
                .set(Field.CONCURRENCY, Concurrency.SIMPLE)
                .set(Field.RUST_EXPERIENCE, Experience.SOME)
                .set(Field.FIRST_MILESTONE, Milestone.EVOLVE)
                .build();
        assertEquals("go", assess(busyGo).verdict().id());
        assertEquals(
                List.of(
                        "a p99LatencyMs of 5 or less would make this review",
                        "a peakRps of 245000 or more would make this review",
                        "a memoryBudgetMiB of 64 or less would make this review",
                        "100 instances or more would make this review",
                        "concurrency: hard would make this review"),
                everyChange(busyGo));
        Service rust = service("svc", Language.UNDECIDED, Role.PROXY)
                .set(Field.P99_LATENCY_MS, 5.0)
                .set(Field.PEAK_RPS, 60_000L)
                .set(Field.MEMORY_BUDGET_MIB, 512L)
                .set(Field.INSTANCES, 10L)
                .set(Field.CONCURRENCY, Concurrency.SIMPLE)
                .set(Field.RUST_EXPERIENCE, Experience.SOME)
                .set(Field.FIRST_MILESTONE, Milestone.EVOLVE)
                .set(Field.DEADLINE, Services.TODAY.plusDays(30))
                .build();
        assertEquals("rust", assess(rust).verdict().id());
        assertEquals(
                List.of(
                        "a p99LatencyMs of 100 or more would make this go",
                        "a peakRps under 5000 would make this review",
                        "a team with no Rust experience would make this review",
                        "firstMilestone: mvp would make this review"),
                everyChange(rust));
        Service fleet = service("svc", Language.UNDECIDED, Role.WORKER)
                .set(Field.P99_LATENCY_MS, 5.0)
                .set(Field.RUST_EXPERIENCE, Experience.STRONG)
                .set(Field.INSTANCES, 10L)
                .build();
        assertEquals("review", assess(fleet).verdict().id());
        assertEquals(
                List.of("100 instances or more would make this rust"),
                everyChange(fleet).stream().filter(w -> w.contains("instances")).toList());
        Service replaced = service("svc", Language.UNDECIDED, Role.WORKER)
                .set(Field.P99_LATENCY_MS, 5.0)
                .build();
        assertEquals(
                List.of("firstMilestone: replace-unstable would make this rust"),
                everyChange(replaced).stream()
                        .filter(w -> w.contains("replace"))
                        .toList());
    }

    /** Every change that flips the verdict, past the three a report keeps. */
    private static List<String> everyChange(Service s) {
        return WhatIf.find(
                s, assess(s).verdict(), 20, variant -> assess(variant).verdict(), Thresholds.defaults());
    }

    private static List<String> onlyAbout(Service s, String word) {
        return whatIf(s).stream().filter(w -> w.contains(word)).toList();
    }

    @Test
    void theReportCarriesThemOnlyForVerdictsNearAnEdge() {
        Service clearGo = service("svc", Language.GO, Role.ADMIN_API).build();
        assertEquals(List.of(), assess(clearGo).whatIf());
        Service mildGo = service("svc", Language.GO, Role.WORKER)
                .set(Field.P99_LATENCY_MS, 40.0)
                .build();
        assertEquals(List.of(), assess(mildGo).whatIf(), "mild figures only: not near an edge");
        Service corroboratedGo = service("svc", Language.GO, Role.DATA_PLANE)
                .set(Field.P99_LATENCY_MS, 40.0)
                .build();
        assertEquals(
                List.of("a peakRps of 245000 or more would make this review"),
                assess(corroboratedGo).whatIf().subList(0, 1));
        Service twoRequirements = service("svc", Language.UNDECIDED, Role.WORKER)
                .set(Field.P99_LATENCY_MS, 5.0)
                .set(Field.CONCURRENCY, Concurrency.HARD)
                .build();
        assertEquals(List.of(), assess(twoRequirements).whatIf(), "rust on two requirements: no edge");
        Service oneRequirement = service("svc", Language.UNDECIDED, Role.PROXY)
                .set(Field.P99_LATENCY_MS, 5.0)
                .build();
        assertEquals(
                List.of("a peakRps under 5000 would make this review"),
                assess(oneRequirement).whatIf().subList(0, 1));
    }
}
