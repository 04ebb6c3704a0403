package dev.rustgo.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.Projects;
import dev.rustgo.audit.AuditException;
import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.report.MarkdownReport;
import dev.rustgo.report.Reports;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Comparing with an earlier report or a git revision: what is read back, and the one-line errors. */
class CompareTest {

    @TempDir
    Path dir;

    private AuditRequest request() {
        return Projects.request(dir);
    }

    private void service(String name, String spec) throws IOException {
        Projects.service(dir, name, spec);
    }

    @Test
    void anEarlierAuditJsonReadsBackAsTheSnapshotItWasWrittenFrom() throws Exception {
        service(
                "matcher",
                "{language: go, role: data-plane, traffic: {peakRps: 400000, p99LatencyMs: 1}, concurrency: hard}");
        service("ghost-user", "{language: go, role: api, dependsOn: [ghost]}");
        AuditResult result = Reports.write(new Auditor().audit(request()), request());
        Snapshot read = Snapshot.read(dir.resolve("target/rustgo/audit.json"));
        assertEquals(result.snapshot(), read);

        // Compared with itself, nothing moves.
        AuditResult same = new Auditor().compare(request(), result, "target/rustgo/audit.json");
        assertTrue(same.comparison().empty());
    }

    @Test
    void aFileThatIsNotAnAuditReportIsAOneLineError() throws Exception {
        service("a", "{language: go, role: api}");
        Files.writeString(dir.resolve("old.json"), "[1, 2]");
        AuditResult result = new Auditor().audit(request());
        AuditException e =
                assertThrows(AuditException.class, () -> new Auditor().compare(request(), result, "old.json"));
        assertEquals(
                "rustgo.compareTo: old.json is not a readable audit.json (not an audit.json: it is not a JSON object)",
                e.getMessage());
    }

    @Test
    void aComparedReportOverTheCapIsRefusedInOneLine() throws Exception {
        service("a", "{language: go, role: api}");
        AuditResult result = new Auditor().audit(request());
        // A valid report, then a sparse tail: the old reader stopped at the object's end and took it.
        try (java.io.RandomAccessFile big =
                new java.io.RandomAccessFile(dir.resolve("big.json").toFile(), "rw")) {
            big.write("{\"services\": []}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            big.setLength(Snapshot.MAX_BYTES + 1);
        }
        AuditException e =
                assertThrows(AuditException.class, () -> new Auditor().compare(request(), result, "big.json"));
        assertEquals(
                "rustgo.compareTo: big.json is not a readable audit.json (it is larger than 64 MiB, the most a"
                        + " compared report may be)",
                e.getMessage());
    }

    @Test
    void aComparedReportIsParsedWithLimits() throws Exception {
        service("a", "{language: go, role: api}");
        AuditResult result = new Auditor().audit(request());
        String deep = "[".repeat(40) + "]".repeat(40);
        String longText = "x".repeat(1024 * 1024 + 1);
        String longNumber = "1".repeat(65);
        for (String[] c : new String[][] {
            {"{\"x\": " + deep + "}", "nesting depth"},
            {"{\"services\": [{\"name\": \"" + longText + "\"}]}", "String value length"},
            {"{\"share\": {\"byCount\": " + longNumber + "}}", "Number value length"},
        }) {
            Files.writeString(dir.resolve("limits.json"), c[0]);
            AuditException e =
                    assertThrows(AuditException.class, () -> new Auditor().compare(request(), result, "limits.json"));
            assertTrue(
                    e.getMessage()
                                    .startsWith("rustgo.compareTo: limits.json is not a readable audit.json (not an"
                                            + " audit.json: ")
                            && e.getMessage().contains(c[1]),
                    e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void controlCharactersOfAComparedReportReachNoReportNorTheLog() throws Exception {
        service("a", "{language: go, role: api}");
        AuditResult result = new Auditor().audit(request());
        String esc = "\\u001b[31m";
        Files.writeString(dir.resolve("old.json"), """
                {"services": [{"name": "gone%1$sred\\u0000", "verdict": "go", "language": "go", "reasons": []},
                              {"name": "a", "verdict": "rust%1$s", "language": "go",
                               "reasons": [{"criterion": "R-TAIL%1$s", "evidence": "p99 1\\u009b"}]}],
                 "findings": [{"fingerprint": "f1", "rule": "r%1$s", "service": "gone%1$s", "severity": "error",
                               "message": "line one\\nline two\\u0007"}],
                 "share": {"byCount": 0.5}}
                """.formatted(esc));
        AuditResult compared = new Auditor().compare(request(), result, "old.json");
        Comparison c = compared.comparison();
        assertEquals(List.of("gone\\u001B[31mred\\u0000"), c.removed());
        assertEquals("line one\\nline two\\u0007", c.fixed().get(0).message());

        StringWriter md = new StringWriter();
        new MarkdownReport().write(compared, md);
        assertTrue(md.toString().contains("gone\\\\u001B\\[31m"), md.toString());
        List<String> texts = new java.util.ArrayList<>(List.of(md.toString().replace("\n", "")));
        dev.rustgo.console.ConsoleReport.lines(compared, dir).forEach(l -> texts.add(l.text()));
        for (String text : texts) {
            assertTrue(
                    text.chars().noneMatch(ch -> ch < 0x20 && ch != '\t' || ch >= 0x7f && ch <= 0x9f),
                    "a control character in " + text);
        }
    }

    @Test
    void aShareIsFromZeroToOneAndAnEmptyPortfolioHasAShareOfZero() throws Exception {
        Files.createDirectories(dir.resolve("services"));
        AuditResult empty = new Auditor().audit(request());
        Files.writeString(dir.resolve("old.json"), "{\"services\": [], \"share\": {\"byCount\": 1e999}}");
        AuditException e =
                assertThrows(AuditException.class, () -> new Auditor().compare(request(), empty, "old.json"));
        assertEquals(
                "rustgo.compareTo: old.json is not a readable audit.json (not an audit.json: share.byCount is"
                        + " Infinity, not a share from 0 to 1)",
                e.getMessage());

        // An empty portfolio then and now: a share of 0, never a division by zero.
        Files.writeString(dir.resolve("old.json"), "{\"services\": []}");
        AuditResult compared = new Auditor().compare(request(), empty, "old.json");
        assertEquals(0.0, compared.comparison().shareBefore());
        assertEquals(0.0, compared.comparison().shareAfter());
        assertTrue(
                dev.rustgo.console.ConsoleReport.lines(compared, dir).stream()
                        .anyMatch(l -> l.text().startsWith("rustgo: against old.json: Rust share 0.0% -> 0.0%;")),
                dev.rustgo.console.ConsoleReport.lines(compared, dir).toString());
    }

    @Test
    void aRevisionOutsideGitOrMissingFromAShallowCloneSaysWhatToDo() throws Exception {
        service("a", "{language: go, role: api}");
        AuditResult result = new Auditor().audit(request());
        AuditException outside =
                assertThrows(AuditException.class, () -> new Auditor().compare(request(), result, "origin/main"));
        assertTrue(outside.getMessage().startsWith("rustgo.compareTo: "), outside.getMessage());
        assertTrue(
                outside.getMessage()
                        .endsWith(" is not in a git repository; compare with a previous audit.json instead"),
                outside.getMessage());

        git("init", "-q", "-b", "main");
        git("add", "services");
        git("commit", "-q", "-m", "main");
        AuditException missing =
                assertThrows(AuditException.class, () -> new Auditor().compare(request(), result, "origin/main"));
        assertEquals(
                "rustgo.compareTo: origin/main is not in this clone; fetch it first: git fetch --depth=1 origin main",
                missing.getMessage());
        assertTrue(new Auditor().compare(request(), result, "main").comparison().empty());
    }

    @Test
    void theMarkdownReportFitsAPullRequestComment() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            many.append("---\napiVersion: rustgo.dev/v1\nkind: Service\nmetadata: {name: service-")
                    .append(i)
                    .append("}\nspec: {language: go, role: api, dependsOn: [ghost]}\n");
        }
        Files.createDirectories(dir.resolve("services"));
        Files.writeString(dir.resolve("services/many.yaml"), many.toString());
        AuditResult result = new Auditor().audit(request());
        StringWriter out = new StringWriter();
        new MarkdownReport().write(result, out);
        String md = out.toString();
        assertTrue(md.length() <= 65_536, md.length() + " characters");
        assertTrue(md.contains("_The table of all 1500 services is left out to keep this report within GitHub's"
                + " 65,536-character comment limit; audit.json has every service._"));
        assertTrue(md.contains("\n\n_Cut here to stay within GitHub's 65,536-character comment limit; audit.json has"
                + " the whole report._\n\n"));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void gitRunsNoProgramTheRepositoryConfigures(@TempDir Path tools) throws Exception {
        // A fake gpg that signs and verifies, and leaves a line in a file each time it runs. It reads the
        // payload git pipes to it first: git fails the signature when gpg exits before taking it all.
        Path ran = tools.resolve("ran");
        Path gpg = tools.resolve("gpg");
        Files.writeString(gpg, """
                #!/bin/sh
                echo "$*" >> '%s'
                cat > /dev/null # what git writes to it: unread, git may fail to write it
                case "$*" in
                  *--verify*) echo "[GNUPG:] GOODSIG 0 fake"; exit 0;;
                  *) printf '[GNUPG:] BEGIN_SIGNING\\n[GNUPG:] SIG_CREATED \\n' >&2
                     printf -- '-----BEGIN PGP SIGNATURE-----\\n\\nfake\\n-----END PGP SIGNATURE-----\\n';;
                esac
                """.formatted(ran));
        Files.setPosixFilePermissions(gpg, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        service("a", "{language: go, role: api}");
        git("init", "-q", "-b", "main");
        git("config", "gpg.program", gpg.toString());
        git("add", "services");
        git("-c", "commit.gpgsign=true", "commit", "-q", "-S", "-m", "signed");
        service("b", "{language: go, role: worker}");
        git("add", "services");
        git("-c", "commit.gpgsign=true", "commit", "-q", "-S", "-m", "signed again");
        git("config", "log.showSignature", "true");
        // Set last: a hook that answers nothing sensible would break the signed commits above.
        git("config", "core.fsmonitor", gpg.toString());
        git("config", "core.pager", gpg.toString());
        git("config", "diff.external", gpg.toString());
        Files.deleteIfExists(ran);
        git("log", "-1", "--format=%H");
        assertTrue(Files.exists(ran), "the repository as configured runs its gpg.program on git log");
        Files.delete(ran);

        AuditResult result = new Auditor().audit(request());
        assertEquals(
                1,
                new Auditor()
                        .compare(request(), result, "main~1")
                        .comparison()
                        .added()
                        .size());
        List<History.Commit> commits = History.commits(dir, null, 10);
        assertEquals(2, commits.size());
        Path tree = tools.resolve("tree");
        History.advance(dir, null, commits.get(0).sha(), tree);
        History.advance(dir, commits.get(0).sha(), commits.get(1).sha(), tree);
        assertTrue(Files.isRegularFile(tree.resolve("services/b.yaml")));
        assertFalse(Files.exists(ran), "the audit ran a program the repository configured: " + ran);
    }

    private void git(String... args) throws Exception {
        Projects.git(dir, args);
    }
}
