package dev.rustgo.policy;

import dev.rustgo.criteria.Thresholds;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the gate applies: the severity of each rule, the scoring thresholds, and the severity that
 * fails the build. Immutable; {@link #defaults} is what a build without a policy file gets.
 */
public record Policy(Map<PolicyRule, Severity> severities, Thresholds thresholds, FailOn failOn) {

    public Policy {
        severities = Map.copyOf(severities);
    }

    public static Policy defaults(FailOn failOn) {
        Map<PolicyRule, Severity> severities = new EnumMap<>(PolicyRule.class);
        for (PolicyRule rule : PolicyRule.values()) {
            severities.put(rule, rule.defaultSeverity());
        }
        return new Policy(severities, Thresholds.defaults(), failOn);
    }

    public Severity severity(PolicyRule rule) {
        return severities.getOrDefault(rule, rule.defaultSeverity());
    }
}
