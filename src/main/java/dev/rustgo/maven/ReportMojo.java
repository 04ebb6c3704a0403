package dev.rustgo.maven;

import dev.rustgo.audit.AuditException;
import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.load.Discovery;
import dev.rustgo.policy.FailOn;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The audit as a page of the Maven site ({@code mvn site}, or {@code mvn rustgo:report} alone): a
 * chart placing every service by its Rust and Go pressure, coloured by verdict and marked by
 * language, the Rust share against the 5-10% band, and tables of the services with their reasons
 * and of the findings. It reports; it never fails the build (that is {@code rustgo:audit}'s job).
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** Skip the report. */
    @Parameter(property = "rustgo.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /** Where descriptors are looked for. */
    @Parameter(property = "rustgo.descriptorDirectory", defaultValue = "${project.basedir}")
    private File descriptorDirectory;

    /** Comma-separated Ant-style globs, relative to the descriptor directory; empty for the defaults. */
    @Parameter(property = "rustgo.includes")
    private String includes;

    /** Comma-separated Ant-style globs that take matched files out. */
    @Parameter(property = "rustgo.excludes")
    private String excludes;

    /** The date deadlines and decision expiry are measured against (yyyy-mm-dd); today if unset. */
    @Parameter(property = "rustgo.referenceDate")
    private String referenceDate;

    /** The policy file; unset: {@code rustgo-policy.yaml} in the base directory if it exists. */
    @Parameter(property = "rustgo.policy")
    private File policy;

    @Override
    public String getOutputName() {
        return "rustgo";
    }

    @Override
    public String getName(Locale locale) {
        return "Rust or Go";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Where Rust pays for itself in the service portfolio, and where Go is the right default.";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        AuditResult result;
        try {
            AuditRequest request = new AuditRequest(baseDirectory.toPath(), List.of(descriptorDirectory.toPath()),
                    Discovery.split(includes), Discovery.split(excludes), FailOn.ERROR,
                    new File(getReportOutputDirectory(), "rustgo").toPath(), Set.of(),
                    Requests.referenceDate(referenceDate),
                    Requests.existing(policy, "rustgo.policy", baseDirectory.toPath(), AbstractPortfolioMojo.POLICY),
                    null, 0);
            result = new Auditor().audit(request);
        } catch (AuditException | org.apache.maven.plugin.MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        Sink sink = getSink();
        new PortfolioPage(sink, result).render(getName(locale));
    }
}
