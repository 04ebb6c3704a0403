package dev.rustgo.policy;

import dev.rustgo.criteria.Assessment;
import dev.rustgo.criteria.Threshold;
import dev.rustgo.diagnostics.Notice;
import dev.rustgo.model.Portfolio;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What the checks read: the portfolio, its assessments, the loader's notices, the share, the policy
 * and the day the gate is applied on.
 */
record Subject(
        Portfolio portfolio,
        List<Assessment> assessments,
        List<Notice> notices,
        PolicyEngine.Share share,
        Policy policy,
        LocalDate today) {

    /** Whether {@code expires} is today or within {@code expiry.warnDays} of it. */
    boolean expiresSoon(LocalDate expires) {
        long days = ChronoUnit.DAYS.between(today, expires);
        return days >= 0 && days <= policy.thresholds().get(Threshold.EXPIRY_WARN_DAYS);
    }
}
