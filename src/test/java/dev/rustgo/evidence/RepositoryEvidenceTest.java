package dev.rustgo.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.Projects;
import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.criteria.Assessment;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Service;
import dev.rustgo.policy.FailOn;
import dev.rustgo.report.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's facts, through the whole engine: what is inferred, from where, and what drifted. */
class RepositoryEvidenceTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Projects.write(dir, name, text);
    }

    private AuditResult audit(boolean infer) throws Exception {
        return new Auditor().audit(Projects.request(dir).withInfer(infer));
    }

    private static Service service(AuditResult result, String name) {
        return result.assessments().stream()
                .map(Assessment::service)
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no service " + name));
    }

    /** Each inferred value as "field value <- place (source)". */
    private static List<String> inferred(Service s) {
        List<String> out = new ArrayList<>();
        s.inferred().forEach((f, from) -> out.add(f.key() + " " + value(s.value(f)) + " <- " + from));
        return out;
    }

    private static String value(Object v) {
        return v instanceof Language l ? l.id() : String.valueOf(v);
    }

    private static List<String> findings(AuditResult result) {
        return result.findings().stream()
                .map(f -> f.severity().id() + " " + f.place() + " [" + f.rule() + "] " + f.message())
                .toList();
    }

    private static String nativeService(String name, String spec) {
        return "apiVersion: rustgo.dev/v1\nkind: Service\nmetadata:\n  name: " + name + "\nspec:\n  language: go\n"
                + "  role: api\n" + spec;
    }

    private static String deployment(String name, String labels, int replicas, String memory) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: %s
                  labels: {%s}
                spec:
                  replicas: %d
                  template:
                    spec:
                      containers:
                        - name: %s
                          resources: {limits: {memory: %s}}
                """.formatted(name, labels, replicas, name, memory);
    }

    @Test
    void valuesTheDescriptorLeavesOutAreFilledFromTheManifestsWithTheirPlace() throws Exception {
        write("services/orders/orders.rustgo.yaml", nativeService("orders", ""));
        write("services/orders/go.mod", "module orders\n");
        write("services/orders/main.go", "package main\n\nfunc main() {\n}\n");
        write("deploy/orders.yaml", deployment("orders", "app: orders", 4, "512Mi") + """
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: orders}
                spec:
                  scaleTargetRef: {kind: Deployment, name: orders}
                  maxReplicas: 24
                """);
        AuditResult result = audit(true);
        Service orders = service(result, "orders");
        assertEquals(
                List.of(
                        "memoryBudgetMiB 512 <- deploy/orders.yaml:12:40 (Deployment orders container orders memory"
                                + " limit 512Mi)",
                        "instances 24 <- deploy/orders.yaml:19:16 (HorizontalPodAutoscaler orders maxReplicas)",
                        "codeLines 3 <- services/orders/go.mod:1:1 (3 lines of go in 1 file, without tests, vendored or"
                                + " generated code)"),
                inferred(orders));
        assertEquals(24L, orders.instances());
        assertFalse(orders.written(Field.INSTANCES));
        Assessment a = result.assessments().get(0);
        assertFalse(a.missing().contains(Field.INSTANCES), "an inferred value is evidence, not missing");
        assertTrue(a.missing().contains(Field.PEAK_RPS));
        assertEquals(List.of(), findings(result), "nothing drifted: the descriptor wrote none of them");

        AuditResult off = audit(false);
        assertEquals(Map.of(), service(off, "orders").inferred(), "rustgo.infer=false reads the descriptors only");
        assertTrue(off.assessments().get(0).missing().contains(Field.INSTANCES));
    }

    @Test
    void workloadsAreMatchedAsBackstageMatchesThem() throws Exception {
        write("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: by-id
                  annotations:
                    backstage.io/kubernetes-id: billing
                    rustgo.dev/language: go
                    rustgo.dev/role: api
                spec: {type: service, owner: team-a}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: by-selector
                  annotations:
                    backstage.io/kubernetes-label-selector: 'app=search,tier=api'
                    rustgo.dev/language: go
                    rustgo.dev/role: api
                spec: {type: service, owner: team-a}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: by-label
                  annotations: {rustgo.dev/language: go, rustgo.dev/role: api}
                spec: {type: service, owner: team-a}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: by-name
                  annotations: {rustgo.dev/language: go, rustgo.dev/role: api}
                spec: {type: service, owner: team-a}
                """);
        write(
                "k8s/workloads.yaml",
                deployment("billing-v2", "backstage.io/kubernetes-id: billing", 5, "1Gi")
                        + "---\n" + deployment("by-id", "", 50, "4Gi") // the id wins over the name
                        + "---\n" + deployment("search-api", "app: search, tier: api", 7, "256Mi")
                        + "---\n" + deployment("search-worker", "app: search, tier: worker", 70, "256Mi")
                        + "---\n" + deployment("labelled", "app.kubernetes.io/name: by-label", 8, "128Mi")
                        + "---\n" + deployment("by-name", "", 9, "64Mi"));
        AuditResult result = audit(true);
        assertEquals(5L, service(result, "by-id").instances());
        assertEquals(1024L, service(result, "by-id").memoryBudgetMiB());
        assertEquals(7L, service(result, "by-selector").instances());
        assertEquals(8L, service(result, "by-label").instances());
        assertEquals(9L, service(result, "by-name").instances());
    }

    @Test
    void aHelmChartNamedLikeTheServiceOrInItsDirectoryGivesItsValuesAndItsTemplatesAreNotRead() throws Exception {
        write("services/matcher/matcher.rustgo.yaml", nativeService("matcher", ""));
        write("services/matcher/deploy/Chart.yaml", "apiVersion: v2\nname: matching-engine\nversion: 1.0.0\n");
        write("services/matcher/deploy/values.yaml", """
                replicaCount: 3
                autoscaling:
                  enabled: false
                  maxReplicas: 100
                resources:
                  requests:
                    memory: 192Mi
                """);
        write("services/matcher/deploy/templates/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ include "x.fullname" . }}
                """);
        write("charts/quotes/Chart.yaml", "apiVersion: v2\nname: quotes\nversion: 1.0.0\n");
        write("charts/quotes/values.yaml", "autoscaling:\n  enabled: true\n  maxReplicas: 12\n");
        write("services/quotes.rustgo.yaml", nativeService("quotes", ""));
        AuditResult result = audit(true);
        assertEquals(
                List.of(
                        "memoryBudgetMiB 192 <- services/matcher/deploy/values.yaml:7:13 (Helm values"
                                + " resources.requests.memory 192Mi)",
                        "instances 3 <- services/matcher/deploy/values.yaml:1:15 (Helm values replicaCount)"),
                inferred(service(result, "matcher")));
        assertEquals(
                List.of("instances 12 <- charts/quotes/values.yaml:3:16 (Helm values autoscaling.maxReplicas)"),
                inferred(service(result, "quotes")));
        assertEquals(List.of(), result.load().problems(), "a chart's files are never descriptors");
        assertEquals(List.of(), findings(result), "and its templates no manifest finding: they are not rendered");
        assertTrue(result.load()
                .notes()
                .contains("services/matcher/deploy/templates/deployment.yaml: a template of"
                        + " the Helm chart services/matcher/deploy; templates are not rendered, so only the chart's values.yaml"
                        + " is read"));
    }

    @Test
    void aChartFileOrManifestThatLinksOutOfTheProjectIsWarnedAboutAndNeverRead(@TempDir Path outside) throws Exception {
        Path values = Files.writeString(outside.resolve("values.yaml"), "replicaCount: 40\n");
        Path manifest = Files.writeString(outside.resolve("deployment.yaml"), deployment("quotes", "", 60, "4Gi"));
        write("services/matcher/matcher.rustgo.yaml", nativeService("matcher", ""));
        write("services/matcher/deploy/Chart.yaml", "apiVersion: v2\nname: matcher\nversion: 1.0.0\n");
        Files.createSymbolicLink(dir.resolve("services/matcher/deploy/values.yaml"), values);
        write("services/quotes.rustgo.yaml", nativeService("quotes", ""));
        Files.createDirectories(dir.resolve("deploy"));
        Files.createSymbolicLink(dir.resolve("deploy/quotes.yaml"), manifest);
        AuditResult result = audit(true);
        assertEquals(List.of(), inferred(service(result, "matcher")), "no figure from outside the project");
        assertEquals(List.of(), inferred(service(result, "quotes")));
        assertEquals(
                List.of(
                        "warning deploy/quotes.yaml:1:1 [link-outside-project] symbolic link to a place outside the"
                                + " project (" + manifest.toRealPath() + "); not followed",
                        "warning services/matcher/deploy/values.yaml:1:1 [link-outside-project] symbolic link to a place"
                                + " outside the project (" + values.toRealPath() + "); not followed"),
                findings(result));
    }

    @Test
    void aWrittenValueWinsAndIsCheckedForDriftBeyondTheTolerance() throws Exception {
        write("services/orders/orders.rustgo.yaml", nativeService("orders", """
                  resources:
                    instances: 4
                    memoryBudgetMiB: 400
                """));
        write("services/orders/Cargo.toml", "[package]\nname = \"orders\"\n");
        write("services/orders/src/main.rs", "fn main() {}\n");
        write("deploy/orders.yaml", deployment("orders", "", 24, "512Mi"));
        AuditResult result = audit(true);
        Service orders = service(result, "orders");
        assertEquals(4L, orders.instances(), "the descriptor wins");
        assertEquals(Map.of(), orders.inferred(), "nothing inferred: lines of Rust would price the wrong rewrite");
        assertEquals(
                List.of(
                        "warning services/orders/orders.rustgo.yaml:6:13 [descriptor-drift] spec.language says go, but"
                                + " the build file services/orders/Cargo.toml says rust; the code is what ships: fix"
                                + " spec.language, or point the descriptor at the service's own directory",
                        "warning services/orders/orders.rustgo.yaml:9:16 [descriptor-drift] spec.resources.instances says"
                                + " 4, but deploy/orders.yaml:7:13 (Deployment orders replicas) gives 24 (more than 1.5 times"
                                + " apart, drift.instancesRatio); the repository is what runs: set spec.resources.instances to"
                                + " 24, or fix deploy/orders.yaml if it is the one that is wrong"),
                findings(result),
                "400 MiB against a 512 MiB limit is within drift.memoryRatio");
        assertEquals("instances", result.findings().get(1).about(), "the fingerprint holds while the figures move");
    }

    @Test
    void theToleranceIsThePolicys() throws Exception {
        write("services/a.rustgo.yaml", nativeService("a", "  resources: {instances: 3, memoryBudgetMiB: 100}\n"));
        write("deploy/a.yaml", deployment("a", "", 5, "140Mi"));
        assertEquals(List.of(), findings(audit(true)), "3 against 5: two apart, within drift.instancesSlack");
        write("rustgo-policy.yaml", """
                apiVersion: rustgo.dev/v1
                kind: Policy
                thresholds:
                  drift.instancesSlack: 1
                  drift.memoryRatio: 1.2
                """);
        AuditRequest request = new AuditRequest(
                dir,
                List.of(dir),
                List.of(),
                List.of(),
                FailOn.ERROR,
                dir.resolve("target/rustgo"),
                Set.of(),
                LocalDate.of(2026, 12, 1),
                dir.resolve("rustgo-policy.yaml"),
                null,
                0);
        AuditResult result = new Auditor().audit(request);
        assertEquals(
                List.of("descriptor-drift instances", "descriptor-drift memoryBudgetMiB"),
                result.findings().stream().map(f -> f.rule() + " " + f.about()).toList());
    }

    @Test
    void aBadManifestIsANoticeAboutThatFileAndTheRestIsAudited() throws Exception {
        write("services/a.rustgo.yaml", nativeService("a", ""));
        write("deploy/a.yaml", deployment("a", "", 5, "160Mi"));
        write("deploy/broken.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: [\n");
        StringBuilder deep =
                new StringBuilder("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: deep}\nspec:\n");
        for (int i = 0; i < 40; i++) {
            deep.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
        }
        write("deploy/deep.yaml", deep.toString());
        write("deploy/huge.yaml", "kind: Deployment\n# " + "x".repeat(1024 * 1024) + "\n");
        write("deploy/alias.yaml", "kind: Deployment\nmetadata: &m {name: a}\nother: *m\n");
        AuditResult result = audit(true);
        assertEquals(List.of(), result.load().problems());
        assertEquals(5L, service(result, "a").instances());
        assertEquals(
                List.of(
                        "warning deploy/alias.yaml:2:11 [manifest-not-read] not read as a Kubernetes manifest:"
                                + " anchors ('&m') are not allowed in manifests; write the value out; the audit goes on without it",
                        "warning deploy/broken.yaml:4:1 [manifest-not-read] not read as a Kubernetes manifest: invalid"
                                + " YAML: expected the node content, but found '<stream end>'; the audit goes on without it",
                        "warning deploy/deep.yaml:36:65 [manifest-not-read] not read as a Kubernetes manifest: nesting"
                                + " deeper than 32 levels is not allowed in a manifest; the audit goes on without it",
                        "warning deploy/huge.yaml:1:1 [manifest-not-read] not read as a Kubernetes manifest: is larger"
                                + " than 1024 KiB; a manifest is a small file, so it was not read; the audit goes on without"
                                + " it"),
                findings(result));
    }

    @Test
    void valuesKubernetesWouldRejectAreWarningsNeverFigures() throws Exception {
        write("services/a.rustgo.yaml", nativeService("a", ""));
        write("services/b.rustgo.yaml", nativeService("b", ""));
        write("services/c.rustgo.yaml", nativeService("c", ""));
        write("services/d.rustgo.yaml", nativeService("d", ""));
        write("deploy/a.yaml", deployment("a", "", 5, "500m").replace("replicas: 5", "replicas: 2147483648"));
        write("deploy/b.yaml", deployment("b", "", 5, "1Ei") + """
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: b}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: b}
                  maxReplicas: 0
                """);
        write("deploy/c.yaml", deployment("c", "", 5, "256Mi").replace("replicas: 5", "replicas: 123456789012345"));
        write("deploy/d.yaml", deployment("d", "", 5, "1x").replace("replicas: 5", "replicas: -1"));
        AuditResult result = audit(true);
        assertEquals(List.of(), inferred(service(result, "a")));
        assertEquals(
                List.of("memoryBudgetMiB 256 <- deploy/c.yaml:12:40 (Deployment c container c memory limit 256Mi)"),
                inferred(service(result, "c")));
        assertEquals(
                List.of("instances 5 <- deploy/b.yaml:7:13 (Deployment b replicas)"),
                inferred(service(result, "b")),
                "an autoscaler of maxReplicas 0 sets nothing to 0");
        String end = "; ignored, the audit goes on without it";
        assertEquals(
                List.of(
                        "warning deploy/a.yaml:7:13 [manifest-value-ignored] Deployment a replicas '2147483648' is not a"
                                + " value Kubernetes accepts (a whole number from 0 to 2147483647)" + end,
                        "warning deploy/a.yaml:12:40 [manifest-value-ignored] Deployment a container a memory limit"
                                + " '500m' is 0.5 bytes, under 1 MiB: no container runs in that ('m' is milli; did you"
                                + " mean Mi?)" + end,
                        "warning deploy/b.yaml:12:40 [manifest-value-ignored] Deployment b container b memory limit"
                                + " '1Ei' is over 64 TiB, more memory than any machine has" + end,
                        "warning deploy/b.yaml:19:16 [manifest-value-ignored] HorizontalPodAutoscaler b maxReplicas '0'"
                                + " is not a value Kubernetes accepts (a whole number from 1 to 2147483647)" + end,
                        "warning deploy/c.yaml:7:13 [manifest-value-ignored] Deployment c replicas '123456789012345' is"
                                + " not a value Kubernetes accepts (a whole number from 0 to 2147483647)" + end,
                        "warning deploy/d.yaml:7:13 [manifest-value-ignored] Deployment d replicas '-1' is not a value"
                                + " Kubernetes accepts (a whole number from 0 to 2147483647)" + end,
                        "warning deploy/d.yaml:12:40 [manifest-value-ignored] Deployment d container d memory limit"
                                + " '1x' is not a Kubernetes memory quantity (512Mi, 1Gi, 500M)" + end),
                findings(result));
    }

    @Test
    void aManifestUnderTheDescriptorIncludesIsReadAsAManifestNotJudgedAsADescriptor() throws Exception {
        write("services/search/search.rustgo.yaml", nativeService("search", ""));
        StringBuilder deep = new StringBuilder(deployment("search", "", 4, "768Mi"));
        deep.append("      affinity:\n");
        for (int i = 0; i < 12; i++) {
            deep.append("  ".repeat(i + 4)).append("level").append(i).append(":\n");
        }
        deep.append("  ".repeat(16)).append("key: value\n");
        write("services/search/deployment.yaml", deep.toString());
        write("services/search/hpa.yaml", """
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: &meta {name: search}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: search}
                  maxReplicas: 9
                """);
        write("services/search/template.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ .Release.Name }}
                """);
        AuditResult result = audit(true);
        assertEquals(List.of(), result.load().problems(), "no descriptor rule for a manifest");
        assertEquals(
                List.of(
                        "memoryBudgetMiB 768 <- services/search/deployment.yaml:12:40 (Deployment search container"
                                + " search memory limit 768Mi)",
                        "instances 4 <- services/search/deployment.yaml:7:13 (Deployment search replicas)"),
                inferred(service(result, "search")));
        assertEquals(
                List.of("warning services/search/hpa.yaml:3:11 [manifest-not-read] not read as a Kubernetes manifest:"
                        + " anchors ('&meta') are not allowed in manifests; write the value out; the audit goes on"
                        + " without it"),
                findings(result));
    }

    @Test
    void aUtf16ManifestAndAKubectlListExportAreRead() throws Exception {
        write("services/a.rustgo.yaml", nativeService("a", ""));
        write("services/b.rustgo.yaml", nativeService("b", ""));
        Path utf16 = dir.resolve("deploy/a.yaml");
        Files.createDirectories(utf16.getParent());
        Files.write(
                utf16,
                ("\uFEFF" + deployment("a", "", 3, "96Mi")).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        String item = deployment("b", "", 6, "64Mi").replace("\n", "\n    ");
        write("deploy/export.yaml", "apiVersion: v1\nkind: List\nitems:\n  - " + item.strip() + "\n");
        AuditResult result = audit(true);
        assertEquals(
                List.of(
                        "memoryBudgetMiB 96 <- deploy/a.yaml:12:40 (Deployment a container a memory limit 96Mi)",
                        "instances 3 <- deploy/a.yaml:7:13 (Deployment a replicas)"),
                inferred(service(result, "a")));
        assertEquals(
                List.of(
                        "memoryBudgetMiB 64 <- deploy/export.yaml:15:44 (Deployment b container b memory limit 64Mi)",
                        "instances 6 <- deploy/export.yaml:10:17 (Deployment b replicas)"),
                inferred(service(result, "b")));
    }

    @Test
    void aManifestThatCannotBeReadIsAWarningWithItsPath() throws Exception {
        write("services/a.rustgo.yaml", nativeService("a", ""));
        Files.createDirectories(dir.resolve("deploy/broken.yaml")); // found as a file, then no file to read
        dev.rustgo.evidence.RepositoryEvidence.Result r = new RepositoryEvidence()
                .apply(
                        dir,
                        List.of(new dev.rustgo.load.Discovery.SourceFile(
                                dir.resolve("deploy/broken.yaml"), "deploy/broken.yaml")),
                        audit(false).portfolio().services(),
                        dev.rustgo.criteria.Thresholds.defaults());
        assertEquals(
                List.of("deploy/broken.yaml:1:1: cannot be read (IOException); the audit goes on without it"),
                r.notices().stream().map(n -> n.where().toString()).toList());
    }

    /** A Go API, services/a.yaml, that says its instances and memory budget; every value at the file's start. */
    private static Service withResources(long instances, long memoryBudgetMiB) {
        dev.rustgo.model.Position start = dev.rustgo.model.Position.START;
        return Service.builder("services/a.yaml", start)
                .put(Field.NAME, "a", start)
                .put(Field.LANGUAGE, Language.GO, start)
                .put(Field.ROLE, dev.rustgo.model.Role.API, start)
                .put(Field.INSTANCES, instances, start)
                .put(Field.MEMORY_BUDGET_MIB, memoryBudgetMiB, start)
                .build();
    }

    /** The drift of {@code field} against a value Deployment a gives in deploy/a.yaml, at the default tolerances. */
    private static String drift(Service s, Field field, long value) {
        return RepositoryEvidence.drift(
                s,
                field,
                value,
                new dev.rustgo.model.Provenance("deploy/a.yaml", dev.rustgo.model.Position.START, "Deployment a"),
                dev.rustgo.criteria.Thresholds.defaults());
    }

    @Test
    void driftStartsJustPastEachTolerance() {
        Service s = withResources(10L, 100L);
        // instances: 1.5 times apart and more than 2 apart; 10 and 15 are exactly 1.5 times apart.
        assertNull(drift(s, Field.INSTANCES, 15L));
        assertEquals(
                "spec.resources.instances says 10, but deploy/a.yaml:1:1 (Deployment a) gives 16 (more than 1.5 times"
                        + " apart, drift.instancesRatio); the repository is what runs: set spec.resources.instances"
                        + " to 16, or fix deploy/a.yaml if it is the one that is wrong",
                drift(s, Field.INSTANCES, 16L));
        assertNull(drift(s, Field.INSTANCES, 7L), "10 and 7: 1.43 times apart");
        assertTrue(drift(s, Field.INSTANCES, 6L) != null, "10 and 6: 1.67 times apart");
    }

    @Test
    void memoryDriftStartsJustPastItsRatio() {
        Service s = withResources(2L, 100L);
        assertNull(drift(s, Field.MEMORY_BUDGET_MIB, 150L));
        assertTrue(drift(s, Field.MEMORY_BUDGET_MIB, 151L)
                .startsWith("spec.resources.memoryBudgetMiB says 100 MiB, but deploy/a.yaml:1:1 (Deployment a) gives"
                        + " the container 151 MiB"));
        assertNull(drift(s, Field.MEMORY_BUDGET_MIB, 67L));
        assertTrue(drift(s, Field.MEMORY_BUDGET_MIB, 66L) != null);
        // 2 and 4 are twice apart, but only 2 instances apart: within the slack.
        assertNull(drift(s, Field.INSTANCES, 4L));
        assertTrue(drift(s, Field.INSTANCES, 5L) != null);
        assertNull(drift(s, Field.CODE_LINES, 5L), "only three fields can drift");
    }

    @Test
    void aSourceLocationPointsTheBuildFilesAtAnotherDirectoryOfTheProjectOnly() throws Exception {
        String catalog = """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: %s
                  annotations:
                    rustgo.dev/role: api
                    backstage.io/source-location: %s
                spec: {type: service, owner: shop}
                """;
        write(
                "catalog/orders.yaml".replace(".yaml", "/catalog-info.yaml"),
                catalog.formatted("orders", "dir:../../code/orders/"));
        write("code/orders/go.mod", "module orders\n");
        write("code/orders/main.go", "package main\n");
        write("catalog/web/catalog-info.yaml", catalog.formatted("web", "url:https://github.com/example/web"));
        write("catalog/up/catalog-info.yaml", catalog.formatted("up", "dir:../../../elsewhere"));
        write("catalog/gone/catalog-info.yaml", catalog.formatted("gone", "dir:./missing"));
        AuditResult result = audit(true);
        assertEquals(
                "language go <- code/orders/go.mod:1:1 (the build file go.mod)",
                inferred(service(result, "orders")).get(0));
        String end = ", and the repository gives none: its backstage.io/source-location is not a directory of the"
                + " project, so no build file was read";
        assertEquals(
                List.of(
                        "catalog/gone/catalog-info.yaml:6:5: missing annotation rustgo.dev/language (or one language tag"
                                + " in metadata.tags)" + end,
                        "catalog/up/catalog-info.yaml:6:5: missing annotation rustgo.dev/language (or one language tag in"
                                + " metadata.tags)" + end,
                        "catalog/web/catalog-info.yaml:6:5: missing annotation rustgo.dev/language (or one language tag"
                                + " in metadata.tags)" + end),
                result(result));
        assertTrue(result.load()
                .notes()
                .contains("web: source location 'url:https://github.com/example/web' is not a path"
                        + " inside the project; its build files are not read"));
        assertTrue(result.load()
                .notes()
                .contains("up: source location 'dir:../../../elsewhere' is not a directory"
                        + " inside the project; its build files are not read"));
    }

    @Test
    void theSurveyNamesADotNetServiceByTheDirectoryAboveItsSrc() throws Exception {
        write("src/cartservice/src/cartservice.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        write("src/cartservice/src/CartService.cs", "class CartService {\n}\n");
        write("src/cartservice/obj/Generated.cs", "class Generated {}\n"); // a built directory: not searched
        write("tools/README.md", "not a build file\n");
        List<RepositoryEvidence.Candidate> candidates = new RepositoryEvidence().survey(dir, dir, List.of());
        assertEquals(
                List.of("cartservice"),
                candidates.stream().map(RepositoryEvidence.Candidate::name).toList());
        assertEquals("src/cartservice", candidates.get(0).directory());
        assertEquals(
                List.of(RepositoryEvidence.BUILD_DIRECTORY), candidates.get(0).kinds());
        assertEquals(
                List.of("the build file cartservice.csproj (src/cartservice/src/cartservice.csproj)"),
                candidates.get(0).shownBy());
        assertEquals("my-service", RepositoryEvidence.serviceName("--My_Service--"));
        assertEquals("a".repeat(63), RepositoryEvidence.serviceName("a".repeat(64)));
        assertNull(RepositoryEvidence.serviceName("__"));
    }

    @Test
    void aSecretNeverReachesTheReports() throws Exception {
        write("services/a.rustgo.yaml", nativeService("a", ""));
        write("deploy/a.yaml", deployment("a", "", 5, "160Mi") + """
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: a}
                stringData: {password: hunter2-secret}
                """);
        AuditRequest request = new AuditRequest(
                dir,
                dir,
                List.of(),
                List.of(),
                FailOn.ERROR,
                dir.resolve("target/rustgo"),
                Set.copyOf(Reports.formats()),
                LocalDate.of(2026, 12, 1));
        AuditResult result = Reports.write(new Auditor().audit(request), request);
        Map<String, String> reports = new TreeMap<>();
        Path out = dir.resolve("target/rustgo");
        for (Path report : result.reports()) {
            reports.put(out.relativize(report).toString().replace('\\', '/'), Files.readString(report));
        }
        // Every format's file, or its folder of files (scorecard).
        assertEquals(
                Reports.formats().size(),
                reports.keySet().stream()
                        .map(name -> name.split("/")[0])
                        .distinct()
                        .count());
        reports.forEach((name, text) -> assertFalse(text.contains("hunter2"), name));
        assertTrue(reports.get("audit.json").contains("\"source\": \"Deployment a replicas\""));
        assertFalse(String.join("\n", result.load().notes()).contains("hunter2"));
    }

    @Test
    void aComponentWithoutAnnotationsIsScoredOnItsBuildFilesAndManifests() throws Exception {
        write("services/ledger/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: ledger}
                spec: {type: service, lifecycle: production, owner: finance}
                """);
        write("services/ledger/go.mod", "module ledger\n");
        write("services/ledger/main.go", "package main\n");
        write("deploy/ledger.yaml", deployment("ledger", "", 3, "2Gi"));
        write("services/ghost/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: ghost}
                spec: {type: service, owner: finance}
                """);
        AuditResult result = audit(true);
        Service ledger = service(result, "ledger");
        assertEquals(Language.GO, ledger.language());
        assertNull(ledger.role());
        assertEquals(
                List.of(
                        "language go <- services/ledger/go.mod:1:1 (the build file go.mod)",
                        "memoryBudgetMiB 2048 <- deploy/ledger.yaml:12:40 (Deployment ledger container ledger memory"
                                + " limit 2Gi)",
                        "instances 3 <- deploy/ledger.yaml:7:13 (Deployment ledger replicas)",
                        "codeLines 1 <- services/ledger/go.mod:1:1 (1 line of go in 1 file, without tests, vendored or"
                                + " generated code)"),
                inferred(ledger));
        assertEquals(
                List.of("warning ghost", "info ledger"),
                result.findings().stream()
                        .map(f -> f.severity().id() + " " + f.service())
                        .toList());
        assertEquals(1, result.assessments().size(), "ghost has no language anywhere: not scored");
        assertEquals(0, audit(false).assessments().size(), "without the repository, ledger has no language either");
    }

    @Test
    void aComponentAnnotatedWithItsRoleAloneTakesItsLanguageFromItsBuildFiles() throws Exception {
        // The tool's own advice on an unannotated catalog is "add rustgo.dev/role": following it must build.
        write("src/adservice/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: adservice
                  annotations:
                    rustgo.dev/role: api
                spec: {type: service, lifecycle: production, owner: ads}
                """);
        write("src/adservice/build.gradle", "plugins { id 'java' }\n");
        write("src/adservice/src/main/java/Ad.java", "class Ad {\n}\n");
        write("src/checkout/checkout.rustgo.yaml", """
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata: {name: checkout}
                spec:
                  role: api
                """);
        write("src/checkout/go.mod", "module checkout\n");
        write("src/checkout/main.go", "package main\n");
        AuditResult result = audit(true);
        assertEquals(List.of(), result.load().problems());
        assertEquals(
                "language java <- src/adservice/build.gradle:1:1 (the build file build.gradle)",
                inferred(service(result, "adservice")).get(0));
        assertEquals(
                "language go <- src/checkout/go.mod:1:1 (the build file go.mod)",
                inferred(service(result, "checkout")).get(0));
    }

    @Test
    void aLanguageNoSourceGivesIsAProblemThatSaysWhereItWasLookedFor() throws Exception {
        write("src/cart/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: cart
                  annotations:
                    rustgo.dev/role: api
                spec: {type: service, owner: shop}
                """);
        write("src/cart/README.md", "no build file here\n");
        write("services/a.yaml", nativeService("a", "").replace("  language: go\n", ""));
        write("services/b.yaml", nativeService("b", ""));
        write("services/go.mod", "module shared\n");
        write("services/main.go", "package main\n");
        String noBuildFile =
                "no build file at the top of src/cart names one (go.mod, Cargo.toml, pom.xml, build.gradle,"
                        + " package.json, pyproject.toml and the others docs/descriptors.md lists, with source of their"
                        + " language beside them)";
        assertEquals(
                List.of(
                        "services/a.yaml:6:3: missing required field spec.language, and the repository gives none:"
                                + " services holds other services' descriptors too, so no build file there is taken as"
                                + " this one's; give the service a folder of its own, or a backstage.io/source-location",
                        "src/cart/catalog-info.yaml:6:5: missing annotation rustgo.dev/language (or one language tag in"
                                + " metadata.tags), and the repository gives none: " + noBuildFile),
                result(audit(true)));
        assertEquals(
                List.of(
                        "services/a.yaml:6:3: missing required field spec.language, and the repository gives none: it"
                                + " was not read for it (rustgo.infer=false)",
                        "src/cart/catalog-info.yaml:6:5: missing annotation rustgo.dev/language (or one language tag in"
                                + " metadata.tags), and the repository gives none: it was not read for it"
                                + " (rustgo.infer=false)"),
                result(audit(false)));
        assertEquals(
                List.of("services/a.yaml", "src/cart/catalog-info.yaml"),
                audit(true).load().failedFiles());
        assertEquals(
                List.of("b"),
                audit(true).assessments().stream().map(a -> a.service().name()).toList());
    }

    private static List<String> result(AuditResult result) {
        return result.load().problems().stream().map(Object::toString).toList();
    }

    private void component(String directory, String name) throws IOException {
        write(directory + "/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: %s
                  annotations:
                    rustgo.dev/role: api
                spec: {type: service, owner: shop}
                """.formatted(name));
    }

    @Test
    void anUmbrellaChartGivesEachServiceTheBlockNamedLikeIt() throws Exception {
        // Online Boutique's layout: one chart for every service, a block of values per service.
        write("helm-chart/Chart.yaml", "apiVersion: v2\nname: onlineboutique\nversion: 0.10.0\n");
        write("helm-chart/values.yaml", """
                images:
                  repository: us-central1-docker.pkg.dev/google-samples/microservices-demo
                adService:
                  create: true
                  name: adservice
                  resources:
                    requests:
                      cpu: 200m
                      memory: 180Mi
                    limits:
                      cpu: 300m
                      memory: 300Mi
                cartservice:
                  replicas: 3
                  resources:
                    requests:
                      memory: 64Mi
                checkout-service:
                  autoscaling: {enabled: true, maxReplicas: 12}
                """);
        write(
                "helm-chart/templates/adservice.yaml",
                "kind: Deployment\nmetadata:\n  name: {{ .Values.adService.name }}\n");
        component("src/adservice", "adservice");
        component("src/cartservice", "cartservice");
        component("src/checkoutservice", "checkoutservice");
        for (String s : List.of("adservice", "cartservice", "checkoutservice")) {
            write("src/" + s + "/go.mod", "module " + s + "\n");
            write("src/" + s + "/main.go", "package main\n");
        }
        AuditResult result = audit(true);
        assertEquals(List.of(), result.load().problems());
        assertEquals(
                List.of("memoryBudgetMiB 300 <- helm-chart/values.yaml:12:15 (Helm values"
                        + " adService.resources.limits.memory 300Mi)"),
                inferred(service(result, "adservice")).subList(1, 2));
        assertEquals(
                List.of(
                        "memoryBudgetMiB 64 <- helm-chart/values.yaml:17:15 (Helm values"
                                + " cartservice.resources.requests.memory 64Mi)",
                        "instances 3 <- helm-chart/values.yaml:14:13 (Helm values cartservice.replicas)"),
                inferred(service(result, "cartservice")).subList(1, 3));
        assertEquals(
                "instances 12 <- helm-chart/values.yaml:19:45 (Helm values checkout-service.autoscaling.maxReplicas)",
                inferred(service(result, "checkoutservice")).get(1));
        assertEquals(
                List.of(),
                findings(result).stream().filter(f -> !f.startsWith("info")).toList());
    }

    @Test
    void composeFilesGiveReplicasAndMemoryAsDockerReadsThem() throws Exception {
        // The OpenTelemetry demo's layout: one compose file at the top, anchors shared between services.
        write("docker-compose.yml", """
                x-default-logging: &logging
                  driver: "json-file"
                  options: {max-size: "5m"}
                services:
                  checkout:
                    image: ${IMAGE_NAME}:${DEMO_VERSION}-checkout
                    container_name: checkout
                    build:
                      context: ./
                      dockerfile: ${CHECKOUT_DOCKERFILE}
                    deploy:
                      resources:
                        limits:
                          memory: 20M
                    logging: *logging
                  currency-svc:
                    container_name: currency
                    mem_limit: 1.5g
                    logging: *logging
                  quote-backend:
                    build: ./src/quote
                    deploy: {replicas: 2, resources: {reservations: {memory: 40m}}}
                    <<: *logging
                """);
        write("docker-compose.override.yml", "services:\n  checkout:\n    deploy: {replicas: 4}\n");
        write(
                "docker-compose.minimal.yml",
                "services:\n  checkout:\n    deploy: {replicas: 1, resources: {limits: {memory: 8M}}}\n");
        for (String s : List.of("checkout", "currency", "quote")) {
            component("src/" + s, s);
            write("src/" + s + "/go.mod", "module " + s + "\n");
            write("src/" + s + "/main.go", "package main\n");
        }
        AuditResult result = audit(true);
        assertEquals(List.of(), result.load().problems());
        assertEquals(
                List.of(
                        "memoryBudgetMiB 20 <- docker-compose.yml:14:19 (Compose service checkout"
                                + " deploy.resources.limits.memory 20M)",
                        "instances 4 <- docker-compose.override.yml:3:24 (Compose service checkout deploy.replicas)"),
                inferred(service(result, "checkout")).subList(1, 3));
        assertEquals(
                List.of(
                        "memoryBudgetMiB 1536 <- docker-compose.yml:18:16 (Compose service currency-svc mem_limit 1.5g)"),
                inferred(service(result, "currency")).subList(1, 2));
        assertEquals(
                List.of(
                        "memoryBudgetMiB 40 <- docker-compose.yml:22:62 (Compose service quote-backend"
                                + " deploy.resources.reservations.memory 40m)",
                        "instances 2 <- docker-compose.yml:22:24 (Compose service quote-backend deploy.replicas)"),
                inferred(service(result, "quote")).subList(1, 3));
    }

    @Test
    void aManifestWinsOverAComposeFileFieldByField() throws Exception {
        write("services/a.rustgo.yaml", nativeService("a", ""));
        write(
                "deploy/a.yaml",
                deployment("a", "", 5, "160Mi").replace("      resources: {limits: {memory: 160Mi}}\n", ""));
        write("compose.yaml", "services:\n  a:\n    deploy: {replicas: 1, resources: {limits: {memory: 64M}}}\n");
        AuditResult result = audit(true);
        assertEquals(
                List.of(
                        "memoryBudgetMiB 64 <- compose.yaml:3:56 (Compose service a deploy.resources.limits.memory 64M)",
                        "instances 5 <- deploy/a.yaml:7:13 (Deployment a replicas)"),
                inferred(service(result, "a")));
    }

    @Test
    void withNoDescriptorTheAuditSaysWhatTheRepositoryShowsAndWhatToRun() throws Exception {
        write("kubernetes-manifests/adservice.yaml", deployment("adservice", "", 1, "300Mi"));
        write("kubernetes-manifests/redis-cart.yaml", deployment("redis-cart", "", 1, "256Mi"));
        write("src/adservice/build.gradle", "plugins { id 'java' }\n");
        write("src/adservice/src/main/java/Ad.java", "class Ad {\n}\n");
        write("src/shipping/go.mod", "module shipping\n");
        write("src/shipping/main.go", "package main\n");
        write("src/docs/pom.xml", "<project/>\n"); // a build file with no source: no service
        write("compose.yaml", """
                services:
                  shipping: {build: ./src/shipping, deploy: {resources: {limits: {memory: 20M}}}}
                  jaeger: {image: jaegertracing/all-in-one}
                """);
        AuditResult result = audit(true);
        assertEquals(
                List.of("warning .:1:1 [no-services-found] no service descriptor found under . (includes"
                        + " **/catalog-info.yaml, **/catalog-info.yml, **/*.rustgo.yaml, **/*.rustgo.yml, services/**/*.yaml,"
                        + " services/**/*.yml); the repository shows 3 services (2 Kubernetes workloads, 1 Compose"
                        + " service, 2 build directories): adservice, redis-cart, shipping; mvn rustgo:scaffold"
                        + " -Drustgo.from=repository writes a descriptor for each service the repository shows, to fill"
                        + " in"),
                findings(result));
        List<RepositoryEvidence.Candidate> candidates = new RepositoryEvidence()
                .survey(
                        dir,
                        dir,
                        List.of(
                                new dev.rustgo.load.Discovery.SourceFile(dir.resolve("compose.yaml"), "compose.yaml"),
                                new dev.rustgo.load.Discovery.SourceFile(
                                        dir.resolve("kubernetes-manifests/adservice.yaml"),
                                        "kubernetes-manifests/adservice.yaml")));
        assertEquals(
                List.of("adservice", "shipping"),
                candidates.stream().map(RepositoryEvidence.Candidate::name).toList());
        assertEquals("src/adservice", candidates.get(0).directory());
        assertEquals(
                List.of(
                        "language java <- src/adservice/build.gradle:1:1 (the build file build.gradle)",
                        "memoryBudgetMiB 300 <- kubernetes-manifests/adservice.yaml:12:40 (Deployment adservice"
                                + " container adservice memory limit 300Mi)",
                        "instances 1 <- kubernetes-manifests/adservice.yaml:7:13 (Deployment adservice replicas)",
                        "codeLines 2 <- src/adservice/build.gradle:1:1 (2 lines of java in 1 file, without tests,"
                                + " vendored or generated code)"),
                inferred(candidates.get(0).service()));
        assertEquals(
                "memoryBudgetMiB 20 <- compose.yaml:2:75 (Compose service shipping deploy.resources.limits.memory 20M)",
                inferred(candidates.get(1).service()).get(1));
        assertEquals(
                List.of("warning .:1:1 [no-services-found] no service descriptor found under . (includes"
                        + " **/catalog-info.yaml, **/catalog-info.yml, **/*.rustgo.yaml, **/*.rustgo.yml, services/**/*.yaml,"
                        + " services/**/*.yml); the repository was not read (rustgo.infer=false); mvn rustgo:scaffold"
                        + " -Drustgo.from=repository writes a descriptor for each service the repository shows, to fill"
                        + " in"),
                findings(audit(false)));
    }

    @Test
    void aServiceInALanguageTheModelCallsOtherIsNamedInItsProvenance() throws Exception {
        write("src/email/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: email}
                spec: {type: service, lifecycle: production, owner: shop}
                """);
        write("src/email/Gemfile", "source \"https://rubygems.org\"\n");
        write("src/email/email_server.rb", "require \"sinatra\"\n\npost \"/send\" do\nend\n");
        write("src/cartservice/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: cartservice}
                spec: {type: service, lifecycle: production, owner: shop}
                """);
        write("src/cartservice/src/cartservice.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n</Project>\n");
        write("src/cartservice/src/Program.cs", "namespace cartservice;\n\npublic class Program {}\n");
        write("src/cartservice/tests/CartServiceTests.cs", "public class CartServiceTests {}\n");
        AuditResult result = audit(true);
        assertEquals(
                List.of(
                        "language other <- src/email/Gemfile:1:1 (the build file Gemfile (Ruby))",
                        "codeLines 3 <- src/email/Gemfile:1:1 (3 lines of Ruby in 1 file, without tests, vendored or"
                                + " generated code)"),
                inferred(service(result, "email")));
        assertEquals(
                List.of(
                        "language dotnet <- src/cartservice/src/cartservice.csproj:1:1 (the build file"
                                + " cartservice.csproj)",
                        "codeLines 2 <- src/cartservice/src/cartservice.csproj:1:1 (2 lines of dotnet in 1 file,"
                                + " without tests, vendored or generated code)"),
                inferred(service(result, "cartservice")));
    }

    @Test
    void aWorkloadBesideTheDescriptorInItsOwnFileIsReadOnceAsEvidence() throws Exception {
        write("services/orders.yaml", nativeService("orders", "") + "---\n" + deployment("orders", "", 7, "300Mi"));
        AuditResult result = audit(true);
        assertEquals(
                List.of(
                        "memoryBudgetMiB 300 <- services/orders.yaml:20:40 (Deployment orders container orders memory"
                                + " limit 300Mi)",
                        "instances 7 <- services/orders.yaml:15:13 (Deployment orders replicas)"),
                inferred(service(result, "orders")));
        assertEquals(List.of("services/orders.yaml"), result.load().workloadFiles());
    }
}
