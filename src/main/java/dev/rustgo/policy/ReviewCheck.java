package dev.rustgo.policy;

import dev.rustgo.criteria.Assessment;
import dev.rustgo.model.Field;
import dev.rustgo.model.Verdict;
import java.util.List;
import java.util.stream.Collectors;

/** A {@code review} verdict, with why and the evidence that is missing. */
final class ReviewCheck implements Check {

    @Override
    public List<PolicyRule> rules() {
        return List.of(PolicyRule.NEEDS_REVIEW);
    }

    @Override
    public void check(Subject subject, Findings findings) {
        for (Assessment a : subject.assessments()) {
            if (a.verdict() == Verdict.REVIEW) {
                findings.add(
                        PolicyRule.NEEDS_REVIEW,
                        a.service(),
                        a.service().position(Field.ROLE),
                        a.service().name() + " needs a review: " + a.summary() + missingHint(a));
            }
        }
    }

    private static String missingHint(Assessment a) {
        if (a.missing().isEmpty()) {
            return "";
        }
        return "; missing evidence: " + a.missing().stream().map(Field::key).collect(Collectors.joining(", "));
    }
}
