package dev.rustgo.console;

import dev.rustgo.audit.AuditResult;
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
import java.util.List;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}) that put each
 * finding on the pull request's diff, escaped as the runner requires. Failing findings are
 * errors, other warnings and errors are warnings, information is a notice.
 */
public final class GitHubActions {

    private GitHubActions() {}

    /** Appends the Markdown summary to the job summary file ({@code $GITHUB_STEP_SUMMARY}). */
    public static void appendStepSummary(AuditResult result, Path summary) throws IOException {
        StringWriter markdown = new StringWriter();
        new MarkdownReport().write(result, markdown);
        Files.writeString(
                summary, markdown + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    public static List<String> annotations(AuditResult result) {
        List<String> lines = new ArrayList<>();
        for (Problem p : result.load().problems()) {
            lines.add(command("error", p.file(), p.line(), p.column(), "rustgo: invalid input", p.message()));
        }
        for (Finding f : result.findings()) {
            if (result.baselined(f)) {
                continue;
            }
            String level = result.fails(f) ? "error" : f.severity() == Severity.INFO ? "notice" : "warning";
            lines.add(command(level, f.file(), f.line(), f.column(), "rustgo: " + f.rule(), f.message()));
        }
        return lines;
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
