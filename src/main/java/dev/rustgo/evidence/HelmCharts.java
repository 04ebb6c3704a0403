package dev.rustgo.evidence;

import dev.rustgo.evidence.Manifests.Figure;
import dev.rustgo.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a Helm chart's {@code values.yaml} for the keys {@code helm create} writes:
 * {@code replicaCount}, {@code autoscaling.enabled} and {@code autoscaling.maxReplicas}, and
 * {@code resources.limits.memory} (else {@code resources.requests.memory}); and, in an umbrella
 * chart, the same keys in a top-level block per service ({@code adService:},
 * {@code checkout-service:}). Templates are not rendered, so a chart that names these values
 * otherwise, or an environment's values file that overrides them, is not seen; every figure says it
 * came from the chart's values.
 */
final class HelmCharts {

    private HelmCharts() {}

    /**
     * A chart: its directory (as reports name it, {@code /} separators), its name, the figures of its
     * own values (each {@code null} when they do not give it), and its per-service blocks.
     */
    record Chart(String directory, String file, String name, Figure instances, Figure memoryMiB, List<Block> blocks) {}

    /** A top-level block of an umbrella chart's values that gives one service's figures. */
    record Block(String key, String declaredName, Figure instances, Figure memoryMiB) {}

    /** The chart whose {@code Chart.yaml} holds {@code chart} and whose {@code values.yaml} holds {@code values}. */
    static Chart read(
            String directory,
            String chartFile,
            YamlNode chart,
            String valuesFile,
            YamlNode values,
            List<dev.rustgo.diagnostics.Notice> notices) {
        String name = Nodes.text(chart, "name");
        if (name == null) {
            return null;
        }
        List<Block> blocks = new ArrayList<>();
        if (values instanceof YamlNode.Mapping top) {
            for (YamlNode.Entry e : top.entries()) {
                if (e.value() instanceof YamlNode.Mapping block && holdsFigures(block)) {
                    String key = e.key().text();
                    Figure instances = instances(block, valuesFile, key + ".", notices);
                    Figure memory = memory(block, valuesFile, key + ".", notices);
                    if (instances != null || memory != null) {
                        blocks.add(new Block(key, Nodes.text(block, "name"), instances, memory));
                    }
                }
            }
        }
        return new Chart(
                directory,
                chartFile,
                name,
                values == null ? null : instances(values, valuesFile, "", notices),
                values == null ? null : memory(values, valuesFile, "", notices),
                List.copyOf(blocks));
    }

    private static boolean holdsFigures(YamlNode.Mapping block) {
        return block.get("resources") != null
                || block.get("replicaCount") != null
                || block.get("replicas") != null
                || block.get("autoscaling") != null;
    }

    private static Figure instances(
            YamlNode values, String valuesFile, String prefix, List<dev.rustgo.diagnostics.Notice> notices) {
        YamlNode.Scalar enabled = Nodes.scalar(values, "autoscaling", "enabled");
        if (enabled != null && enabled.text().equals("true")) {
            Figure max = Checked.count(
                    Nodes.scalar(values, "autoscaling", "maxReplicas"),
                    valuesFile,
                    "Helm values " + prefix + "autoscaling.maxReplicas",
                    1,
                    notices);
            if (max != null) {
                return max;
            }
        }
        for (String key : prefix.isEmpty() ? List.of("replicaCount") : List.of("replicaCount", "replicas")) {
            Figure replicas =
                    Checked.count(Nodes.scalar(values, key), valuesFile, "Helm values " + prefix + key, 0, notices);
            if (replicas != null) {
                return replicas;
            }
        }
        return null;
    }

    private static Figure memory(
            YamlNode values, String valuesFile, String prefix, List<dev.rustgo.diagnostics.Notice> notices) {
        for (String level : List.of("limits", "requests")) {
            Figure figure = Checked.memory(
                    Nodes.scalar(values, "resources", level, "memory"),
                    valuesFile,
                    "Helm values " + prefix + "resources." + level + ".memory",
                    false,
                    notices);
            if (figure != null) {
                return figure;
            }
        }
        return null;
    }

    /**
     * A name as an umbrella chart's block and a service are compared: lower case, without {@code -},
     * {@code _} and {@code .}, and without a {@code service} suffix ({@code adService},
     * {@code ad-service} and {@code adservice} are all {@code ad}).
     */
    static String normalised(String name) {
        String n =
                name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(".", "");
        return n.endsWith("service") && n.length() > "service".length() ? n.substring(0, n.length() - 7) : n;
    }
}
