package dev.rustgo.load;

import java.util.Set;

/**
 * The Kubernetes kinds the repository reading takes figures from: the loader marks a descriptor file
 * that holds one, and the reader of manifests reads them. One list, so the two never disagree.
 */
public final class KubernetesKinds {

    /** Workloads: replicas and the memory of the service's container. */
    public static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet");

    /** The autoscaler, whose {@code maxReplicas} is what a workload costs at peak. */
    public static final String AUTOSCALER = "HorizontalPodAutoscaler";

    private KubernetesKinds() {}

    /** Whether a document of this kind holds figures the repository reading takes. */
    public static boolean read(String kind) {
        return kind != null && (WORKLOADS.contains(kind) || AUTOSCALER.equals(kind));
    }

    /** A look at a file's text: whether it may hold such a document, before anyone parses it. */
    public static boolean mentioned(String text) {
        if (!text.contains("kind:")) {
            return false;
        }
        for (String kind : WORKLOADS) {
            if (text.contains(kind)) {
                return true;
            }
        }
        return text.contains(AUTOSCALER);
    }
}
