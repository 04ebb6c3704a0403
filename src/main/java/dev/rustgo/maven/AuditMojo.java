package dev.rustgo.maven;

import dev.rustgo.audit.AuditException;
import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.load.Discovery;
import dev.rustgo.policy.FailOn;
import dev.rustgo.report.ConsoleReport;
import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Audits the service portfolio: loads the descriptors, scores every service against the guides'
 * criteria, applies the policy, writes the reports, and passes, warns or fails the build.
 */
@Mojo(name = "audit", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class AuditMojo extends AbstractRustgoMojo {

    /** The project base directory: reported paths are relative to it, and nothing outside it is read. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /** Where descriptors are looked for. */
    @Parameter(property = "rustgo.descriptorDirectory", defaultValue = "${project.basedir}")
    private File descriptorDirectory;

    /**
     * Comma-separated Ant-style globs, relative to the descriptor directory. Empty for the defaults:
     * {@code **}{@code /catalog-info.yaml}, {@code **}{@code /*.rustgo.yaml} and {@code services/**}
     * ({@code .yaml} and {@code .yml} alike).
     */
    @Parameter(property = "rustgo.includes")
    private String includes;

    /** Comma-separated Ant-style globs that take matched files out. target/, .git/ and node_modules/ never count. */
    @Parameter(property = "rustgo.excludes")
    private String excludes;

    /** The lowest finding severity that fails the build: {@code error}, {@code warning} or {@code never}. */
    @Parameter(property = "rustgo.failOn", defaultValue = "error")
    private String failOn;

    /** Where reports are written. */
    @Parameter(property = "rustgo.outputDirectory", defaultValue = "${project.build.directory}/rustgo")
    private File outputDirectory;

    /** Comma-separated report formats; {@code json} is always written. */
    @Parameter(property = "rustgo.formats", defaultValue = "json")
    private String formats;

    /** The date deadlines and decision expiry are measured against (yyyy-mm-dd); today if unset. */
    @Parameter(property = "rustgo.referenceDate")
    private String referenceDate;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        AuditRequest request = request();
        AuditResult result;
        try {
            result = new Auditor().run(request);
        } catch (AuditException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Log log = getLog();
        for (ConsoleReport.Line line : ConsoleReport.lines(result, request.baseDirectory())) {
            switch (line.level()) {
                case DEBUG -> log.debug(line.text());
                case INFO -> log.info(line.text());
                case WARNING -> log.warn(line.text());
                case ERROR -> log.error(line.text());
            }
        }
        switch (result.outcome()) {
            case BAD_INPUT -> throw new MojoExecutionException(ConsoleReport.badInput(result));
            case FAIL -> throw new MojoFailureException(ConsoleReport.failure(result));
            default -> { }
        }
    }

    private AuditRequest request() throws MojoExecutionException {
        FailOn gate;
        try {
            gate = FailOn.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        LocalDate today;
        try {
            today = referenceDate == null || referenceDate.isBlank() ? LocalDate.now() : LocalDate.parse(referenceDate.strip());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("rustgo.referenceDate must be an ISO date (yyyy-mm-dd); found '"
                    + referenceDate + "'", e);
        }
        Set<String> formatSet = new LinkedHashSet<>();
        for (String format : Discovery.split(formats)) {
            formatSet.add(format.toLowerCase(Locale.ROOT));
        }
        return new AuditRequest(baseDirectory.toPath(), descriptorDirectory.toPath(), Discovery.split(includes),
                Discovery.split(excludes), gate, outputDirectory.toPath(), formatSet, today);
    }
}
