package dev.rustgo.policy;

import java.util.List;

/**
 * One check of the policy gate, in the shape of maven-enforcer's rules: it reads the audit and adds
 * the findings of its rules, at the severity the policy gives them. {@link PolicyEngine} runs them
 * all, then the waivers.
 */
interface Check {

    /** The rules whose findings this check adds. */
    List<PolicyRule> rules();

    void check(Subject subject, Findings findings);
}
