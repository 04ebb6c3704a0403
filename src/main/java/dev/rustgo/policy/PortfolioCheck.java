package dev.rustgo.policy;

import dev.rustgo.model.Field;
import dev.rustgo.model.Portfolio;
import dev.rustgo.model.Position;
import dev.rustgo.model.Service;
import java.util.List;

/** The loader's portfolio rules: names unique across the portfolio, dependencies that name a service. */
final class PortfolioCheck implements Check {

    @Override
    public List<PolicyRule> rules() {
        return List.of(PolicyRule.DUPLICATE_SERVICE, PolicyRule.UNKNOWN_DEPENDENCY);
    }

    @Override
    public void check(Subject subject, Findings findings) {
        for (Portfolio.Duplicate d : subject.portfolio().duplicates()) {
            Service first = d.kept();
            Position at = first.position(Field.NAME);
            findings.add(
                    PolicyRule.DUPLICATE_SERVICE,
                    d.dropped(),
                    d.dropped().position(Field.NAME),
                    "service name '" + first.name() + "' is already used at " + first.file() + ":" + at.line() + ":"
                            + at.column() + "; names must be unique across the portfolio");
        }
        for (Portfolio.Dangling d : subject.portfolio().dangling()) {
            // One per name; the message names only the two services, so it is the identity (and keeps
            // the fingerprints baselines written before 'about' existed hold).
            String message = d.from().name() + " depends on '" + d.target() + "', which is not in the portfolio";
            Position at = d.from().position(Field.DEPENDS_ON);
            findings.add(
                    PolicyRule.UNKNOWN_DEPENDENCY,
                    d.from().name(),
                    d.from().file(),
                    at.line(),
                    at.column(),
                    message,
                    message);
        }
    }
}
