package dev.rustgo.maven;

import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.policy.Baseline;
import dev.rustgo.report.ReportFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the current findings (warnings and errors) to the baseline file, so that from now on
 * only new findings fail the build: {@code mvn rustgo:baseline}, then commit
 * {@code rustgo-baseline.json}. Refuses to write a baseline from descriptors that do not load.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractPortfolioMojo {

    @Parameter(defaultValue = "${project.build.directory}/rustgo", readonly = true)
    private File outputDirectory;

    @Override
    protected void skipped(String auditedBy) {
        getLog().info("rustgo: the baseline is written once, in " + auditedBy);
    }

    /** The baseline records findings as they are, not as an older baseline hides them: none is read. */
    @Override
    protected AuditRequest request(Scope scope) throws MojoExecutionException {
        return request(scope, Run.looking(outputDirectory).withoutBaseline());
    }

    @Override
    protected void handle(AuditRequest request, AuditResult result) throws MojoExecutionException {
        if (!result.load().problems().isEmpty()) {
            for (Problem problem : result.load().problems()) {
                getLog().error(problem.toString());
            }
            throw new MojoExecutionException("rustgo: the baseline was not written: "
                    + result.load().problems().size() + " input problem(s) above; fix them and run again");
        }
        Baseline baseline = Baseline.of(result.findings());
        Path file = baselineFile();
        try {
            ReportFiles.write(file, baseline::write);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "rustgo.baseline: cannot write the baseline " + file + ": " + ReportFiles.reason(e), e);
        }
        getLog().info("rustgo: wrote " + baseline.size() + " finding(s) to " + file + "; commit it, and only new"
                + " findings will fail the build");
    }
}
