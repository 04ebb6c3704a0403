package dev.rustgo.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.criteria.Threshold;
import dev.rustgo.diagnostics.Problem;
import java.io.IOException;
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

    @Test
    void aPolicyExtendsTheOrganisationsFromTheClasspathAndOverridesIt(@TempDir Path dir) throws IOException {
        Path own = dir.resolve("rustgo-policy.yaml");
        Files.writeString(own, """
                apiVersion: rustgo.dev/v1
                kind: Policy
                extends: classpath:company/rustgo-policy.yaml
                rules:
                  go-fit-in-rust: warning
                thresholds:
                  expiry.warnDays: 14
                waivers:
                  - {service: ledger, rule: rust-candidate-in-go, reason: migrating, owner: pay, expires: 2027-01-01}
                """);
        PolicyReader.Result read = PolicyReader.read(own, "rustgo-policy.yaml", FailOn.ERROR);
        assertEquals(List.of(), read.problems());
        Policy policy = read.policy();
        assertTrue(policy.isOff(PolicyRule.NEEDS_REVIEW), "from the organisation's");
        assertEquals(Severity.WARNING, policy.severity(PolicyRule.GO_FIT_IN_RUST), "the repository's wins");
        assertEquals(14, policy.thresholds().get(Threshold.EXPIRY_WARN_DAYS));
        assertEquals(18, policy.thresholds().get(Threshold.COST_PAYBACK_HORIZON_MONTHS));
        assertEquals(1, policy.waivers().size(), "the repository's waivers");
        assertTrue(policy.source().startsWith("rustgo-policy.yaml (extends "), policy.source());
        assertTrue(policy.source().endsWith("company/rustgo-policy.yaml)"), policy.source());
    }

    @Test
    void aRepositoryCanTurnBackOnARuleTheOrganisationTurnedOff(@TempDir Path dir) throws IOException {
        Path own = dir.resolve("p.yaml");
        Files.writeString(
                own,
                "apiVersion: rustgo.dev/v1\nkind: Policy\nextends: classpath:company/rustgo-policy.yaml\n"
                        + "rules: {needs-review: info}\n");
        Policy policy = PolicyReader.read(own, "p.yaml", FailOn.ERROR).policy();
        assertFalse(policy.isOff(PolicyRule.NEEDS_REVIEW));
        assertEquals(Severity.INFO, policy.severity(PolicyRule.NEEDS_REVIEW));
    }

    @Test
    void anExtendedPolicyHoldsNoWaiversACycleEndsAndAMissingOneIsNamed(@TempDir Path dir) throws IOException {
        Path own = dir.resolve("p.yaml");
        Files.writeString(
                own, "apiVersion: rustgo.dev/v1\nkind: Policy\nextends: classpath:company/with-waiver.yaml\n");
        assertEquals(
                List.of("company/with-waiver.yaml:4:3: waivers stay in each repository's own policy, and this policy is"
                        + " extended by another; move them to the policy that extends it"),
                strings(PolicyReader.read(own, "p.yaml", FailOn.ERROR).problems()).stream()
                        .map(p -> p.substring(p.indexOf("company/")))
                        .toList());

        Files.writeString(dir.resolve("a.yaml"), "apiVersion: rustgo.dev/v1\nkind: Policy\nextends: b.yaml\n");
        Files.writeString(dir.resolve("b.yaml"), "apiVersion: rustgo.dev/v1\nkind: Policy\nextends: a.yaml\n");
        assertEquals(
                List.of("b.yaml:3:10: extends a.yaml again, a cycle: a.yaml -> b.yaml -> a.yaml"),
                strings(PolicyReader.read(dir.resolve("a.yaml"), "a.yaml", FailOn.ERROR)
                        .problems()));

        Files.writeString(own, "apiVersion: rustgo.dev/v1\nkind: Policy\nextends: classpath:company/gone.yaml\n");
        assertEquals(
                List.of("p.yaml:3:10: no policy classpath:company/gone.yaml on the plugin's classpath; add the jar that"
                        + " holds it to the plugin's <dependencies> in the pom"),
                strings(PolicyReader.read(own, "p.yaml", FailOn.ERROR).problems()));
    }

    @Test
    void anExtendsThatLeavesTheProjectIsRefusedByItsPathAndNothingOfTheFileIsRead(@TempDir Path outside)
            throws IOException {
        Path secret = Files.writeString(outside.resolve("netrc"), "machine example.org password hunter2\n");
        Path project = Files.createDirectories(dir.resolve("project"));
        Path own = project.resolve("rustgo-policy.yaml");
        String escape = project.relativize(secret).toString().replace('\\', '/');
        for (String reference : List.of(secret.toString(), escape)) {
            Files.writeString(own, "apiVersion: rustgo.dev/v1\nkind: Policy\nextends: " + reference + "\n");
            List<String> problems = strings(
                    PolicyReader.read(own, "rustgo-policy.yaml", FailOn.ERROR).problems());
            assertEquals(
                    List.of("rustgo-policy.yaml:3:10: extends " + reference + ", which is outside the project; a policy"
                            + " extends a file inside the project, or classpath:company/rustgo-policy.yaml from a jar of"
                            + " the plugin's dependencies"),
                    problems);
        }
    }

    @Test
    void aFileThatIsNoPolicyIsQuotedOnlyAsAShortExcerpt() throws IOException {
        // /etc/passwd, ~/.netrc or a key named as the policy reads as one long YAML scalar.
        String secret = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
                + "machine ci.example.org login bot password s3cr3t-token-that-must-not-leak\n";
        Path file = Files.writeString(dir.resolve("passwd"), secret);
        List<String> problems =
                strings(PolicyReader.read(file, "passwd", FailOn.ERROR).problems());
        assertEquals(
                List.of(
                        "passwd:1:1: a policy must be a mapping (apiVersion: rustgo.dev/v1, kind: Policy, rules,"
                                + " thresholds, share, waivers); found 'root:x:0:0:root:/root:/bin/bash daemon:x:1:1:daemon:/usr/sbi...'"),
                problems);
        assertFalse(problems.get(0).contains("s3cr3t"));
    }

    @Test
    void aPolicyOrAnExtendsThatIsALinkOutOfTheProjectIsNotRead(@TempDir Path outside) throws IOException {
        Path secret = Files.writeString(outside.resolve("id_rsa"), "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n");
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.createSymbolicLink(project.resolve("base.yaml"), secret);
        Path own = project.resolve("rustgo-policy.yaml");
        Files.writeString(own, "apiVersion: rustgo.dev/v1\nkind: Policy\nextends: base.yaml\n");
        List<String> problems = strings(
                PolicyReader.read(own, "rustgo-policy.yaml", FailOn.ERROR).problems());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(
                problems.get(0)
                        .startsWith("rustgo-policy.yaml:3:10: extends base.yaml, which is outside the project; a policy"
                                + " extends a file inside the project"),
                problems.get(0));
        assertTrue(problems.get(0).endsWith("(it is a symbolic link to " + secret.toRealPath() + ")"), problems.get(0));

        // The repository's own policy replaced by a link: named by its path, never read.
        Files.delete(own);
        Files.createSymbolicLink(own, secret);
        PolicySource source = PolicySource.file(own, "rustgo-policy.yaml", project);
        assertEquals(
                List.of("rustgo-policy.yaml:1:1: is a symbolic link to a place outside the project ("
                        + secret.toRealPath() + "); not read"),
                strings(PolicyReader.read(source, FailOn.ERROR).problems()));
    }

    @Test
    void aPolicyConfiguredOutsideTheProjectIsReadWhereItIsAndExtendsOnlyBesideIt(@TempDir Path shared)
            throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(
                shared.resolve("base.yaml"), "apiVersion: rustgo.dev/v1\nkind: Policy\nrules: {needs-review: off}\n");
        Path policy = Files.writeString(
                shared.resolve("rustgo-policy.yaml"), "apiVersion: rustgo.dev/v1\nkind: Policy\nextends: base.yaml\n");
        PolicyReader.Result read =
                PolicyReader.read(PolicySource.file(policy, policy.toString(), project), FailOn.ERROR);
        assertEquals(List.of(), read.problems());
        assertTrue(read.policy().isOff(PolicyRule.NEEDS_REVIEW));

        Files.writeString(policy, "apiVersion: rustgo.dev/v1\nkind: Policy\nextends: ../elsewhere.yaml\n");
        assertTrue(strings(PolicyReader.read(PolicySource.file(policy, "p.yaml", project), FailOn.ERROR)
                        .problems())
                .get(0)
                .startsWith("p.yaml:3:10: extends ../elsewhere.yaml, which is outside the project"));
    }

    @ParameterizedTest(name = "classpath:{0}")
    @CsvSource(
            delimiter = '|',
            value = {"''", "/", "company/", "company", "META-INF/MANIFEST.MF", "dev/rustgo/policy/PolicySource.class"})
    void aClasspathPolicyNamesOneYamlFileNeverAJarsRootOrAClass(String resource) throws IOException {
        Path own = dir.resolve("p.yaml");
        Files.writeString(own, "apiVersion: rustgo.dev/v1\nkind: Policy\nextends: 'classpath:" + resource + "'\n");
        assertEquals(
                List.of("p.yaml:3:10: 'classpath:" + resource + "' names no policy file; name a .yaml resource of a jar"
                        + " in the plugin's <dependencies>, like classpath:company/rustgo-policy.yaml"),
                strings(PolicyReader.read(own, "p.yaml", FailOn.ERROR).problems()));
    }

    @Test
    void aClasspathPolicyCannotClimbOutOfTheClasspath() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> PolicySource.classpath(
                        "company/../../etc/x.yaml", getClass().getClassLoader()));
        assertEquals("'classpath:company/../../etc/x.yaml' leaves the classpath", e.getMessage());
    }

    @Test
    void theGateCountsEveryFindingOrOnlyTheChangesAndSaysWhichWordsItTakes(@TempDir Path dir) throws IOException {
        Path own = dir.resolve("p.yaml");
        Files.writeString(own, "apiVersion: rustgo.dev/v1\nkind: Policy\ngate: changes\n");
        assertTrue(PolicyReader.read(own, "p.yaml", FailOn.ERROR).policy().changesOnly());
        Files.writeString(own, "apiVersion: rustgo.dev/v1\nkind: Policy\ngate: chnages\n");
        assertEquals(
                List.of(
                        "p.yaml:3:7: gate must be all (every finding counts) or changes (with rustgo.compareTo, only the"
                                + " findings the change brought); found 'chnages'; did you mean 'changes'?"),
                strings(PolicyReader.read(own, "p.yaml", FailOn.ERROR).problems()));
        assertFalse(Policy.defaults(FailOn.ERROR).changesOnly());
    }

    private static List<String> strings(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }
}
