package dev.rustgo.audit;

import dev.rustgo.policy.FailOn;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one audit needs, fixed before it starts: where to look, what to match, the gate,
 * where to write and which reports. Immutable, so an audit never depends on who built it (a Mojo,
 * a test, a benchmark).
 *
 * @param baseDirectory the project base directory: reported paths are relative to it and nothing
 *     outside it is read
 * @param descriptorDirectories where descriptors are searched for: one directory, or the base
 *     directory of every module of a reactor audited as one portfolio
 * @param includes Ant-style globs under the descriptor directory; empty for the defaults
 * @param excludes Ant-style globs that take files out again
 * @param failOn the lowest finding severity that fails the build
 * @param outputDirectory where reports are written
 * @param formats the report formats besides {@code json}, which is always written
 * @param referenceDate "today" for deadlines and expiry dates
 * @param policyFile the policy file, or {@code null} for the built-in defaults
 * @param baselineFile the baseline to compare with, or {@code null} for none
 * @param maxAllowedFindings how many findings at or above {@code failOn} (and not in the baseline)
 *     are tolerated before the build fails
 * @param infer whether values the descriptors leave out are read from the repository (Kubernetes
 *     manifests, Helm values, build files), and descriptors checked against it for drift
 * @param gate the services whose findings count against {@code failOn}: those of some owners or
 *     systems, or all ({@link Selection#ALL})
 * @param policyResource the policy as a resource of the plugin's classpath
 *     ({@code company/rustgo-policy.yaml}, from {@code rustgo.policy=classpath:...}), or {@code null};
 *     never together with {@code policyFile}
 */
public record AuditRequest(
        Path baseDirectory,
        List<Path> descriptorDirectories,
        List<String> includes,
        List<String> excludes,
        FailOn failOn,
        Path outputDirectory,
        Set<String> formats,
        LocalDate referenceDate,
        Path policyFile,
        Path baselineFile,
        int maxAllowedFindings,
        boolean infer,
        Selection gate,
        String policyResource) {

    public AuditRequest {
        if (policyFile != null && policyResource != null) {
            throw new IllegalArgumentException("a policy file or a classpath policy, not both");
        }
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        descriptorDirectories = List.copyOf(descriptorDirectories);
        if (descriptorDirectories.isEmpty()) {
            throw new IllegalArgumentException("no descriptor directory");
        }
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        formats = Set.copyOf(formats);
        Objects.requireNonNull(referenceDate, "referenceDate");
        if (maxAllowedFindings < 0) {
            throw new IllegalArgumentException("rustgo.maxAllowedFindings must be 0 or more");
        }
    }

    /** A request that reads the repository too ({@code infer}), as the goals do by default. */
    public AuditRequest(
            Path baseDirectory,
            List<Path> descriptorDirectories,
            List<String> includes,
            List<String> excludes,
            FailOn failOn,
            Path outputDirectory,
            Set<String> formats,
            LocalDate referenceDate,
            Path policyFile,
            Path baselineFile,
            int maxAllowedFindings) {
        this(
                baseDirectory,
                descriptorDirectories,
                includes,
                excludes,
                failOn,
                outputDirectory,
                formats,
                referenceDate,
                policyFile,
                baselineFile,
                maxAllowedFindings,
                true,
                Selection.ALL,
                null);
    }

    /** This request with the repository reading turned on or off. */
    public AuditRequest withInfer(boolean value) {
        return with(value, gate);
    }

    /** This request with the gate narrowed to some owners or systems. */
    public AuditRequest withGate(Selection value) {
        return with(infer, value);
    }

    private AuditRequest with(boolean inferValue, Selection gateValue) {
        return new AuditRequest(
                baseDirectory,
                descriptorDirectories,
                includes,
                excludes,
                failOn,
                outputDirectory,
                formats,
                referenceDate,
                policyFile,
                baselineFile,
                maxAllowedFindings,
                inferValue,
                gateValue,
                policyResource);
    }

    /** A request that searches one directory, with the default policy, no baseline and no tolerance. */
    public AuditRequest(
            Path baseDirectory,
            Path descriptorDirectory,
            List<String> includes,
            List<String> excludes,
            FailOn failOn,
            Path outputDirectory,
            Set<String> formats,
            LocalDate referenceDate) {
        this(
                baseDirectory,
                List.of(descriptorDirectory),
                includes,
                excludes,
                failOn,
                outputDirectory,
                formats,
                referenceDate,
                null,
                null,
                0,
                true,
                Selection.ALL,
                null);
    }
}
