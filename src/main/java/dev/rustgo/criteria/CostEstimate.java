package dev.rustgo.criteria;

import java.util.List;

/**
 * What moving a Rust candidate to Rust may save against what it costs the owning team to learn,
 * with every assumption written out. Money is in the portfolio's one currency, per month.
 *
 * @param monthlyCost the run cost the estimate starts from
 * @param savingLow the monthly saving at the low end of the guides' efficiency range
 * @param savingHigh the monthly saving at the high end
 * @param onboardingCost the one-off cost of the team's extra learning time
 * @param paybackMonthsLow months until the saving pays for the onboarding, at the high saving
 * @param paybackMonthsHigh the same at the low saving
 * @param assumptions each assumption, in words, with the threshold that sets it
 */
public record CostEstimate(double monthlyCost, double savingLow, double savingHigh, double onboardingCost,
        double paybackMonthsLow, double paybackMonthsHigh, List<String> assumptions) {

    public CostEstimate {
        assumptions = List.copyOf(assumptions);
    }

    /** "saves 7000-12000 a month against 45000 of onboarding: pays back in 3.8-6.4 months". */
    public String summary() {
        return "saves " + Numbers.format(savingLow) + "-" + Numbers.format(savingHigh) + " a month against "
                + Numbers.format(onboardingCost) + " of onboarding"
                + (onboardingCost == 0 ? "" : ": pays back in " + Numbers.format(paybackMonthsLow) + "-"
                        + Numbers.format(paybackMonthsHigh) + " months");
    }
}
