package dev.rustgo.compare;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rustgo.audit.FuzzedAudit;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the earlier {@code audit.json} that {@code -Drustgo.compareTo=old-audit.json} compares with:
 * an untrusted file (an artifact of another build, a pull request's own). The portfolio is audited,
 * compared with it, and every report written; the comparison either reads and every report is
 * well-formed, with no control character of the file in the Markdown report or a console line, or it
 * is a one-line error naming the file ({@link FuzzedAudit#compare}), in under a second.
 *
 * <p>Under {@code mvn verify} the method runs the committed inputs in
 * {@code src/test/resources/dev/rustgo/compare/SnapshotFuzzTestInputs/auditJson/}; a campaign is
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=SnapshotFuzzTest} (docs/hardening.md).
 */
class SnapshotFuzzTest {

    private static final String REPORT = "old-audit.json";

    private static final String SERVICES = """
            apiVersion: rustgo.dev/v1
            kind: Service
            metadata:
              name: orders-api
              owner: shop
            spec:
              language: go
              role: api
            ---
            apiVersion: rustgo.dev/v1
            kind: Service
            metadata:
              name: matcher
            spec:
              language: go
              role: data-plane
              traffic: {peakRps: 400000, p99LatencyMs: 1}
              concurrency: hard
            """;

    private static FuzzedAudit project;

    @BeforeAll
    static void project() {
        project = FuzzedAudit.empty().write("services/portfolio.yaml", SERVICES);
        FuzzedAudit.warmUp(project);
    }

    @AfterAll
    static void delete() {
        project.close();
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 1, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void auditJson(byte[] input) {
        project.write(REPORT, input).compare(REPORT);
    }
}
