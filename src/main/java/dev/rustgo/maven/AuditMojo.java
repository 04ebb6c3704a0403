package dev.rustgo.maven;

import dev.rustgo.audit.AuditException;
import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.console.ConsoleReport;
import dev.rustgo.console.GitHubActions;
import dev.rustgo.report.Reports;
import dev.rustgo.report.SarifReport;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Audits the service portfolio: loads the descriptors, scores every service against the guides'
 * criteria, applies the policy, writes the reports, and passes, warns or fails the build.
 */
@Mojo(name = "audit", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class AuditMojo extends AbstractPortfolioMojo {

    /** The lowest finding severity that fails the build: {@code error}, {@code warning} or {@code never}. */
    @Parameter(property = "rustgo.failOn", defaultValue = "error")
    private String failOn;

    /** Where reports are written. */
    @Parameter(property = "rustgo.outputDirectory", defaultValue = "${project.build.directory}/rustgo")
    private File outputDirectory;

    /**
     * How many findings at or above {@code failOn} (and not in the baseline) are tolerated before the
     * build fails; they are then logged as warnings.
     */
    @Parameter(property = "rustgo.maxAllowedFindings", defaultValue = "0")
    private int maxAllowedFindings;

    /**
     * Comma-separated report formats: {@code json} (always written), {@code sarif}, {@code junit},
     * {@code markdown}, {@code html}, {@code codequality} (GitLab Code Quality), {@code scorecard} (the
     * score-card plugin's files and Soundcheck facts, under {@code scorecard/}, for Backstage).
     */
    @Parameter(property = "rustgo.formats", defaultValue = "json")
    private String formats;

    /**
     * Compare with the portfolio as it was at a git revision (the merge base of a pull request,
     * {@code origin/main}, a tag: read from git, no checkout) or as an earlier {@code audit.json}
     * says (a path ending in {@code .json}); the reports then say what this change moves. With
     * {@code gate: changes} in the policy, only the findings the change brought count.
     */
    @Parameter(property = "rustgo.compareTo")
    private String compareTo;

    /**
     * Fails the build when the audit audited no service (no descriptor was found), as Surefire's
     * {@code failIfNoTests} does: for a team that wants the gate to prove it ran. Off by default: a
     * first run on a repository without descriptors warns ({@code no-services-found}) and says what to
     * run.
     */
    @Parameter(property = "rustgo.failIfNoServices", defaultValue = "false")
    private boolean failIfNoServices;

    @Override
    protected void skipped(String auditedBy) {
        getLog().info("rustgo: this module's descriptors are audited with the whole reactor in " + auditedBy);
    }

    @Override
    protected AuditRequest request(Scope scope) throws MojoExecutionException {
        AuditRequest request = request(scope, Run.gating(failOn, outputDirectory, formats, maxAllowedFindings));
        try {
            Reports.check(request.formats());
        } catch (AuditException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        return request;
    }

    @Override
    protected void handle(AuditRequest request, AuditResult audited)
            throws MojoExecutionException, MojoFailureException {
        AuditResult result;
        try {
            if (compareTo != null && !compareTo.isBlank()) {
                audited = new Auditor().compare(request, audited, compareTo.strip());
            }
            result = Reports.write(audited, request);
        } catch (AuditException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        ConsoleReport.lines(result, request.baseDirectory(), getLog().isDebugEnabled())
                .forEach(this::log);
        if (request.formats().contains("sarif")) {
            int kept = SarifReport.kept(result).size();
            if (kept < result.findings().size()) {
                getLog().warn("rustgo: audit.sarif holds the " + kept + " most severe of "
                        + result.findings().size()
                        + " findings, within GitHub code scanning's limits (" + SarifReport.MAX_RESULTS
                        + " results, 10 MB a file); audit.json has every finding");
            }
        }
        github(result);
        switch (result.outcome()) {
            case BAD_INPUT -> throw new MojoExecutionException(ConsoleReport.badInput(result));
            case FAIL -> throw new MojoFailureException(ConsoleReport.failure(result));
            default -> {}
        }
        if (failIfNoServices && result.portfolio().services().isEmpty()) {
            throw new MojoFailureException("rustgo: no service was audited, and rustgo.failIfNoServices is true;"
                    + " run mvn rustgo:scaffold -Drustgo.from=repository to write a descriptor for each service the"
                    + " repository shows");
        }
    }

    /**
     * Prints lines on the process's own standard output, not on {@code System.out}: Maven 4 logs what
     * a plugin prints there as {@code [INFO] [stdout] ...}, and the Actions runner reads a workflow
     * command only at the start of a line. One write for all the lines, so the lines of modules
     * audited at once ({@code -T}) never mix. The stream is not closed: that would close the
     * process's standard output.
     */
    private static void printToStandardOutput(List<String> lines) throws MojoExecutionException {
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        System.out.flush(); // what Maven logged so far comes first
        try {
            FileOutputStream out = new FileOutputStream(FileDescriptor.out);
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot print the GitHub annotations: " + e.getMessage(), e);
        }
    }

    /**
     * Under GitHub Actions: annotation lines on the pull request's diff, and the Markdown summary
     * appended to the job summary. Both are written to the console as the runner reads them.
     */
    private void github(AuditResult result) throws MojoExecutionException {
        if ("true".equals(System.getenv("GITHUB_ACTIONS"))) {
            List<String> annotations = GitHubActions.annotations(result);
            if (!annotations.isEmpty()) {
                printToStandardOutput(annotations);
            }
        }
        String summary = System.getenv("GITHUB_STEP_SUMMARY");
        if (summary != null && !summary.isBlank()) {
            try {
                GitHubActions.appendStepSummary(result, Path.of(summary));
            } catch (IOException e) {
                throw new MojoExecutionException(
                        "cannot append to GITHUB_STEP_SUMMARY " + summary + ": " + e.getMessage(), e);
            }
        }
    }
}
