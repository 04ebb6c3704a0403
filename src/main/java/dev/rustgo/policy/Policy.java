package dev.rustgo.policy;

import dev.rustgo.criteria.Thresholds;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the gate applies: the severity of each rule the policy sets (the others keep their default) (rules in {@code off} raise nothing), the
 * scoring thresholds and weights, the waivers, and the severity that fails the build. Immutable;
 * {@link #defaults} is what a build without a policy file gets.
 *
 * @param source where the policy came from, for the log: a file, or "built-in defaults"
 * @param changesOnly {@code gate: changes}: with {@code rustgo.compareTo}, only the findings the change
 *     brought count against the gate (in the spirit of the baseline, with no baseline file to keep)
 */
public record Policy(
        Map<PolicyRule, Severity> severities,
        Set<PolicyRule> off,
        Thresholds thresholds,
        List<Waiver> waivers,
        FailOn failOn,
        String source,
        boolean changesOnly) {

    public Policy {
        severities = Map.copyOf(severities);
        off = Set.copyOf(off);
        waivers = List.copyOf(waivers);
    }

    public Policy(Map<PolicyRule, Severity> severities, Thresholds thresholds, FailOn failOn) {
        this(severities, Set.of(), thresholds, List.of(), failOn, "built-in defaults", false);
    }

    public static Policy defaults(FailOn failOn) {
        return new Policy(Map.of(), Thresholds.defaults(), failOn);
    }

    /** Whether the policy sets the rule's severity, rather than leaving it at its default. */
    public boolean sets(PolicyRule rule) {
        return severities.containsKey(rule);
    }

    /** The severity of the rule's findings; meaningless when the rule is {@link #isOff off}. */
    public Severity severity(PolicyRule rule) {
        return severities.getOrDefault(rule, rule.defaultSeverity());
    }

    public boolean isOff(PolicyRule rule) {
        return off.contains(rule);
    }
}
