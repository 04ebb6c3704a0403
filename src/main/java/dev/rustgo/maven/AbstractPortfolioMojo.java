package dev.rustgo.maven;

import dev.rustgo.audit.AuditException;
import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.audit.Selection;
import dev.rustgo.console.ConsoleReport;
import dev.rustgo.load.Discovery;
import dev.rustgo.policy.PolicySource;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters of every goal that reads the portfolio, and the one sequence they share: find
 * what this execution audits (or say which module does), build the request, audit, and hand the
 * result to the goal ({@link #handle}); an audit that cannot start is the one-line error users see.
 */
public abstract class AbstractPortfolioMojo extends AbstractRustgoMojo {

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

    /** The date deadlines and decision expiry are measured against (yyyy-mm-dd); today if unset. */
    @Parameter(property = "rustgo.referenceDate")
    private String referenceDate;

    /**
     * The policy: rule severities, thresholds, the share band and waivers (docs/policy.md). A file
     * (relative to the base directory), or {@code classpath:company/rustgo-policy.yaml}: a policy in a
     * jar added to the plugin's {@code <dependencies>}, shared by many repositories. Unset:
     * {@code rustgo-policy.yaml} in the base directory if it exists, else the built-in defaults.
     */
    @Parameter(property = "rustgo.policy")
    private String policy;

    /**
     * The baseline: findings accepted for now, which do not fail the build. Unset:
     * {@code rustgo-baseline.json} in the base directory if it exists. Written by {@code rustgo:baseline}.
     */
    @Parameter(property = "rustgo.baseline")
    private File baseline;

    /**
     * In a multi-module build, audit the descriptors of every module once, as one portfolio, in the
     * first module of the reactor in which this goal runs (usually the parent); the others say so in
     * one line. {@code false} audits each module on its own.
     */
    @Parameter(property = "rustgo.aggregate", defaultValue = "true")
    private boolean aggregate;

    /**
     * Read the repository under the descriptor directory: a value a descriptor leaves out (instances,
     * memory budget, language, code lines) is filled from Kubernetes manifests, Helm values and build
     * files, marked as inferred with its file and line, and a value it writes is checked against them
     * ({@code descriptor-drift}). {@code false} reads the descriptors only (docs/descriptors.md).
     */
    @Parameter(property = "rustgo.infer", defaultValue = "true")
    private boolean infer;

    /**
     * Comma-separated owners whose services' findings count against the gate ({@code payments},
     * {@code group:default/payments}: Backstage references compare as Backstage compares them). The
     * whole portfolio is still loaded and scored; the other services' findings are reported but
     * never fail the build. Unset: every service counts.
     */
    @Parameter(property = "rustgo.owner")
    private String owner;

    /** Comma-separated systems whose services' findings count against the gate, as {@code owner} does. */
    @Parameter(property = "rustgo.system")
    private String system;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** This run of the goal: from the command line, or bound to the lifecycle by an execution. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution mojoExecution;

    @Override
    protected final void run() throws MojoExecutionException, MojoFailureException {
        Scope scope = scope();
        if (scope.skipped()) {
            skipped(scope.auditedBy());
            return;
        }
        AuditRequest request = request(scope);
        handle(request, audit(request));
    }

    /** What the goal says in a module whose descriptors the goal in module {@code auditedBy} covers. */
    protected abstract void skipped(String auditedBy);

    /** The goal's request for what {@code scope} audits. */
    protected abstract AuditRequest request(Scope scope) throws MojoExecutionException;

    /** What the goal does with the audit: log, write, throw. */
    protected abstract void handle(AuditRequest request, AuditResult result)
            throws MojoExecutionException, MojoFailureException;

    /** The audit, with an audit that cannot start (a missing directory) as a one-line configuration error. */
    protected final AuditResult audit(AuditRequest request) throws MojoExecutionException {
        try {
            return new Auditor().audit(request);
        } catch (AuditException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** What this execution audits: its own directory, the whole reactor, or nothing (another module does). */
    protected record Scope(Path base, List<Path> directories, String auditedBy) {
        boolean skipped() {
            return auditedBy != null;
        }
    }

    /** What this run of the goal audits: the first module of the reactor in which the goal runs audits them all. */
    protected Scope scope() {
        return scope(this::runsIn);
    }

    /**
     * What this execution audits, where {@code runsIn} tells in which modules the goal runs: the first
     * of them in reactor order audits the whole reactor, the others nothing.
     */
    protected Scope scope(Predicate<MavenProject> runsIn) {
        List<MavenProject> projects = session == null ? null : session.getProjects();
        Scope own = new Scope(baseDirectory.toPath(), List.of(descriptorDirectory.toPath()), null);
        if (!aggregate || projects == null || projects.size() <= 1 || project == null || plugin == null) {
            return own;
        }
        MavenProject aggregator = null;
        for (MavenProject candidate : projects) {
            if (candidate == project || candidate.getBasedir().equals(project.getBasedir()) || runsIn.test(candidate)) {
                aggregator = candidate;
                break;
            }
        }
        if (aggregator == null
                || aggregator == project
                || aggregator.getBasedir().equals(project.getBasedir())) {
            List<Path> directories = new ArrayList<>();
            directories.add(descriptorDirectory.toPath());
            Path base = baseDirectory.toPath().toAbsolutePath().normalize();
            for (MavenProject module : projects) {
                Path dir = module.getBasedir().toPath().toAbsolutePath().normalize();
                if (!directories.contains(dir)) {
                    directories.add(dir);
                }
                while (!dir.startsWith(base)) {
                    base = base.getParent();
                }
            }
            return new Scope(base, directories, null);
        }
        return new Scope(own.base(), own.directories(), aggregator.getArtifactId());
    }

    /** {@code groupId:artifactId} of this plugin, as a pom's build and reporting sections name it. */
    protected String pluginKey() {
        return plugin.getPluginLookupKey();
    }

    /**
     * Whether this goal runs in a module of the reactor. From the command line ({@code mvn
     * rustgo:audit}) it runs in every module of the session, so the first one audits. Bound to the
     * lifecycle, it runs where the module's effective build (its own and what it inherits) has an
     * execution of this plugin that lists this goal; declaring the plugin, or configuring it, runs
     * nothing.
     */
    private boolean runsIn(MavenProject module) {
        if (mojoExecution == null || mojoExecution.getSource() == MojoExecution.Source.CLI) {
            return true;
        }
        String goal = mojoExecution.getGoal();
        for (Plugin p : module.getBuildPlugins()) {
            if (p.getKey().equals(pluginKey())) {
                for (PluginExecution execution : p.getExecutions()) {
                    if (execution.getGoals().contains(goal) && !"none".equals(execution.getPhase())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * What a goal asks of the audit beside the common parameters: which findings fail the build,
     * where and in which formats the reports go, how many findings are allowed, and whether the
     * baseline is read (the baseline goal writes it, so a configured {@code rustgo.baseline} that
     * does not exist yet is where the first one goes).
     */
    protected record Run(
            String failOn, File outputDirectory, String formats, int maxAllowedFindings, boolean readBaseline) {

        /** A run that gates: the goal's own failOn, formats and allowance, with the baseline. */
        static Run gating(String failOn, File outputDirectory, String formats, int maxAllowedFindings) {
            return new Run(failOn, outputDirectory, formats, maxAllowedFindings, true);
        }

        /** A run that only looks: never fails on findings, writes audit.json alone, reads the baseline. */
        static Run looking(File outputDirectory) {
            return new Run("never", outputDirectory, "json", 0, true);
        }

        /** The same run, without reading the baseline. */
        Run withoutBaseline() {
            return new Run(failOn, outputDirectory, formats, maxAllowedFindings, false);
        }

        /** The same run, failing on findings at {@code level} and above. */
        Run failingOn(String level) {
            return new Run(level, outputDirectory, formats, maxAllowedFindings, readBaseline);
        }
    }

    /** The request this run of the goal makes, over the common parameters. */
    protected AuditRequest request(Scope scope, Run run) throws MojoExecutionException {
        String failOn = run.failOn();
        File outputDirectory = run.outputDirectory();
        String formats = run.formats();
        int maxAllowedFindings = run.maxAllowedFindings();
        boolean readBaseline = run.readBaseline();
        if (maxAllowedFindings < 0) {
            throw new MojoExecutionException(
                    "rustgo.maxAllowedFindings must be 0 or more; found " + maxAllowedFindings);
        }
        return new AuditRequest(
                scope.base(),
                scope.directories(),
                Discovery.split(includes),
                Discovery.split(excludes),
                Requests.failOn(failOn),
                outputDirectory.toPath(),
                Requests.formats(formats),
                Requests.referenceDate(referenceDate),
                policyFile(),
                readBaseline ? Requests.existing(baseline, "rustgo.baseline", baseDirectory.toPath(), BASELINE) : null,
                maxAllowedFindings,
                infer,
                Selection.of(Discovery.split(owner), Discovery.split(system)),
                policyResource());
    }

    /** The policy file: the configured one, or the default one if it exists; none for a classpath policy. */
    private Path policyFile() throws MojoExecutionException {
        if (policyResource() != null) {
            return null;
        }
        File configured = null;
        if (policy != null && !policy.isBlank()) {
            File file = new File(policy.strip());
            configured = file.isAbsolute() ? file : new File(baseDirectory, policy.strip());
        }
        return Requests.existing(configured, "rustgo.policy", baseDirectory.toPath(), POLICY);
    }

    /** The resource of {@code rustgo.policy=classpath:...}, or {@code null}. */
    private String policyResource() {
        return policy != null && policy.strip().startsWith(PolicySource.CLASSPATH)
                ? policy.strip().substring(PolicySource.CLASSPATH.length())
                : null;
    }

    /** The default name of the baseline file, in the base directory. */
    protected static final String BASELINE = "rustgo-baseline.json";

    /** The default name of the policy file, in the base directory. */
    protected static final String POLICY = "rustgo-policy.yaml";

    /** Where the baseline is written: the configured file, or the default one in the base directory. */
    protected Path baselineFile() {
        return baseline != null ? baseline.toPath() : baseDirectory.toPath().resolve(BASELINE);
    }

    /** Logs a line of the engine's console output at its level. */
    protected void log(ConsoleReport.Line line) {
        Log log = getLog();
        switch (line.level()) {
            case DEBUG -> log.debug(line.text());
            case INFO -> log.info(line.text());
            case WARNING -> log.warn(line.text());
            case ERROR -> log.error(line.text());
        }
    }
}
