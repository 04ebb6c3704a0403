package dev.rustgo.policy;

import dev.rustgo.criteria.Assessment;
import dev.rustgo.criteria.Numbers;
import dev.rustgo.model.Experience;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Service;
import dev.rustgo.model.Verdict;
import java.util.List;

/**
 * P-READINESS: a Rust candidate whose team has no Rust experience, or none recorded: the cost model
 * then assumes none, so this check does too.
 */
final class ReadinessCheck implements Check {

    @Override
    public List<PolicyRule> rules() {
        return List.of(PolicyRule.RUST_WITHOUT_EXPERIENCE);
    }

    @Override
    public void check(Subject subject, Findings findings) {
        for (Assessment a : subject.assessments()) {
            Service s = a.service();
            Experience rust = s.rustExperience();
            if (a.verdict() != Verdict.RUST
                    || s.language() == Language.RUST
                    || (rust != null && rust != Experience.NONE)) {
                continue;
            }
            String cost = a.cost() == null
                    ? ""
                    : " (onboarding about " + Numbers.format(a.cost().onboardingCost()) + "; the move "
                            + a.cost().summary() + ")";
            String team = rust == null
                    ? "its team's Rust experience is not recorded, so it is taken as none"
                    : "its team has no Rust experience";
            findings.add(
                    PolicyRule.RUST_WITHOUT_EXPERIENCE,
                    s,
                    s.position(rust == null ? Field.NAME : Field.RUST_EXPERIENCE),
                    s.name() + " is a Rust candidate but " + team + cost + "; "
                            + (rust == null ? "record team.rustExperience, or " : "")
                            + PolicyRule.RUST_WITHOUT_EXPERIENCE.fix());
        }
    }
}
