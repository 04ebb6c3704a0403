package dev.rustgo.policy;

import dev.rustgo.criteria.Assessment;
import dev.rustgo.criteria.Numbers;
import dev.rustgo.criteria.Thresholds;
import dev.rustgo.load.Notice;
import dev.rustgo.model.Field;
import dev.rustgo.model.Experience;
import dev.rustgo.model.Language;
import dev.rustgo.model.Portfolio;
import dev.rustgo.model.Position;
import dev.rustgo.model.Service;
import dev.rustgo.model.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns assessments and the portfolio into findings: services whose language contradicts a strong
 * verdict (P-SPLIT), Rust candidates whose team has no Rust experience (P-READINESS), the Rust
 * share against the 5-10% band (P-SHARE), and the loader's portfolio rules (duplicates, dangling
 * references, empty files). Severities come from the {@link Policy}.
 */
public final class PolicyEngine {

    /** The portfolio's Rust share: Rust candidates and Rust services together. */
    public record Share(int services, int rust, double byCount, double monthlyCost, double rustMonthlyCost,
            Double byCost) {}

    private final Policy policy;
    private final LocalDate today;

    public PolicyEngine(Policy policy, LocalDate today) {
        this.policy = policy;
        this.today = today;
    }

    public List<Finding> evaluate(Portfolio portfolio, List<Assessment> assessments, List<Notice> notices) {
        List<Finding> findings = new ArrayList<>();
        for (Assessment a : assessments) {
            split(a, findings);
            readiness(a, findings);
            if (a.verdict() == Verdict.REVIEW) {
                add(findings, PolicyRule.NEEDS_REVIEW, a.service(), a.service().position(Field.ROLE), a.service().name()
                        + " needs a review: " + a.summary() + missingHint(a));
            }
        }
        share(share(assessments), findings);
        for (Portfolio.Duplicate d : portfolio.duplicates()) {
            Service first = d.kept();
            add(findings, PolicyRule.DUPLICATE_SERVICE, d.dropped(), d.dropped().position(Field.NAME),
                    "service name '" + first.name() + "' is already used at " + first.file() + ":"
                            + first.position(Field.NAME).line() + ":" + first.position(Field.NAME).column()
                            + "; names must be unique across the portfolio");
        }
        for (Portfolio.Dangling d : portfolio.dangling()) {
            add(findings, PolicyRule.UNKNOWN_DEPENDENCY, d.from(), d.from().position(Field.DEPENDS_ON),
                    d.from().name() + " depends on '" + d.target() + "', which is not in the portfolio");
        }
        for (Notice notice : notices) {
            PolicyRule rule = PolicyRule.byId(notice.rule());
            Severity severity = policy.severity(rule);
            findings.add(new Finding(rule.id(), severity, rule.criterion(), null, notice.where().file(),
                    notice.where().line(), notice.where().column(), notice.where().message()));
        }
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }

    /** The share of the portfolio that is Rust, or should be. */
    public Share share(List<Assessment> assessments) {
        int rust = 0;
        double cost = 0;
        double rustCost = 0;
        boolean anyCost = false;
        for (Assessment a : assessments) {
            boolean isRust = a.verdict() == Verdict.RUST || a.service().language() == Language.RUST;
            Double monthly = a.service().monthlyCost();
            if (monthly != null) {
                anyCost = true;
                cost += monthly;
                rustCost += isRust ? monthly : 0;
            }
            rust += isRust ? 1 : 0;
        }
        int n = assessments.size();
        return new Share(n, rust, n == 0 ? 0 : Numbers.round((double) rust / n, 4), cost, rustCost,
                anyCost && cost > 0 ? Numbers.round(rustCost / cost, 4) : null);
    }

    private void split(Assessment a, List<Finding> findings) {
        Service s = a.service();
        PolicyRule rule = null;
        Thresholds t = policy.thresholds();
        if (a.verdict() == Verdict.RUST && s.language() == Language.GO) {
            rule = PolicyRule.RUST_CANDIDATE_IN_GO;
        } else if (a.verdict() == Verdict.RUST && s.language() != Language.RUST && s.language() != Language.UNDECIDED) {
            rule = PolicyRule.RUST_CANDIDATE_IN_OTHER_LANGUAGE;
        } else if (a.verdict() == Verdict.GO && s.language() == Language.RUST
                && a.goScore() - a.rustScore() >= t.get("verdict.strongGoMargin")) {
            rule = PolicyRule.GO_FIT_IN_RUST;
        }
        if (rule == null) {
            return;
        }
        if (s.decisionLanguage() != null) {
            LocalDate expires = s.decisionExpires();
            if (expires == null || !today.isAfter(expires)) {
                add(findings, PolicyRule.DECISION_RECORDED, s, s.position(Field.DECISION_LANGUAGE), s.name()
                        + " has verdict " + a.verdict().id() + " and language " + s.language().id()
                        + "; decision recorded: " + s.decisionLanguage().id() + decisionDetails(s));
                return;
            }
            add(findings, PolicyRule.DECISION_EXPIRED, s, s.position(Field.DECISION_EXPIRES), "the decision on "
                    + s.name() + " (" + s.decisionLanguage().id() + decisionDetails(s) + ") expired on " + expires
                    + "; it no longer counts");
        }
        String verdictWords = a.verdict() == Verdict.RUST ? "a Rust candidate" : "a strong Go fit";
        add(findings, rule, s, s.position(Field.LANGUAGE), s.name() + " is " + verdictWords + " ("
                + reasons(a) + ") but is written in " + s.language().id() + "; " + rule.fix());
    }

    private void readiness(Assessment a, List<Finding> findings) {
        Service s = a.service();
        if (a.verdict() == Verdict.RUST && s.language() != Language.RUST && s.rustExperience() == Experience.NONE) {
            String cost = a.cost() == null ? "" : " (onboarding about " + Numbers.format(a.cost().onboardingCost())
                    + "; the move " + a.cost().summary() + ")";
            add(findings, PolicyRule.RUST_WITHOUT_EXPERIENCE, s, s.position(Field.RUST_EXPERIENCE), s.name()
                    + " is a Rust candidate but its team has no Rust experience" + cost + "; "
                    + PolicyRule.RUST_WITHOUT_EXPERIENCE.fix());
        }
    }

    private void share(Share share, List<Finding> findings) {
        Thresholds t = policy.thresholds();
        if (share.services() < t.get("share.minServices") || share.byCount() <= t.get("share.high")) {
            return;
        }
        Severity severity = policy.severity(PolicyRule.RUST_SHARE_ABOVE_BAND);
        findings.add(new Finding(PolicyRule.RUST_SHARE_ABOVE_BAND.id(), severity,
                PolicyRule.RUST_SHARE_ABOVE_BAND.criterion(), null, null, 0, 0,
                "Rust candidates and Rust services are " + percent(share.byCount()) + " of the portfolio ("
                        + share.rust() + " of " + share.services()
                        + (share.byCost() == null ? "" : "; " + percent(share.byCost()) + " by monthly cost")
                        + "), above the " + percent(t.get("share.low"))
                        + "-" + percent(t.get("share.high")) + " band the guides recommend; "
                        + PolicyRule.RUST_SHARE_ABOVE_BAND.fix()));
    }

    private static String percent(double fraction) {
        return Numbers.format(Numbers.round(fraction * 100, 1)) + "%";
    }

    private static String reasons(Assessment a) {
        return a.topReasons(3).stream().map(r -> r.criterion().id() + " " + r.evidence())
                .collect(Collectors.joining(", "));
    }

    private static String missingHint(Assessment a) {
        if (a.missing().isEmpty()) {
            return "";
        }
        return "; missing evidence: " + a.missing().stream().map(Field::key).collect(Collectors.joining(", "));
    }

    private static String decisionDetails(Service s) {
        StringBuilder b = new StringBuilder();
        if (s.decisionRecord() != null) {
            b.append(", ").append(s.decisionRecord());
        }
        if (s.decisionDecided() != null) {
            b.append(", decided ").append(s.decisionDecided());
        }
        return b.toString();
    }

    private void add(List<Finding> findings, PolicyRule rule, Service s, Position at, String message) {
        findings.add(new Finding(rule.id(), policy.severity(rule), rule.criterion(), s.name(), s.file(), at.line(),
                at.column(), message));
    }

}
