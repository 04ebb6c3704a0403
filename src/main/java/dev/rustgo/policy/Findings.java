package dev.rustgo.policy;

import dev.rustgo.model.Position;
import dev.rustgo.model.Service;
import java.util.ArrayList;
import java.util.List;

/** The findings the checks add, each at the policy's severity for its rule; a rule turned off adds none. */
final class Findings {

    private final Policy policy;
    private final List<Finding> list = new ArrayList<>();

    Findings(Policy policy) {
        this.policy = policy;
    }

    /** A finding about a service, at a place of its descriptor. */
    void add(PolicyRule rule, Service s, Position at, String message) {
        add(rule, s.name(), s.file(), at.line(), at.column(), message, null);
    }

    /**
     * A finding of {@code rule}; {@code about} is what it is about beyond the service or file
     * ({@link Finding#about}).
     */
    void add(PolicyRule rule, String service, String file, int line, int column, String message, String about) {
        add(rule, null, service, file, line, column, message, about);
    }

    /** A finding at {@code severity} rather than the policy's for the rule, when it is not {@code null}. */
    void add(
            PolicyRule rule,
            Severity severity,
            String service,
            String file,
            int line,
            int column,
            String message,
            String about) {
        if (!policy.isOff(rule)) {
            list.add(new Finding(
                    rule.id(),
                    severity != null ? severity : policy.severity(rule),
                    rule.criterion(),
                    service,
                    file,
                    line,
                    column,
                    message,
                    about));
        }
    }

    /** What the checks found so far; the waivers take some out. */
    List<Finding> list() {
        return list;
    }
}
