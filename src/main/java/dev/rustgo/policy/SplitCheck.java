package dev.rustgo.policy;

import dev.rustgo.criteria.Assessment;
import dev.rustgo.model.Experience;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Lifecycle;
import dev.rustgo.model.Service;
import dev.rustgo.model.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * P-SPLIT: a service whose language contradicts a strong verdict either way, unless a recorded
 * decision explains it. Advice speaks of new work: a strong Go fit that runs in Rust, or whose team
 * knows no Go, is information.
 */
final class SplitCheck implements Check {

    @Override
    public List<PolicyRule> rules() {
        return List.of(
                PolicyRule.RUST_CANDIDATE_IN_GO,
                PolicyRule.RUST_CANDIDATE_IN_OTHER_LANGUAGE,
                PolicyRule.GO_FIT_IN_RUST,
                PolicyRule.GO_FIT_RUNNING_IN_RUST,
                PolicyRule.DECISION_RECORDED);
    }

    @Override
    public void check(Subject subject, Findings findings) {
        for (Assessment a : subject.assessments()) {
            check(a, subject.today(), findings);
        }
    }

    private static void check(Assessment a, LocalDate today, Findings findings) {
        Service s = a.service();
        PolicyRule rule = null;
        if (a.verdict() == Verdict.RUST && s.language() == Language.GO) {
            rule = PolicyRule.RUST_CANDIDATE_IN_GO;
        } else if (a.verdict() == Verdict.RUST && s.language() != Language.RUST && s.language() != Language.UNDECIDED) {
            rule = PolicyRule.RUST_CANDIDATE_IN_OTHER_LANGUAGE;
        } else if (s.language() == Language.RUST && a.strongGoFit()) {
            boolean running = s.lifecycle() == Lifecycle.PRODUCTION || s.lifecycle() == Lifecycle.DEPRECATED;
            rule = running || s.goExperience() == Experience.NONE
                    ? PolicyRule.GO_FIT_RUNNING_IN_RUST
                    : PolicyRule.GO_FIT_IN_RUST;
        }
        if (rule == null) {
            return;
        }
        LocalDate expires = s.decisionExpires();
        if (s.decisionLanguage() != null && (expires == null || !today.isAfter(expires))) {
            findings.add(
                    PolicyRule.DECISION_RECORDED,
                    s,
                    s.position(Field.DECISION_LANGUAGE),
                    s.name()
                            + " has verdict " + a.verdict().id() + " and language "
                            + s.language().id()
                            + "; decision recorded: " + s.decisionLanguage().id() + decisionDetails(s)
                            + (expires == null ? "" : ", until " + expires));
            return;
        }
        if (rule == PolicyRule.GO_FIT_RUNNING_IN_RUST) {
            String why = s.lifecycle() == Lifecycle.PRODUCTION
                    ? "runs in rust in production"
                    : s.lifecycle() == Lifecycle.DEPRECATED
                            ? "runs in rust and is being retired"
                            : "is written in rust by a team with no Go experience";
            findings.add(
                    rule,
                    s,
                    s.position(Field.LANGUAGE),
                    s.name() + " is a strong Go fit (" + reasons(a) + ") and " + why + "; no rewrite is advised: "
                            + rule.fix());
            return;
        }
        String verdictWords = a.verdict() == Verdict.RUST ? "a Rust candidate" : "a strong Go fit";
        findings.add(
                rule,
                s,
                s.position(Field.LANGUAGE),
                s.name() + " is " + verdictWords + " (" + reasons(a) + ") but is written in "
                        + s.language().id() + "; " + rule.fix());
    }

    private static String reasons(Assessment a) {
        return a.topReasons(3).stream()
                .map(r -> r.criterion().id() + " " + r.evidence())
                .collect(Collectors.joining(", "));
    }

    /** ", docs/adr/7.md, decided 2026-10-01": the record and the day, where the decision gives them. */
    static String decisionDetails(Service s) {
        StringBuilder b = new StringBuilder();
        if (s.decisionRecord() != null) {
            b.append(", ").append(s.decisionRecord());
        }
        if (s.decisionDecided() != null) {
            b.append(", decided ").append(s.decisionDecided());
        }
        return b.toString();
    }
}
