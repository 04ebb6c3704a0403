package dev.rustgo.criteria;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.model.Concurrency;
import dev.rustgo.model.Criticality;
import dev.rustgo.model.Deployment;
import dev.rustgo.model.Experience;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Lifecycle;
import dev.rustgo.model.Milestone;
import dev.rustgo.model.Portfolio;
import dev.rustgo.model.Position;
import dev.rustgo.model.Role;
import dev.rustgo.model.Service;
import dev.rustgo.model.Verdict;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Properties over generated descriptors (a fixed seed, so a failure reproduces): more Rust pressure
 * in the figures a descriptor gives (a tighter target, more load) or an added Rust-leaning
 * criticality never moves a verdict toward Go; more Go pressure (an MVP milestone, no Rust
 * experience, a near deadline, a looser target) never moves it toward Rust; nor does a deadline
 * passing, a retirement, or a longer payback (more code to rewrite, a larger team to onboard, a
 * smaller bill). What these do not cover, and does not hold, is a first figure where there was
 * none: see
 * {@link ScorerTest#theFirstFigureEndsATooLittleEvidenceReviewAndTheRequirementsDecide}.
 */
class MonotonicityTest {

    private static final int CASES = 3_000;

    private static int rank(Verdict v) {
        return v == Verdict.GO ? 0 : v == Verdict.REVIEW ? 1 : 2;
    }

    static Service random(Random r, int i) {
        Service.Builder b = Service.builder("services/s" + i + ".yaml", Position.START)
                .put(Field.NAME, "s" + i, Position.START)
                .put(Field.LANGUAGE, Language.values()[r.nextInt(Language.values().length)], Position.START)
                .put(Field.ROLE, Role.values()[r.nextInt(Role.values().length)], Position.START);
        if (r.nextBoolean()) {
            b.put(Field.P99_LATENCY_MS, 0.5 + r.nextInt(400), Position.START);
        }
        if (r.nextBoolean()) {
            b.put(Field.PEAK_RPS, (long) r.nextInt(600_000), Position.START);
        }
        if (r.nextBoolean()) {
            b.put(Field.MEMORY_BUDGET_MIB, 32L + r.nextInt(2048), Position.START);
        }
        if (r.nextBoolean()) {
            b.put(Field.INSTANCES, (long) r.nextInt(200), Position.START);
        }
        if (r.nextInt(3) == 0) {
            b.put(Field.CONCURRENCY, Concurrency.values()[r.nextInt(3)], Position.START);
        }
        if (r.nextInt(3) == 0) {
            b.put(Field.RUST_EXPERIENCE, Experience.values()[r.nextInt(3)], Position.START);
        }
        if (r.nextInt(3) == 0) {
            b.put(Field.FIRST_MILESTONE, Milestone.values()[r.nextInt(4)], Position.START);
        }
        if (r.nextInt(4) == 0) {
            b.put(Field.DEADLINE, Services.TODAY.plusDays(r.nextInt(200) - 20), Position.START);
        }
        if (r.nextInt(3) == 0) {
            b.put(
                    Field.CRITICALITY,
                    Set.of(Criticality.values()[r.nextInt(Criticality.values().length)]),
                    Position.START);
        }
        if (r.nextInt(4) == 0) {
            b.put(Field.DEPLOYMENT, Set.of(Deployment.values()[r.nextInt(Deployment.values().length)]), Position.START);
        }
        if (r.nextInt(4) == 0) {
            b.put(Field.LATENCY_INCIDENTS, (long) r.nextInt(6), Position.START);
        }
        if (r.nextInt(4) == 0) {
            b.put(Field.CONCURRENCY_INCIDENTS, (long) r.nextInt(4), Position.START);
        }
        if (r.nextInt(4) == 0) {
            b.put(Field.MEMORY_SAFETY_INCIDENTS, (long) r.nextInt(2), Position.START);
        }
        if (r.nextInt(3) == 0) {
            b.put(Field.MONTHLY_COST, (double) r.nextInt(400_000), Position.START);
        }
        if (r.nextInt(3) == 0) {
            b.put(Field.CODE_LINES, (long) r.nextInt(200_000), Position.START);
        }
        if (r.nextInt(3) == 0) {
            b.put(Field.TEAM_SIZE, 1L + r.nextInt(12), Position.START);
        }
        if (r.nextInt(3) == 0) {
            b.put(Field.LIFECYCLE, Lifecycle.values()[r.nextInt(3)], Position.START);
        }
        if (r.nextInt(4) == 0) {
            b.put(Field.EXTERNAL_DEPENDENTS, (long) r.nextInt(15), Position.START);
        }
        return b.build();
    }

    private static void holds(String property, boolean towardRust, UnaryOperator<Service> change) {
        Random r = new Random(20261124L + property.hashCode());
        for (int i = 0; i < CASES; i++) {
            Service before = random(r, i);
            Service after = change.apply(before);
            Verdict v0 = Services.assess(before).verdict();
            Verdict v1 = Services.assess(after).verdict();
            boolean ok = towardRust ? rank(v1) >= rank(v0) : rank(v1) <= rank(v0);
            assertTrue(
                    ok,
                    property + " moved " + v0 + " to " + v1 + " for " + describe(before) + " -> " + describe(after));
        }
    }

    /**
     * {@code change} leaves the verdict exactly where it was, for every generated service that
     * {@code where} holds for; at least a tenth of them must, so the property is not vacuous.
     */
    private static void keeps(String property, Predicate<Assessment> where, UnaryOperator<Service> change) {
        Random r = new Random(20261124L + property.hashCode());
        int tried = 0;
        for (int i = 0; i < CASES; i++) {
            Service before = random(r, i);
            Assessment a0 = Services.assess(before);
            if (!where.test(a0)) {
                continue;
            }
            tried++;
            Service after = change.apply(before);
            Verdict v1 = Services.assess(after).verdict();
            assertTrue(
                    v1 == a0.verdict(),
                    property + " moved " + a0.verdict() + " to " + v1 + " for " + describe(before) + " -> "
                            + describe(after));
        }
        assertTrue(tried > CASES / 10, property + ": only " + tried + " cases");
    }

    /** The requirements an assessment finds demanded. */
    private static Set<Requirement> demanded(Assessment a) {
        Set<Requirement> set = EnumSet.noneOf(Requirement.class);
        for (Reason reason : a.reasons()) {
            if (reason.strength().demands()) {
                set.add(reason.criterion().requirement());
            }
        }
        return set;
    }

    private static String describe(Service s) {
        StringBuilder b = new StringBuilder("{");
        for (Field f : Field.values()) {
            if (s.has(f)) {
                b.append(f.key()).append('=').append(s.value(f)).append(' ');
            }
        }
        return b.append('}').toString();
    }

    @Test
    void tighteningAGivenLatencyTargetNeverMovesTowardGo() {
        holds(
                "tighter p99",
                true,
                s -> s.p99LatencyMs() == null ? s : s.with(Field.P99_LATENCY_MS, Math.max(0.1, s.p99LatencyMs() / 3)));
    }

    @Test
    void raisingAGivenLoadNeverMovesTowardGo() {
        holds("more rps", true, s -> s.peakRps() == null ? s : s.with(Field.PEAK_RPS, s.peakRps() * 3 + 1000));
    }

    @Test
    void addingARustLeaningCriticalityNeverMovesTowardGo() {
        for (Criticality added : List.of(
                Criticality.FINANCIAL,
                Criticality.CORE_INFRASTRUCTURE,
                Criticality.INGESTION,
                Criticality.REALTIME,
                Criticality.SECURITY_BOUNDARY,
                Criticality.SAFETY)) {
            holds("criticality " + added, true, s -> {
                Set<Criticality> more = EnumSet.of(added);
                more.addAll(s.criticality());
                return s.with(Field.CRITICALITY, Set.copyOf(more));
            });
        }
    }

    @Test
    void addingOrStrengtheningGoPressureNeverMovesTowardRust() {
        holds("mvp milestone", false, s -> s.with(Field.FIRST_MILESTONE, Milestone.MVP));
        holds("no rust experience", false, s -> s.with(Field.RUST_EXPERIENCE, Experience.NONE));
        holds("near deadline", false, s -> s.with(Field.DEADLINE, Services.TODAY.plusDays(30)));
        holds(
                "looser p99",
                false,
                s -> s.p99LatencyMs() == null ? s : s.with(Field.P99_LATENCY_MS, s.p99LatencyMs() * 3 + 100));
    }

    @Test
    void aDeadlineThatPassesNeverMovesTowardRust() {
        holds(
                "deadline passes",
                false,
                s -> s.deadline() == null ? s : s.with(Field.DEADLINE, Services.TODAY.minusDays(30)));
    }

    @Test
    void markingAServiceForRetirementNeverMovesTowardRust() {
        holds("deprecated", false, s -> s.with(Field.LIFECYCLE, Lifecycle.DEPRECATED));
    }

    @Test
    void aLongerPaybackNeverMovesTowardRust() {
        holds(
                "more code to rewrite",
                false,
                s -> s.with(Field.CODE_LINES, (s.codeLines() == null ? 20_000L : s.codeLines()) * 3 + 10_000));
        holds(
                "a larger team to onboard",
                false,
                s -> s.with(Field.TEAM_SIZE, (s.teamSize() == null ? 5L : s.teamSize()) * 2 + 1));
        holds(
                "a smaller bill",
                false,
                s -> s.monthlyCost() == null ? s : s.with(Field.MONTHLY_COST, s.monthlyCost() / 4));
    }

    /**
     * "Good enough" is about speed (000): a more relaxed target or a lower load never moves a verdict
     * that rests on correctness, safety, a target or the bill, i.e. one with no speed requirement
     * demanded.
     */
    @Test
    void aMoreRelaxedSpeedFigureNeverMovesACorrectnessOrCostBasedVerdict() {
        Predicate<Assessment> noSpeedDemand = a -> !demanded(a).contains(Requirement.LATENCY)
                && !demanded(a).contains(Requirement.THROUGHPUT)
                && !demanded(a).isEmpty();
        keeps(
                "a relaxed p99",
                noSpeedDemand,
                s -> s.with(Field.P99_LATENCY_MS, s.p99LatencyMs() == null ? 250.0 : s.p99LatencyMs() * 3 + 100));
        keeps(
                "a lower peak",
                noSpeedDemand,
                s -> s.with(Field.PEAK_RPS, s.peakRps() == null ? 1_000L : Math.min(1_000L, s.peakRps() / 10)));
    }

    /**
     * A corroboration counts only beside a requirement it supports: adding one whose requirements are
     * none of those demanded never moves the verdict. (For a service running in Go a defect cost also
     * answers whether a move is worth it, which is no corroboration of a requirement: the financial
     * property leaves Go out.)
     */
    @Test
    void corroborationNeverAddsAcrossUnrelatedRequirements() {
        keeps(
                "a realtime criticality (latency, throughput, memory)",
                a -> !demanded(a).isEmpty()
                        && demanded(a).stream().noneMatch(Requirement.HOT_PATH::contains)
                        && !a.service().criticality().contains(Criticality.REALTIME),
                s -> s.with(Field.CRITICALITY, plus(s, Criticality.REALTIME)));
        keeps(
                "a financial criticality (concurrency, safety, cost)",
                a -> !demanded(a).isEmpty()
                        && demanded(a).stream().noneMatch(Requirement.DEFECTS::contains)
                        && a.service().language() != Language.GO
                        && a.service().criticality().isEmpty(),
                s -> s.with(Field.CRITICALITY, plus(s, Criticality.FINANCIAL)));
    }

    private static Set<Criticality> plus(Service s, Criticality added) {
        Set<Criticality> more = EnumSet.of(added);
        more.addAll(s.criticality());
        return Set.copyOf(more);
    }

    /**
     * A longer payback through the economics' own assumptions: a shorter horizon, a dearer
     * engineer-week, a smaller saving never move a verdict toward Rust.
     */
    @Test
    void aLongerPaybackThroughTheAssumptionsNeverMovesTowardRust() {
        for (Map<String, Double> policy : List.of(
                Map.of("cost.paybackHorizonMonths", 8.0),
                Map.of("cost.engineerWeek", 4_500.0),
                Map.of("cost.throughputGainLow", 0.1, "cost.throughputGainHigh", 0.3))) {
            Thresholds changed = Thresholds.defaults().with(policy);
            Random r = new Random(20261124L + policy.hashCode());
            for (int i = 0; i < CASES; i++) {
                Service s = random(r, i);
                Rule.Context context = new Rule.Context(Portfolio.of(List.of(s)), changed, Services.TODAY);
                Verdict v0 = Services.assess(s).verdict();
                Verdict v1 = Scorer.standard().assess(s, context).verdict();
                assertTrue(rank(v1) <= rank(v0), policy + " moved " + v0 + " to " + v1 + " for " + describe(s));
            }
        }
    }

    @Test
    void aRecordedIncidentNeverMovesTowardGo() {
        holds(
                "a latency incident",
                true,
                s -> s.with(Field.LATENCY_INCIDENTS, (s.latencyIncidents() == null ? 0L : s.latencyIncidents()) + 1));
        holds(
                "a concurrency incident",
                true,
                s -> s.with(
                        Field.CONCURRENCY_INCIDENTS,
                        (s.concurrencyIncidents() == null ? 0L : s.concurrencyIncidents()) + 1));
    }
}
