package dev.rustgo.policy;

import dev.rustgo.criteria.Criterion;
import java.util.Comparator;

/**
 * What the policy says about a service or the portfolio: the rule that raised it, its severity,
 * the criterion behind it (if any), and where to look. Portfolio-wide findings have no service and
 * no file.
 */
public record Finding(String rule, Severity severity, Criterion criterion, String service, String file, int line,
        int column, String message) {

    /** Most severe first, then by place, so reports read the same on every run. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity).reversed()
            .thenComparing(f -> f.file() == null ? "" : f.file())
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.service() == null ? "" : f.service())
            .thenComparing(Finding::message);

    /** {@code services/a.yaml:7} or, for the portfolio, {@code portfolio}. */
    public String place() {
        return file == null ? "portfolio" : file + ":" + line + ":" + column;
    }
}
