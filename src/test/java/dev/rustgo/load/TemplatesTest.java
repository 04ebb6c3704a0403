package dev.rustgo.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rustgo.Projects;
import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.policy.FailOn;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backstage scaffolder Templates: their content is never read as entities. */
class TemplatesTest {

    private static final String TEMPLATE = """
            apiVersion: scaffolder.backstage.io/v1beta3
            kind: Template
            metadata:
              name: go-service
            spec:
              owner: platform
              type: service
              steps:
                - id: fetch
                  action: fetch:template
                  input:
                    url: ./skeleton
                    values: {name: "${{ parameters.name }}"}
                - id: docs
                  action: fetch:plain
                  input: {url: ./docs}
            """;

    private static final String SKELETON = """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: ${{ values.name | dump }}
              annotations:
                rustgo.dev/language: go
                rustgo.dev/role: api
            spec: {type: service, owner: "${{ values.owner }}"}
            """;

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Projects.write(dir, name, text);
    }

    private AuditResult audit(String... includes) throws Exception {
        return new Auditor()
                .audit(new AuditRequest(
                        dir,
                        dir,
                        List.of(includes),
                        List.of(),
                        FailOn.ERROR,
                        dir.resolve("target/rustgo"),
                        Set.of(),
                        LocalDate.of(2026, 12, 1)));
    }

    private static List<String> findings(AuditResult result) {
        return result.findings().stream()
                .map(f -> f.severity().id() + " " + f.place() + " [" + f.rule() + "] " + f.message())
                .toList();
    }

    @Test
    void theSkeletonOfATemplateFoundAboveItIsPassedOverWithOneNoticeNamingTheTemplate() throws Exception {
        write("templates/go-service/template.yaml", TEMPLATE);
        write("templates/go-service/skeleton/catalog-info.yaml", SKELETON);
        write("templates/go-service/skeleton/deploy/catalog-info.yaml", SKELETON.replace("dump", "lower"));
        AuditResult result = audit();
        assertEquals(List.of(), result.load().problems());
        assertEquals(List.of(), result.assessments());
        assertEquals(
                List.of("info templates/go-service/template.yaml:4:9 [template-content-skipped] the scaffolder Template"
                        + " go-service copies 2 files of its skeleton into new repositories; Backstage does not register"
                        + " skeleton files as entities, so the audit did not read them as services:"
                        + " templates/go-service/skeleton/catalog-info.yaml,"
                        + " templates/go-service/skeleton/deploy/catalog-info.yaml"),
                findings(result));
        assertEquals("go-service", result.findings().get(0).about());
    }

    @Test
    void aReadTemplatesSkeletonIsPassedOverEvenWithoutExpressions() throws Exception {
        write("catalog-info.yaml", TEMPLATE);
        write("skeleton/catalog-info.yaml", SKELETON.replace("${{ values.name | dump }}", "example"));
        write("services/real.rustgo.yaml", """
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata: {name: real}
                spec: {language: go, role: api}
                """);
        AuditResult result = audit();
        assertEquals(
                List.of("real"),
                result.assessments().stream().map(a -> a.service().name()).toList());
        assertEquals(
                List.of(
                        "info catalog-info.yaml:4:9 [template-content-skipped] the scaffolder Template go-service copies a"
                                + " file of its skeleton into new repositories; Backstage does not register skeleton files as"
                                + " entities, so the audit did not read it as a service: skeleton/catalog-info.yaml"),
                findings(result));
    }

    @Test
    void aDocumentWithTemplateExpressionsAndNoTemplateIsNamedByItsFile() throws Exception {
        write("catalog-info.yaml", SKELETON + "---\n" + SKELETON);
        AuditResult result = audit();
        assertEquals(List.of(), result.load().problems());
        assertEquals(
                List.of("info catalog-info.yaml:1:1 [template-content-skipped] holds Backstage template expressions"
                        + " (${{ ... }}): it is scaffolder template content, not an entity Backstage registers, so 2 of"
                        + " its documents were not read as services"),
                findings(result));
    }
}
