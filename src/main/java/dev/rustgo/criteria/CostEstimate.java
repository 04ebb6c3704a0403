package dev.rustgo.criteria;

import java.util.ArrayList;
import java.util.List;

/**
 * What a move to Rust would save against what it would cost, and what the figures rest on. Money
 * is in the portfolio's one currency.
 *
 * @param monthlyCost the run cost a month the estimate starts from
 * @param savingLow the monthly saving at the low end of the guides' efficiency range
 * @param savingHigh the monthly saving at the high end
 * @param onboardingCost the one-off cost of the team's extra learning time
 * @param rewriteCost the one-off cost of rewriting the existing code (0 for a new service, or one
 *     whose first milestone replaces it anyway)
 * @param paybackMonthsLow months until the savings pay the one-off costs, at the high saving
 * @param paybackMonthsHigh the same at the low saving; {@code null} when nothing is saved
 * @param horizonMonths the horizon the payback is held against ({@code cost.paybackHorizonMonths})
 * @param basis what the figures rest on, each input and whether it was given or assumed
 */
public record CostEstimate(
        double monthlyCost,
        double savingLow,
        double savingHigh,
        double onboardingCost,
        double rewriteCost,
        Double paybackMonthsLow,
        Double paybackMonthsHigh,
        double horizonMonths,
        Basis basis) {

    /**
     * The inputs of an estimate: kept as figures, so that reports write them compactly and the
     * words of {@link #assumptions()} are made only when someone reads them.
     *
     * @param instances the instance count the run cost was priced from, or {@code null} where
     *     {@code monthlyCost} was given
     * @param instanceMonthly the price of an instance ({@code cost.instanceMonthly})
     * @param gainLow the low end of Rust's throughput gain ({@code cost.throughputGainLow})
     * @param gainHigh the high end
     * @param teamSize the engineers to onboard
     * @param teamSizeAssumed whether {@code team.size} was missing and {@code cost.defaultTeamSize} used
     * @param rustExperience the team's Rust experience as written, or {@code null} (taken as none)
     * @param onboardingWeeks the extra weeks per engineer, and the threshold that set them
     * @param weeksThreshold the threshold of {@code onboardingWeeks}
     * @param engineerWeek the price of an engineer-week ({@code cost.engineerWeek})
     * @param language the language the service is written in
     * @param role the service's role, for an assumed size
     * @param rewriteLines the lines to rewrite, or {@code null} where nothing is rewritten
     * @param rewriteLinesAssumed whether {@code codeLines} was missing and the role's size assumed
     * @param linesPerWeek lines rewritten per engineer-week ({@code cost.rewriteLinesPerWeek})
     */
    public record Basis(
            Long instances,
            double instanceMonthly,
            double gainLow,
            double gainHigh,
            double teamSize,
            boolean teamSizeAssumed,
            String rustExperience,
            double onboardingWeeks,
            String weeksThreshold,
            double engineerWeek,
            String language,
            String role,
            Double rewriteLines,
            boolean rewriteLinesAssumed,
            double linesPerWeek) {}

    /** Whether the move pays for itself within the horizon even at the low saving. */
    public boolean paysBack() {
        return paybackMonthsHigh != null && paybackMonthsHigh <= horizonMonths;
    }

    /**
     * Whether even the high saving repays the move only beyond {@code multiple} horizons, or never:
     * a payback so far out that no reviewer's figure would bring it within the horizon.
     */
    public boolean beyond(double multiple) {
        return paybackMonthsLow == null || paybackMonthsLow > multiple * horizonMonths;
    }

    /**
     * "saves 7000-12000 a month against 45000 of onboarding and 30000 of rewrite: pays back in
     * 6.3-10.8 months, within the 12-month horizon".
     */
    public String summary() {
        double oneOff = onboardingCost + rewriteCost;
        String costs = oneOff == 0
                ? "no one-off cost"
                : Numbers.format(onboardingCost) + " of onboarding"
                        + (rewriteCost == 0 ? "" : " and " + Numbers.format(rewriteCost) + " of rewrite");
        return "saves " + Numbers.format(savingLow) + "-" + Numbers.format(savingHigh) + " a month against " + costs
                + ": " + payback();
    }

    /** "pays back in 6.3-10.8 months, within the 12-month horizon": the end of {@link #summary()}. */
    public String payback() {
        String when = onboardingCost + rewriteCost == 0
                ? "pays back at once"
                : paybackMonthsHigh == null
                        ? "never pays back"
                        : "pays back in " + Numbers.format(paybackMonthsLow) + "-" + Numbers.format(paybackMonthsHigh)
                                + " months";
        return when + ", " + (paysBack() ? "within" : "beyond") + " the " + Numbers.format(horizonMonths)
                + "-month horizon";
    }

    /** Each assumption in words, with the threshold that sets it. */
    public List<String> assumptions() {
        Basis b = basis;
        List<String> out = new ArrayList<>();
        out.add(
                b.instances() == null
                        ? "run cost: monthlyCost " + Numbers.format(monthlyCost)
                        : "run cost: " + b.instances() + " instances at " + Numbers.format(b.instanceMonthly())
                                + " a month each (cost.instanceMonthly)");
        out.add("saving: Rust serves the same load with " + percent(b.gainLow()) + "-" + percent(b.gainHigh())
                + " more throughput per instance (cost.throughputGainLow/High, the guides' HTTP figure), so "
                + percent(1 - 1 / (1 + b.gainLow())) + "-" + percent(1 - 1 / (1 + b.gainHigh())) + " less capacity");
        out.add(
                b.teamSizeAssumed()
                        ? "team: size " + Numbers.format(b.teamSize())
                                + " assumed (cost.defaultTeamSize), as team.size is missing"
                        : "team: size " + Numbers.format(b.teamSize()));
        out.add("onboarding: " + Numbers.format(b.onboardingWeeks()) + " extra weeks per engineer for rustExperience "
                + (b.rustExperience() == null ? "unknown (taken as none)" : b.rustExperience()) + " ("
                + b.weeksThreshold() + "; Rust async takes about a month to learn, Go concurrency a week), at "
                + Numbers.format(b.engineerWeek()) + " per engineer-week (cost.engineerWeek)");
        if (b.rewriteLines() != null) {
            out.add("rewrite: " + Numbers.format(b.rewriteLines()) + " lines of " + b.language()
                    + (b.rewriteLinesAssumed()
                            ? " assumed for a " + b.role() + " service (cost.assumedLines." + b.role()
                                    + "), as codeLines is missing"
                            : " (codeLines)")
                    + ", at " + Numbers.format(b.linesPerWeek())
                    + " lines per engineer-week (cost.rewriteLinesPerWeek)");
        } else {
            out.add("rewrite: none, "
                    + ("undecided".equals(b.language())
                            ? "the service is not written yet"
                            : "rust".equals(b.language())
                                    ? "it is written in Rust"
                                    : "its first milestone replaces it anyway"));
        }
        out.add("payback: the one-off costs over the monthly saving, held against a " + Numbers.format(horizonMonths)
                + "-month horizon at the low saving (cost.paybackHorizonMonths)");
        return out;
    }

    private static String percent(double fraction) {
        return Numbers.percent(fraction, 0) + "%";
    }
}
