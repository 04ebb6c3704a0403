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

    private static final java.util.regex.Pattern COMPOSE_FILE = java.util.regex.Pattern.compile(
            "(docker-)?compose([.-][A-Za-z0-9_.-]+)?\\.ya?ml", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Whether a file, by its name, is a Docker Compose file ({@code compose.yaml}, {@code docker-compose.yml},
     * their overrides and variants): never a descriptor, whatever the includes match; the repository
     * reading reads it as Compose.
     */
    public static boolean composeFile(String name) {
        return COMPOSE_FILE.matcher(name.substring(name.lastIndexOf('/') + 1)).matches();
    }

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
