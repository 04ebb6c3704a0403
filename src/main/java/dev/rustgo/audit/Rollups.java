package dev.rustgo.audit;

import dev.rustgo.criteria.Assessment;
import dev.rustgo.criteria.Threshold;
import dev.rustgo.model.EntityRef;
import dev.rustgo.model.Language;
import dev.rustgo.model.Service;
import dev.rustgo.model.Verdict;
import dev.rustgo.policy.Finding;
import dev.rustgo.policy.Severity;
import dev.rustgo.policy.Waiver;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.codehaus.plexus.util.SelectorUtils;

/**
 * The portfolio by owner and by system (named as Backstage names references: a native owner written
 * {@code group:default/payments} is {@code payments}): for each, its services and verdicts, its Rust share, its
 * findings by severity, and the decisions and waivers of its services that expire within the
 * policy's warning window ({@code expiry.warnDays}), so a team sees its own part of the audit.
 */
public final class Rollups {

    /** One owner's or system's part: {@code name} is {@code null} for services that name none. */
    public record Rollup(
            String name,
            int services,
            int rust,
            int go,
            int review,
            int inRust,
            double share,
            int errors,
            int warnings,
            int infos,
            int decisionsExpiring,
            int waiversExpiring) {}

    private Rollups() {}

    /** By owner: named owners in name order, then the services without one. */
    public static List<Rollup> byOwner(AuditResult result) {
        return by(result, s -> s.owner() == null ? null : EntityRef.canonical(s.owner(), "group", "default"));
    }

    /** By system: named systems in name order, then the services without one. */
    public static List<Rollup> bySystem(AuditResult result) {
        return by(result, s -> s.system() == null ? null : EntityRef.canonical(s.system(), "system", "default"));
    }

    private static List<Rollup> by(AuditResult result, Function<Service, String> key) {
        Map<String, List<Assessment>> groups = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Assessment a : result.assessments()) {
            groups.computeIfAbsent(key.apply(a.service()), k -> new ArrayList<>())
                    .add(a);
        }
        LocalDate today = result.referenceDate();
        double warnDays = result.policy().thresholds().get(Threshold.EXPIRY_WARN_DAYS);
        // Findings by service once: a portfolio of 10,000 services has a thousand owners and systems.
        Map<String, int[]> bySeverity = findingsByService(result);
        List<Waiver> expiring = expiring(result, today, warnDays);
        List<Rollup> rollups = new ArrayList<>(groups.size());
        groups.forEach(
                (name, assessments) -> rollups.add(rollup(name, assessments, bySeverity, expiring, today, warnDays)));
        return List.copyOf(rollups);
    }

    /** Each service's findings, counted by severity. */
    private static Map<String, int[]> findingsByService(AuditResult result) {
        Map<String, int[]> bySeverity = new HashMap<>();
        for (Finding f : result.findings()) {
            if (f.service() != null) {
                bySeverity
                        .computeIfAbsent(f.service(), k -> new int[3])[
                        f.severity().ordinal()]++;
            }
        }
        return bySeverity;
    }

    /** The waivers of the policy that expire within the warning days. */
    private static List<Waiver> expiring(AuditResult result, LocalDate today, double warnDays) {
        List<Waiver> expiring = new ArrayList<>();
        for (Waiver w : result.policy().waivers()) {
            if (within(today, w.expires(), warnDays)) {
                expiring.add(w);
            }
        }
        return expiring;
    }

    /** One group's roll-up: its verdicts, languages, share, findings, and what expires soon. */
    private static Rollup rollup(
            String name,
            List<Assessment> assessments,
            Map<String, int[]> bySeverity,
            List<Waiver> expiring,
            LocalDate today,
            double warnDays) {
        int rust = 0, go = 0, review = 0, inRust = 0, share = 0, decisions = 0;
        int[] severities = new int[3];
        for (Assessment a : assessments) {
            Service s = a.service();
            rust += a.verdict() == Verdict.RUST ? 1 : 0;
            go += a.verdict() == Verdict.GO ? 1 : 0;
            review += a.verdict() == Verdict.REVIEW ? 1 : 0;
            inRust += s.language() == Language.RUST ? 1 : 0;
            share += a.verdict() == Verdict.RUST || s.language() == Language.RUST ? 1 : 0;
            decisions += s.decisionExpires() != null && within(today, s.decisionExpires(), warnDays) ? 1 : 0;
            int[] counts = bySeverity.get(s.name());
            if (counts != null) {
                for (int i = 0; i < 3; i++) {
                    severities[i] += counts[i];
                }
            }
        }
        int waivers = 0;
        for (Waiver w : expiring) {
            if (assessments.stream()
                    .anyMatch(a -> SelectorUtils.match(w.service(), a.service().name(), true))) {
                waivers++;
            }
        }
        int n = assessments.size();
        return new Rollup(
                name,
                n,
                rust,
                go,
                review,
                inRust,
                n == 0 ? 0 : Math.round(10_000.0 * share / n) / 10_000.0,
                severities[Severity.ERROR.ordinal()],
                severities[Severity.WARNING.ordinal()],
                severities[Severity.INFO.ordinal()],
                decisions,
                waivers);
    }

    /** Whether {@code expires} has passed, or comes within {@code days} of {@code today}. */
    private static boolean within(LocalDate today, LocalDate expires, double days) {
        return ChronoUnit.DAYS.between(today, expires) <= days;
    }
}
