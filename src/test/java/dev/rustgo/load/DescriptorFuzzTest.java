package dev.rustgo.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rustgo.audit.FuzzedAudit;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the descriptor loader: native descriptors (a {@code *.rustgo.yaml} file, where every
 * document must be native) and Backstage catalogs (a {@code catalog-info.yaml} file, native and
 * Backstage documents alike, Locations followed), each beside a small valid portfolio so cross-file
 * rules (duplicates, dependencies) run too. Every input must end in a result with positioned
 * problems, well-formed reports, and under a second ({@link FuzzedAudit}).
 *
 * <p>Under {@code mvn verify} each method runs the committed inputs in
 * {@code src/test/resources/dev/rustgo/load/DescriptorFuzzTestInputs/<method>/}; a campaign is
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=DescriptorFuzzTest#nativeDescriptor} (docs/hardening.md).
 */
class DescriptorFuzzTest {

    private static final String COMPANION = """
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
              name: ledger
            spec:
              language: rust
              role: storage
              dependsOn: [orders-api]
              traffic: {peakRps: 300000, p99LatencyMs: 3}
            """;

    /** One project per target, so the two never see each other's last input. */
    private static FuzzedAudit natives;

    private static FuzzedAudit catalogs;

    @BeforeAll
    static void projects() {
        natives = FuzzedAudit.empty().write("services/companion.yaml", COMPANION);
        catalogs = FuzzedAudit.empty().write("services/companion.yaml", COMPANION);
        // Class loading and the first audit are not what the per-input limit measures.
        FuzzedAudit.warmUp(natives);
        FuzzedAudit.warmUp(catalogs);
    }

    @AfterAll
    static void delete() {
        natives.close();
        catalogs.close();
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 1, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void nativeDescriptor(byte[] input) {
        natives.write("fuzz.rustgo.yaml", input).audit();
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 1, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void backstageCatalog(byte[] input) {
        catalogs.write("catalog-info.yaml", input).audit();
    }
}
