package dev.rustgo.criteria;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The values of the {@link Threshold} catalogue in force: the defaults, some replaced by a policy.
 * Immutable.
 */
public final class Thresholds {

    private static final Thresholds DEFAULTS = new Thresholds(defaultValues());

    private final Map<Threshold, Double> values;

    private Thresholds(Map<Threshold, Double> values) {
        this.values = values;
    }

    public static Thresholds defaults() {
        return DEFAULTS;
    }

    /** These values with some replaced, by name; an unknown name is refused. */
    public Thresholds with(Map<String, Double> overrides) {
        EnumMap<Threshold, Double> merged = new EnumMap<>(values);
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            Threshold t = Threshold.byId(e.getKey());
            if (t == null) {
                throw new IllegalArgumentException("unknown threshold '" + e.getKey() + "'");
            }
            merged.put(t, e.getValue());
        }
        return new Thresholds(Collections.unmodifiableMap(merged));
    }

    public double get(Threshold threshold) {
        return values.get(threshold);
    }

    /** The share band in words, as every report and rule text says it: {@code 5-10%}. */
    public String shareBand() {
        return Numbers.percent(get(Threshold.SHARE_LOW), 1) + "-" + Numbers.percent(get(Threshold.SHARE_HIGH), 1) + "%";
    }

    /** Every threshold and its value, in catalogue order. */
    public Map<Threshold, Double> all() {
        return values;
    }

    private static Map<Threshold, Double> defaultValues() {
        EnumMap<Threshold, Double> d = new EnumMap<>(Threshold.class);
        for (Threshold t : Threshold.values()) {
            d.put(t, t.defaultValue());
        }
        return Collections.unmodifiableMap(d);
    }
}
