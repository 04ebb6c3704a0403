package dev.rustgo.policy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rustgo.audit.FuzzedAudit;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the policy file ({@code rustgo-policy.yaml}: severities, thresholds, the share band,
 * waivers) and the baseline ({@code rustgo-baseline.json}), each applied to a copy of the bundled
 * example portfolio, so a policy or baseline that reads must also score, gate and report. Every
 * input must end in a result with positioned problems, well-formed reports, and under a second
 * ({@link FuzzedAudit}).
 *
 * <p>Under {@code mvn verify} each method runs the committed inputs in
 * {@code src/test/resources/dev/rustgo/policy/PolicyFuzzTestInputs/<method>/}; a campaign is
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=PolicyFuzzTest#policyFile} (docs/hardening.md).
 */
class PolicyFuzzTest {

    private static final String POLICY = "rustgo-policy.yaml";
    private static final String BASELINE = "rustgo-baseline.json";

    /** One project per target, so the two never see each other's last input. */
    private static FuzzedAudit policies;

    private static FuzzedAudit baselines;

    @BeforeAll
    static void projects() {
        policies = FuzzedAudit.withExamplePortfolio();
        baselines = FuzzedAudit.withExamplePortfolio();
        // Class loading and the first audit are not what the per-input limit measures.
        FuzzedAudit.warmUp(policies);
        FuzzedAudit.warmUp(baselines);
    }

    @AfterAll
    static void delete() {
        policies.close();
        baselines.close();
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 1, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void policyFile(byte[] input) {
        policies.write(POLICY, input).audit(POLICY, null);
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 1, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void baselineFile(byte[] input) {
        baselines.write(BASELINE, input).audit(null, BASELINE);
    }
}
