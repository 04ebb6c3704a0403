package dev.rustgo.policy;

import dev.rustgo.criteria.Assessment;
import dev.rustgo.model.Field;
import dev.rustgo.model.Service;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** P-SPLIT: a recorded decision that has expired, or expires soon, whatever the verdict. */
final class DecisionExpiryCheck implements Check {

    @Override
    public List<PolicyRule> rules() {
        return List.of(PolicyRule.DECISION_EXPIRED, PolicyRule.DECISION_EXPIRING);
    }

    @Override
    public void check(Subject subject, Findings findings) {
        for (Assessment a : subject.assessments()) {
            Service s = a.service();
            LocalDate expires = s.decisionExpires();
            if (s.decisionLanguage() == null || expires == null) {
                continue;
            }
            String decision = "the decision on " + s.name() + " ("
                    + s.decisionLanguage().id() + SplitCheck.decisionDetails(s) + ")";
            if (subject.today().isAfter(expires)) {
                findings.add(
                        PolicyRule.DECISION_EXPIRED,
                        s,
                        s.position(Field.DECISION_EXPIRES),
                        decision + " expired on " + expires + "; it no longer counts");
            } else if (subject.expiresSoon(expires)) {
                findings.add(
                        PolicyRule.DECISION_EXPIRING,
                        s,
                        s.position(Field.DECISION_EXPIRES),
                        decision
                                + " expires on " + expires + ", in " + ChronoUnit.DAYS.between(subject.today(), expires)
                                + " days");
            }
        }
    }
}
