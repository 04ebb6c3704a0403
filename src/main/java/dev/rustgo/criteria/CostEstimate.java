package dev.rustgo.criteria;

import java.util.List;

/**
 * What a move to Rust would save against what it would cost, with every assumption written out.
 * Money is in the portfolio's one currency.
 *
 * @param monthlyCost the run cost a month the estimate starts from
 * @param savingLow the monthly saving at the low end of the guides' efficiency range
 * @param savingHigh the monthly saving at the high end
 * @param onboardingCost the one-off cost of the team's extra learning time
 * @param rewriteCost the one-off cost of rewriting the existing code (0 for a new service, a
 *     service already in Rust, or one whose first milestone is a replacement anyway)
 * @param paybackMonthsLow months until the savings pay the one-off costs, at the high saving
 * @param paybackMonthsHigh the same at the low saving; {@code null} when nothing is saved
 * @param horizonMonths the horizon the payback is held against ({@code cost.paybackHorizonMonths})
 * @param assumptions each assumption, in words, with the threshold that sets it
 */
public record CostEstimate(double monthlyCost, double savingLow, double savingHigh, double onboardingCost,
        double rewriteCost, Double paybackMonthsLow, Double paybackMonthsHigh, double horizonMonths,
        List<String> assumptions) {

    public CostEstimate {
        assumptions = List.copyOf(assumptions);
    }

    /** Whether the move pays for itself within the horizon even at the low saving. */
    public boolean paysBack() {
        return paybackMonthsHigh != null && paybackMonthsHigh <= horizonMonths;
    }

    /**
     * "saves 7000-12000 a month against 45000 of onboarding and 30000 of rewrite: pays back in
     * 6.3-10.8 months, within the 12-month horizon".
     */
    public String summary() {
        double oneOff = onboardingCost + rewriteCost;
        String costs = oneOff == 0 ? "no one-off cost"
                : Numbers.format(onboardingCost) + " of onboarding" + (rewriteCost == 0 ? ""
                        : " and " + Numbers.format(rewriteCost) + " of rewrite");
        String payback = oneOff == 0 ? ": pays back at once"
                : paybackMonthsHigh == null ? ": never pays back"
                : ": pays back in " + Numbers.format(paybackMonthsLow) + "-" + Numbers.format(paybackMonthsHigh)
                        + " months";
        return "saves " + Numbers.format(savingLow) + "-" + Numbers.format(savingHigh) + " a month against " + costs
                + payback + ", " + (paysBack() ? "within" : "beyond") + " the " + Numbers.format(horizonMonths)
                + "-month horizon";
    }
}
