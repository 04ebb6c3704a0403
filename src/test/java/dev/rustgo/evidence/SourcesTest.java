package dev.rustgo.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rustgo.Projects;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.diagnostics.Notice;
import dev.rustgo.load.Discovery;
import dev.rustgo.model.Position;
import dev.rustgo.yaml.YamlNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edges of each evidence source: names, contexts, bounds, and what a broken file gives. */
class SourcesTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Projects.write(dir, name, text);
    }

    private AuditResult audit() throws Exception {
        return new Auditor().audit(Projects.request(dir));
    }

    private static List<String> findings(AuditResult result) {
        return result.findings().stream()
                .map(f -> f.place() + " " + f.message())
                .toList();
    }

    private void service(String name) throws IOException {
        write(
                "services/" + name + ".rustgo.yaml",
                "apiVersion: rustgo.dev/v1\nkind: Service\nmetadata: {name: " + name
                        + "}\nspec: {language: go, role: api}\n");
    }

    @Test
    void anUmbrellaBlockAndAServiceAreComparedWithoutCaseDashesOrAServiceSuffix() {
        assertEquals("ad", HelmCharts.normalised("adService"));
        assertEquals("ad", HelmCharts.normalised("ad-service"));
        assertEquals("ad", HelmCharts.normalised("Ad_Service"));
        assertEquals("service", HelmCharts.normalised("service"), "a name that is only the suffix keeps it");
        assertEquals("cartservicex", HelmCharts.normalised("cart.service.x"));
    }

    @Test
    void aComposeBuildContextIsADirectoryOfTheProjectOrNothing() {
        assertEquals("src/quote", ComposeSource.context("", "./src/quote"));
        assertEquals("deploy/quote", ComposeSource.context("deploy", "quote"));
        assertEquals("", ComposeSource.context("", "."));
        assertEquals("src", ComposeSource.context("deploy", "../src"));
        assertNull(ComposeSource.context("", "../outside"));
        assertNull(ComposeSource.context("", "https://github.com/example/quote.git"));
        assertNull(ComposeSource.context("", "/srv/quote"));
        assertNull(ComposeSource.context("", "${QUOTE_CONTEXT}"));
    }

    @Test
    void countsAndSizesAreTakenUpToAndIncludingTheirBounds() {
        List<Notice> notices = new ArrayList<>();
        YamlNode.Scalar max = new YamlNode.Scalar("2147483647", true, Position.START);
        YamlNode.Scalar zero = new YamlNode.Scalar("0", true, Position.START);
        YamlNode.Scalar one = new YamlNode.Scalar("1", true, Position.START);
        assertEquals(
                2147483647L, Checked.count(max, "f", "replicas", 0, notices).value());
        assertEquals(0L, Checked.count(zero, "f", "replicas", 0, notices).value());
        assertEquals(1L, Checked.count(one, "f", "maxReplicas", 1, notices).value());
        assertNull(Checked.count(zero, "f", "maxReplicas", 1, notices));
        assertEquals(
                1L,
                Checked.memory(new YamlNode.Scalar("1Mi", true, Position.START), "f", "m", false, notices)
                        .value());
        assertEquals(
                64L * 1024 * 1024,
                Checked.memory(new YamlNode.Scalar("64Ti", true, Position.START), "f", "m", false, notices)
                        .value());
        assertNull(Checked.memory(new YamlNode.Scalar("1048575", true, Position.START), "f", "m", false, notices));
        assertEquals(
                List.of(
                        "f:1:1: maxReplicas '0' is not a value Kubernetes accepts (a whole number from 1 to 2147483647);"
                                + " ignored, the audit goes on without it",
                        "f:1:1: m '1048575' is 1048575 bytes, under 1 MiB: no container runs in that; ignored, the audit"
                                + " goes on without it"),
                notices.stream().map(n -> n.where().toString()).toList());
        assertNull(Checked.count(null, "f", "replicas", 0, notices));
        assertNull(Checked.memory(null, "f", "m", true, notices));
    }

    @Test
    void theLargestOfTheMatchedWorkloadsCountsAndItsPlaceIsReported() throws Exception {
        write("services/orders.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: orders
                  annotations:
                    rustgo.dev/role: api
                    rustgo.dev/language: go
                    backstage.io/kubernetes-id: orders
                spec: {type: service, owner: shop}
                """);
        String workload = """
                apiVersion: apps/v1
                kind: %s
                metadata:
                  name: %s
                  labels: {backstage.io/kubernetes-id: orders}
                spec:
                  replicas: %d
                  template:
                    spec:
                      containers:
                        - name: %s
                          resources: {limits: {memory: %s}}
                """;
        write("deploy/api.yaml", workload.formatted("Deployment", "orders-api", 6, "orders-api", "256Mi"));
        write("deploy/worker.yaml", workload.formatted("StatefulSet", "orders-worker", 2, "orders-worker", "2Gi"));
        write("deploy/small.yaml", workload.formatted("Deployment", "orders-cron", 1, "orders-cron", "64Mi"));
        AuditResult result = audit();
        var orders = result.assessments().get(0).service();
        assertEquals(6L, orders.instances());
        assertEquals(
                "deploy/api.yaml",
                orders.provenance(dev.rustgo.model.Field.INSTANCES).file());
        assertEquals(2048L, orders.memoryBudgetMiB());
        assertEquals(
                "deploy/worker.yaml",
                orders.provenance(dev.rustgo.model.Field.MEMORY_BUDGET_MIB).file());
    }

    @Test
    void aBrokenChartOrComposeFileIsAWarningAndTheOthersAreRead() throws Exception {
        service("quote");
        service("pricing");
        write("charts/quote/Chart.yaml", "apiVersion: v2\nname: [quote\n");
        write("charts/quote/values.yaml", "replicaCount: 3\n");
        write("charts/pricing/Chart.yaml", "apiVersion: v2\nname: pricing\nversion: 1.0.0\n");
        write("charts/pricing/values.yaml", "replicaCount: [\n");
        write("compose.yaml", "services:\n  quote: {deploy: {replicas: 4}}\n  x: [\n");
        write("docker-compose.yml", "services:\n  pricing:\n    deploy: {replicas: 5}\n");
        AuditResult result = audit();
        assertEquals(
                List.of(
                        "charts/pricing/values.yaml:2:1 not read as a Helm chart file: invalid YAML: expected the node"
                                + " content, but found '<stream end>'; the audit goes on without it",
                        "charts/quote/Chart.yaml:3:1 not read as a Helm chart file: invalid YAML: expected ',' or ']',"
                                + " but got <stream end> (while parsing a flow sequence started at line 2, column 7);"
                                + " the audit goes on without it",
                        "compose.yaml:4:1 not read as a Compose file: invalid YAML: expected the node content, but found"
                                + " '<stream end>'; the audit goes on without it"),
                findings(result));
        assertEquals(
                5L,
                result.assessments().stream()
                        .filter(a -> a.service().name().equals("pricing"))
                        .findFirst()
                        .orElseThrow()
                        .service()
                        .instances());
    }

    @Test
    void theSurveyShowsChartsBlocksAndBuiltComposeServicesOnly() throws Exception {
        write("charts/billing/Chart.yaml", "apiVersion: v2\nname: billing\nversion: 1.0.0\n");
        write("charts/billing/values.yaml", "replicaCount: 2\n");
        write("charts/shop/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 1.0.0\n");
        write("charts/shop/values.yaml", "frontend:\n  name: web\n  replicas: 3\nimages: {tag: x}\n");
        write("compose.yaml", "services:\n  api: {build: ./api}\n  redis: {image: redis}\n");
        List<Discovery.SourceFile> yaml = new ArrayList<>();
        for (String f : List.of(
                "charts/billing/Chart.yaml",
                "charts/billing/values.yaml",
                "charts/shop/Chart.yaml",
                "charts/shop/values.yaml",
                "compose.yaml")) {
            yaml.add(new Discovery.SourceFile(dir.resolve(f), f));
        }
        List<RepositoryEvidence.Candidate> candidates = new RepositoryEvidence().survey(dir, dir, yaml);
        assertEquals(
                List.of(
                        "api [Compose service] api [Compose service api (compose.yaml)]",
                        "billing [Helm chart] null [Helm chart billing (charts/billing/Chart.yaml)]",
                        "web [Helm umbrella block] null [the block frontend of the Helm chart shop"
                                + " (charts/shop/Chart.yaml)]"),
                candidates.stream()
                        .map(c -> c.name() + " " + c.kinds() + " " + c.directory() + " " + c.shownBy())
                        .toList());
        assertEquals(3L, candidates.get(2).service().instances());
    }

    @Test
    void aComposeFileTheDescriptorIncludesMatchIsReadAsComposeNotAsADescriptor() throws Exception {
        // Found by the benchmark: services/<name>/compose.yaml is matched by services/**/*.yaml.
        write(
                "services/quote/quote.rustgo.yaml",
                "apiVersion: rustgo.dev/v1\nkind: Service\nmetadata: {name: quote}\n"
                        + "spec: {language: go, role: api}\n");
        write("services/quote/compose.yaml", """
                x-logging: &logging {driver: json-file}
                services:
                  quote:
                    build: .
                    deploy: {replicas: 3, resources: {limits: {memory: 48M}}}
                    logging: *logging
                """);
        AuditResult result = audit();
        assertEquals(List.of(), result.load().problems());
        var quote = result.assessments().get(0).service();
        assertEquals(3L, quote.instances());
        assertEquals(48L, quote.memoryBudgetMiB());
        assertEquals(
                "services/quote/compose.yaml",
                quote.provenance(dev.rustgo.model.Field.INSTANCES).file());
    }
}
