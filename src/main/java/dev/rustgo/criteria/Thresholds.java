package dev.rustgo.criteria;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values of the {@link Threshold} catalogue in force: the defaults, some replaced by a policy.
 * Immutable. A value a policy sets is the user's own figure, no assumption of the audit's, so the
 * robustness grid does not vary it.
 */
public final class Thresholds {

    private static final Thresholds DEFAULTS = new Thresholds(defaultValues(), Set.of());

    private final Map<Threshold, Double> values;
    private final Set<Threshold> overridden;

    /** The values by ordinal: the rules read a threshold for every service, many times over. */
    private final double[] byOrdinal;

    /** The robustness grid, worked out on first use: one audit shares it across its services. */
    private volatile List<Point> grid;

    /** The grid by threshold, worked out with it. */
    private volatile List<Axis> axes;

    private Thresholds(Map<Threshold, Double> values, Set<Threshold> overridden) {
        this.values = values;
        this.overridden = overridden;
        this.byOrdinal = new double[Threshold.values().length];
        for (Map.Entry<Threshold, Double> e : values.entrySet()) {
            byOrdinal[e.getKey().ordinal()] = e.getValue();
        }
    }

    public static Thresholds defaults() {
        return DEFAULTS;
    }

    /** These values with some replaced, by name; an unknown name is refused. */
    public Thresholds with(Map<String, Double> overrides) {
        EnumMap<Threshold, Double> merged = new EnumMap<>(values);
        Set<Threshold> set = overridden.isEmpty() ? EnumSet.noneOf(Threshold.class) : EnumSet.copyOf(overridden);
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            Threshold t = Threshold.byId(e.getKey());
            if (t == null) {
                throw new IllegalArgumentException("unknown threshold '" + e.getKey() + "'");
            }
            merged.put(t, e.getValue());
            set.add(t);
        }
        return new Thresholds(Collections.unmodifiableMap(merged), Collections.unmodifiableSet(set));
    }

    public double get(Threshold threshold) {
        return byOrdinal[threshold.ordinal()];
    }

    /** Whether a policy set {@code threshold}: then it is the user's figure, not an assumption to vary. */
    public boolean overridden(Threshold threshold) {
        return overridden.contains(threshold);
    }

    /** The share band in words, as every report and rule text says it: {@code 5-10%}. */
    public String shareBand() {
        return Numbers.percent(get(Threshold.SHARE_LOW), 1) + "-" + Numbers.percent(get(Threshold.SHARE_HIGH), 1) + "%";
    }

    /** Every threshold and its value, in catalogue order. */
    public Map<Threshold, Double> all() {
        return values;
    }

    /**
     * One point of the robustness grid: one assumed threshold at one end of its reasoned range (or
     * a point between), every other value as in force.
     */
    record Point(Threshold threshold, double value, Thresholds thresholds) {}

    /** The robustness grid of these values: every ranged threshold no policy set, at each of its points. */
    List<Point> grid() {
        List<Point> g = grid;
        if (g == null) {
            List<Point> points = new ArrayList<>();
            for (Threshold t : Threshold.values()) {
                if (t.range() == null || overridden.contains(t)) {
                    continue;
                }
                for (double v : t.range().points(get(t))) {
                    if (t == Threshold.COST_THROUGHPUT_GAIN_LOW && v > get(Threshold.COST_THROUGHPUT_GAIN_HIGH)) {
                        continue; // the low saving never above the high one
                    }
                    EnumMap<Threshold, Double> changed = new EnumMap<>(values);
                    changed.put(t, v);
                    points.add(new Point(t, v, new Thresholds(Collections.unmodifiableMap(changed), overridden)));
                }
            }
            g = List.copyOf(points);
            grid = g;
        }
        return g;
    }

    /**
     * One assumed threshold and the points of the grid that move it: the grid read by threshold, with
     * the lowest and highest value it takes, the one in force included.
     */
    record Axis(Threshold threshold, List<Point> points, double low, double high) {

        Axis(Threshold threshold, List<Point> points, double inForce) {
            this(
                    threshold,
                    points,
                    Math.min(
                            inForce,
                            points.stream().mapToDouble(Point::value).min().orElse(inForce)),
                    Math.max(
                            inForce,
                            points.stream().mapToDouble(Point::value).max().orElse(inForce)));
        }
    }

    /** The grid grouped by threshold, in catalogue order. */
    List<Axis> axes() {
        List<Axis> a = axes;
        if (a == null) {
            List<Axis> list = new ArrayList<>();
            List<Point> points = new ArrayList<>();
            for (Point p : grid()) {
                if (!points.isEmpty() && points.get(0).threshold() != p.threshold()) {
                    Threshold t = points.get(0).threshold();
                    list.add(new Axis(t, List.copyOf(points), get(t)));
                    points.clear();
                }
                points.add(p);
            }
            if (!points.isEmpty()) {
                Threshold t = points.get(0).threshold();
                list.add(new Axis(t, List.copyOf(points), get(t)));
            }
            a = List.copyOf(list);
            axes = a;
        }
        return a;
    }

    private static Map<Threshold, Double> defaultValues() {
        EnumMap<Threshold, Double> d = new EnumMap<>(Threshold.class);
        for (Threshold t : Threshold.values()) {
            d.put(t, t.defaultValue());
        }
        return Collections.unmodifiableMap(d);
    }
}
