package dev.rustgo.maven;

import dev.rustgo.audit.AuditException;
import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.console.ConsoleReport;
import dev.rustgo.evidence.RepositoryEvidence;
import dev.rustgo.model.Envelope;
import dev.rustgo.scaffold.Scaffold;
import dev.rustgo.scaffold.ScaffoldPlan;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes commented descriptors, so adopting the audit takes a minute: one for a new service
 * ({@code mvn rustgo:scaffold -Drustgo.service=orders -Drustgo.role=api}), or one for each service the
 * repository shows that the portfolio does not have ({@code mvn rustgo:scaffold -Drustgo.from=repository}).
 * Reads the portfolio as the audit does first, so it never writes a second entity for a name it has;
 * never overwrites a file.
 */
@Mojo(name = "scaffold", requiresProject = false, threadSafe = true)
public class ScaffoldMojo extends AbstractPortfolioMojo {

    /** The name of the new service; without {@code rustgo.from}, required. */
    @Parameter(property = "rustgo.service")
    private String service;

    /**
     * {@code repository}: a descriptor for each service the repository shows (Kubernetes workloads, Helm
     * charts, Compose services, build directories) that the portfolio does not have, in its own
     * directory; its inferred values commented, with their places. Unset: one new service, {@code rustgo.service}.
     */
    @Parameter(property = "rustgo.from")
    private String from;

    /**
     * The new service's language. Unset: the language the build files of the service of that name give,
     * where the repository shows one, else {@code go}.
     */
    @Parameter(property = "rustgo.language")
    private String language;

    /** The new service's role. */
    @Parameter(property = "rustgo.role", defaultValue = "api")
    private String role;

    /** {@code native} (a rustgo.dev/v1 descriptor) or {@code backstage} (a catalog-info.yaml with annotations). */
    @Parameter(property = "rustgo.envelope", defaultValue = "native")
    private String envelope;

    /**
     * Where a new service's descriptor is written: {@code NAME.yaml}, or {@code NAME/catalog-info.yaml} for
     * Backstage; with {@code rustgo.from=repository}, that of a service with no directory of its own.
     */
    @Parameter(property = "rustgo.scaffoldDirectory", defaultValue = "${basedir}/services")
    private File scaffoldDirectory;

    /** Where the audit of the portfolio would write; the scaffold writes nothing there. */
    @Parameter(defaultValue = "${project.build.directory}/rustgo", readonly = true)
    private File outputDirectory;

    private Envelope kind;

    @Override
    protected void skipped(String auditedBy) {
        getLog().info("rustgo: scaffolded once, for the whole reactor, in " + auditedBy);
    }

    /** The audit of the portfolio as it is, checked first: the configuration is refused before any reading. */
    @Override
    protected AuditRequest request(Scope scope) throws MojoExecutionException {
        try {
            kind = Envelope.valueOf(envelope.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "rustgo.envelope must be native or backstage; found '" + envelope + "'", e);
        }
        if (from != null && !from.isBlank()) {
            if (!"repository".equals(from.strip())) {
                throw new MojoExecutionException("rustgo.from must be repository; found '" + from + "'");
            }
            if (service != null && !service.isBlank()) {
                throw new MojoExecutionException("rustgo.service and rustgo.from=repository: set one or the other");
            }
        } else if (service == null || service.isBlank()) {
            throw new MojoExecutionException("rustgo.service is required: the name of the new service (or"
                    + " -Drustgo.from=repository, for each service the repository shows)");
        } else {
            try {
                Scaffold.check(service, language, role);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException(e.getMessage(), e);
            }
        }
        AuditRequest request = request(scope, Run.looking(outputDirectory).withoutBaseline());
        if (fromRepository() && !request.infer()) {
            throw new MojoExecutionException(
                    "rustgo.from=repository reads the repository, which rustgo.infer=false turns off");
        }
        return request;
    }

    private boolean fromRepository() {
        return from != null && !from.isBlank();
    }

    @Override
    protected void handle(AuditRequest request, AuditResult result) throws MojoExecutionException {
        List<ConsoleReport.Line> lines;
        try {
            ScaffoldPlan plan = fromRepository()
                    ? ScaffoldPlan.fromRepository(request, result, survey(request), scaffoldDirectory.toPath(), kind)
                    : ScaffoldPlan.single(
                            request,
                            result,
                            language == null && request.infer() ? survey(request) : List.of(),
                            scaffoldDirectory.toPath(),
                            kind,
                            service,
                            language,
                            role);
            lines = plan.write();
        } catch (ScaffoldPlan.Refused e) {
            e.lines().forEach(this::log);
            // No cause: Maven would append its message to the one line users read.
            throw new MojoExecutionException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("rustgo: cannot write a descriptor: " + e, e);
        }
        lines.forEach(this::log);
    }

    private static List<RepositoryEvidence.Candidate> survey(AuditRequest request) throws MojoExecutionException {
        try {
            return new Auditor().survey(request);
        } catch (AuditException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
