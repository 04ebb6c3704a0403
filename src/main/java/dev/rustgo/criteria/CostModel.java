package dev.rustgo.criteria;

import dev.rustgo.model.Experience;
import dev.rustgo.model.Language;
import dev.rustgo.model.Milestone;
import dev.rustgo.model.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * The ownership economics of a move to Rust, from the guides' figures: Rust's 20-40% higher
 * throughput serves the same load on 1/1.2 to 1/1.4 of the capacity, so it saves 17-29% of the run
 * cost; Rust async takes about a month to learn where Go concurrency takes a week, so a team new to
 * Rust spends about three extra weeks per engineer; and code that already runs in another language
 * has to be rewritten. The payback is held against {@link Threshold#COST_PAYBACK_HORIZON_MONTHS}.
 * Every figure is a threshold a policy can override. See docs/criteria.md.
 */
public final class CostModel {

    private CostModel() {}

    /**
     * The estimate for a service with a run cost or an instance count, else {@code null}; with
     * {@code explain} false the assumptions are not written out (the figures are the same).
     */
    public static CostEstimate estimate(Service s, Thresholds t, boolean explain) {
        List<String> assumptions = explain ? new ArrayList<>() : null;
        double monthly;
        if (s.monthlyCost() != null) {
            monthly = s.monthlyCost();
            note(assumptions, () -> "run cost: monthlyCost " + Numbers.format(monthly));
        } else if (s.instances() != null) {
            double perInstance = t.get(Threshold.COST_INSTANCE_MONTHLY);
            monthly = s.instances() * perInstance;
            note(assumptions, () -> "run cost: " + s.instances() + " instances at " + Numbers.format(perInstance)
                    + " a month each (cost.instanceMonthly)");
        } else {
            return null;
        }
        double gainLow = t.get(Threshold.COST_THROUGHPUT_GAIN_LOW);
        double gainHigh = t.get(Threshold.COST_THROUGHPUT_GAIN_HIGH);
        double savingLow = monthly * (1 - 1 / (1 + gainLow));
        double savingHigh = monthly * (1 - 1 / (1 + gainHigh));
        note(assumptions, () -> "saving: Rust serves the same load with " + percent(gainLow) + "-" + percent(gainHigh)
                + " more throughput per instance (cost.throughputGainLow/High, the guides' HTTP figure), so "
                + percent(1 - 1 / (1 + gainLow)) + "-" + percent(1 - 1 / (1 + gainHigh)) + " less capacity");

        Experience rust = s.rustExperience();
        Threshold weeksKey = rust == Experience.STRONG ? Threshold.COST_EXTRA_WEEKS_STRONG
                : rust == Experience.SOME ? Threshold.COST_EXTRA_WEEKS_SOME : Threshold.COST_EXTRA_WEEKS_NONE;
        double weeks = t.get(weeksKey);
        double team = s.teamSize() != null ? s.teamSize() : t.get(Threshold.COST_DEFAULT_TEAM_SIZE);
        note(assumptions, () -> s.teamSize() != null ? "team: size " + s.teamSize()
                : "team: size " + Numbers.format(team) + " assumed (cost.defaultTeamSize), as team.size is missing");
        double weekCost = t.get(Threshold.COST_ENGINEER_WEEK);
        double onboarding = team * weeks * weekCost;
        note(assumptions, () -> "onboarding: " + Numbers.format(weeks) + " extra weeks per engineer for rustExperience "
                + (rust == null ? "unknown (taken as none)" : rust.id()) + " (" + weeksKey.id()
                + "; Rust async takes about a month to learn, Go concurrency a week), at "
                + Numbers.format(weekCost) + " per engineer-week (cost.engineerWeek)");

        double rewrite = 0;
        if (rewrites(s)) {
            double lines = s.codeLines() != null ? s.codeLines() : t.get(Threshold.assumedLines(s.role()));
            double perWeek = t.get(Threshold.COST_REWRITE_LINES_PER_WEEK);
            rewrite = lines / perWeek * weekCost;
            note(assumptions, () -> "rewrite: " + Numbers.format(lines) + " lines of " + s.language().id()
                    + (s.codeLines() != null ? " (codeLines)" : " assumed for a " + s.role().id() + " service ("
                            + Threshold.assumedLines(s.role()).id() + "), as codeLines is missing")
                    + ", at " + Numbers.format(perWeek) + " lines per engineer-week (cost.rewriteLinesPerWeek)");
        } else if (s.language() != Language.RUST) {
            note(assumptions, () -> "rewrite: none, " + (s.language() == Language.UNDECIDED
                    ? "the service is not written yet" : "its first milestone replaces it anyway"));
        }
        double oneOff = onboarding + rewrite;
        Double paybackLow = oneOff == 0 ? Double.valueOf(0) : savingHigh == 0 ? null
                : Numbers.round(oneOff / savingHigh, 1);
        Double paybackHigh = oneOff == 0 ? Double.valueOf(0) : savingLow == 0 ? null
                : Numbers.round(oneOff / savingLow, 1);
        double horizon = t.get(Threshold.COST_PAYBACK_HORIZON_MONTHS);
        note(assumptions, () -> "payback: the one-off costs over the monthly saving, held against a "
                + Numbers.format(horizon) + "-month horizon at the low saving (cost.paybackHorizonMonths)");
        return new CostEstimate(Numbers.round(monthly, 2), Numbers.round(savingLow, 0), Numbers.round(savingHigh, 0),
                Numbers.round(onboarding, 0), Numbers.round(rewrite, 0), paybackLow, paybackHigh, horizon,
                assumptions == null ? List.of() : assumptions);
    }

    /**
     * Whether a move rewrites code that runs today: a service in another language than Rust, not a
     * new one, and not one whose first milestone replaces it anyway (then the rewrite is the plan,
     * whatever the language).
     */
    static boolean rewrites(Service s) {
        Milestone m = s.firstMilestone();
        return s.language() != Language.RUST && s.language() != Language.UNDECIDED
                && m != Milestone.REPLACE_UNSTABLE && m != Milestone.REPLACE_EXPENSIVE;
    }

    private static void note(List<String> assumptions, java.util.function.Supplier<String> text) {
        if (assumptions != null) {
            assumptions.add(text.get());
        }
    }

    private static String percent(double fraction) {
        return Numbers.format(Numbers.round(fraction * 100, 0)) + "%";
    }
}
