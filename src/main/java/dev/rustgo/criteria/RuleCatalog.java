package dev.rustgo.criteria;

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
import dev.rustgo.model.Token;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The per-service rules, one per criterion id of criteria.md (G-DEFAULT is the prior of the
 * {@link Scorer}; the P- criteria are portfolio rules of the policy). Each rule reads only the
 * fields named in docs/criteria.md and adds a reason per piece of evidence, with its
 * {@link Strength} and the field that gave it. Numbers come from the {@link Threshold} catalogue.
 */
public final class RuleCatalog {

    /** Roles the guides place on the hot path. */
    public static final Set<Role> RUST_ROLES = Collections.unmodifiableSet(
            EnumSet.of(Role.DATA_PLANE, Role.STREAM_PROCESSOR, Role.PROXY, Role.EDGE, Role.STORAGE));

    /** Roles the guides give to Go outright. */
    public static final Set<Role> GO_ROLES = Collections.unmodifiableSet(
            EnumSet.of(Role.CONTROL_PLANE, Role.ADMIN_API, Role.ORCHESTRATION, Role.TOOLING));

    /** Targets whose artifact would carry Go's runtime and collector: a strong requirement alone. */
    public static final Set<Deployment> HARD_TARGETS =
            Collections.unmodifiableSet(EnumSet.of(Deployment.WASM, Deployment.EMBEDDED));

    /** Criticalities the guides call expensive to get wrong (R-DEFECT-COST). */
    private static final Set<Criticality> COSTLY = Collections.unmodifiableSet(
            EnumSet.of(Criticality.FINANCIAL, Criticality.CORE_INFRASTRUCTURE, Criticality.INGESTION));

    /** Criticalities where memory unsafety is expensive (R-MEMORY-SAFETY). */
    private static final Set<Criticality> SENSITIVE =
            Collections.unmodifiableSet(EnumSet.of(Criticality.SECURITY_BOUNDARY, Criticality.SAFETY));

    /**
     * The rules, a row each: the criterion, the rule's name in the docs, its body, the thresholds it
     * reads and the descriptor fields it reads.
     */
    private static final List<Rule> RULES = List.of(
            rule(
                    Criterion.R_TAIL,
                    "tail-latency",
                    RuleCatalog::tail,
                    reads(
                            Threshold.TAIL_STRICT_MS,
                            Threshold.TAIL_DEMANDING_MS,
                            Threshold.TAIL_MILD_MS,
                            Threshold.TAIL_INCIDENT_MS,
                            Threshold.TAIL_INCIDENTS_MANY),
                    Field.P99_LATENCY_MS,
                    Field.LATENCY_INCIDENTS),
            rule(
                    Criterion.R_THROUGHPUT,
                    "throughput",
                    RuleCatalog::throughput,
                    reads(Threshold.THROUGHPUT_DEMANDING_RPS, Threshold.THROUGHPUT_MILD_RPS),
                    Field.PEAK_RPS),
            rule(
                    Criterion.R_MEMORY,
                    "memory-budget",
                    RuleCatalog::memory,
                    reads(Threshold.MEMORY_DEMANDING_MIB, Threshold.MEMORY_MILD_MIB),
                    Field.MEMORY_BUDGET_MIB),
            rule(
                    Criterion.R_SCALE_COST,
                    "scale-cost",
                    RuleCatalog::scaleCost,
                    reads(
                            CostModel.THRESHOLDS,
                            Threshold.SCALE_MANY_INSTANCES,
                            Threshold.SCALE_HIGH_MONTHLY_COST,
                            Threshold.SCALE_SOME_INSTANCES,
                            Threshold.SCALE_SOME_MONTHLY_COST),
                    Field.INSTANCES,
                    Field.MONTHLY_COST,
                    Field.CODE_LINES,
                    Field.TEAM_SIZE),
            rule(
                    Criterion.R_DEFECT_COST,
                    "defect-cost",
                    RuleCatalog::defectCost,
                    reads(Threshold.DEFECT_MANY_DEPENDENTS, Threshold.DEFECT_SOME_DEPENDENTS),
                    Field.CRITICALITY,
                    Field.DEPENDS_ON,
                    Field.EXTERNAL_DEPENDENTS),
            rule(
                    Criterion.R_CONCURRENCY,
                    "hard-concurrency",
                    RuleCatalog::concurrency,
                    reads(Threshold.CONCURRENCY_INCIDENTS_MANY),
                    Field.CONCURRENCY,
                    Field.CONCURRENCY_INCIDENTS),
            rule(
                    Criterion.R_MEMORY_SAFETY,
                    "memory-safety",
                    RuleCatalog::memorySafety,
                    reads(),
                    Field.MEMORY_SAFETY_INCIDENTS,
                    Field.CRITICALITY),
            rule(
                    Criterion.R_TARGET,
                    "deployment-target",
                    RuleCatalog::target,
                    reads(Threshold.TARGET_STRICT_STARTUP_MS, Threshold.TARGET_MILD_STARTUP_MS),
                    Field.DEPLOYMENT,
                    Field.STARTUP_BUDGET_MS),
            rule(Criterion.R_ROLE, "hot-path-role", RuleCatalog::rustRole, reads(), Field.ROLE, Field.CRITICALITY),
            rule(
                    Criterion.R_REPLACE,
                    "replacement",
                    RuleCatalog::replace,
                    reads(CostModel.THRESHOLDS),
                    Field.FIRST_MILESTONE,
                    Field.INSTANCES,
                    Field.MONTHLY_COST),
            rule(Criterion.R_NATIVE, "native-integration", RuleCatalog::nativeIntegration, reads(), Field.DEPLOYMENT),
            rule(Criterion.G_CONTROL_PLANE, "control-plane-role", RuleCatalog::goRole, reads(), Field.ROLE),
            rule(
                    Criterion.G_TIME_TO_MARKET,
                    "time-to-market",
                    RuleCatalog::timeToMarket,
                    reads(Threshold.DELIVERY_NEAR_DEADLINE_DAYS),
                    Field.FIRST_MILESTONE,
                    Field.DEADLINE),
            rule(
                    Criterion.G_TEAM,
                    "team-readiness",
                    RuleCatalog::team,
                    reads(Threshold.DELIVERY_NEAR_DEADLINE_DAYS),
                    Field.RUST_EXPERIENCE,
                    Field.GO_EXPERIENCE,
                    Field.DEADLINE),
            rule(
                    Criterion.G_GOOD_ENOUGH,
                    "good-enough",
                    RuleCatalog::goodEnough,
                    reads(Threshold.GOOD_ENOUGH_LOOSE_P99_MS, Threshold.GOOD_ENOUGH_MODEST_RPS),
                    Field.P99_LATENCY_MS,
                    Field.PEAK_RPS,
                    Field.LIFECYCLE,
                    Field.FIRST_MILESTONE,
                    Field.LATENCY_INCIDENTS,
                    Field.CONCURRENCY_INCIDENTS,
                    Field.MEMORY_SAFETY_INCIDENTS));

    private RuleCatalog() {}

    public static List<Rule> rules() {
        return RULES;
    }

    private interface Body {
        void evaluate(Service s, Rule.Context c, Adder add);
    }

    /**
     * Adds a reason of the rule's criterion; its evidence in words is made only if it is asked for.
     * A corroboration and a Go pressure name the requirements they bear on; a demand bears on its
     * criterion's requirement, a mild figure on none.
     */
    private interface Adder {
        void add(Strength strength, Set<Requirement> bears, Field field, Supplier<String> evidence);

        default void add(Strength strength, Field field, Supplier<String> evidence) {
            add(strength, null, field, evidence);
        }
    }

    private static final Map<Requirement, Set<Requirement>> ALONE = alone();

    private static Map<Requirement, Set<Requirement>> alone() {
        Map<Requirement, Set<Requirement>> map = new EnumMap<>(Requirement.class);
        for (Requirement r : Requirement.values()) {
            map.put(r, Collections.unmodifiableSet(EnumSet.of(r)));
        }
        return Collections.unmodifiableMap(map);
    }

    /** What a reason bears on when its rule does not say: a demand its requirement, anything else nothing. */
    private static Set<Requirement> bears(Criterion criterion, Strength strength, Set<Requirement> given) {
        if (given != null) {
            return given;
        }
        if (strength.demands()) {
            return ALONE.get(criterion.requirement());
        }
        if (strength == Strength.CORROBORATES || strength == Strength.PRESSURE) {
            throw new IllegalStateException(criterion.id() + ": a " + strength.id() + " names what it bears on");
        }
        return Set.of();
    }

    /** The thresholds a rule reads: {@code more} and the {@code given} set. */
    private static Set<Threshold> reads(Set<Threshold> given, Threshold... more) {
        Set<Threshold> set = EnumSet.copyOf(given);
        set.addAll(List.of(more));
        return Collections.unmodifiableSet(set);
    }

    private static Set<Threshold> reads(Threshold... thresholds) {
        return reads(EnumSet.noneOf(Threshold.class), thresholds);
    }

    private static Rule rule(Criterion criterion, String name, Body body, Set<Threshold> thresholds, Field... fields) {
        List<Field> read = List.of(fields);
        return new Rule() {
            @Override
            public List<Field> fields() {
                return read;
            }

            @Override
            public Set<Threshold> thresholds() {
                return thresholds;
            }

            @Override
            public Criterion criterion() {
                return criterion;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public void evaluate(Service s, Context c, List<Reason> reasons) {
                body.evaluate(
                        s,
                        c,
                        (strength, bears, field, evidence) -> reasons.add(new Reason(
                                criterion,
                                criterion.direction(),
                                strength,
                                bears(criterion, strength, bears),
                                evidence.get(),
                                field,
                                s.position(field))));
            }

            @Override
            public void weigh(Service s, Context c, List<Reason> reasons) {
                body.evaluate(
                        s,
                        c,
                        (strength, bears, field, evidence) -> reasons.add(new Reason(
                                criterion,
                                criterion.direction(),
                                strength,
                                bears(criterion, strength, bears),
                                null,
                                field,
                                null)));
            }
        };
    }

    private static String ids(Set<? extends Token> values) {
        return values.stream().map(Token::id).collect(Collectors.joining(", "));
    }

    private static double t(Rule.Context c, Threshold threshold) {
        return c.thresholds().get(threshold);
    }

    // R-TAIL: p99LatencyMs, history.latencyIncidents
    private static void tail(Service s, Rule.Context c, Adder add) {
        Double p99 = s.p99LatencyMs();
        Long incidents = s.latencyIncidents();
        boolean many = incidents != null && incidents >= t(c, Threshold.TAIL_INCIDENTS_MANY);
        if (p99 != null) {
            Strength level = p99 <= t(c, Threshold.TAIL_STRICT_MS)
                    ? Strength.STRONG
                    : p99 <= t(c, Threshold.TAIL_DEMANDING_MS)
                            ? Strength.DEMAND
                            : p99 <= t(c, Threshold.TAIL_MILD_MS) ? Strength.MILD : null;
            if (level != null) {
                add.add(level, Field.P99_LATENCY_MS, () -> "p99LatencyMs " + Numbers.format(p99));
            }
        }
        if (incidents != null && incidents > 0) {
            // Repeated p99 spikes at a tight target are the GC pauses the guide names, seen in production.
            Strength level = !many || p99 == null || p99 > t(c, Threshold.TAIL_INCIDENT_MS)
                    ? Strength.MILD
                    : p99 <= t(c, Threshold.TAIL_DEMANDING_MS) ? Strength.STRONG : Strength.DEMAND;
            add.add(
                    level,
                    Field.LATENCY_INCIDENTS,
                    () -> "latencyIncidents " + incidents
                            + (level == Strength.MILD ? "" : " at a p99 target of " + Numbers.format(p99) + " ms"));
        }
    }

    // R-THROUGHPUT: peakRps
    private static void throughput(Service s, Rule.Context c, Adder add) {
        Long rps = s.peakRps();
        if (rps == null) {
            return;
        }
        Strength level = rps >= t(c, Threshold.THROUGHPUT_DEMANDING_RPS)
                ? Strength.DEMAND
                : rps >= t(c, Threshold.THROUGHPUT_MILD_RPS) ? Strength.MILD : null;
        if (level != null) {
            add.add(level, Field.PEAK_RPS, () -> "peakRps " + rps);
        }
    }

    // R-MEMORY: memoryBudgetMiB
    private static void memory(Service s, Rule.Context c, Adder add) {
        Long mib = s.memoryBudgetMiB();
        if (mib == null) {
            return;
        }
        Strength level = mib <= t(c, Threshold.MEMORY_DEMANDING_MIB)
                ? Strength.DEMAND
                : mib <= t(c, Threshold.MEMORY_MILD_MIB) ? Strength.MILD : null;
        if (level != null) {
            add.add(level, Field.MEMORY_BUDGET_MIB, () -> "memoryBudgetMiB " + mib);
        }
    }

    /**
     * R-SCALE-COST: instances, monthlyCost. Scale is a requirement only where it is higher scale and
     * the move pays for itself within the horizon: "cheaper to own after launch" (000).
     */
    private static void scaleCost(Service s, Rule.Context c, Adder add) {
        Long instances = s.instances();
        Double cost = s.monthlyCost();
        boolean manyInstances = instances != null && instances >= t(c, Threshold.SCALE_MANY_INSTANCES);
        boolean highCost = cost != null && cost >= t(c, Threshold.SCALE_HIGH_MONTHLY_COST);
        boolean someInstances = instances != null && instances >= t(c, Threshold.SCALE_SOME_INSTANCES);
        boolean someCost = cost != null && cost >= t(c, Threshold.SCALE_SOME_MONTHLY_COST);
        if (!manyInstances && !highCost && !someInstances && !someCost) {
            return;
        }
        Field field = highCost || (!manyInstances && someCost) ? Field.MONTHLY_COST : Field.INSTANCES;
        Supplier<String> figure =
                () -> field == Field.MONTHLY_COST ? "monthlyCost " + Numbers.format(cost) : "instances " + instances;
        if (!manyInstances && !highCost) {
            add.add(Strength.MILD, field, figure);
            return;
        }
        CostEstimate estimate = CostModel.estimate(s, c.thresholds());
        if (estimate == null) {
            // No code size and no role to assume one from (a Component scored without annotations): higher
            // scale counts only where the move pays back, and that cannot be told.
            add.add(
                    Strength.MILD,
                    field,
                    () -> figure.get() + ", but whether a move pays back cannot be told: neither its code size nor"
                            + " its role is known");
            return;
        }
        boolean pays = estimate.paysBack();
        add.add(
                pays ? Strength.DEMAND : Strength.MILD,
                field,
                () -> figure.get() + (pays ? ", and the move pays back" : ", but the move does not pay back")
                        + " within " + Numbers.format(estimate.horizonMonths())
                        + " months ("
                        + (estimate.paybackMonthsHigh() == null
                                ? "never"
                                : Numbers.format(estimate.paybackMonthsHigh()) + " at the low saving")
                        + ")");
    }

    // R-DEFECT-COST: criticality financial/core-infrastructure/ingestion, fan-in
    private static void defectCost(Service s, Rule.Context c, Adder add) {
        Set<Criticality> costly = EnumSet.noneOf(Criticality.class);
        for (Criticality k : s.criticality()) {
            if (COSTLY.contains(k)) {
                costly.add(k);
            }
        }
        if (!costly.isEmpty()) {
            add.add(Strength.CORROBORATES, Requirement.DEFECTS, Field.CRITICALITY, () -> "criticality " + ids(costly));
        }
        long dependents = c.portfolio().dependents(s);
        Strength level = dependents >= t(c, Threshold.DEFECT_MANY_DEPENDENTS)
                ? Strength.CORROBORATES
                : dependents >= t(c, Threshold.DEFECT_SOME_DEPENDENTS) ? Strength.MILD : null;
        if (level != null) {
            int internal = c.portfolio().internalDependents(s);
            Field field = internal == 0 ? Field.EXTERNAL_DEPENDENTS : null;
            add.add(
                    level,
                    level == Strength.CORROBORATES ? Requirement.DEFECTS : null,
                    field,
                    () -> "dependents " + dependents + " (" + internal + " in the portfolio, " + (dependents - internal)
                            + " external)");
        }
    }

    // R-CONCURRENCY: concurrency, history.concurrencyIncidents
    private static void concurrency(Service s, Rule.Context c, Adder add) {
        boolean hard = s.concurrency() == Concurrency.HARD;
        if (hard) {
            add.add(Strength.DEMAND, Field.CONCURRENCY, () -> "concurrency hard");
        } else if (s.concurrency() == Concurrency.MODERATE) {
            add.add(Strength.MILD, Field.CONCURRENCY, () -> "concurrency moderate");
        }
        Long incidents = s.concurrencyIncidents();
        if (incidents != null && incidents > 0) {
            Strength level =
                    hard && incidents >= t(c, Threshold.CONCURRENCY_INCIDENTS_MANY) ? Strength.STRONG : Strength.MILD;
            add.add(level, Field.CONCURRENCY_INCIDENTS, () -> "concurrencyIncidents " + incidents);
        }
    }

    // R-MEMORY-SAFETY: history.memorySafetyIncidents, criticality security-boundary/safety
    private static void memorySafety(Service s, Rule.Context c, Adder add) {
        Set<Criticality> sensitive = EnumSet.noneOf(Criticality.class);
        for (Criticality k : s.criticality()) {
            if (SENSITIVE.contains(k)) {
                sensitive.add(k);
            }
        }
        if (!sensitive.isEmpty()) {
            add.add(Strength.DEMAND, Field.CRITICALITY, () -> "criticality " + ids(sensitive));
        }
        Long incidents = s.memorySafetyIncidents();
        if (incidents != null && incidents > 0) {
            add.add(
                    sensitive.isEmpty() ? Strength.DEMAND : Strength.STRONG,
                    Field.MEMORY_SAFETY_INCIDENTS,
                    () -> "memorySafetyIncidents " + incidents);
        }
    }

    // R-TARGET: deployment edge/wasm/embedded, startupBudgetMs
    private static void target(Service s, Rule.Context c, Adder add) {
        Set<Deployment> hard = EnumSet.noneOf(Deployment.class);
        for (Deployment d : s.deployment()) {
            if (HARD_TARGETS.contains(d)) {
                hard.add(d);
            }
        }
        if (!hard.isEmpty()) {
            add.add(Strength.STRONG, Field.DEPLOYMENT, () -> "deployment " + ids(hard));
        } else if (s.deployment().contains(Deployment.EDGE)) {
            add.add(Strength.DEMAND, Field.DEPLOYMENT, () -> "deployment edge");
        }
        Double startup = s.startupBudgetMs();
        if (startup != null) {
            Strength level = startup <= t(c, Threshold.TARGET_STRICT_STARTUP_MS)
                    ? Strength.DEMAND
                    : startup <= t(c, Threshold.TARGET_MILD_STARTUP_MS) ? Strength.MILD : null;
            if (level != null) {
                add.add(level, Field.STARTUP_BUDGET_MS, () -> "startupBudgetMs " + Numbers.format(startup));
            }
        }
    }

    /**
     * R-ROLE: role data-plane/stream-processor/proxy/edge/storage, criticality realtime. The hot path
     * supports the performance requirements (latency, throughput, memory), not correctness or cost.
     */
    private static void rustRole(Service s, Rule.Context c, Adder add) {
        if (RUST_ROLES.contains(s.role())) {
            add.add(
                    Strength.CORROBORATES,
                    Requirement.HOT_PATH,
                    Field.ROLE,
                    () -> "role " + s.role().id());
        }
        if (s.criticality().contains(Criticality.REALTIME)) {
            add.add(Strength.CORROBORATES, Requirement.HOT_PATH, Field.CRITICALITY, () -> "criticality realtime");
        }
    }

    /**
     * R-REPLACE: delivery.firstMilestone replace-unstable/replace-expensive. An unstable surface
     * corroborates the requirements whose failures make a surface unstable: tail latency (p99
     * spikes), concurrency correctness (races, leaks) and strict safety (crashes). An expensive one
     * corroborates its efficiency (cost, throughput, memory); where the move pays back within the
     * horizon, ownership cost is demanded: "If the first milestone is replacing an unstable or
     * expensive backend surface, Rust deserves stronger consideration" (000).
     */
    private static void replace(Service s, Rule.Context c, Adder add) {
        Milestone m = s.firstMilestone();
        if (m == Milestone.REPLACE_UNSTABLE) {
            add.add(
                    Strength.CORROBORATES,
                    Requirement.STABILITY,
                    Field.FIRST_MILESTONE,
                    () -> "firstMilestone " + m.id());
        } else if (m == Milestone.REPLACE_EXPENSIVE) {
            CostEstimate estimate = CostModel.estimate(s, c.thresholds());
            if (estimate != null && estimate.paysBack()) {
                add.add(
                        Strength.DEMAND,
                        Field.FIRST_MILESTONE,
                        () -> "firstMilestone " + m.id() + ", and the move pays back within "
                                + Numbers.format(estimate.horizonMonths()) + " months ("
                                + Numbers.format(estimate.paybackMonthsHigh()) + " at the low saving)");
            } else {
                add.add(
                        Strength.CORROBORATES,
                        Requirement.EFFICIENCY,
                        Field.FIRST_MILESTONE,
                        () -> "firstMilestone " + m.id());
            }
        }
    }

    // R-NATIVE: deployment native-module
    private static void nativeIntegration(Service s, Rule.Context c, Adder add) {
        if (s.deployment().contains(Deployment.NATIVE_MODULE)) {
            add.add(Strength.STRONG, Field.DEPLOYMENT, () -> "deployment native-module");
        }
    }

    /**
     * G-CONTROL-PLANE: role control-plane/admin-api/orchestration/tooling. The guides place these in
     * Go whatever they ask ("Use Go for control-plane services, admin APIs, and orchestration
     * layers", 000; Kubernetes is Go, 001), so the pressure weighs against every requirement. A
     * general backend ({@code api}, {@code batch}) is no control plane: it is the default's home
     * ground, and the Go prior says so.
     */
    private static void goRole(Service s, Rule.Context c, Adder add) {
        if (GO_ROLES.contains(s.role())) {
            add.add(
                    Strength.PRESSURE,
                    Requirement.ALL,
                    Field.ROLE,
                    () -> "role " + s.role().id());
        }
    }

    // G-TIME-TO-MARKET: delivery.firstMilestone mvp, delivery.deadline
    private static void timeToMarket(Service s, Rule.Context c, Adder add) {
        boolean near = nearDeadline(s, c);
        if (s.firstMilestone() == Milestone.MVP) {
            add.add(
                    Strength.PRESSURE,
                    Requirement.ALL,
                    Field.FIRST_MILESTONE,
                    () -> "firstMilestone mvp" + (near ? ", " + deadline(s, c) : ""));
        } else if (near) {
            add.add(Strength.MILD, Field.DEADLINE, () -> deadline(s, c));
        }
    }

    // G-TEAM: team.rustExperience, team.goExperience, delivery.deadline
    private static void team(Service s, Rule.Context c, Adder add) {
        Experience rust = s.rustExperience();
        if (rust == Experience.NONE) {
            // The month of onboarding is a cost the estimate counts and P-READINESS asks a plan for; it
            // presses for Go only where it does not fit before the deadline.
            boolean near = nearDeadline(s, c);
            add.add(
                    near ? Strength.PRESSURE : Strength.MILD,
                    near ? Requirement.ALL : null,
                    Field.RUST_EXPERIENCE,
                    () -> "rustExperience none"
                            + (near ? ": a month of Rust onboarding before the " + deadline(s, c) : ""));
        } else if (rust == Experience.SOME && s.goExperience() == Experience.STRONG) {
            add.add(Strength.MILD, Field.GO_EXPERIENCE, () -> "goExperience strong, rustExperience some");
        }
    }

    /**
     * G-GOOD-ENOUGH: a loose target or modest traffic; a Go service in production, evolving, with a
     * recorded year of no incidents (Go meets what is asked of it); a service being retired.
     */
    private static void goodEnough(Service s, Rule.Context c, Adder add) {
        Double p99 = s.p99LatencyMs();
        if (p99 != null && p99 >= t(c, Threshold.GOOD_ENOUGH_LOOSE_P99_MS)) {
            add.add(
                    Strength.PRESSURE,
                    Requirement.SPEED,
                    Field.P99_LATENCY_MS,
                    () -> "p99LatencyMs " + Numbers.format(p99));
        }
        Long rps = s.peakRps();
        if (rps != null && rps < t(c, Threshold.GOOD_ENOUGH_MODEST_RPS)) {
            add.add(Strength.PRESSURE, Requirement.SPEED, Field.PEAK_RPS, () -> "peakRps " + rps);
        }
        if (meetsTheRequirement(s)) {
            add.add(
                    Strength.PRESSURE,
                    Requirement.MET_IN_PRODUCTION,
                    Field.LIFECYCLE,
                    () -> "in production and evolving, with no latency, "
                            + "concurrency or memory-safety incident recorded in 12 months");
        }
        if (s.lifecycle() == Lifecycle.DEPRECATED) {
            add.add(Strength.PRESSURE, Requirement.ALL, Field.LIFECYCLE, () -> "lifecycle deprecated: being retired");
        }
    }

    /** A Go service in production, evolving, whose recorded history has no incident of any kind. */
    static boolean meetsTheRequirement(Service s) {
        return s.language() == Language.GO
                && s.lifecycle() == Lifecycle.PRODUCTION
                && s.firstMilestone() == Milestone.EVOLVE
                && zero(s.latencyIncidents())
                && zero(s.concurrencyIncidents())
                && zero(s.memorySafetyIncidents());
    }

    private static boolean zero(Long count) {
        return count != null && count == 0;
    }

    private static String deadline(Service s, Rule.Context c) {
        long days = ChronoUnit.DAYS.between(c.referenceDate(), s.deadline());
        return "deadline " + s.deadline()
                + (days >= 0 ? " (" + days + " days away)" : " (passed " + -days + " days ago)");
    }

    /**
     * A deadline within {@code delivery.nearDeadlineDays}, or one that has passed: an overdue
     * milestone is still time pressure, so a passing deadline never moves a verdict toward Rust.
     */
    static boolean nearDeadline(Service s, Rule.Context c) {
        if (s.deadline() == null) {
            return false;
        }
        return ChronoUnit.DAYS.between(c.referenceDate(), s.deadline()) <= t(c, Threshold.DELIVERY_NEAR_DEADLINE_DAYS);
    }
}
