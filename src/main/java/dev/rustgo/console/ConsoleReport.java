package dev.rustgo.console;

import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Rollups;
import dev.rustgo.compare.Comparison;
import dev.rustgo.criteria.Assessment;
import dev.rustgo.criteria.Criterion;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.diagnostics.ProjectPaths;
import dev.rustgo.model.Field;
import dev.rustgo.model.Verdict;
import dev.rustgo.policy.Baseline;
import dev.rustgo.policy.Finding;
import dev.rustgo.policy.PolicyEngine;
import dev.rustgo.policy.Severity;
import dev.rustgo.report.JsonReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The audit as a person reads it in a build log: one line per service (name, language, verdict,
 * confidence, what to do, top reasons), then the findings, each at the level it deserves (ERROR
 * only when it fails the build), then the input problems, then one summary line.
 */
public final class ConsoleReport {

    /** Log levels, as the front end maps them. */
    public enum Level {
        DEBUG,
        INFO,
        WARNING,
        ERROR
    }

    /** One line of the log. */
    public record Line(Level level, String text) {}

    private ConsoleReport() {}

    /**
     * Up to this many services, the log lists every one. A larger portfolio lists only the services
     * that need a look: a verdict other than {@code go}, or a finding; the others are counted in
     * one line, listed at DEBUG ({@code -X}), and all are in {@code audit.json}.
     */
    public static final int LIST_EVERY_SERVICE_UP_TO = 100;

    /** The lines of the log, as a person reads them; services past the listing limit are left out. */
    public static List<Line> lines(AuditResult result, Path baseDirectory) {
        return lines(result, baseDirectory, false);
    }

    /**
     * @param debug whether DEBUG lines are logged: then a large portfolio's plainly-Go services are
     *     listed too, at DEBUG
     */
    public static List<Line> lines(AuditResult result, Path baseDirectory, boolean debug) {
        List<Line> lines = new ArrayList<>();
        for (String note : result.load().notes()) {
            lines.add(new Line(Level.DEBUG, note));
        }
        services(result, debug, lines);
        findings(result, lines);
        for (Problem p : result.load().problems()) {
            lines.add(new Line(Level.ERROR, p.toString()));
        }
        String inferred = inferred(result);
        if (inferred != null) {
            lines.add(new Line(Level.INFO, inferred));
        }
        for (String line : owners(result)) {
            lines.add(new Line(Level.INFO, line));
        }
        if (result.comparison() != null) {
            for (Problem p : result.comparison().unread()) {
                lines.add(new Line(Level.WARNING, p.toString()));
            }
            lines.add(new Line(Level.INFO, change(result)));
        }
        lines.add(new Line(Level.INFO, summary(result, baseDirectory)));
        return lines;
    }

    /** The table of services: every one in a small portfolio, those that need a look in a large one. */
    private static void services(AuditResult result, boolean debug, List<Line> lines) {
        List<Assessment> assessments = result.assessments();
        boolean everyService = assessments.size() <= LIST_EVERY_SERVICE_UP_TO;
        Set<String> withFindings = new HashSet<>();
        for (Finding f : result.findings()) {
            withFindings.add(f.service());
        }
        List<Assessment> listed = new ArrayList<>();
        List<Assessment> quiet = new ArrayList<>();
        for (Assessment a : assessments) {
            boolean attention = a.verdict() != Verdict.GO
                    || withFindings.contains(a.service().name());
            (everyService || attention ? listed : quiet).add(a);
        }
        List<Assessment> widest = debug ? assessments : listed;
        int nameWidth = Math.max(
                7,
                widest.stream().mapToInt(a -> a.service().name().length()).max().orElse(0));
        int actionWidth = Math.max(
                6, widest.stream().mapToInt(a -> a.action().id().length()).max().orElse(0));
        if (!listed.isEmpty() || (debug && !quiet.isEmpty())) {
            lines.add(new Line(
                    Level.INFO,
                    row(nameWidth, actionWidth, "SERVICE", "LANGUAGE", "VERDICT", "CONF", "ACTION", "TOP REASONS")));
        }
        for (Assessment a : listed) {
            lines.add(new Line(Level.INFO, serviceLine(nameWidth, actionWidth, a)));
        }
        if (!quiet.isEmpty()) {
            if (debug) {
                for (Assessment a : quiet) {
                    lines.add(new Line(Level.DEBUG, serviceLine(nameWidth, actionWidth, a)));
                }
            }
            lines.add(new Line(
                    Level.INFO,
                    "rustgo: " + plural(quiet.size(), "more service") + " with verdict go and"
                            + " no finding " + (quiet.size() == 1 ? "is" : "are") + " not listed (" + assessments.size()
                            + " services are more than " + LIST_EVERY_SERVICE_UP_TO
                            + "); -X lists them, and audit.json has"
                            + " every service"));
        }
    }

    /** Each finding at its level, then the waived ones and those fixed since the baseline. */
    private static void findings(AuditResult result, List<Line> lines) {
        for (Finding f : result.findings()) {
            if (result.baselined(f)) {
                lines.add(new Line(Level.INFO, f.place() + ": [" + f.rule() + "] (in the baseline) " + f.message()));
                continue;
            }
            Level level = result.fails(f) ? Level.ERROR : f.severity() == Severity.INFO ? Level.INFO : Level.WARNING;
            lines.add(new Line(level, f.place() + ": [" + f.rule() + "] " + f.message()));
        }
        for (PolicyEngine.Waived w : result.waived()) {
            lines.add(new Line(
                    Level.INFO,
                    w.finding().place() + ": [" + w.finding().rule() + "] waived until "
                            + w.waiver().expires() + " (" + w.waiver().owner() + ": "
                            + w.waiver().reason() + ")"));
        }
        for (Baseline.Entry e : result.fixed()) {
            lines.add(new Line(
                    Level.INFO,
                    "fixed since the baseline: [" + e.rule() + "] " + (e.service() == null ? "" : e.service() + ": ")
                            + e.message()));
        }
    }

    private static String serviceLine(int nameWidth, int actionWidth, Assessment a) {
        String reasons = a.topReasons(3).stream()
                .map(r -> r.criterion().id() + " " + r.evidence())
                .collect(Collectors.joining("; "));
        // Confidence is rounded to two places already: this is how "%.2f" shows it.
        String confidence = BigDecimal.valueOf(a.confidence())
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
        return row(
                nameWidth,
                actionWidth,
                a.service().name(),
                a.service().language().id(),
                a.verdict().id(),
                confidence,
                a.action().id(),
                reasons);
    }

    /**
     * A row of the table, padded as {@code "%-Ns  %-9s %-7s %4s  %-Ms  %s"} would pad it, without the
     * formatter: it loads locale data, a noticeable part of a small build's time.
     */
    private static String row(
            int nameWidth,
            int actionWidth,
            String name,
            String language,
            String verdict,
            String confidence,
            String action,
            String reasons) {
        StringBuilder b = new StringBuilder(nameWidth + actionWidth + 26 + reasons.length());
        pad(b.append(name), nameWidth - name.length()).append("  ");
        pad(b.append(language), 9 - language.length()).append(' ');
        pad(b.append(verdict), 7 - verdict.length()).append(' ');
        pad(b, 4 - confidence.length()).append(confidence).append("  ");
        pad(b.append(action), actionWidth - action.length()).append("  ");
        return b.append(reasons).toString();
    }

    private static StringBuilder pad(StringBuilder b, int spaces) {
        for (int i = 0; i < spaces; i++) {
            b.append(' ');
        }
        return b;
    }

    /**
     * How many values the repository gave, of which fields; {@code null} when none. Each one's place
     * is in audit.json, the reports and rustgo:explain.
     */
    static String inferred(AuditResult result) {
        int values = 0;
        int services = 0;
        Set<Field> fields = EnumSet.noneOf(Field.class);
        for (Assessment a : result.assessments()) {
            Map<Field, ?> inferred = a.service().inferred();
            if (!inferred.isEmpty()) {
                values += inferred.size();
                services++;
                fields.addAll(inferred.keySet());
            }
        }
        if (values == 0) {
            return null;
        }
        return "rustgo: " + plural(values, "value") + " of " + plural(services, "service") + " inferred from the"
                + " repository (" + fields.stream().map(Field::key).collect(Collectors.joining(", "))
                + "); rustgo:explain -Drustgo.service=NAME says where each came from, and -Drustgo.infer=false"
                + " reads the descriptors only";
    }

    /** What the change moves, in one line; the reports have the rows. */
    static String change(AuditResult result) {
        Comparison c = result.comparison();
        return String.format(
                Locale.ROOT,
                "rustgo: against %s: Rust share %.1f%% -> %.1f%%; %d added, %d removed; %d verdicts changed; %d new"
                        + " findings, %d fixed%s",
                c.against(),
                c.shareBefore() * 100,
                c.shareAfter() * 100,
                c.added().size(),
                c.removed().size(),
                c.changed().size(),
                c.newFindings().size(),
                c.fixed().size(),
                result.policy().changesOnly() ? " (gate: changes, only new findings count)" : "");
    }

    /** Owners the console lists before it points at the reports for the rest. */
    static final int OWNERS_LISTED = 20;

    /** The portfolio by owner, as a table, when it has more than one owner. */
    static List<String> owners(AuditResult result) {
        List<Rollups.Rollup> rollups = result.owners();
        if (rollups.size() < 2) {
            return List.of();
        }
        int width = 5;
        for (Rollups.Rollup r : rollups.subList(0, Math.min(OWNERS_LISTED, rollups.size()))) {
            width = Math.max(width, name(r).length());
        }
        List<String> lines = new ArrayList<>();
        lines.add(pad(new StringBuilder("OWNER"), width - 5)
                .append("  SERVICES  RUST  GO  REVIEW  SHARE   ERROR  WARNING  INFO  EXPIRING")
                .toString());
        for (Rollups.Rollup r : rollups.subList(0, Math.min(OWNERS_LISTED, rollups.size()))) {
            StringBuilder b = new StringBuilder();
            pad(b.append(name(r)), width - name(r).length());
            column(b, 10, r.services());
            column(b, 6, r.rust());
            column(b, 4, r.go());
            column(b, 8, r.review());
            // Not String.format: the formatter loads locale data, a noticeable part of a small build's time.
            column(
                    b,
                    7,
                    BigDecimal.valueOf(r.share() * 100)
                                    .setScale(1, RoundingMode.HALF_UP)
                                    .toPlainString() + "%");
            column(b, 8, r.errors());
            column(b, 9, r.warnings());
            column(b, 6, r.infos());
            column(b, 10, r.decisionsExpiring() + r.waiversExpiring());
            lines.add(b.toString());
        }
        if (rollups.size() > OWNERS_LISTED) {
            lines.add("rustgo: " + plural(rollups.size() - OWNERS_LISTED, "more owner")
                    + " in audit.json and the Markdown and HTML reports");
        }
        return lines;
    }

    private static String name(Rollups.Rollup r) {
        return r.name() == null ? "(none)" : Problem.oneLine(r.name());
    }

    /** A right-aligned column of {@code width} characters. */
    private static void column(StringBuilder b, int width, Object value) {
        String text = String.valueOf(value);
        pad(b, width - text.length()).append(text);
    }

    /** The closing line: counts by verdict and by severity, the result, and where {@code audit.json} is. */
    public static String summary(AuditResult result, Path baseDirectory) {
        StringBuilder b = new StringBuilder("rustgo: ");
        b.append(plural(result.assessments().size(), "service"))
                .append(" (")
                .append(result.count(Verdict.RUST))
                .append(" rust, ")
                .append(result.count(Verdict.GO))
                .append(" go, ")
                .append(result.count(Verdict.REVIEW))
                .append(" review); findings: ")
                .append(result.count(Severity.ERROR))
                .append(" error, ")
                .append(result.count(Severity.WARNING))
                .append(" warning, ")
                .append(result.count(Severity.INFO))
                .append(" info");
        if (!result.waived().isEmpty()) {
            b.append(", ").append(result.waived().size()).append(" waived");
        }
        if (result.hasBaseline()) {
            long baselined =
                    result.findings().stream().filter(result::baselined).count();
            b.append(", ")
                    .append(baselined)
                    .append(" in the baseline, ")
                    .append(result.fixed().size())
                    .append(" fixed");
        }
        if (result.maxAllowedFindings() > 0) {
            b.append("; ")
                    .append(result.gatedCount())
                    .append(" of ")
                    .append(result.maxAllowedFindings())
                    .append(" allowed");
        }
        if (!result.load().problems().isEmpty()) {
            b.append("; ").append(plural(result.load().problems().size(), "input problem"));
        }
        if (!result.gate().all()) {
            long others =
                    result.findings().stream().filter(f -> !result.counts(f)).count();
            b.append("; gate: ")
                    .append(result.gate().describe())
                    .append(" (")
                    .append(others)
                    .append(" other")
                    .append(others == 1 ? " finding" : " findings")
                    .append(" not counted)");
        }
        b.append("; result: ").append(result.outcome().word());
        // audit.json, whatever other formats were written (the reports are in format-name order, and
        // codequality's file comes before it).
        result.reports().stream()
                .filter(p -> p.getFileName().toString().equals(JsonReport.FILE_NAME))
                .findFirst()
                .ifPresent(p -> b.append("; report: ").append(ProjectPaths.relative(p, baseDirectory)));
        return b.toString();
    }

    /** The one-line message of a build that the policy fails: how many findings, by severity and by rule, and the fix. */
    public static String failure(AuditResult result) {
        Map<String, Integer> byRule = new LinkedHashMap<>();
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        boolean split = false;
        for (Finding f : result.findings()) {
            if (result.fails(f)) {
                byRule.merge(f.rule(), 1, Integer::sum);
                bySeverity.merge(f.severity(), 1, Integer::sum);
                split |= f.criterion() == Criterion.P_SPLIT;
            }
        }
        String rules = byRule.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        String severities = bySeverity.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.reverseOrder()))
                .map(e -> e.getValue() + " " + e.getKey().id())
                .collect(Collectors.joining(", "));
        int n = (int) result.failing();
        String allowed = result.maxAllowedFindings() > 0
                ? ", more than the " + result.maxAllowedFindings() + " rustgo.maxAllowedFindings allows"
                : "";
        String of = result.gate().all() ? "" : " of " + result.gate().describe();
        return "rustgo: " + plural(n, "finding") + of + (n == 1 ? " fails" : " fail") + " the build" + allowed + " ("
                + severities + ": " + rules + "); "
                + (n == 1 ? "fix it as the line above says" : "fix them as the lines above say")
                + (split ? ", or record a decision in spec.decision" : "")
                + " (rustgo.failOn sets the gate)";
    }

    /** The one-line message of a build whose input is bad. */
    public static String badInput(AuditResult result) {
        List<Problem> problems = result.load().problems();
        return "rustgo: " + plural(problems.size(), "problem") + " in "
                + plural(result.load().failedFiles().size(), "descriptor file") + " (first: " + problems.get(0)
                + "); fix them and run again";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
