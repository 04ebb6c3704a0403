package dev.rustgo.criteria;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights and thresholds of the scoring model, by documented name (see docs/criteria.md).
 * Defaults come from the guides where they give figures (245K rps, 5-10% share); the rest are
 * documented judgement. A policy may override any of them; an unknown name is refused.
 */
public final class Thresholds {

    private static final Map<String, Double> DEFAULTS = defaultValues();

    private final Map<String, Double> values;

    private Thresholds(Map<String, Double> values) {
        this.values = values;
    }

    public static Thresholds defaults() {
        return new Thresholds(DEFAULTS);
    }

    /** These defaults with some values replaced. */
    public Thresholds with(Map<String, Double> overrides) {
        Map<String, Double> merged = new LinkedHashMap<>(values);
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            if (!merged.containsKey(e.getKey())) {
                throw new IllegalArgumentException("unknown threshold '" + e.getKey() + "'");
            }
            merged.put(e.getKey(), e.getValue());
        }
        return new Thresholds(Collections.unmodifiableMap(merged));
    }

    public double get(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("unknown threshold '" + name + "'");
        }
        return value;
    }

    /** Every threshold and its value, in documentation order. */
    public Map<String, Double> all() {
        return values;
    }

    public static List<String> names() {
        return List.copyOf(DEFAULTS.keySet());
    }

    private static Map<String, Double> defaultValues() {
        Map<String, Double> d = new LinkedHashMap<>();
        // Verdict
        d.put("verdict.goPrior", 2.0);
        d.put("verdict.rustMin", 6.0);
        d.put("verdict.margin", 3.0);
        d.put("verdict.reviewMin", 4.0);
        d.put("verdict.strongGoMargin", 4.0);
        // R-TAIL
        d.put("tail.strongMs", 5.0);
        d.put("tail.moderateMs", 20.0);
        d.put("tail.weakMs", 50.0);
        d.put("tail.incidentsMany", 3.0);
        // R-THROUGHPUT (the guide: ~245K rps in Go is more than most services need)
        d.put("throughput.strongRps", 245_000.0);
        d.put("throughput.moderateRps", 100_000.0);
        d.put("throughput.weakRps", 50_000.0);
        // R-MEMORY
        d.put("memory.tightMiB", 128.0);
        d.put("memory.smallMiB", 256.0);
        // R-SCALE-COST
        d.put("scale.manyInstances", 100.0);
        d.put("scale.someInstances", 30.0);
        d.put("scale.highMonthlyCost", 50_000.0);
        d.put("scale.someMonthlyCost", 10_000.0);
        // R-DEFECT-COST
        d.put("defect.manyDependents", 10.0);
        d.put("defect.someDependents", 5.0);
        // R-CONCURRENCY
        d.put("concurrency.incidentsMany", 2.0);
        // R-TARGET
        d.put("target.tightStartupMs", 50.0);
        d.put("target.startupMs", 200.0);
        // G-TIME-TO-MARKET, G-TEAM
        d.put("delivery.nearDeadlineDays", 90.0);
        // G-GOOD-ENOUGH
        d.put("goodEnough.looseP99Ms", 100.0);
        d.put("goodEnough.modestRps", 5_000.0);
        // P-SHARE (the guide: Rust for 5-10% of the architecture)
        d.put("share.low", 0.05);
        d.put("share.high", 0.10);
        d.put("share.minServices", 10.0);
        // Cost of ownership (the guides: 20-40% more throughput; Rust async a month, Go a week)
        d.put("cost.throughputGainLow", 0.20);
        d.put("cost.throughputGainHigh", 0.40);
        d.put("cost.instanceMonthly", 200.0);
        d.put("cost.engineerWeek", 3_000.0);
        d.put("cost.extraWeeksNone", 3.0);
        d.put("cost.extraWeeksSome", 1.5);
        d.put("cost.extraWeeksStrong", 0.0);
        d.put("cost.defaultTeamSize", 5.0);
        // Weights of the rules, by rule and band
        d.put("weight.tail.strong", 3.0);
        d.put("weight.tail.moderate", 2.0);
        d.put("weight.tail.weak", 1.0);
        d.put("weight.tail.incidentsMany", 1.5);
        d.put("weight.tail.incidents", 0.5);
        d.put("weight.throughput.strong", 3.0);
        d.put("weight.throughput.moderate", 2.0);
        d.put("weight.throughput.weak", 1.0);
        d.put("weight.memory.tight", 2.0);
        d.put("weight.memory.small", 1.0);
        d.put("weight.scale.high", 2.0);
        d.put("weight.scale.some", 1.0);
        d.put("weight.defect.perCriticality", 1.0);
        d.put("weight.defect.criticalityMax", 2.0);
        d.put("weight.defect.manyDependents", 2.0);
        d.put("weight.defect.someDependents", 1.0);
        d.put("weight.concurrency.hard", 2.0);
        d.put("weight.concurrency.moderate", 0.5);
        d.put("weight.concurrency.incidentsMany", 1.0);
        d.put("weight.concurrency.incidents", 0.5);
        d.put("weight.memorySafety.incidents", 2.0);
        d.put("weight.memorySafety.sensitive", 1.5);
        d.put("weight.target.hard", 6.0);
        d.put("weight.target.edge", 3.0);
        d.put("weight.target.tightStartup", 2.0);
        d.put("weight.target.startup", 1.0);
        d.put("weight.role.hotPath", 1.5);
        d.put("weight.role.realtime", 1.5);
        d.put("weight.replace", 2.0);
        d.put("weight.native", 6.0);
        d.put("weight.goRole.controlPlane", 4.0);
        d.put("weight.goRole.conventional", 1.0);
        d.put("weight.timeToMarket.mvp", 2.5);
        d.put("weight.timeToMarket.deadline", 1.5);
        d.put("weight.team.noRust", 2.0);
        d.put("weight.team.noRustDeadline", 1.0);
        d.put("weight.team.someRust", 0.5);
        d.put("weight.goodEnough.looseP99", 1.5);
        d.put("weight.goodEnough.modestRps", 1.5);
        // Decisions and waivers expiring within this many days are warned about
        d.put("expiry.warnDays", 30.0);
        // What would change the verdict: computed for review and for margins under this
        d.put("whatIf.borderlineMargin", 6.0);
        return Collections.unmodifiableMap(d);
    }
}
