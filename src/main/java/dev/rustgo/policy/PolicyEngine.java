package dev.rustgo.policy;

import dev.rustgo.criteria.Assessment;
import dev.rustgo.criteria.Numbers;
import dev.rustgo.diagnostics.Notice;
import dev.rustgo.model.Language;
import dev.rustgo.model.Portfolio;
import dev.rustgo.model.Verdict;
import java.time.LocalDate;
import java.util.List;

/**
 * Turns assessments and the portfolio into findings: each {@link Check} adds the findings of its
 * rules (P-SPLIT, P-READINESS, P-SHARE, reviews, the loader's portfolio rules and notices) at the
 * severities of the {@link Policy}, then the {@link Waivers} take out what they cover.
 */
public final class PolicyEngine {

    /** Every check, each with the rules it raises; together they raise every rule but the waivers'. */
    static final List<Check> CHECKS = List.of(
            new SplitCheck(),
            new DecisionExpiryCheck(),
            new ReadinessCheck(),
            new ReviewCheck(),
            new ShareCheck(),
            new PortfolioCheck(),
            new NoticeCheck());

    /** The portfolio's Rust share: Rust candidates and Rust services together. */
    public record Share(
            int services, int rust, double byCount, double monthlyCost, double rustMonthlyCost, Double byCost) {}

    /** A finding a waiver suppressed, and the waiver. */
    public record Waived(Finding finding, Waiver waiver) {}

    /** The findings that count, and those a waiver suppressed. */
    public record Evaluation(List<Finding> findings, List<Waived> waived) {}

    private final Policy policy;
    private final LocalDate today;

    public PolicyEngine(Policy policy, LocalDate today) {
        this.policy = policy;
        this.today = today;
    }

    public Evaluation evaluate(Portfolio portfolio, List<Assessment> assessments, List<Notice> notices) {
        Subject subject = new Subject(portfolio, assessments, notices, share(assessments), policy, today);
        Findings findings = new Findings(policy);
        for (Check check : CHECKS) {
            check.check(subject, findings);
        }
        List<Waived> waived = Waivers.apply(subject, findings);
        List<Finding> list = findings.list();
        list.sort(Finding.ORDER);
        return new Evaluation(List.copyOf(list), List.copyOf(waived));
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
        return new Share(
                n,
                rust,
                n == 0 ? 0 : Numbers.round((double) rust / n, 4),
                cost,
                rustCost,
                anyCost && cost > 0 ? Numbers.round(rustCost / cost, 4) : null);
    }
}
