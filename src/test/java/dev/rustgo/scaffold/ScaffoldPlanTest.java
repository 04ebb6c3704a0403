package dev.rustgo.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.Projects;
import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.console.ConsoleReport;
import dev.rustgo.evidence.RepositoryEvidence;
import dev.rustgo.model.Envelope;
import dev.rustgo.model.Field;
import dev.rustgo.model.Provenance;
import dev.rustgo.model.Service;
import dev.rustgo.policy.FailOn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the scaffold goal writes, decided against the portfolio the audit reads: a repository in the
 * layout of Google's Online Boutique, where some services are described and some are not.
 */
class ScaffoldPlanTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Projects.write(dir, name, text);
    }

    private static String deployment(String name, int replicas, String memory) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: %s
                spec:
                  replicas: %d
                  template:
                    spec:
                      containers:
                        - name: server
                          resources:
                            limits:
                              memory: %s
                """.formatted(name, replicas, memory);
    }

    @BeforeEach
    void repository() throws IOException {
        write("src/adservice/build.gradle", "plugins { id 'java' }\n");
        write("src/adservice/src/main/java/Ad.java", "class Ad {\n}\n");
        write("kubernetes-manifests/adservice.yaml", deployment("adservice", 1, "300Mi"));
        write("src/cartservice/src/cartservice.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"/>\n");
        write("src/cartservice/src/Cart.cs", "class Cart\n{\n}\n");
        // A Component without annotations, found by its name.
        write("src/emailservice/requirements.txt", "grpcio\n");
        write("src/emailservice/email_server.py", "import grpc\n");
        write("src/emailservice/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: EmailService}
                spec: {type: service, owner: shop}
                """);
        write("kubernetes-manifests/emailservice.yaml", deployment("emailservice", 2, "64Mi"));
        // Described under another name, in its own folder.
        write("src/checkoutservice/go.mod", "module checkout\n");
        write("src/checkoutservice/main.go", "package main\n");
        write("src/checkoutservice/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: checkout
                  annotations: {rustgo.dev/role: orchestration}
                spec: {type: service, owner: shop}
                """);
        // Described by name, elsewhere.
        write("src/shippingservice/go.mod", "module shipping\n");
        write("src/shippingservice/main.go", "package main\n");
        write("services/shipping.yaml", """
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata: {name: shippingservice}
                spec: {language: go, role: api}
                """);
        // Shown by its Deployment only.
        write("kubernetes-manifests/redis-cart.yaml", deployment("redis-cart", 1, "256Mi"));
    }

    private AuditRequest request(List<String> excludes) {
        return request(List.of(), excludes);
    }

    private AuditRequest request(List<String> includes, List<String> excludes) {
        return new AuditRequest(
                dir,
                dir,
                includes,
                excludes,
                FailOn.NEVER,
                dir.resolve("target/rustgo"),
                Set.of(),
                LocalDate.of(2026, 11, 24));
    }

    private ScaffoldPlan fromRepository(Envelope envelope, List<String> excludes) throws Exception {
        AuditRequest request = request(excludes);
        return ScaffoldPlan.fromRepository(
                request,
                new Auditor().audit(request),
                new Auditor().survey(request),
                dir.resolve("services"),
                envelope);
    }

    private static List<String> texts(List<ConsoleReport.Line> lines) {
        return lines.stream().map(l -> l.level() + " " + l.text()).toList();
    }

    @Test
    void aDescriptorForEachServiceTheRepositoryShowsAndThePortfolioDoesNotHave() throws Exception {
        ScaffoldPlan plan = fromRepository(Envelope.NATIVE, List.of());
        assertEquals(
                List.of(
                        "src/adservice/adservice.rustgo.yaml",
                        "src/cartservice/cartservice.rustgo.yaml",
                        "services/redis-cart.yaml"),
                plan.drafts().stream().map(ScaffoldPlan.Draft::file).toList());

        List<String> log = texts(plan.write());

        assertEquals(
                List.of(
                        "INFO rustgo: the repository's checkoutservice is already described, as checkout, at"
                                + " src/checkoutservice/catalog-info.yaml:4:9",
                        "INFO rustgo: EmailService is in the catalog without rustgo.dev/ annotations"
                                + " (src/emailservice/catalog-info.yaml:3:18); add these to its metadata.annotations:",
                        "INFO     rustgo.dev/role: \"api\"                    # required; the guides' \"general"
                                + " backend\" default: confirm it, or pick one of data-plane | control-plane |"
                                + " admin-api | orchestration | api | worker | stream-processor | proxy | edge |"
                                + " storage | batch | tooling",
                        "INFO     # rustgo.dev/language: \"python\"           # from"
                                + " src/emailservice/requirements.txt:1:1 (the build file requirements.txt); the audit"
                                + " reads it from there, write it only to override",
                        "INFO     # rustgo.dev/code-lines: \"1\"              # from"
                                + " src/emailservice/requirements.txt:1:1 (1 line of python in 1 file, without tests,"
                                + " vendored or generated code); the audit reads it from there, write it only to"
                                + " override"),
                log.subList(0, 5));
        assertTrue(log.get(5)
                .startsWith("INFO   and those only a person knows, as far as you know them: rustgo.dev/peak-rps,"
                        + " rustgo.dev/p99-latency-ms, rustgo.dev/criticality, "));
        assertEquals(
                List.of(
                        "INFO rustgo: wrote src/adservice/adservice.rustgo.yaml (from the repository: language java,"
                                + " memoryBudgetMiB 300, instances 1, codeLines 2)",
                        "INFO rustgo: wrote src/cartservice/cartservice.rustgo.yaml (from the repository: language"
                                + " dotnet, codeLines 3)",
                        "INFO rustgo: wrote services/redis-cart.yaml (from the repository: memoryBudgetMiB 256,"
                                + " instances 1; language undecided)",
                        "INFO rustgo: wrote 3 descriptors (role api to confirm in each; language undecided in 1); 3"
                                + " services already described (1 Component to annotate, above); fill in what you"
                                + " know, then run mvn rustgo:audit"),
                log.subList(log.size() - 4, log.size()));

        // The audit after it: no input problem, every language and figure inferred at its place.
        AuditResult after = new Auditor().audit(request(List.of()));
        assertEquals(List.of(), after.load().problems());
        Map<String, Service> services =
                after.portfolio().services().stream().collect(Collectors.toMap(Service::name, s -> s));
        assertEquals(
                Set.of("adservice", "cartservice", "checkout", "EmailService", "redis-cart", "shippingservice"),
                services.keySet());
        Service cart = services.get("cartservice");
        assertEquals("dotnet", cart.language().id());
        assertEquals(
                new Provenance(
                        "src/cartservice/src/cartservice.csproj",
                        dev.rustgo.model.Position.START,
                        "the build file cartservice.csproj"),
                cart.provenance(Field.LANGUAGE));
        assertEquals("api", cart.role().id());
        assertEquals(300L, services.get("adservice").memoryBudgetMiB());
        assertEquals("undecided", services.get("redis-cart").language().id());
        assertEquals(256L, services.get("redis-cart").memoryBudgetMiB());

        // Run again: nothing more to write, nothing overwritten.
        String ad = Files.readString(dir.resolve("src/adservice/adservice.rustgo.yaml"));
        List<String> again = texts(fromRepository(Envelope.NATIVE, List.of()).write());
        assertEquals(
                "INFO rustgo: wrote 0 descriptors; 6 services already described (1 Component to annotate, above);"
                        + " fill in what you know, then run mvn rustgo:audit",
                again.get(again.size() - 1));
        assertEquals(ad, Files.readString(dir.resolve("src/adservice/adservice.rustgo.yaml")));
    }

    @Test
    void aBackstageEntityGoesInTheServicesDirectoryAsCatalogInfo() throws Exception {
        ScaffoldPlan plan = fromRepository(Envelope.BACKSTAGE, List.of());
        assertEquals(
                List.of(
                        "src/adservice/catalog-info.yaml",
                        "src/cartservice/catalog-info.yaml",
                        "services/redis-cart/catalog-info.yaml"),
                plan.drafts().stream().map(ScaffoldPlan.Draft::file).toList());
        plan.write();
        AuditResult after = new Auditor().audit(request(List.of()));
        assertEquals(List.of(), after.load().problems());
        assertEquals(
                "java",
                after.portfolio().service("adservice").language().id(),
                "taken from the build files: the annotation is a comment");
    }

    @Test
    void aFileInTheWayIsNeverOverwrittenAndAnExcludedDirectoryGetsNothing() throws Exception {
        write("services/redis-cart.yaml", "# kept for later\n");
        ScaffoldPlan plan = fromRepository(Envelope.NATIVE, List.of("src/cartservice/**"));

        List<String> log = texts(plan.write());

        assertEquals("# kept for later\n", Files.readString(dir.resolve("services/redis-cart.yaml")));
        assertTrue(log.contains("INFO rustgo: cartservice passed over: rustgo.excludes takes out"
                + " src/cartservice/cartservice.rustgo.yaml"));
        assertTrue(log.contains("WARNING rustgo: services/redis-cart.yaml exists and describes none of these"
                + " services; nothing written there (a file is never overwritten)"));
        assertEquals(
                "INFO rustgo: wrote 1 descriptor (role api to confirm in each); 3 services already described"
                        + " (1 Component to annotate, above); fill in what you know, then run mvn rustgo:audit",
                log.get(log.size() - 1));
    }

    @Test
    void whereTheIncludesDoNotFindTheServicesDirectoryTheDescriptorGoesToTheScaffoldDirectory() throws Exception {
        AuditRequest request = request(List.of("services/*.yaml", "src/*/catalog-info.yaml"), List.of());
        ScaffoldPlan plan = ScaffoldPlan.fromRepository(
                request,
                new Auditor().audit(request),
                new Auditor().survey(request),
                dir.resolve("services"),
                Envelope.NATIVE);
        assertEquals(
                List.of("services/adservice.yaml", "services/cartservice.yaml", "services/redis-cart.yaml"),
                plan.drafts().stream().map(ScaffoldPlan.Draft::file).toList());
        // The audit reads no build file for it there: the language is written in, and the audit reads it.
        assertTrue(plan.drafts()
                .get(0)
                .text()
                .contains("\n  language: java                  # from"
                        + " src/adservice/build.gradle:1:1 (the build file build.gradle); written in"));
        plan.write();
        AuditResult after = new Auditor().audit(request);
        assertEquals(List.of(), after.load().problems());
        assertEquals("java", after.portfolio().service("adservice").language().id());
        assertEquals(300L, after.portfolio().service("adservice").memoryBudgetMiB());
    }

    @Test
    void aDescriptorTheIncludesDoNotFindIsWrittenWithAWarning() throws Exception {
        AuditRequest elsewhere = request(List.of("catalog/**"), List.of());
        List<String> log = texts(ScaffoldPlan.fromRepository(
                        elsewhere,
                        new Auditor().audit(elsewhere),
                        new Auditor().survey(elsewhere),
                        dir.resolve("services"),
                        Envelope.NATIVE)
                .write());
        assertTrue(
                log.contains("WARNING rustgo: rustgo.includes and rustgo.excludes do not find services/adservice.yaml:"
                        + " add it to rustgo.includes, or the audit will not read it"),
                String.join("\n", log));
    }

    @Test
    void nothingIsWrittenWhileADescriptorDoesNotLoad() throws Exception {
        write("services/broken.yaml", "apiVersion: rustgo.dev/v1\nkind: [Service\n");
        ScaffoldPlan.Refused e =
                assertThrows(ScaffoldPlan.Refused.class, () -> fromRepository(Envelope.NATIVE, List.of()));
        assertEquals(
                "rustgo: nothing was written: 1 input problem(s) above; a descriptor that does not load may"
                        + " already describe the service, so fix them and run again",
                e.getMessage());
        assertTrue(
                e.lines().get(0).text().startsWith("services/broken.yaml:3:1: invalid YAML: "),
                e.lines().toString());
    }

    private ScaffoldPlan single(String name, String language) throws Exception {
        AuditRequest request = request(List.of());
        return ScaffoldPlan.single(
                request,
                new Auditor().audit(request),
                new Auditor().survey(request),
                dir.resolve("services"),
                Envelope.NATIVE,
                name,
                language,
                "worker");
    }

    @Test
    void aNewServiceTakesItsLanguageFromTheBuildFilesOfTheServiceOfItsName() throws Exception {
        List<String> log = texts(single("cartservice", null).write());
        assertEquals(
                List.of(
                        "INFO rustgo: language dotnet from src/cartservice/src/cartservice.csproj:1:1 (the build file"
                                + " cartservice.csproj) (-Drustgo.language sets another)",
                        "INFO rustgo: wrote services/cartservice.yaml; fill in what you know, then run mvn"
                                + " rustgo:explain -Drustgo.service=cartservice"),
                log);
        assertTrue(Files.readString(dir.resolve("services/cartservice.yaml")).contains("\n  language: dotnet  "));

        assertEquals(
                "INFO rustgo: language go, the default: the repository shows no build file of orders"
                        + " (-Drustgo.language sets another)",
                texts(single("orders", null).write()).get(0));
        assertEquals(
                List.of("INFO rustgo: wrote services/adservice.yaml; fill in what you know, then run mvn"
                        + " rustgo:explain -Drustgo.service=adservice"),
                texts(single("adservice", "kotlin").write()),
                "a language given is the language written, and says nothing more");
    }

    @Test
    void aNameThePortfolioHasIsRefusedNamingTheFileThatDescribesIt() throws Exception {
        ScaffoldPlan.Refused e = assertThrows(ScaffoldPlan.Refused.class, () -> single("shippingservice", "go"));
        assertEquals(
                "shippingservice is already in the portfolio: services/shipping.yaml:3:18 describes it; edit it"
                        + " there, or pick another rustgo.service",
                e.getMessage());
        // The Component without annotations is there too, compared case-insensitively: what to add, no file.
        List<String> log = texts(single("emailservice", null).write());
        assertEquals(
                "INFO rustgo: wrote nothing: emailservice is already in the catalog at"
                        + " src/emailservice/catalog-info.yaml:3:18; add the annotations above to it, then run mvn"
                        + " rustgo:explain -Drustgo.service=emailservice",
                log.get(log.size() - 1));
        assertTrue(log.contains("INFO     # rustgo.dev/language: \"python\"           # from"
                + " src/emailservice/requirements.txt:1:1 (the build file requirements.txt); the audit reads it from"
                + " there, write it only to override"));
        assertTrue(Files.notExists(dir.resolve("services/emailservice.yaml")));
    }

    @Test
    void theCandidatesAreWhatTheSurveyShows() throws Exception {
        assertEquals(
                List.of("adservice", "cartservice", "checkoutservice", "emailservice", "redis-cart", "shippingservice"),
                new Auditor()
                        .survey(request(List.of())).stream()
                                .map(RepositoryEvidence.Candidate::name)
                                .toList());
    }
}
