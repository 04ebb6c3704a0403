package dev.rustgo.evidence;

import dev.rustgo.diagnostics.Problem;
import dev.rustgo.load.KubernetesKinds;
import dev.rustgo.model.Position;
import dev.rustgo.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/**
 * Reads the Kubernetes workloads of a manifest: Deployments, StatefulSets and DaemonSets (replicas,
 * and the memory limit, else request, of the service's container) and HorizontalPodAutoscalers
 * ({@code maxReplicas} and the workload they scale). Only those fields are read: a Secret, a
 * ConfigMap, environment variables and every other field are never looked at, so nothing of them
 * reaches a report or the log.
 */
final class Manifests {

    private Manifests() {}

    /** A workload: where it is, its name and labels, and the figures it gives. */
    record Workload(
            String file,
            Position position,
            String kind,
            String name,
            String namespace,
            Map<String, String> labels,
            Figure replicas,
            Figure memoryMiB) {

        /** {@code Deployment orders}. */
        String describe() {
            return kind + " " + name;
        }
    }

    /** An autoscaler: the workload it scales and its {@code maxReplicas}. */
    record Autoscaler(String file, String name, String namespace, String targetKind, String targetName, Figure max) {}

    /**
     * A figure read from a file, with its place and what it is there; the source names what the file
     * calls things (a workload, a container), shown on one line wherever it is quoted.
     */
    record Figure(long value, String file, Position position, String source) {
        Figure {
            source = Problem.oneLine(source);
        }
    }

    /** What one document is, as far as the audit cares; {@code null} for anything else. */
    static Object read(YamlNode document, String file) {
        return read(document, file, new java.util.ArrayList<>());
    }

    /** What one document is; a value Kubernetes would reject is a warning in {@code notices}, not a figure. */
    static Object read(YamlNode document, String file, List<dev.rustgo.diagnostics.Notice> notices) {
        if (!(document instanceof YamlNode.Mapping mapping)) {
            return null;
        }
        String kind = Nodes.text(mapping, "kind");
        String apiVersion = Nodes.text(mapping, "apiVersion");
        if (kind == null || apiVersion == null) {
            return null;
        }
        String name = Nodes.text(mapping, "metadata", "name");
        if (name == null) {
            return null;
        }
        String namespace = Nodes.text(mapping, "metadata", "namespace");
        if (KubernetesKinds.WORKLOADS.contains(kind) && apiVersion.startsWith("apps/")) {
            return workload(mapping, file, kind, name, namespace, notices);
        }
        if (KubernetesKinds.AUTOSCALER.equals(kind) && apiVersion.startsWith("autoscaling/")) {
            String targetKind = Nodes.text(mapping, "spec", "scaleTargetRef", "kind");
            String targetName = Nodes.text(mapping, "spec", "scaleTargetRef", "name");
            if (targetKind == null || targetName == null) {
                return null;
            }
            Figure max = Checked.count(
                    Nodes.scalar(mapping, "spec", "maxReplicas"),
                    file,
                    "HorizontalPodAutoscaler " + name + " maxReplicas",
                    1,
                    notices);
            return max == null ? null : new Autoscaler(file, name, namespace, targetKind, targetName, max);
        }
        return null;
    }

    private static Workload workload(
            YamlNode.Mapping mapping,
            String file,
            String kind,
            String name,
            String namespace,
            List<dev.rustgo.diagnostics.Notice> notices) {
        Map<String, String> labels = Nodes.strings(Nodes.at(mapping, "metadata", "labels"));
        Figure replicas = null;
        if (!kind.equals("DaemonSet")) { // a DaemonSet runs one pod a node: the count is the cluster's, not the file's
            replicas = Checked.count(
                    Nodes.scalar(mapping, "spec", "replicas"), file, kind + " " + name + " replicas", 0, notices);
        }
        Figure memory = null;
        if (Nodes.at(mapping, "spec", "template", "spec", "containers") instanceof YamlNode.Sequence containers) {
            String app = labels.getOrDefault("app.kubernetes.io/name", name);
            memory = memory(containers.items(), file, kind + " " + name, List.of(name, app), notices);
        }
        return new Workload(file, mapping.position(), kind, name, namespace, labels, replicas, memory);
    }

    /**
     * The memory of the service's container: the one named like the workload (or its app label),
     * else the only one, else the largest; its limit, else its request.
     */
    private static Figure memory(
            List<YamlNode> containers,
            String file,
            String workload,
            List<String> names,
            List<dev.rustgo.diagnostics.Notice> notices) {
        Figure only = null;
        Figure largest = null;
        for (YamlNode container : containers) {
            Figure figure = containerMemory(container, file, workload, notices);
            if (figure == null) {
                continue;
            }
            String name = Nodes.text(container, "name");
            if (name != null && names.contains(name)) {
                return figure;
            }
            only = only == null ? figure : only;
            largest = largest == null || figure.value() > largest.value() ? figure : largest;
        }
        return containers.size() == 1 ? only : largest;
    }

    private static Figure containerMemory(
            YamlNode container, String file, String workload, List<dev.rustgo.diagnostics.Notice> notices) {
        String containerName = Nodes.text(container, "name");
        for (String level : List.of("limits", "requests")) {
            Figure figure = Checked.memory(
                    Nodes.scalar(container, "resources", level, "memory"),
                    file,
                    workload + " container " + (containerName == null ? "(unnamed)" : containerName) + " memory "
                            + (level.equals("limits") ? "limit" : "request"),
                    false,
                    notices);
            if (figure != null) {
                return figure;
            }
        }
        return null;
    }
}
