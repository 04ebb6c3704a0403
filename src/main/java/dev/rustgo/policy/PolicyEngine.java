package dev.rustgo.policy;

import dev.rustgo.criteria.Assessment;
import dev.rustgo.criteria.Numbers;
import dev.rustgo.criteria.Threshold;
import dev.rustgo.criteria.Thresholds;
import dev.rustgo.load.Notice;
import dev.rustgo.load.Problem;
import dev.rustgo.model.Field;
import dev.rustgo.model.Experience;
import dev.rustgo.model.Language;
import dev.rustgo.model.Lifecycle;
import dev.rustgo.model.Portfolio;
import dev.rustgo.model.Position;
import dev.rustgo.model.Service;
import dev.rustgo.model.Verdict;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

    /** A finding a waiver suppressed, and the waiver. */
    public record Waived(Finding finding, Waiver waiver) {}

    /** The findings that count, and those a waiver suppressed. */
    public record Evaluation(List<Finding> findings, List<Waived> waived) {}

    public Evaluation evaluate(Portfolio portfolio, List<Assessment> assessments, List<Notice> notices) {
        List<Finding> findings = new ArrayList<>();
        for (Assessment a : assessments) {
            split(a, findings);
            decision(a.service(), findings);
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
            // One per name; the message names only the two services, so it is the identity (and keeps
            // the fingerprints baselines written before 'about' existed hold).
            String message = d.from().name() + " depends on '" + d.target() + "', which is not in the portfolio";
            add(findings, PolicyRule.UNKNOWN_DEPENDENCY, d.from().name(), d.from().file(),
                    d.from().position(Field.DEPENDS_ON).line(), d.from().position(Field.DEPENDS_ON).column(), message,
                    message);
        }
        for (Notice notice : notices) {
            Problem where = notice.where();
            add(findings, PolicyRule.byId(notice.rule()), notice.service(), where.file(), where.line(), where.column(),
                    where.message(), notice.about());
        }
        List<Waived> waived = waive(findings);
        findings.sort(Finding.ORDER);
        return new Evaluation(List.copyOf(findings), List.copyOf(waived));
    }

    /**
     * Takes the findings active waivers cover out of {@code findings}; adds a finding for each
     * expired, soon expiring, or unused waiver.
     */
    private List<Waived> waive(List<Finding> findings) {
        List<Waived> waived = new ArrayList<>();
        java.util.Set<Waiver> used = new java.util.HashSet<>();
        for (java.util.Iterator<Finding> it = findings.iterator(); it.hasNext();) {
            Finding f = it.next();
            for (Waiver w : policy.waivers()) {
                if (w.activeOn(today) && w.matches(f)) {
                    waived.add(new Waived(f, w));
                    used.add(w);
                    it.remove();
                    break;
                }
            }
        }
        for (Waiver w : policy.waivers()) {
            String what = "the waiver of " + w.rule().id() + " for " + w.service() + " (owner " + w.owner() + ")";
            String about = w.rule().id() + " " + w.service();
            if (!w.activeOn(today)) {
                add(findings, PolicyRule.WAIVER_EXPIRED, null, w.file(), w.position().line(), w.position().column(),
                        what + " expired on " + w.expires() + "; it no longer suppresses anything", about);
            } else {
                if (expiresSoon(w.expires())) {
                    add(findings, PolicyRule.WAIVER_EXPIRING, null, w.file(), w.position().line(),
                            w.position().column(), what + " expires on " + w.expires() + ", in "
                                    + ChronoUnit.DAYS.between(today, w.expires()) + " days", about);
                }
                if (!used.contains(w)) {
                    add(findings, PolicyRule.WAIVER_UNUSED, null, w.file(), w.position().line(),
                            w.position().column(), what + " covers nothing reported any more", about);
                }
            }
        }
        waived.sort(java.util.Comparator.comparing(Waived::finding, Finding.ORDER));
        return waived;
    }

    private boolean expiresSoon(LocalDate expires) {
        long days = ChronoUnit.DAYS.between(today, expires);
        return days >= 0 && days <= policy.thresholds().get(Threshold.EXPIRY_WARN_DAYS);
    }

    /** An expired decision, and one that expires soon, are findings whatever the verdict. */
    private void decision(Service s, List<Finding> findings) {
        LocalDate expires = s.decisionExpires();
        if (s.decisionLanguage() == null || expires == null) {
            return;
        }
        if (today.isAfter(expires)) {
            add(findings, PolicyRule.DECISION_EXPIRED, s, s.position(Field.DECISION_EXPIRES), "the decision on "
                    + s.name() + " (" + s.decisionLanguage().id() + decisionDetails(s) + ") expired on " + expires
                    + "; it no longer counts");
        } else if (expiresSoon(expires)) {
            add(findings, PolicyRule.DECISION_EXPIRING, s, s.position(Field.DECISION_EXPIRES), "the decision on "
                    + s.name() + " (" + s.decisionLanguage().id() + decisionDetails(s) + ") expires on " + expires
                    + ", in " + ChronoUnit.DAYS.between(today, expires) + " days");
        }
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
        if (a.verdict() == Verdict.RUST && s.language() == Language.GO) {
            rule = PolicyRule.RUST_CANDIDATE_IN_GO;
        } else if (a.verdict() == Verdict.RUST && s.language() != Language.RUST && s.language() != Language.UNDECIDED) {
            rule = PolicyRule.RUST_CANDIDATE_IN_OTHER_LANGUAGE;
        } else if (s.language() == Language.RUST && a.strongGoFit()) {
            // Advice speaks of new work: a working service, or one whose team knows no Go, is information.
            boolean running = s.lifecycle() == Lifecycle.PRODUCTION || s.lifecycle() == Lifecycle.DEPRECATED;
            rule = running || s.goExperience() == Experience.NONE ? PolicyRule.GO_FIT_RUNNING_IN_RUST
                    : PolicyRule.GO_FIT_IN_RUST;
        }
        if (rule == null) {
            return;
        }
        LocalDate expires = s.decisionExpires();
        if (s.decisionLanguage() != null && (expires == null || !today.isAfter(expires))) {
            add(findings, PolicyRule.DECISION_RECORDED, s, s.position(Field.DECISION_LANGUAGE), s.name()
                    + " has verdict " + a.verdict().id() + " and language " + s.language().id()
                    + "; decision recorded: " + s.decisionLanguage().id() + decisionDetails(s)
                    + (expires == null ? "" : ", until " + expires));
            return;
        }
        if (rule == PolicyRule.GO_FIT_RUNNING_IN_RUST) {
            String why = s.lifecycle() == Lifecycle.PRODUCTION ? "runs in rust in production"
                    : s.lifecycle() == Lifecycle.DEPRECATED ? "runs in rust and is being retired"
                    : "is written in rust by a team with no Go experience";
            add(findings, rule, s, s.position(Field.LANGUAGE), s.name() + " is a strong Go fit (" + reasons(a)
                    + ") and " + why + "; no rewrite is advised: " + rule.fix());
            return;
        }
        String verdictWords = a.verdict() == Verdict.RUST ? "a Rust candidate" : "a strong Go fit";
        add(findings, rule, s, s.position(Field.LANGUAGE), s.name() + " is " + verdictWords + " ("
                + reasons(a) + ") but is written in " + s.language().id() + "; " + rule.fix());
    }

    /**
     * A Rust candidate whose team has no Rust experience, or whose experience is not recorded: the
     * cost model then assumes none, so the readiness rule does too.
     */
    private void readiness(Assessment a, List<Finding> findings) {
        Service s = a.service();
        Experience rust = s.rustExperience();
        if (a.verdict() == Verdict.RUST && s.language() != Language.RUST && (rust == null || rust == Experience.NONE)) {
            String cost = a.cost() == null ? "" : " (onboarding about " + Numbers.format(a.cost().onboardingCost())
                    + "; the move " + a.cost().summary() + ")";
            String team = rust == null ? "its team's Rust experience is not recorded, so it is taken as none"
                    : "its team has no Rust experience";
            add(findings, PolicyRule.RUST_WITHOUT_EXPERIENCE, s, s.position(rust == null ? Field.NAME
                    : Field.RUST_EXPERIENCE), s.name() + " is a Rust candidate but " + team + cost + "; "
                    + (rust == null ? "record team.rustExperience, or " : "") + PolicyRule.RUST_WITHOUT_EXPERIENCE.fix());
        }
    }

    private void share(Share share, List<Finding> findings) {
        Thresholds t = policy.thresholds();
        if (share.services() < t.get(Threshold.SHARE_MIN_SERVICES) || share.byCount() <= t.get(Threshold.SHARE_HIGH)) {
            return;
        }
        add(findings, PolicyRule.RUST_SHARE_ABOVE_BAND, null, null, 0, 0,
                "Rust candidates and Rust services are " + percent(share.byCount()) + " of the portfolio ("
                        + share.rust() + " of " + share.services()
                        + (share.byCost() == null ? "" : "; " + percent(share.byCost()) + " by monthly cost")
                        + "), above the " + percent(t.get(Threshold.SHARE_LOW))
                        + "-" + percent(t.get(Threshold.SHARE_HIGH)) + " band the guides recommend; "
                        + PolicyRule.RUST_SHARE_ABOVE_BAND.fix(), null);
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
        add(findings, rule, s.name(), s.file(), at.line(), at.column(), message, null);
    }

    /**
     * Adds a finding of the rule, at the policy's severity, unless the policy turns the rule off;
     * {@code about} is what it is about beyond the service or file ({@link Finding#about}).
     */
    private void add(List<Finding> findings, PolicyRule rule, String service, String file, int line, int column,
            String message, String about) {
        if (!policy.isOff(rule)) {
            findings.add(new Finding(rule.id(), policy.severity(rule), rule.criterion(), service, file, line, column,
                    message, about));
        }
    }

}
