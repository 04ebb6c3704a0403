package dev.rustgo.maven;

import dev.rustgo.audit.AuditException;
import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.audit.Trend;
import dev.rustgo.diagnostics.ProjectPaths;
import dev.rustgo.report.HistoryReport;
import dev.rustgo.report.ReportFiles;
import dev.rustgo.yaml.Scalars;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The portfolio over time: audits the descriptors at each commit that changed them (read from git,
 * no checkout) with today's policy, and writes the trend to {@code history.json} and
 * {@code history.html} (the Rust share against the guides' band, and the Rust candidates left in Go):
 * {@code mvn rustgo:history -Drustgo.since=2026-01-01}.
 */
@Mojo(name = "history", threadSafe = true)
public class HistoryMojo extends AbstractPortfolioMojo {

    /** Where {@code history.json} and {@code history.html} are written. */
    @Parameter(property = "rustgo.outputDirectory", defaultValue = "${project.build.directory}/rustgo")
    private File outputDirectory;

    /** The first day of the history (yyyy-mm-dd). Unset: the last {@code rustgo.changes} commits. */
    @Parameter(property = "rustgo.since")
    private String since;

    /** How many of the last commits that changed the descriptors, when {@code rustgo.since} is unset. */
    @Parameter(property = "rustgo.changes", defaultValue = "100")
    private int changes;

    @Override
    protected void skipped(String auditedBy) {
        getLog().info("rustgo: the history is written once, in " + auditedBy);
    }

    @Override
    protected AuditRequest request(Scope scope) throws MojoExecutionException {
        return request(scope, Run.looking(outputDirectory).withoutBaseline());
    }

    @Override
    protected void handle(AuditRequest request, AuditResult today) throws MojoExecutionException {
        LocalDate from = null;
        if (since != null && !since.isBlank()) {
            from = Scalars.isoDate(since.strip());
            if (from == null) {
                throw new MojoExecutionException(
                        "rustgo.since must be an ISO date (yyyy-mm-dd); found '" + since + "'");
            }
        } else if (changes < 1) {
            throw new MojoExecutionException("rustgo.changes must be 1 or more; found " + changes);
        }
        Trend.Result trend;
        try {
            trend = Trend.of(new Auditor(), request, from, changes);
        } catch (AuditException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        trend.warnings().forEach(getLog()::warn);
        List<Trend.Point> points = trend.points();
        Path json = outputDirectory.toPath().resolve("history.json");
        Path html = outputDirectory.toPath().resolve("history.html");
        try {
            ReportFiles.write(
                    json, out -> HistoryReport.json(points, today.policy().source(), out));
            ReportFiles.write(
                    html, out -> HistoryReport.html(points, today.policy().thresholds(), out));
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "rustgo.outputDirectory: cannot write the history to " + outputDirectory + ": "
                            + ReportFiles.reason(e),
                    e);
        }
        if (points.isEmpty()) {
            getLog().warn("rustgo: no commit changed the descriptors" + (from == null ? "" : " since " + from)
                    + "; history.json holds no point");
            return;
        }
        Trend.Point first = points.get(0);
        Trend.Point last = points.get(points.size() - 1);
        getLog().info(String.format(
                Locale.ROOT,
                "rustgo: history of %d commits, %s to %s: Rust share %.1f%% -> %.1f%%, Rust candidates in Go %d -> %d;"
                        + " written to %s and history.html",
                points.size(),
                first.date(),
                last.date(),
                first.shareByCount() * 100,
                last.shareByCount() * 100,
                first.candidatesInGo(),
                last.candidatesInGo(),
                ProjectPaths.relative(json, request.baseDirectory())));
    }
}
