package dev.rustgo.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.Projects;
import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.report.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflow commands: the runner's escaping, and GitHub's caps (10 errors, 10 warnings and 10
 * notices a step), with the one notice that says what was left out.
 */
class GitHubActionsTest {

    @TempDir
    Path dir;

    @Test
    void dataAndPropertiesEscapeWhatTheRunnerWouldRead() {
        assertEquals("50%25%0Ax", GitHubActions.data("50%\nx"));
        assertEquals("a%3Ab%2Cc", GitHubActions.property("a:b,c"));
    }

    private AuditRequest request() {
        return Projects.request(dir);
    }

    private void service(String name, String spec) throws IOException {
        Projects.service(dir, name, spec);
    }

    /** A Go service the criteria make a Rust candidate: an error that fails the build. */
    private void candidate(String name) throws IOException {
        service(
                name,
                "{language: go, role: data-plane, traffic: {peakRps: 400000, p99LatencyMs: 2}, concurrency: hard,"
                        + " team: {rustExperience: some}, criticality: [financial]}");
    }

    /** A new admin API being written in Rust: a warning. */
    private void goFitInRust(String name) throws IOException {
        service(name, "{language: rust, role: admin-api, lifecycle: experimental}");
    }

    /** An admin API that runs in Rust: a notice. */
    private void goFitRunningInRust(String name) throws IOException {
        service(name, "{language: rust, role: admin-api, lifecycle: production}");
    }

    /** Each annotation as its level and file (or {@code -} for one about the whole portfolio). */
    private static List<String> levelsAndFiles(List<String> lines) {
        return lines.stream()
                .map(l -> {
                    String level = l.substring(2, l.indexOf(' '));
                    int file = l.indexOf(" file=");
                    return level + " " + (file < 0 ? "-" : l.substring(file + 6, l.indexOf(',', file)));
                })
                .toList();
    }

    private static List<String> files(String level, String prefix, int... numbers) {
        return java.util.Arrays.stream(numbers)
                .mapToObj(n -> String.format("%s services/%s-%02d.yaml", level, prefix, n))
                .toList();
    }

    @Test
    void fewAnnotationsAreAllPrintedWithNoNote() throws Exception {
        candidate("matcher");
        goFitInRust("admin");
        List<String> lines = GitHubActions.annotations(new Auditor().audit(request()));
        assertEquals(
                List.of(
                        "::error file=services/matcher.yaml,line=4,col=18,title=rustgo%3A rust-candidate-in-go::matcher"
                                + " is a Rust candidate",
                        "::warning file=services/admin.yaml,line=4,col=18,title=rustgo%3A go-fit-in-rust::admin"),
                lines.stream()
                        .map(l -> l.substring(
                                0, l.startsWith("::error") ? l.indexOf(" candidate") + 10 : l.indexOf("::admin") + 7))
                        .toList());
    }

    @Test
    void atMostTenOfEachLevelAreAnnotatedAndOneNoticeSaysHowManyWereLeftOut() throws Exception {
        for (int i = 1; i <= 12; i++) {
            candidate(String.format("matcher-%02d", i));
        }
        for (int i = 1; i <= 11; i++) {
            goFitInRust(String.format("admin-%02d", i));
        }
        for (int i = 1; i <= 3; i++) {
            goFitRunningInRust(String.format("legacy-%02d", i));
        }
        List<String> lines = GitHubActions.annotations(new Auditor().audit(request()));

        List<String> expected = new ArrayList<>(files("error", "matcher", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        expected.add("warning -"); // the Rust share, above the band: about the whole portfolio
        expected.addAll(files("warning", "admin", 1, 2, 3, 4, 5, 6, 7, 8, 9));
        expected.addAll(files("notice", "legacy", 1, 2, 3));
        expected.add("notice -");
        assertEquals(expected, levelsAndFiles(lines));
        assertEquals(
                "::notice title=rustgo%3A annotations left out::4 of 27 annotations were left out (2 errors,"
                        + " 2 warnings): GitHub shows 10 errors, 10 warnings and 10 notices a step. The build log and"
                        + " audit.json have every finding.",
                lines.get(lines.size() - 1));
    }

    @Test
    void comparedWithAnEarlierAuditTheChangesNewFindingsAreAnnotatedFirst() throws Exception {
        for (int i = 1; i <= 10; i++) {
            candidate(String.format("matcher-%02d", i));
        }
        Reports.write(new Auditor().audit(request()), request());
        Files.move(dir.resolve("target/rustgo/audit.json"), dir.resolve("main.json"));
        candidate("matcher-11");
        candidate("matcher-12");

        AuditResult compared = new Auditor().compare(request(), new Auditor().audit(request()), "main.json");
        List<String> lines = GitHubActions.annotations(compared);

        List<String> expected = new ArrayList<>(files("error", "matcher", 11, 12, 1, 2, 3, 4, 5, 6, 7, 8));
        expected.add("warning -");
        expected.add("notice -");
        assertEquals(expected, levelsAndFiles(lines));
        assertEquals(
                "::notice title=rustgo%3A annotations left out::2 of 13 annotations were left out (2 errors):"
                        + " GitHub shows 10 errors, 10 warnings and 10 notices a step; the change's new findings came"
                        + " first. The build log and audit.json have every finding.",
                lines.get(lines.size() - 1));
        // docs/ci.md shows this very line.
        assertTrue(Files.readString(Path.of("docs/ci.md")).contains("\n" + lines.get(lines.size() - 1) + "\n"));
    }
}
