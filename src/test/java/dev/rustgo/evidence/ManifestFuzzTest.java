package dev.rustgo.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.FuzzedAudit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the repository reading: a Kubernetes manifest, a Helm chart's values and a Compose file beside a small
 * valid portfolio whose services they match. Whatever the file holds, the audit ends under a second
 * with well-formed reports ({@link FuzzedAudit}), and a manifest is never an input problem: at
 * worst a {@code manifest-not-read} notice about that file, the rest audited.
 *
 * <p>Under {@code mvn verify} each method runs the committed inputs in
 * {@code src/test/resources/dev/rustgo/evidence/ManifestFuzzTestInputs/<method>/}; a campaign is
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=ManifestFuzzTest#kubernetesManifest} (docs/hardening.md).
 */
class ManifestFuzzTest {

    private static final String SERVICES = """
            apiVersion: rustgo.dev/v1
            kind: Service
            metadata:
              name: orders
            spec:
              language: go
              role: api
              resources: {instances: 4}
            ---
            apiVersion: rustgo.dev/v1
            kind: Service
            metadata:
              name: matcher
            spec:
              language: rust
              role: data-plane
            """;

    private static FuzzedAudit manifests;

    private static FuzzedAudit charts;

    private static FuzzedAudit compose;

    @BeforeAll
    static void projects() {
        manifests = FuzzedAudit.empty().write("services/portfolio.yaml", SERVICES);
        charts = FuzzedAudit.empty()
                .write("services/portfolio.yaml", SERVICES)
                .write("charts/matcher/Chart.yaml", "apiVersion: v2\nname: matcher\nversion: 1.0.0\n");
        compose = FuzzedAudit.empty().write("services/portfolio.yaml", SERVICES);
        FuzzedAudit.warmUp(manifests);
        FuzzedAudit.warmUp(charts);
        FuzzedAudit.warmUp(compose);
    }

    @AfterAll
    static void delete() {
        manifests.close();
        charts.close();
        compose.close();
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 1, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void kubernetesManifest(byte[] input) {
        noInputProblem(manifests.write("deploy/fuzz.yaml", input).audit());
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 1, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void helmValues(byte[] input) {
        noInputProblem(charts.write("charts/matcher/values.yaml", input).audit());
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 1, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void composeFile(byte[] input) {
        noInputProblem(compose.write("docker-compose.yml", input).audit());
    }

    private static void noInputProblem(AuditResult result) {
        assertEquals(List.of(), result.load().problems(), "a manifest is never an input problem");
        assertEquals(2, result.assessments().size(), "and never hides a service");
    }
}
