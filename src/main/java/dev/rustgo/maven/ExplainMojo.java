package dev.rustgo.maven;

import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.console.ExplainReport;
import dev.rustgo.criteria.Assessment;
import dev.rustgo.criteria.Scorer;
import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.diagnostics.Suggestions;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the full reasoning for one service: each rule with its evidence and place, the score,
 * what would change the verdict, the ownership economics of a move and the findings. Writes nothing and never
 * gates the build: {@code mvn rustgo:explain -Drustgo.service=payments-matcher}.
 */
@Mojo(name = "explain", threadSafe = true)
public class ExplainMojo extends AbstractPortfolioMojo {

    /** The name of the service to explain. */
    @Parameter(property = "rustgo.service", required = true)
    private String service;

    @Parameter(defaultValue = "${project.build.directory}/rustgo", readonly = true)
    private File outputDirectory;

    @Override
    protected void skipped(String auditedBy) {
        getLog().debug("rustgo: explained once, in " + auditedBy);
    }

    @Override
    protected AuditRequest request(Scope scope) throws MojoExecutionException {
        return request(scope, Run.looking(outputDirectory));
    }

    @Override
    protected void handle(AuditRequest request, AuditResult result) throws MojoExecutionException {
        for (Problem problem : result.load().problems()) {
            getLog().warn(problem.toString());
        }
        Assessment assessment = result.assessment(service);
        if (assessment == null) {
            for (Notice n : result.load().notices()) {
                if (n.kind() == Notice.Kind.SERVICE_NOT_DESCRIBED && service.equals(n.service())) {
                    // In the catalog but not scored: what to write first is all there is to say.
                    throw new MojoExecutionException("rustgo.service: " + service + " is not scored, so there is"
                            + " nothing to explain yet; describe it first: " + n.where());
                }
            }
            throw new MojoExecutionException("rustgo.service: no service named '" + service + "' in the portfolio"
                    + Suggestions.hint(
                            service,
                            result.assessments().stream()
                                    .map(a -> a.service().name())
                                    .toList())
                    + (result.load().problems().isEmpty() ? "" : " (some descriptors could not be read; see above)"));
        }
        if (!result.load().problems().isEmpty()) {
            getLog().warn("rustgo: some descriptors could not be read (above); fan-in and verdicts may change once"
                    + " they are fixed");
        }
        for (String line : ExplainReport.lines(result, assessment, Scorer.standard())) {
            getLog().info(line);
        }
    }
}
