package dev.rustgo.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rustgo.diagnostics.Problem;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each way a policy file can be wrong, and the one positioned line it gets; the baseline as written. */
class PolicyReaderTest {

    @TempDir
    Path dir;

    private static final String HEAD = "apiVersion: rustgo.dev/v1\\nkind: Policy\\n";

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "apiVersion: rustgo.dev/v2\\nkind: Policy\\n | 1:13: apiVersion must be rustgo.dev/v1; found 'rustgo.dev/v2'",
                "apiVersion: rustgo.dev/v1\\nkind: Polcy\\n | 2:7: kind must be Policy; found 'Polcy'",
                "kind: Policy\\n | 1:1: missing apiVersion: rustgo.dev/v1",
                "kind: Policy\\n---\\nkind: Policy\\n | 3:1: a policy file holds one document",
                "- a\\n- b\\n | 1:1: a policy must be a mapping (apiVersion: rustgo.dev/v1, kind: Policy, rules, thresholds,"
                        + " share, waivers); found a list",
                "HEADrules: [a]\\n | 3:8: rules must be a mapping; found a list",
                "HEADthresholds: {tail.demandingMs: fast}\\n | 3:32: thresholds.tail.demandingMs must be a number of 0"
                        + " or more; found 'fast'",
                "HEADthresholds: {tail.demandingMs: [1]}\\n | 3:32: thresholds.tail.demandingMs must be a number of 0 or"
                        + " more; found a list",
                "HEADwaivers:\\n  - {service: a, rule: rust-candidate-in-go, reason: r, owner: o}\\n | 4:5: a waiver needs"
                        + " expires (an ISO date: waivers end)",
                "HEADwaivers:\\n  - {service: a, rule: nope, reason: r, owner: o, expires: 2027-01-01}\\n | 4:24: unknown"
                        + " rule 'nope'; docs/rules.md lists them all",
                "HEADwaivers:\\n  - plain\\n | 4:5: a waiver must be a mapping of service, rule, reason, owner, expires;"
                        + " found 'plain'",
                "HEADwaivers:\\n  - {service: a, rule: rust-candidate-in-go, reason: r, owner: o, expires: 2027-01-01,"
                        + " extra: 1}\\n | 4:88: unknown key 'extra' in a waiver",
                "HEADwaivers: yes\\n | 3:10: waivers must be a list of waivers (service, rule, reason, owner, expires);"
                        + " found 'yes'",
                "HEADunknown: 1\\n | 3:1: unknown key 'unknown'",
            })
    void eachMistakeIsOneLineAtItsPlace(String policy, String problem) throws Exception {
        Path file = Files.writeString(
                dir.resolve("rustgo-policy.yaml"), policy.replace("HEAD", HEAD).replace("\\n", "\n"));
        PolicyReader.Result read = PolicyReader.read(file, "rustgo-policy.yaml", FailOn.ERROR);
        assertEquals(
                List.of("rustgo-policy.yaml:" + problem),
                read.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void theShareBandMayTouchItsEnds() throws Exception {
        for (String band : List.of("{low: 0.05, high: 1}", "{low: 0, high: 0.1}")) {
            Path file = Files.writeString(
                    dir.resolve("rustgo-policy.yaml"), HEAD.replace("\\n", "\n") + "share: " + band + "\n");
            assertEquals(
                    List.of(),
                    PolicyReader.read(file, "rustgo-policy.yaml", FailOn.ERROR).problems(),
                    band);
        }
    }

    /** The baseline file, exactly: sorted by fingerprint, no service or file where a finding has none. */
    @Test
    void theBaselineIsWrittenAsItIsRead() throws Exception {
        Finding ofService = new Finding(
                "rust-candidate-in-go",
                Severity.ERROR,
                null,
                "matcher",
                "services/m.yaml",
                4,
                13,
                "matcher is a Rust candidate",
                null);
        Finding ofPortfolio = new Finding(
                "rust-share-above-band",
                Severity.WARNING,
                null,
                null,
                null,
                0,
                0,
                "Rust is 40% of the portfolio",
                null);
        Baseline baseline = Baseline.of(List.of(ofService, ofPortfolio));
        StringWriter out = new StringWriter();
        baseline.write(out);
        String first = ofService.fingerprint().compareTo(ofPortfolio.fingerprint()) < 0 ? "service" : "portfolio";
        String service = "    {\n      \"fingerprint\": \"" + ofService.fingerprint() + "\",\n"
                + "      \"rule\": \"rust-candidate-in-go\",\n      \"service\": \"matcher\",\n"
                + "      \"file\": \"services/m.yaml\",\n      \"message\": \"matcher is a Rust candidate\"\n    }";
        String portfolio = "    {\n      \"fingerprint\": \"" + ofPortfolio.fingerprint() + "\",\n"
                + "      \"rule\": \"rust-share-above-band\",\n      \"message\": \"Rust is 40% of the portfolio\"\n    }";
        assertEquals(
                "{\n  \"schemaVersion\": 1,\n  \"findings\": [\n"
                        + (first.equals("service") ? service + ",\n" + portfolio : portfolio + ",\n" + service)
                        + "\n  ]\n}\n",
                out.toString());
        Path file = Files.writeString(dir.resolve("rustgo-baseline.json"), out.toString());
        Baseline.Result read = Baseline.read(file, "rustgo-baseline.json");
        assertEquals(List.of(), read.problems());
        assertEquals(2, read.baseline().size());
        assertEquals(true, read.baseline().contains(ofService));
    }
}
