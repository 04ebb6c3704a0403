package dev.rustgo.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.Projects;
import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.criteria.Assessment;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.model.CatalogEntity;
import dev.rustgo.model.Field;
import dev.rustgo.model.Portfolio;
import dev.rustgo.model.Service;
import dev.rustgo.model.Verdict;
import dev.rustgo.policy.FailOn;
import dev.rustgo.report.JsonReport;
import dev.rustgo.report.JunitReport;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backstage catalogs: what is a service, how annotations are checked, references, Locations. */
class BackstageReaderTest {

    @TempDir
    Path base;

    private void write(String name, String text) throws IOException {
        Projects.write(base, name, text);
    }

    private AuditResult audit() throws Exception {
        return new Auditor()
                .audit(new AuditRequest(
                        base,
                        base,
                        List.of(),
                        List.of(),
                        FailOn.ERROR,
                        base.resolve("target/rustgo"),
                        Set.of(),
                        LocalDate.of(2026, 11, 24)));
    }

    private static List<String> problems(AuditResult result) {
        return result.load().problems().stream().map(Problem::toString).toList();
    }

    private static List<String> findings(AuditResult result) {
        return result.findings().stream()
                .map(f -> f.place() + " [" + f.rule() + "] " + f.message())
                .toList();
    }

    private static String component(String name, String annotations, String spec) {
        return "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: " + name + "\n"
                + (annotations.isEmpty() ? "" : "  annotations:\n" + annotations)
                + "spec:\n  type: service\n  lifecycle: production\n  owner: team-a\n" + spec;
    }

    @Test
    void aBadAnnotationValueIsReportedAtTheAnnotationsOwnPlace() throws Exception {
        write("catalog-info.yaml", component("matcher", """
                    rustgo.dev/language: go
                    rustgo.dev/role: data-plane
                    rustgo.dev/peak-rps: "lots"
                    rustgo.dev/p99-latency-ms: 2
                    rustgo.dev/concurency: hard
                """, ""));
        assertEquals(
                List.of(
                        "catalog-info.yaml:8:26: annotation rustgo.dev/peak-rps must be a whole number of 0 or more; found 'lots'",
                        "catalog-info.yaml:9:32: annotation rustgo.dev/p99-latency-ms must be a string, as Backstage requires;"
                                + " quote it: \"2\"",
                        "catalog-info.yaml:10:5: unknown annotation 'rustgo.dev/concurency'; did you mean"
                                + " 'rustgo.dev/concurrency'?"),
                problems(audit()));
    }

    @Test
    void theLanguageComesFromTheAnnotationOrOneLanguageTag() throws Exception {
        write("a/catalog-info.yaml", """
                apiVersion: backstage.io/v1beta1
                kind: Component
                metadata:
                  name: tagged
                  tags: [payments, golang]
                  annotations:
                    rustgo.dev/role: api
                spec:
                  type: service
                  owner: team-a
                """);
        write("b/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: conflicting
                  tags: [go, rust]
                  annotations:
                    rustgo.dev/role: api
                spec:
                  type: service
                  owner: team-a
                """);
        write("c/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: annotated
                  tags: [go, rust]
                  annotations:
                    rustgo.dev/language: rust
                    rustgo.dev/role: api
                spec:
                  type: service
                  owner: team-a
                """);
        AuditResult result = audit();
        assertEquals(
                List.of("b/catalog-info.yaml:5:9: metadata.tags name 2 languages (go, rust); keep one language"
                        + " tag, or set the annotation rustgo.dev/language"),
                problems(result));
        assertEquals("go", result.assessment("tagged").service().language().id());
        assertEquals("rust", result.assessment("annotated").service().language().id());
    }

    @Test
    void onlyServicesAndAnnotatedComponentsAreAuditedAndOtherEntitiesPassSilently() throws Exception {
        write("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: System
                metadata: {name: trading}
                spec: {owner: team-a}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: API
                metadata: {name: orders-api}
                spec: {type: openapi, lifecycle: production, owner: team-a, definition: "openapi: 3.0.0"}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: website
                  annotations: {backstage.io/techdocs-ref: "dir:."}
                spec: {type: website, lifecycle: production, owner: team-a}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: batch-lib
                  annotations: {rustgo.dev/language: go, rustgo.dev/role: batch}
                spec: {type: library, lifecycle: production, owner: team-a}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: plain-service, tags: [java]}
                spec: {type: service, lifecycle: production, owner: team-a}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: bare-service}
                spec: {type: service, lifecycle: production, owner: team-a}
                """);
        write("systems/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Resource
                metadata: {name: orders-db}
                spec: {type: database, owner: team-a}
                """);
        AuditResult result = audit();
        assertEquals(List.of(), problems(result));
        assertEquals(
                List.of("batch-lib", "plain-service"),
                result.assessments().stream().map(a -> a.service().name()).toList());
        // A service without annotations whose language is known (a tag) is scored on what is known, its
        // role missing, and said so at info; one whose language is unknown is not scored, a warning. A
        // catalog file of APIs or Resources is not an empty file.
        assertEquals(
                List.of(
                        "catalog-info.yaml:32:18 [service-not-described] bare-service is a Component of"
                                + " spec.type service without rustgo.dev/ annotations, so it is not audited; add rustgo.dev/role and"
                                + " rustgo.dev/language (or one language tag) to describe it (mvn rustgo:scaffold"
                                + " -Drustgo.service=bare-service prints the annotations to add, with what the repository"
                                + " gives)",
                        "catalog-info.yaml:27:18 [service-not-described] plain-service is a Component of spec.type"
                                + " service without rustgo.dev/ annotations: it was scored on what is known (language java"
                                + " from its tags), its role and figures missing; add rustgo.dev/role and the figures you"
                                + " know to describe it (mvn rustgo:scaffold -Drustgo.service=plain-service prints the"
                                + " annotations to add, with what the repository gives)"),
                findings(result));
        assertEquals(
                List.of("warning", "info"),
                result.findings().stream().map(f -> f.severity().id()).toList());
        assertEquals(AuditResult.Outcome.WARN, result.outcome(), "a warning: it fails no default gate");
        Assessment plain = result.assessments().get(1);
        assertFalse(plain.service().described());
        assertNull(plain.service().role());
        assertEquals(Field.ROLE, plain.missing().get(0), "the role is the first thing to add");
        assertEquals(Verdict.GO, plain.verdict(), "Go is the default; nothing here says otherwise");
    }

    @Test
    void aServiceWithSomeAnnotationsButNoRoleIsStillAnError() throws Exception {
        write("catalog-info.yaml", component("matcher", """
                    rustgo.dev/peak-rps: "400000"
                """, "") + "---\n" + """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: notifier, namespace: messaging, tags: [go]}
                spec: {type: service, owner: team-m}
                """);
        write("services/native.yaml", """
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata: {name: native}
                spec: {language: go, role: api}
                """);
        AuditResult result = audit();
        assertEquals(
                List.of(
                        "catalog-info.yaml:6:5: missing annotation rustgo.dev/role; a Component with rustgo.dev/ annotations"
                                + " is audited, so it needs one (data-plane, api, worker, ...)"),
                problems(result));
        assertEquals(AuditResult.Outcome.BAD_INPUT, result.outcome());
        // The un-annotated one outside the default namespace is named as the portfolio would name it.
        assertEquals(
                List.of("service-not-described messaging/notifier catalog-info.yaml:14:18 info"),
                result.findings().stream()
                        .map(f -> f.rule() + " " + f.service() + " " + f.place() + " "
                                + f.severity().id())
                        .toList());
        assertEquals(
                List.of("messaging/notifier", "native"),
                result.assessments().stream().map(a -> a.service().name()).toList());
        // The catalog entity each is, as written and as Backstage's stringifyEntityRef writes it; a
        // native descriptor declares none.
        assertEquals(
                new CatalogEntity("Component", "messaging", "notifier"),
                result.assessments().get(0).service().entity());
        assertEquals(
                "component:messaging/notifier",
                result.assessments().get(0).service().entity().ref());
        assertNull(result.assessments().get(1).service().entity());
    }

    @Test
    void anEntityReferenceIsLowerCaseAndInTheDefaultNamespaceWhereNoneIsWritten() throws Exception {
        write("catalog-info.yaml", component("Payments-Gateway", """
                    rustgo.dev/language: go
                    rustgo.dev/role: api
                """, ""));
        Service service = audit().assessments().get(0).service();
        assertEquals(new CatalogEntity("Component", "default", "Payments-Gateway"), service.entity());
        assertEquals("component:default/payments-gateway", service.entity().ref());
        // What-ifs and values read from the repository keep it.
        assertEquals(service.entity(), service.with(Field.PEAK_RPS, 10L).entity());
    }

    @Test
    void aServiceWithoutAnnotationsOrANameIsReportedAndKeptInTheJunitReport() throws Exception {
        write(
                "catalog-info.yaml",
                "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {tags: [go]}\n"
                        + "spec: {type: service}\n");
        AuditResult result = audit();
        assertEquals(List.of(), problems(result));
        assertEquals(
                List.of("catalog-info.yaml:3:11 [service-not-described] a Component of spec.type service without"
                        + " a name or rustgo.dev/ annotations is not audited; add metadata.name, rustgo.dev/role and"
                        + " rustgo.dev/language (or one language tag) to describe it (mvn rustgo:scaffold"
                        + " -Drustgo.envelope=backstage -Drustgo.service=NAME writes an example with every annotation, to"
                        + " copy from)"),
                findings(result));
        StringWriter junit = new StringWriter();
        new JunitReport().write(result, junit);
        assertTrue(junit.toString().contains("name=\"service-not-described\""), junit.toString());
    }

    @Test
    void componentReferencesAreEdgesAndTheRestExternalDependencies() throws Exception {
        write(
                "catalog-info.yaml",
                component("ledger", """
                    rustgo.dev/language: go
                    rustgo.dev/role: storage
                """, "  dependencyOf: [component:default/checkout]\n")
                        + "---\n"
                        + component(
                                "checkout",
                                """
                    rustgo.dev/language: go
                    rustgo.dev/role: api
                """,
                                "  dependsOn: [component:ledger, resource:default/orders-db, component:payments/fraud]\n")
                        + "---\n" + component("bad-refs", """
                    rustgo.dev/language: go
                    rustgo.dev/role: api
                """, "  dependsOn: [ledger]\n"));
        AuditResult result = audit();
        assertEquals(
                List.of("catalog-info.yaml:38:15: spec.dependsOn entry 'ledger' needs a kind, as Backstage"
                        + " requires: component:ledger"),
                problems(result));
        var checkout = result.assessment("checkout").service();
        assertEquals(List.of("ledger", "payments/fraud"), checkout.dependsOn());
        assertEquals(List.of("resource:default/orders-db"), checkout.externalDependencies());
        Portfolio portfolio =
                Portfolio.of(result.assessments().stream().map(a -> a.service()).toList());
        assertEquals(
                1,
                portfolio.internalDependents(result.assessment("ledger").service()),
                "declared from both sides, counted once");
        assertEquals(List.of(), portfolio.dangling(), "component references outside the portfolio are external");
        // audit.json lists them, every other reference as written and components by portfolio name.
        StringWriter json = new StringWriter();
        new JsonReport().write(result, json);
        String report = json.toString();
        String entry = report.substring(report.indexOf("\"name\": \"checkout\""));
        assertTrue(
                entry.contains("\"externalDependencies\": [\n        \"resource:default/orders-db\",\n"
                        + "        \"component:payments/fraud\"\n      ]"),
                entry);
        String ledger = report.substring(report.indexOf("\"name\": \"ledger\""));
        assertTrue(ledger.contains("\"externalDependencies\": [ ]"), ledger);
    }

    @Test
    void namesAreUniqueCaseInsensitivelyAndNamespacesQualifyThem() throws Exception {
        write("catalog-info.yaml", component("Ledger", """
                    rustgo.dev/language: go
                    rustgo.dev/role: storage
                """, "") + "---\n" + component("ledger", """
                    rustgo.dev/language: go
                    rustgo.dev/role: storage
                """, ""));
        write("other/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: ledger
                  namespace: payments
                  annotations: {rustgo.dev/language: rust, rustgo.dev/role: storage}
                spec: {type: service, owner: team-b}
                """);
        AuditResult result = audit();
        assertEquals(
                List.of("Ledger", "payments/ledger"),
                result.assessments().stream().map(a -> a.service().name()).toList());
        assertTrue(
                findings(result)
                        .contains("catalog-info.yaml:16:9 [duplicate-service] service name 'Ledger' is"
                                + " already used at catalog-info.yaml:4:9; names must be unique across the portfolio"),
                findings(result).toString());
    }

    @Test
    void aNamespaceFollowsBackstagesRulesForNames() throws Exception {
        String annotations = "  annotations: {rustgo.dev/language: go, rustgo.dev/role: api}\n";
        write(
                "catalog-info.yaml",
                String.join(
                        "---\n",
                        "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: a\n  namespace: pay/ments\n"
                                + annotations + "spec: {type: service}\n",
                        "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: b\n  namespace: \"\"\n"
                                + annotations + "spec: {type: service}\n",
                        "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: c\n  namespace: [x]\n"
                                + annotations + "spec: {type: service}\n",
                        "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: d\n  namespace: Team_B.eu\n"
                                + annotations + "spec: {type: service}\n",
                        "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: e\n  namespace:\n"
                                + annotations + "spec: {type: service}\n"));
        AuditResult result = audit();
        String rule = "must be 1-63 characters of letters, digits, '-', '_' and '.', starting and ending with a letter"
                + " or digit, as Backstage requires; found ";
        assertEquals(
                List.of(
                        "catalog-info.yaml:5:14: metadata.namespace " + rule + "'pay/ments'",
                        "catalog-info.yaml:13:14: metadata.namespace " + rule + "''",
                        "catalog-info.yaml:21:14: metadata.namespace " + rule + "a list"),
                problems(result));
        // A valid namespace qualifies the name; one written with no value is the default namespace.
        assertEquals(
                List.of("Team_B.eu/d", "e"),
                result.assessments().stream().map(a -> a.service().name()).toList());
    }

    @Test
    void locationsAreFollowedInsideTheProjectOnlyAndACycleEnds() throws Exception {
        write("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata: {name: root}
                spec:
                  targets:
                    - ./teams/*/team.yaml
                    - ../outside/catalog-info.yaml
                    - https://github.com/acme/catalog/blob/main/catalog-info.yaml
                    - ./catalog-info.yaml
                    - ./missing.yaml
                """);
        write(
                "teams/a/team.yaml",
                component("svc-a", """
                    rustgo.dev/language: go
                    rustgo.dev/role: api
                """, "")
                        + "---\napiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata: {name: back}\n"
                        + "spec: {target: ../../catalog-info.yaml}\n");
        write("teams/b/team.yaml", component("svc-b", """
                    rustgo.dev/language: rust
                    rustgo.dev/role: proxy
                """, ""));
        AuditResult result = audit();
        assertEquals(
                List.of("svc-a", "svc-b"),
                result.assessments().stream().map(a -> a.service().name()).toList());
        assertEquals(
                List.of(
                        "catalog-info.yaml:7:7 [location-not-followed] Location target '../outside/catalog-info.yaml' is"
                                + " outside the project; it was not followed",
                        "catalog-info.yaml:8:7 [location-not-followed] Location target"
                                + " 'https://github.com/acme/catalog/blob/main/catalog-info.yaml' is a URL; only files inside"
                                + " the project are read, so it was not followed",
                        "catalog-info.yaml:10:7 [location-not-followed] Location target './missing.yaml' does not exist"),
                findings(result).stream()
                        .filter(f -> f.contains("[location-not-followed]"))
                        .toList());
        assertEquals(3, result.load().files());
    }

    @Test
    void nativeAndBackstageDescriptorsMakeOnePortfolio() throws Exception {
        write("services/ledger.yaml", """
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata: {name: ledger}
                spec: {language: go, role: storage, dependsOn: [checkout]}
                """);
        write("checkout/catalog-info.yaml", component("checkout", """
                    rustgo.dev/language: go
                    rustgo.dev/role: api
                """, "  dependsOn: [component:ledger]\n"));
        AuditResult result = audit();
        assertEquals(List.of(), problems(result));
        assertEquals(
                List.of("checkout", "ledger"),
                result.assessments().stream().map(a -> a.service().name()).toList());
    }
}
