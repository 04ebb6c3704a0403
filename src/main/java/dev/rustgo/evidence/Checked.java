package dev.rustgo.evidence;

import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.evidence.Manifests.Figure;
import dev.rustgo.yaml.Scalars;
import dev.rustgo.yaml.YamlNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * Figures read from the repository, checked as the system that owns them checks them: a replica
 * count as Kubernetes validates it (a whole number that fits its int32 field; an autoscaler's
 * {@code maxReplicas} at least 1), a memory size in Kubernetes' quantity grammar or Docker's units,
 * from 1 MiB to {@link Quantities#MAX_MIB}. A value the system would reject, or that no container
 * could have, becomes a {@code manifest-value-ignored} warning at its place, never a figure: it would
 * otherwise turn into an instance count or a budget and move a verdict.
 */
final class Checked {

    /** The largest value of Kubernetes' int32 fields ({@code replicas}, {@code maxReplicas}). */
    static final long INT32_MAX = Integer.MAX_VALUE;

    private Checked() {}

    /**
     * A count from {@code min} to {@link #INT32_MAX}, or {@code null} (with a warning when the value is
     * written but wrong).
     *
     * @param what how the figure is named ({@code Deployment orders replicas})
     */
    static Figure count(YamlNode.Scalar node, String file, String what, long min, List<Notice> notices) {
        if (node == null) {
            return null;
        }
        String text = node.text().strip();
        Long value = Scalars.isWhole(text) && text.length() <= 19 ? Long.parseLong(text) : null;
        if (value == null || value < min || value > INT32_MAX) {
            notices.add(ignored(
                    file,
                    node,
                    what + " '" + text + "' is not a value Kubernetes accepts (a whole number from " + min + " to "
                            + INT32_MAX + ")"));
            return null;
        }
        return new Figure(value, file, node.position(), what);
    }

    /**
     * A memory size in whole MiB rounded up, or {@code null} (with a warning when the value is written
     * but is no size, or under 1 MiB, or over {@link Quantities#MAX_MIB}).
     *
     * @param docker whether it is in Docker's units (a Compose file) rather than a Kubernetes quantity
     * @param what how the figure is named, before the value ({@code Deployment orders container orders
     *     memory limit})
     */
    static Figure memory(YamlNode.Scalar node, String file, String what, boolean docker, List<Notice> notices) {
        if (node == null) {
            return null;
        }
        String text = node.text().strip();
        BigDecimal bytes = docker ? Quantities.dockerBytes(text) : Quantities.bytes(text);
        Long mib = Quantities.mebibytes(bytes);
        if (mib != null) {
            return new Figure(mib, file, node.position(), what + " " + text);
        }
        String why;
        if (bytes == null) {
            why = docker
                    ? "is not a size Docker accepts (20M, 1.5g, 512mb)"
                    : "is not a Kubernetes memory quantity (512Mi, 1Gi, 500M)";
        } else if (bytes.compareTo(BigDecimal.valueOf(1024L * 1024L)) < 0) {
            why = "is " + bytes.stripTrailingZeros().toPlainString() + " bytes, under 1 MiB: no container runs in that"
                    + (!docker && text.endsWith("m") ? " ('m' is milli; did you mean Mi?)" : "");
        } else {
            why = "is over 64 TiB, more memory than any machine has";
        }
        notices.add(ignored(file, node, what + " '" + text + "' " + why));
        return null;
    }

    private static Notice ignored(String file, YamlNode.Scalar node, String message) {
        return new Notice(
                Notice.Kind.MANIFEST_VALUE_IGNORED,
                new Problem(file, node.position(), message + "; ignored, the audit goes on without it"));
    }
}
