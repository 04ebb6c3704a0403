package dev.rustgo.criteria;

import dev.rustgo.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether a verdict holds across the ranges of the assumptions it rests on: the verdict recomputed
 * with each assumed threshold of the catalogue at each end of its reasoned range (the 20-40%
 * saving, the payback horizon, an assumed team size or rewrite size, the lines the audit draws),
 * one at a time, the others as in force. Only the assumptions that bear on the service count: a
 * latency line where the descriptor gives a p99, the economics where it has a cost estimate.
 *
 * @param points how many grid points bear on the service
 * @param agreeing how many of them give the same verdict
 * @param flips each assumption that changes the verdict somewhere in its range, in catalogue order
 */
public record Robustness(int points, int agreeing, List<Flip> flips) {

    public Robustness {
        flips = List.copyOf(flips);
    }

    /** The verdict of every grid point is the verdict. */
    public boolean holds() {
        return flips.isEmpty();
    }

    /** The share of the grid that agrees, 0-1 ({@code 1} where no assumption bears on the verdict): the confidence. */
    public double share() {
        return agreeing == points ? 1 : Numbers.round((double) agreeing / points, 2);
    }

    /**
     * "holds across the 6 points of its assumptions' ranges", or each flip: "rust at 30-40% saving,
     * review at 20% saving".
     */
    public String text() {
        if (holds()) {
            return points == 0
                    ? "holds: it rests on no assumed value"
                    : points == 1
                            ? "holds at the one point of its assumptions' ranges"
                            : "holds across the " + points + " points of its assumptions' ranges";
        }
        return flips.stream().map(Flip::text).collect(Collectors.joining("; "));
    }

    /** One value tried, and the verdict it gives. */
    public record Tried(double value, Verdict verdict) {}

    /**
     * An assumption that changes the verdict: the value in force and its verdict, and every value of
     * its range tried, with theirs.
     */
    public record Flip(Threshold threshold, double value, Verdict verdict, List<Tried> tried) {

        public Flip {
            tried = List.copyOf(tried);
        }

        /** "rust at 30-40% saving, review at 20% saving": the verdicts along the range, the changed ones first. */
        public String text() {
            List<Tried> all = new ArrayList<>(tried);
            all.add(new Tried(value, verdict));
            all.sort((a, b) -> Double.compare(a.value(), b.value()));
            List<List<Tried>> runs = new ArrayList<>();
            for (Tried t : all) {
                List<Tried> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && last.get(0).verdict() == t.verdict()) {
                    last.add(t);
                } else {
                    List<Tried> run = new ArrayList<>();
                    run.add(t);
                    runs.add(run);
                }
            }
            List<String> changed = new ArrayList<>();
            List<String> same = new ArrayList<>();
            for (List<Tried> run : runs) {
                Verdict v = run.get(0).verdict();
                (v == verdict ? same : changed)
                        .add(v.id() + " at "
                                + say(
                                        run.get(0).value(),
                                        run.get(run.size() - 1).value()));
            }
            changed.addAll(same);
            return String.join(", ", changed);
        }

        private String say(double from, double to) {
            boolean percent = "fraction".equals(threshold.unit());
            String values =
                    number(from, percent) + (from == to ? "" : "-" + number(to, percent)) + (percent ? "%" : "");
            String phrase = threshold.range().phrase();
            return phrase == null ? threshold.id() + " " + values : phrase.replace("%s", values);
        }

        private static String number(double v, boolean percent) {
            return Numbers.format(percent ? Numbers.round(v * 100, 1) : v);
        }
    }
}
