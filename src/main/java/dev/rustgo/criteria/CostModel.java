package dev.rustgo.criteria;

import dev.rustgo.model.Experience;
import dev.rustgo.model.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * Cost of ownership of a move to Rust, from the guides' figures: Rust's 20-40% higher throughput
 * serves the same load on 1/1.2 to 1/1.4 of the capacity, so it saves 17-29% of the run cost; Rust
 * async takes about a month to learn where Go concurrency takes a week, so a team new to Rust
 * spends about three extra weeks per engineer. Every figure is a threshold a policy can override.
 */
public final class CostModel {

    private CostModel() {}

    /** The estimate for a service with a run cost or an instance count, else {@code null}. */
    public static CostEstimate estimate(Service s, Thresholds t) {
        List<String> assumptions = new ArrayList<>();
        double monthly;
        if (s.monthlyCost() != null) {
            monthly = s.monthlyCost();
            assumptions.add("run cost: monthlyCost " + Numbers.format(monthly));
        } else if (s.instances() != null) {
            double perInstance = t.get("cost.instanceMonthly");
            monthly = s.instances() * perInstance;
            assumptions.add("run cost: " + s.instances() + " instances at " + Numbers.format(perInstance)
                    + " a month each (cost.instanceMonthly)");
        } else {
            return null;
        }
        double gainLow = t.get("cost.throughputGainLow");
        double gainHigh = t.get("cost.throughputGainHigh");
        double savingLow = monthly * (1 - 1 / (1 + gainLow));
        double savingHigh = monthly * (1 - 1 / (1 + gainHigh));
        assumptions.add("Rust serves the same load with " + percent(gainLow) + "-" + percent(gainHigh)
                + " more throughput per instance (cost.throughputGainLow/High, the guides' HTTP figure), so "
                + percent(1 - 1 / (1 + gainLow)) + "-" + percent(1 - 1 / (1 + gainHigh)) + " less capacity");

        Experience rust = s.rustExperience();
        String weeksKey = rust == Experience.STRONG ? "cost.extraWeeksStrong"
                : rust == Experience.SOME ? "cost.extraWeeksSome" : "cost.extraWeeksNone";
        double weeks = t.get(weeksKey);
        double team;
        if (s.teamSize() != null) {
            team = s.teamSize();
            assumptions.add("team: size " + s.teamSize());
        } else {
            team = t.get("cost.defaultTeamSize");
            assumptions.add("team: size " + Numbers.format(team) + " assumed (cost.defaultTeamSize), as team.size is missing");
        }
        double weekCost = t.get("cost.engineerWeek");
        double onboarding = team * weeks * weekCost;
        assumptions.add("onboarding: " + Numbers.format(weeks) + " extra weeks per engineer for rustExperience "
                + (rust == null ? "unknown (taken as none)" : rust.id()) + " (" + weeksKey
                + "; Rust async takes about a month to learn, Go concurrency a week), at "
                + Numbers.format(weekCost) + " per engineer-week (cost.engineerWeek)");
        double paybackLow = savingHigh == 0 ? 0 : onboarding / savingHigh;
        double paybackHigh = savingLow == 0 ? 0 : onboarding / savingLow;
        return new CostEstimate(Numbers.round(monthly, 2), Numbers.round(savingLow, 0), Numbers.round(savingHigh, 0),
                Numbers.round(onboarding, 0), Numbers.round(paybackLow, 1), Numbers.round(paybackHigh, 1), assumptions);
    }

    private static String percent(double fraction) {
        return Numbers.format(Numbers.round(fraction * 100, 0)) + "%";
    }
}
