package dev.rustgo.maven;

import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.diagnostics.ProjectPaths;
import dev.rustgo.report.HtmlReport;
import dev.rustgo.report.ReportFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The audit as a page of the Maven site ({@code mvn site} with the plugin under
 * {@code <reporting>}), or alone ({@code mvn rustgo:report} writes {@code target/site/rustgo.html}):
 * a chart placing every service by its Rust and Go pressure, coloured by verdict and marked by
 * language, the Rust share against the 5-10% band, and tables of the services with their reasons
 * and of the findings. It reports; it never fails the build (that is {@code rustgo:audit}'s job).
 *
 * <p>It implements Maven's {@link MavenReport} directly rather than through maven-reporting-impl,
 * whose 35 libraries Maven would resolve and index on every run of every goal of the plugin; the
 * page itself is the engine's {@link HtmlReport}.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractPortfolioMojo implements MavenReport {

    /** Where the site is written; the page is {@code rustgo.html} in it. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File reportOutputDirectory;

    @Override
    protected void skipped(String auditedBy) {
        getLog().info("rustgo: the report covers the whole reactor, in " + auditedBy);
    }

    @Override
    protected AuditRequest request(Scope scope) throws MojoExecutionException {
        return request(scope, Run.looking(reportOutputDirectory).failingOn("error"));
    }

    /** {@code mvn rustgo:report}: the page on its own, with its own stylesheet beside it. */
    @Override
    protected void handle(AuditRequest request, AuditResult result) throws MojoExecutionException {
        Path page = reportOutputDirectory.toPath().resolve(getOutputName() + ".html");
        try {
            HtmlReport report = new HtmlReport(stylesheet());
            ReportFiles.write(page, out -> report.write(result, out));
            for (Map.Entry<String, ReportFiles.Content> companion :
                    report.companions(result).entrySet()) {
                ReportFiles.write(page.resolveSibling(companion.getKey()), companion.getValue());
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the report " + page + ": " + e.getMessage(), e);
        }
        getLog().info("rustgo: report written to " + ProjectPaths.relative(page, request.baseDirectory()));
    }

    /** {@code mvn site}: the page in the site's skin, through the site's sink. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        AuditResult result;
        try {
            result = audit(request(siteScope()));
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        sink.head();
        sink.title();
        sink.text(getName(locale));
        sink.title_();
        sink.head_();
        // The report's own rules (the verdicts' colours, the owner filter) in a stylesheet beside the page,
        // not inline: the page then shows as it is under a Content-Security-Policy such as Jenkins'.
        Path css = reportOutputDirectory.toPath().resolve(stylesheet());
        try {
            ReportFiles.write(css, out -> out.write(HtmlReport.stylesheet(result, false)));
        } catch (IOException e) {
            throw new MavenReportException("cannot write " + css + ": " + e.getMessage(), e);
        }
        sink.body();
        sink.rawText("<link rel=\"stylesheet\" href=\"" + stylesheet() + "\"/>");
        sink.rawText(HtmlReport.fragment(result));
        sink.body_();
        sink.flush();
        sink.close();
    }

    /**
     * In {@code mvn site}, the report is drawn once for the reactor, in the first module that lists
     * the plugin under {@code <reporting>} (run as a goal, it is the goal's own rule: {@link #scope()}).
     */
    private Scope siteScope() {
        return scope(module ->
                module.getReportPlugins().stream().anyMatch(p -> p.getKey().equals(pluginKey())));
    }

    /** The page's stylesheet, beside it: {@code rustgo.css}. */
    private String stylesheet() {
        return getOutputName() + ".css";
    }

    @Override
    public String getOutputName() {
        return "rustgo";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return HtmlReport.TITLE;
    }

    @Override
    public String getDescription(Locale locale) {
        return "Where Rust pays for itself in the service portfolio, and where Go is the right default.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    /** Not when skipped, and not in a module whose descriptors another module's report covers. */
    @Override
    public boolean canGenerateReport() {
        return !isSkipped() && !siteScope().skipped();
    }
}
