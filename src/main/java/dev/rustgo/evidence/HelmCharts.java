package dev.rustgo.evidence;

import dev.rustgo.evidence.Manifests.Figure;
import dev.rustgo.yaml.YamlNode;
import java.util.List;

/**
 * Reads a Helm chart's {@code values.yaml} for the keys {@code helm create} writes:
 * {@code replicaCount}, {@code autoscaling.enabled} and {@code autoscaling.maxReplicas}, and
 * {@code resources.limits.memory} (else {@code resources.requests.memory}). Templates are not
 * rendered, so a chart that names these values otherwise, or an environment's values file that
 * overrides them, is not seen; every figure says it came from the chart's defaults.
 */
final class HelmCharts {

    private HelmCharts() {}

    /**
     * A chart: its directory (as reports name it, {@code /} separators), its name and the figures of its
     * values, each {@code null} when the values do not give it.
     */
    record Chart(String directory, String file, String name, Figure instances, Figure memoryMiB) {}

    /** The chart whose {@code Chart.yaml} holds {@code chart} and whose {@code values.yaml} holds {@code values}. */
    static Chart read(String directory, String chartFile, YamlNode chart, String valuesFile, YamlNode values) {
        String name = Nodes.text(chart, "name");
        if (name == null) {
            return null;
        }
        Figure instances = null;
        Figure memory = null;
        if (values != null) {
            YamlNode.Scalar enabled = Nodes.scalar(values, "autoscaling", "enabled");
            YamlNode.Scalar max = Nodes.scalar(values, "autoscaling", "maxReplicas");
            YamlNode.Scalar replicas = Nodes.scalar(values, "replicaCount");
            if (enabled != null && enabled.text().equals("true") && Nodes.whole(max) != null) {
                instances =
                        new Figure(Nodes.whole(max), valuesFile, max.position(), "Helm values autoscaling.maxReplicas");
            } else if (Nodes.whole(replicas) != null) {
                instances =
                        new Figure(Nodes.whole(replicas), valuesFile, replicas.position(), "Helm values replicaCount");
            }
            for (String level : List.of("limits", "requests")) {
                YamlNode.Scalar node = Nodes.scalar(values, "resources", level, "memory");
                Long mib = node == null ? null : Quantities.mebibytes(node.text());
                if (mib != null) {
                    memory = new Figure(
                            mib,
                            valuesFile,
                            node.position(),
                            "Helm values resources." + level + ".memory " + node.text());
                    break;
                }
            }
        }
        return new Chart(directory, chartFile, name, instances, memory);
    }
}
