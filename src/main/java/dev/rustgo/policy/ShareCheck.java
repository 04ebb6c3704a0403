package dev.rustgo.policy;

import dev.rustgo.criteria.Numbers;
import dev.rustgo.criteria.Threshold;
import dev.rustgo.criteria.Thresholds;
import java.util.List;

/** P-SHARE: Rust candidates and Rust services above the band the guides reserve for Rust. */
final class ShareCheck implements Check {

    @Override
    public List<PolicyRule> rules() {
        return List.of(PolicyRule.RUST_SHARE_ABOVE_BAND);
    }

    @Override
    public void check(Subject subject, Findings findings) {
        Thresholds t = subject.policy().thresholds();
        PolicyEngine.Share share = subject.share();
        if (share.services() < t.get(Threshold.SHARE_MIN_SERVICES) || share.byCount() <= t.get(Threshold.SHARE_HIGH)) {
            return;
        }
        findings.add(
                PolicyRule.RUST_SHARE_ABOVE_BAND,
                null,
                null,
                0,
                0,
                "Rust candidates and Rust services are " + percent(share.byCount()) + " of the portfolio ("
                        + share.rust() + " of " + share.services()
                        + (share.byCost() == null ? "" : "; " + percent(share.byCost()) + " by monthly cost")
                        + "), above the " + percent(t.get(Threshold.SHARE_LOW))
                        + "-" + percent(t.get(Threshold.SHARE_HIGH)) + " band the guides recommend; "
                        + PolicyRule.RUST_SHARE_ABOVE_BAND.fix(),
                null);
    }

    private static String percent(double fraction) {
        return Numbers.percent(fraction, 1) + "%";
    }
}
