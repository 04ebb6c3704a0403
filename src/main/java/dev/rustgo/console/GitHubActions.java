package dev.rustgo.console;

import dev.rustgo.audit.AuditResult;
import dev.rustgo.compare.Comparison;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.policy.Finding;
import dev.rustgo.policy.Severity;
import dev.rustgo.report.MarkdownReport;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}) that put each
 * finding on the pull request's diff, escaped as the runner requires. Failing findings are
 * errors, other warnings and errors are warnings, information is a notice.
 *
 * <p>GitHub shows at most 10 error, 10 warning and 10 notice annotations of a step (and 50 of a job)
 * and drops the rest without a word. So at most {@link #PER_LEVEL} of each level are printed: descriptors
 * that could not be read first, then, when the audit is compared ({@code rustgo.compareTo}), the
 * findings the change brought, then the others in report order; and when any were left out, one
 * notice (in the last notice's place) says how many.
 */
public final class GitHubActions {

    /** The annotations of one level GitHub shows for a step. */
    public static final int PER_LEVEL = 10;

    private GitHubActions() {}

    /** Appends the Markdown summary to the job summary file ({@code $GITHUB_STEP_SUMMARY}). */
    public static void appendStepSummary(AuditResult result, Path summary) throws IOException {
        StringWriter markdown = new StringWriter();
        new MarkdownReport().write(result, markdown);
        Files.writeString(
                summary, markdown + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The annotation lines, at most {@link #PER_LEVEL} of each level, and the note of those left out. */
    public static List<String> annotations(AuditResult result) {
        Map<String, List<String>> byLevel = new LinkedHashMap<>();
        for (String level : List.of("error", "warning", "notice")) {
            byLevel.put(level, new ArrayList<>());
        }
        for (Problem p : result.load().problems()) {
            byLevel.get("error")
                    .add(command("error", p.file(), p.line(), p.column(), "rustgo: invalid input", p.message()));
        }
        Comparison comparison = result.comparison();
        List<Finding> findings = new ArrayList<>();
        List<Finding> old = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (result.baselined(f)) {
                continue;
            }
            (comparison == null || comparison.isNew(f.fingerprint()) ? findings : old).add(f);
        }
        findings.addAll(old);
        for (Finding f : findings) {
            String level = result.fails(f) ? "error" : f.severity() == Severity.INFO ? "notice" : "warning";
            byLevel.get(level).add(command(level, f.file(), f.line(), f.column(), "rustgo: " + f.rule(), f.message()));
        }

        boolean over = byLevel.values().stream().anyMatch(lines -> lines.size() > PER_LEVEL);
        List<String> lines = new ArrayList<>();
        Map<String, Integer> leftOut = new LinkedHashMap<>();
        int total = 0;
        for (Map.Entry<String, List<String>> level : byLevel.entrySet()) {
            List<String> all = level.getValue();
            // The note of what was left out is a notice too: it takes the last notice's place.
            int cap = over && level.getKey().equals("notice") ? PER_LEVEL - 1 : PER_LEVEL;
            lines.addAll(all.subList(0, Math.min(cap, all.size())));
            leftOut.put(level.getKey(), Math.max(0, all.size() - cap));
            total += all.size();
        }
        if (over) {
            lines.add(leftOutNote(leftOut, total, comparison != null));
        }
        return lines;
    }

    /**
     * The one notice that says how many annotations GitHub would not have shown: {@code 14 of 34
     * annotations were left out (3 errors, 11 warnings): ...}.
     */
    private static String leftOutNote(Map<String, Integer> leftOut, int total, boolean compared) {
        int count = leftOut.values().stream().mapToInt(Integer::intValue).sum();
        List<String> parts = new ArrayList<>();
        leftOut.forEach((level, n) -> {
            if (n > 0) {
                parts.add(n + " " + level + (n == 1 ? "" : "s"));
            }
        });
        return command(
                "notice",
                null,
                0,
                0,
                "rustgo: annotations left out",
                count + " of " + total + " annotations were left out (" + String.join(", ", parts)
                        + "): GitHub shows " + PER_LEVEL + " errors, " + PER_LEVEL + " warnings and " + PER_LEVEL
                        + " notices a step" + (compared ? "; the change's new findings came first" : "")
                        + ". The build log and audit.json have every finding.");
    }

    private static String command(String level, String file, int line, int column, String title, String message) {
        StringBuilder b = new StringBuilder("::").append(level).append(' ');
        if (file != null) {
            b.append("file=")
                    .append(property(file))
                    .append(",line=")
                    .append(line)
                    .append(",col=")
                    .append(column)
                    .append(',');
        }
        b.append("title=").append(property(title)).append("::").append(data(message));
        return b.toString();
    }

    /** The message part: %, CR and LF escaped. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: also ':' and ','. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
