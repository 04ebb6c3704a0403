package dev.rustgo.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rustgo.evidence.Manifests.Autoscaler;
import dev.rustgo.evidence.Manifests.Workload;
import dev.rustgo.model.Position;
import dev.rustgo.yaml.YamlNode;
import dev.rustgo.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestsTest {

    private static List<Object> read(String yaml) {
        YamlReader.Result result =
                YamlReader.forManifests().read(yaml.getBytes(StandardCharsets.UTF_8), "deploy/x.yaml");
        assertEquals(List.of(), result.problems());
        return result.documents().stream()
                .map(d -> Manifests.read(d, "deploy/x.yaml"))
                .toList();
    }

    @Test
    void aDeploymentGivesItsReplicasAndTheMemoryLimitOfTheServiceContainerNotTheSidecar() {
        Workload w = (Workload) read("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: orders
                  namespace: shop
                  labels: {app.kubernetes.io/name: orders-app, tier: api}
                spec:
                  replicas: 6
                  template:
                    spec:
                      containers:
                        - name: istio-proxy
                          resources: {limits: {memory: 1Gi}}
                        - name: orders-app
                          resources:
                            requests: {memory: 128Mi}
                            limits: {memory: 512Mi}
                """).get(0);
        assertEquals("Deployment orders", w.describe());
        assertEquals("shop", w.namespace());
        assertEquals(Map.of("app.kubernetes.io/name", "orders-app", "tier", "api"), w.labels());
        assertEquals(6, w.replicas().value());
        assertEquals(new Position(8, 13), w.replicas().position());
        assertEquals("Deployment orders replicas", w.replicas().source());
        assertEquals(512, w.memoryMiB().value());
        assertEquals(new Position(17, 30), w.memoryMiB().position());
        assertEquals(
                "Deployment orders container orders-app memory limit 512Mi",
                w.memoryMiB().source());
    }

    @Test
    void withoutALimitTheRequestCountsAndWithoutAMatchingNameTheLargestContainer() {
        Workload w = (Workload) read("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: ledger}
                spec:
                  template:
                    spec:
                      containers:
                        - name: main
                          resources: {requests: {memory: 2Gi}}
                        - name: helper
                          resources: {limits: {memory: 256Mi}}
                """).get(0);
        assertNull(w.replicas(), "no replicas written: no figure, not Kubernetes' default of one");
        assertEquals(2048, w.memoryMiB().value());
        assertEquals(
                "StatefulSet ledger container main memory request 2Gi",
                w.memoryMiB().source());
    }

    @Test
    void aContainerWithoutANameIsOneOfTheCandidates() {
        // Found by ManifestFuzzTest#kubernetesManifest (crash-a04a4a81...): a nameless container beside a
        // named one threw a NullPointerException out of the whole audit.
        Workload w = (Workload) read("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: orders}
                spec:
                  template:
                    spec:
                      containers:
                        - resources: {limits: {memory: 2Gi}}
                        - name: sidecar
                          resources: {limits: {memory: 64Mi}}
                """).get(0);
        assertEquals(2048, w.memoryMiB().value());
        assertEquals(
                "Deployment orders container (unnamed) memory limit 2Gi",
                w.memoryMiB().source());
    }

    @Test
    void whatAFigureQuotesFromTheFileStaysOnOneLine() {
        Autoscaler a = (Autoscaler) read("""
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: "orders\\nhpa"}
                spec: {scaleTargetRef: {kind: Deployment, name: orders}, maxReplicas: 5}
                """).get(0);
        assertEquals("HorizontalPodAutoscaler orders\\nhpa maxReplicas", a.max().source());
    }

    @Test
    void aDaemonSetHasNoReplicaCountOfItsOwn() {
        Workload w = (Workload) read("""
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: agent}
                spec:
                  replicas: 3
                  template: {spec: {containers: [{name: agent, resources: {limits: {memory: 64Mi}}}]}}
                """).get(0);
        assertNull(w.replicas());
        assertEquals(64, w.memoryMiB().value());
    }

    @Test
    void anAutoscalerGivesItsCeilingAndTheWorkloadItScales() {
        Autoscaler a = assertInstanceOf(Autoscaler.class, read("""
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: orders-hpa}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: orders}
                  minReplicas: 2
                  maxReplicas: 24
                """).get(0));
        assertEquals("Deployment", a.targetKind());
        assertEquals("orders", a.targetName());
        assertEquals(24, a.max().value());
        assertEquals(new Position(7, 16), a.max().position());
        assertEquals("HorizontalPodAutoscaler orders-hpa maxReplicas", a.max().source());
    }

    @Test
    void secretsConfigMapsOtherApiGroupsAndNamelessDocumentsAreNotRead() {
        List<Object> read = read("""
                apiVersion: v1
                kind: Secret
                metadata: {name: orders-db}
                stringData: {password: hunter2}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: orders}
                data: {replicas: "9"}
                ---
                apiVersion: extensions/v1beta1
                kind: Deployment
                metadata: {name: orders}
                spec: {replicas: 3}
                ---
                apiVersion: apps/v1
                kind: Deployment
                spec: {replicas: 3}
                ---
                - a list
                """);
        assertEquals(5, read.size());
        read.forEach(x -> assertNull(x));
    }

    @Test
    void aDocumentWithoutTheKindOrWithAFigureOfAnotherShapeGivesNone() {
        YamlNode none = new YamlNode.Scalar("x", true, Position.START);
        assertNull(Manifests.read(none, "x.yaml"));
        Workload w = (Workload) read("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: orders}
                spec:
                  replicas: "{{ .Values.replicas }}"
                  template: {spec: {containers: [{name: orders, resources: {limits: {memory: lots}}}]}}
                """).get(0);
        assertNull(w.replicas());
        assertNull(w.memoryMiB());
    }
}
