package dev.rustgo.criteria;

import dev.rustgo.model.Concurrency;
import dev.rustgo.model.Criticality;
import dev.rustgo.model.Deployment;
import dev.rustgo.model.Experience;
import dev.rustgo.model.Field;
import dev.rustgo.model.Milestone;
import dev.rustgo.model.Role;
import dev.rustgo.model.Service;
import dev.rustgo.model.Token;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The per-service rules, one per criterion id of criteria.md (G-DEFAULT is the prior of the
 * {@link Scorer}; the P- criteria are portfolio rules of the policy). Each rule reads only the
 * fields named in docs/criteria.md, and adds a reason per piece of evidence, pointing at the field
 * that gave it. Thresholds come from {@link Thresholds}, by name.
 */
public final class RuleCatalog {

    /** Roles the guides place on the hot path. */
    public static final Set<Role> RUST_ROLES = Collections.unmodifiableSet(
            EnumSet.of(Role.DATA_PLANE, Role.STREAM_PROCESSOR, Role.PROXY, Role.EDGE, Role.STORAGE));

    /** Roles the guides give to Go outright. */
    public static final Set<Role> GO_ROLES = Collections.unmodifiableSet(
            EnumSet.of(Role.CONTROL_PLANE, Role.ADMIN_API, Role.ORCHESTRATION, Role.TOOLING));

    /** Deployment targets Go serves poorly: weighted verdict.rustMin, enough alone unless Go pressure is more than 1. */
    public static final Set<Deployment> HARD_TARGETS = Collections.unmodifiableSet(
            EnumSet.of(Deployment.WASM, Deployment.EMBEDDED));

    private static final List<Rule> RULES = List.of(
            rule(Criterion.R_TAIL, "tail-latency", RuleCatalog::tail, Field.P99_LATENCY_MS, Field.LATENCY_INCIDENTS),
            rule(Criterion.R_THROUGHPUT, "throughput", RuleCatalog::throughput, Field.PEAK_RPS),
            rule(Criterion.R_MEMORY, "memory-budget", RuleCatalog::memory, Field.MEMORY_BUDGET_MIB),
            rule(Criterion.R_SCALE_COST, "scale-cost", RuleCatalog::scaleCost, Field.INSTANCES, Field.MONTHLY_COST),
            rule(Criterion.R_DEFECT_COST, "defect-cost", RuleCatalog::defectCost, Field.CRITICALITY, Field.DEPENDS_ON, Field.EXTERNAL_DEPENDENTS),
            rule(Criterion.R_CONCURRENCY, "hard-concurrency", RuleCatalog::concurrency, Field.CONCURRENCY, Field.CONCURRENCY_INCIDENTS),
            rule(Criterion.R_MEMORY_SAFETY, "memory-safety", RuleCatalog::memorySafety, Field.MEMORY_SAFETY_INCIDENTS, Field.CRITICALITY),
            rule(Criterion.R_TARGET, "deployment-target", RuleCatalog::target, Field.DEPLOYMENT, Field.STARTUP_BUDGET_MS),
            rule(Criterion.R_ROLE, "hot-path-role", RuleCatalog::rustRole, Field.ROLE, Field.CRITICALITY),
            rule(Criterion.R_REPLACE, "replacement", RuleCatalog::replace, Field.FIRST_MILESTONE),
            rule(Criterion.R_NATIVE, "native-integration", RuleCatalog::nativeIntegration, Field.DEPLOYMENT),
            rule(Criterion.G_CONTROL_PLANE, "control-plane-role", RuleCatalog::goRole, Field.ROLE),
            rule(Criterion.G_TIME_TO_MARKET, "time-to-market", RuleCatalog::timeToMarket, Field.FIRST_MILESTONE, Field.DEADLINE),
            rule(Criterion.G_TEAM, "team-readiness", RuleCatalog::team, Field.RUST_EXPERIENCE, Field.GO_EXPERIENCE, Field.DEADLINE),
            rule(Criterion.G_GOOD_ENOUGH, "good-enough", RuleCatalog::goodEnough, Field.P99_LATENCY_MS, Field.PEAK_RPS));

    private RuleCatalog() {}

    public static List<Rule> rules() {
        return RULES;
    }

    private interface Body {
        void evaluate(Service s, Rule.Context c, Adder add);
    }

    /** Adds a reason of the rule's criterion; its evidence in words is made only if it is asked for. */
    private interface Adder {
        void add(double weight, Field field, Supplier<String> evidence);
    }

    private static Rule rule(Criterion criterion, String name, Body body, Field... fields) {
        List<Field> read = List.of(fields);
        return new Rule() {
            @Override
            public List<Field> fields() {
                return read;
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
                body.evaluate(s, c, (weight, field, evidence) -> reasons.add(new Reason(criterion,
                        criterion.direction(), weight, evidence.get(), field, s.position(field))));
            }

            @Override
            public void weigh(Service s, Context c, List<Reason> reasons) {
                body.evaluate(s, c, (weight, field, evidence) -> reasons.add(new Reason(criterion,
                        criterion.direction(), weight, null, field, null)));
            }
        };
    }

    private static String ids(Set<? extends Token> values) {
        return values.stream().map(Token::id).collect(Collectors.joining(", "));
    }

    // R-TAIL: p99LatencyMs, history.latencyIncidents
    private static void tail(Service s, Rule.Context c, Adder add) {
        Double p99 = s.p99LatencyMs();
        if (p99 != null) {
            double w = p99 <= c.thresholds().get("tail.strongMs") ? w(c, "weight.tail.strong")
                    : p99 <= c.thresholds().get("tail.moderateMs") ? w(c, "weight.tail.moderate")
                    : p99 <= c.thresholds().get("tail.weakMs") ? w(c, "weight.tail.weak") : 0;
            if (w > 0) {
                add.add(w, Field.P99_LATENCY_MS, () -> "p99LatencyMs " + Numbers.format(p99));
            }
        }
        Long incidents = s.latencyIncidents();
        if (incidents != null && incidents > 0) {
            add.add(incidents >= c.thresholds().get("tail.incidentsMany") ? w(c, "weight.tail.incidentsMany")
                    : w(c, "weight.tail.incidents"), Field.LATENCY_INCIDENTS,
                    () -> "latencyIncidents " + incidents);
        }
    }

    // R-THROUGHPUT: peakRps
    private static void throughput(Service s, Rule.Context c, Adder add) {
        Long rps = s.peakRps();
        if (rps == null) {
            return;
        }
        double w = rps >= c.thresholds().get("throughput.strongRps") ? w(c, "weight.throughput.strong")
                : rps >= c.thresholds().get("throughput.moderateRps") ? w(c, "weight.throughput.moderate")
                : rps >= c.thresholds().get("throughput.weakRps") ? w(c, "weight.throughput.weak") : 0;
        if (w > 0) {
            add.add(w, Field.PEAK_RPS, () -> "peakRps " + rps);
        }
    }

    // R-MEMORY: memoryBudgetMiB
    private static void memory(Service s, Rule.Context c, Adder add) {
        Long mib = s.memoryBudgetMiB();
        if (mib == null) {
            return;
        }
        double w = mib <= c.thresholds().get("memory.tightMiB") ? w(c, "weight.memory.tight")
                : mib <= c.thresholds().get("memory.smallMiB") ? w(c, "weight.memory.small") : 0;
        if (w > 0) {
            add.add(w, Field.MEMORY_BUDGET_MIB, () -> "memoryBudgetMiB " + mib);
        }
    }

    // R-SCALE-COST: instances, monthlyCost (the stronger of the two counts)
    private static void scaleCost(Service s, Rule.Context c, Adder add) {
        Long instances = s.instances();
        Double cost = s.monthlyCost();
        double wi = instances == null ? 0 : instances >= c.thresholds().get("scale.manyInstances") ? w(c, "weight.scale.high")
                : instances >= c.thresholds().get("scale.someInstances") ? w(c, "weight.scale.some") : 0;
        double wc = cost == null ? 0 : cost >= c.thresholds().get("scale.highMonthlyCost") ? w(c, "weight.scale.high")
                : cost >= c.thresholds().get("scale.someMonthlyCost") ? w(c, "weight.scale.some") : 0;
        if (wi > 0 && wi >= wc) {
            add.add(wi, Field.INSTANCES, () -> "instances " + instances);
        } else if (wc > 0) {
            add.add(wc, Field.MONTHLY_COST, () -> "monthlyCost " + Numbers.format(cost));
        }
    }

    // R-DEFECT-COST: criticality financial/core-infrastructure/ingestion, fan-in
    private static void defectCost(Service s, Rule.Context c, Adder add) {
        Set<Criticality> costly = EnumSet.noneOf(Criticality.class);
        for (Criticality k : s.criticality()) {
            if (k == Criticality.FINANCIAL || k == Criticality.CORE_INFRASTRUCTURE || k == Criticality.INGESTION) {
                costly.add(k);
            }
        }
        if (!costly.isEmpty()) {
            add.add(Math.min(w(c, "weight.defect.criticalityMax"), costly.size() * w(c, "weight.defect.perCriticality")),
                    Field.CRITICALITY, () -> "criticality " + ids(costly));
        }
        long dependents = c.portfolio().dependents(s);
        double w = dependents >= c.thresholds().get("defect.manyDependents") ? w(c, "weight.defect.manyDependents")
                : dependents >= c.thresholds().get("defect.someDependents") ? w(c, "weight.defect.someDependents") : 0;
        if (w > 0) {
            int internal = c.portfolio().internalDependents(s);
            Field field = internal == 0 ? Field.EXTERNAL_DEPENDENTS : null;
            add.add(w, field, () -> "dependents " + dependents + " (" + internal + " in the portfolio, "
                    + (dependents - internal) + " external)");
        }
    }

    // R-CONCURRENCY: concurrency, history.concurrencyIncidents
    private static void concurrency(Service s, Rule.Context c, Adder add) {
        if (s.concurrency() == Concurrency.HARD) {
            add.add(w(c, "weight.concurrency.hard"), Field.CONCURRENCY, () -> "concurrency hard");
        } else if (s.concurrency() == Concurrency.MODERATE) {
            add.add(w(c, "weight.concurrency.moderate"), Field.CONCURRENCY, () -> "concurrency moderate");
        }
        Long incidents = s.concurrencyIncidents();
        if (incidents != null && incidents > 0) {
            add.add(incidents >= c.thresholds().get("concurrency.incidentsMany") ? w(c, "weight.concurrency.incidentsMany")
                    : w(c, "weight.concurrency.incidents"),
                    Field.CONCURRENCY_INCIDENTS, () -> "concurrencyIncidents " + incidents);
        }
    }

    // R-MEMORY-SAFETY: history.memorySafetyIncidents, criticality security-boundary/safety
    private static void memorySafety(Service s, Rule.Context c, Adder add) {
        Long incidents = s.memorySafetyIncidents();
        if (incidents != null && incidents > 0) {
            add.add(w(c, "weight.memorySafety.incidents"), Field.MEMORY_SAFETY_INCIDENTS, () -> "memorySafetyIncidents " + incidents);
        }
        Set<Criticality> sensitive = EnumSet.noneOf(Criticality.class);
        for (Criticality k : s.criticality()) {
            if (k == Criticality.SECURITY_BOUNDARY || k == Criticality.SAFETY) {
                sensitive.add(k);
            }
        }
        if (!sensitive.isEmpty()) {
            add.add(w(c, "weight.memorySafety.sensitive"), Field.CRITICALITY, () -> "criticality " + ids(sensitive));
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
            add.add(w(c, "weight.target.hard"), Field.DEPLOYMENT, () -> "deployment " + ids(hard));
        } else if (s.deployment().contains(Deployment.EDGE)) {
            add.add(w(c, "weight.target.edge"), Field.DEPLOYMENT, () -> "deployment edge");
        }
        Double startup = s.startupBudgetMs();
        if (startup != null) {
            double w = startup <= c.thresholds().get("target.tightStartupMs") ? w(c, "weight.target.tightStartup")
                    : startup <= c.thresholds().get("target.startupMs") ? w(c, "weight.target.startup") : 0;
            if (w > 0) {
                add.add(w, Field.STARTUP_BUDGET_MS, () -> "startupBudgetMs " + Numbers.format(startup));
            }
        }
    }

    // R-ROLE: role data-plane/stream-processor/proxy/edge/storage, criticality realtime
    private static void rustRole(Service s, Rule.Context c, Adder add) {
        if (RUST_ROLES.contains(s.role())) {
            add.add(w(c, "weight.role.hotPath"), Field.ROLE, () -> "role " + s.role().id());
        }
        if (s.criticality().contains(Criticality.REALTIME)) {
            add.add(w(c, "weight.role.realtime"), Field.CRITICALITY, () -> "criticality realtime");
        }
    }

    // R-REPLACE: delivery.firstMilestone replace-unstable/replace-expensive
    private static void replace(Service s, Rule.Context c, Adder add) {
        Milestone m = s.firstMilestone();
        if (m == Milestone.REPLACE_UNSTABLE || m == Milestone.REPLACE_EXPENSIVE) {
            add.add(w(c, "weight.replace"), Field.FIRST_MILESTONE, () -> "firstMilestone " + m.id());
        }
    }

    // R-NATIVE: deployment native-module
    private static void nativeIntegration(Service s, Rule.Context c, Adder add) {
        if (s.deployment().contains(Deployment.NATIVE_MODULE)) {
            add.add(w(c, "weight.native"), Field.DEPLOYMENT, () -> "deployment native-module");
        }
    }

    // G-CONTROL-PLANE: role
    private static void goRole(Service s, Rule.Context c, Adder add) {
        if (GO_ROLES.contains(s.role())) {
            add.add(w(c, "weight.goRole.controlPlane"), Field.ROLE, () -> "role " + s.role().id());
        } else if (s.role() == Role.API || s.role() == Role.BATCH) {
            add.add(w(c, "weight.goRole.conventional"), Field.ROLE, () -> "role " + s.role().id());
        }
    }

    // G-TIME-TO-MARKET: delivery.firstMilestone mvp, delivery.deadline
    private static void timeToMarket(Service s, Rule.Context c, Adder add) {
        if (s.firstMilestone() == Milestone.MVP) {
            add.add(w(c, "weight.timeToMarket.mvp"), Field.FIRST_MILESTONE, () -> "firstMilestone mvp");
        }
        if (nearDeadline(s, c)) {
            add.add(w(c, "weight.timeToMarket.deadline"), Field.DEADLINE, () -> "deadline " + s.deadline() + " ("
                    + ChronoUnit.DAYS.between(c.referenceDate(), s.deadline()) + " days away)");
        }
    }

    // G-TEAM: team.rustExperience, team.goExperience, delivery.deadline
    private static void team(Service s, Rule.Context c, Adder add) {
        Experience rust = s.rustExperience();
        if (rust == Experience.NONE) {
            add.add(w(c, "weight.team.noRust"), Field.RUST_EXPERIENCE, () -> "rustExperience none");
            if (nearDeadline(s, c)) {
                add.add(w(c, "weight.team.noRustDeadline"), Field.DEADLINE, () -> "a month of Rust onboarding before the deadline " + s.deadline());
            }
        } else if (rust == Experience.SOME && s.goExperience() == Experience.STRONG) {
            add.add(w(c, "weight.team.someRust"), Field.GO_EXPERIENCE, () -> "goExperience strong, rustExperience some");
        }
    }

    // G-GOOD-ENOUGH: loose p99LatencyMs, modest peakRps
    private static void goodEnough(Service s, Rule.Context c, Adder add) {
        Double p99 = s.p99LatencyMs();
        if (p99 != null && p99 >= c.thresholds().get("goodEnough.looseP99Ms")) {
            add.add(w(c, "weight.goodEnough.looseP99"), Field.P99_LATENCY_MS, () -> "p99LatencyMs " + Numbers.format(p99));
        }
        Long rps = s.peakRps();
        if (rps != null && rps < c.thresholds().get("goodEnough.modestRps")) {
            add.add(w(c, "weight.goodEnough.modestRps"), Field.PEAK_RPS, () -> "peakRps " + rps);
        }
    }

    private static double w(Rule.Context c, String name) {
        return c.thresholds().get(name);
    }

    static boolean nearDeadline(Service s, Rule.Context c) {
        if (s.deadline() == null) {
            return false;
        }
        long days = ChronoUnit.DAYS.between(c.referenceDate(), s.deadline());
        return days >= 0 && days <= c.thresholds().get("delivery.nearDeadlineDays");
    }
}
