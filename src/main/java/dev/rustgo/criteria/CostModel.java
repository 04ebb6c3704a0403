package dev.rustgo.criteria;

import dev.rustgo.model.Experience;
import dev.rustgo.model.Language;
import dev.rustgo.model.Milestone;
import dev.rustgo.model.Role;
import dev.rustgo.model.Service;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The ownership economics of a move to Rust, from the guides' figures: Rust's 20-40% higher
 * throughput serves the same load on 1/1.2 to 1/1.4 of the capacity, so it saves 17-29% of the run
 * cost; Rust async takes about a month to learn where Go concurrency takes a week, so a team new to
 * Rust spends about three extra weeks per engineer; and code that already runs in another language
 * has to be rewritten. The payback is held against {@link Threshold#COST_PAYBACK_HORIZON_MONTHS}.
 * Every figure is a threshold a policy can override. See docs/criteria.md.
 */
public final class CostModel {

    /** The thresholds {@link #estimate} reads: a rule that estimates a move reads them all. */
    static final Set<Threshold> THRESHOLDS = thresholds();

    private CostModel() {}

    private static Set<Threshold> thresholds() {
        Set<Threshold> set = EnumSet.of(
                Threshold.COST_INSTANCE_MONTHLY,
                Threshold.COST_THROUGHPUT_GAIN_LOW,
                Threshold.COST_THROUGHPUT_GAIN_HIGH,
                Threshold.COST_EXTRA_WEEKS_NONE,
                Threshold.COST_EXTRA_WEEKS_SOME,
                Threshold.COST_EXTRA_WEEKS_STRONG,
                Threshold.COST_DEFAULT_TEAM_SIZE,
                Threshold.COST_ENGINEER_WEEK,
                Threshold.COST_REWRITE_LINES_PER_WEEK,
                Threshold.COST_PAYBACK_HORIZON_MONTHS);
        for (Role role : Role.values()) {
            set.add(Threshold.assumedLines(role));
        }
        return Collections.unmodifiableSet(set);
    }

    /** The estimate for a service with a run cost or an instance count, else {@code null}. */
    public static CostEstimate estimate(Service s, Thresholds t) {
        double instanceMonthly = t.get(Threshold.COST_INSTANCE_MONTHLY);
        Double runCost = monthly(s, instanceMonthly);
        if (runCost == null) {
            return null;
        }
        double monthly = runCost;
        double gainLow = t.get(Threshold.COST_THROUGHPUT_GAIN_LOW);
        double gainHigh = t.get(Threshold.COST_THROUGHPUT_GAIN_HIGH);
        double savingLow = monthly * (1 - 1 / (1 + gainLow));
        double savingHigh = monthly * (1 - 1 / (1 + gainHigh));

        Experience rust = s.rustExperience();
        Threshold weeksKey = extraWeeks(rust);
        double weeks = t.get(weeksKey);
        double team = s.teamSize() != null ? s.teamSize() : t.get(Threshold.COST_DEFAULT_TEAM_SIZE);
        double weekCost = t.get(Threshold.COST_ENGINEER_WEEK);
        double onboarding = team * weeks * weekCost;

        double perWeek = t.get(Threshold.COST_REWRITE_LINES_PER_WEEK);
        Double lines = null;
        double rewrite = 0;
        if (rewrites(s)) {
            if (s.role() == null && s.codeLines() == null) {
                return null; // neither the code's size nor a role to assume it from: no estimate
            }
            lines = s.codeLines() != null ? (double) s.codeLines() : t.get(Threshold.assumedLines(s.role()));
            rewrite = lines / perWeek * weekCost;
        }
        double oneOff = onboarding + rewrite;
        Double paybackLow = payback(oneOff, savingHigh);
        Double paybackHigh = payback(oneOff, savingLow);
        CostEstimate.Basis basis = new CostEstimate.Basis(
                s.monthlyCost() != null ? null : s.instances(),
                instanceMonthly,
                gainLow,
                gainHigh,
                team,
                s.teamSize() == null,
                rust == null ? null : rust.id(),
                weeks,
                weeksKey.id(),
                weekCost,
                s.language().id(),
                s.role() == null ? null : s.role().id(),
                lines,
                lines != null && s.codeLines() == null,
                perWeek);
        return new CostEstimate(
                Numbers.round(monthly, 2),
                Numbers.round(savingLow, 0),
                Numbers.round(savingHigh, 0),
                Numbers.round(onboarding, 0),
                Numbers.round(rewrite, 0),
                paybackLow,
                paybackHigh,
                t.get(Threshold.COST_PAYBACK_HORIZON_MONTHS),
                basis);
    }

    /** The run cost a month: the descriptor's, else its instances priced; {@code null} with neither. */
    private static Double monthly(Service s, double instanceMonthly) {
        if (s.monthlyCost() != null) {
            return s.monthlyCost();
        }
        return s.instances() != null ? s.instances() * instanceMonthly : null;
    }

    /** The onboarding weeks an engineer needs at the team's Rust experience. */
    private static Threshold extraWeeks(Experience rust) {
        return rust == Experience.STRONG
                ? Threshold.COST_EXTRA_WEEKS_STRONG
                : rust == Experience.SOME ? Threshold.COST_EXTRA_WEEKS_SOME : Threshold.COST_EXTRA_WEEKS_NONE;
    }

    /** Months for {@code saving} a month to repay {@code oneOff}: 0 with nothing to repay, {@code null} with nothing saved. */
    private static Double payback(double oneOff, double saving) {
        return oneOff == 0 ? Double.valueOf(0) : saving == 0 ? null : Numbers.round(oneOff / saving, 1);
    }

    /**
     * The payback's two answers for {@code s} under {@code t}, as {@link #estimate} would give them,
     * without building an estimate: bit 1 whether it pays back within the horizon, bit 2 whether even
     * the high saving repays it only beyond {@code cost.farPaybackMultiple} horizons; {@code -1}
     * without an estimate. The robustness grid asks this at each point of the economics' ranges.
     */
    static int answers(Service s, Thresholds t) {
        double monthly;
        if (s.monthlyCost() != null) {
            monthly = s.monthlyCost();
        } else if (s.instances() != null) {
            monthly = s.instances() * t.get(Threshold.COST_INSTANCE_MONTHLY);
        } else {
            return -1;
        }
        Experience rust = s.rustExperience();
        double weeks = t.get(
                rust == Experience.STRONG
                        ? Threshold.COST_EXTRA_WEEKS_STRONG
                        : rust == Experience.SOME ? Threshold.COST_EXTRA_WEEKS_SOME : Threshold.COST_EXTRA_WEEKS_NONE);
        double team = s.teamSize() != null ? s.teamSize() : t.get(Threshold.COST_DEFAULT_TEAM_SIZE);
        double weekCost = t.get(Threshold.COST_ENGINEER_WEEK);
        double oneOff = team * weeks * weekCost;
        if (rewrites(s)) {
            if (s.role() == null && s.codeLines() == null) {
                return -1;
            }
            double lines = s.codeLines() != null ? (double) s.codeLines() : t.get(Threshold.assumedLines(s.role()));
            oneOff += lines / t.get(Threshold.COST_REWRITE_LINES_PER_WEEK) * weekCost;
        }
        if (oneOff == 0) {
            return 1; // pays back at once; never far
        }
        double savingLow = monthly * (1 - 1 / (1 + t.get(Threshold.COST_THROUGHPUT_GAIN_LOW)));
        double savingHigh = monthly * (1 - 1 / (1 + t.get(Threshold.COST_THROUGHPUT_GAIN_HIGH)));
        double horizon = t.get(Threshold.COST_PAYBACK_HORIZON_MONTHS);
        boolean pays = savingLow != 0 && roundedAtMost(oneOff / savingLow, horizon);
        boolean far = savingHigh == 0
                || !roundedAtMost(oneOff / savingHigh, t.get(Threshold.COST_FAR_PAYBACK_MULTIPLE) * horizon);
        return (pays ? 1 : 0) | (far ? 2 : 0);
    }

    /**
     * Whether {@code months}, rounded to a tenth as an estimate rounds it, is at most {@code limit}:
     * rounding moves it by a twentieth at most, so only a figure that close to the limit is rounded.
     */
    private static boolean roundedAtMost(double months, double limit) {
        if (months <= limit - 0.1) {
            return true;
        }
        if (months >= limit + 0.1) {
            return false;
        }
        return Numbers.round(months, 1) <= limit;
    }

    /**
     * Whether a move rewrites code that runs today: a service in another language than Rust, not a
     * new one, and not one whose first milestone replaces it anyway (then the rewrite is the plan,
     * whatever the language).
     */
    static boolean rewrites(Service s) {
        Milestone m = s.firstMilestone();
        return s.language() != Language.RUST
                && s.language() != Language.UNDECIDED
                && m != Milestone.REPLACE_UNSTABLE
                && m != Milestone.REPLACE_EXPENSIVE;
    }
}
