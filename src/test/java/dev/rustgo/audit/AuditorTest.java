package dev.rustgo.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.console.ConsoleReport;
import dev.rustgo.policy.FailOn;
import dev.rustgo.report.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** The engine end to end, without Maven: the bundled example, bad input (determinism: {@link DeterminismTest}). */
class AuditorTest {

    private static final Path EXAMPLE = Paths.get("examples/portfolio").toAbsolutePath();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static AuditRequest request(Path base, Path out) {
        return new AuditRequest(base, base, List.of(), List.of(), FailOn.ERROR, out, Set.of(), TODAY);
    }

    @Test
    void theBundledExampleIsAHealthyPortfolioThatPasses(@TempDir Path out) throws Exception {
        AuditResult result = run(request(EXAMPLE, out));

        assertEquals(AuditResult.Outcome.PASS, result.outcome());
        assertEquals(44, result.assessments().size());
        // Mostly Go, Rust where the guides put it: within the 5-10% band.
        assertEquals(4, result.share().rust());
        assertTrue(result.share().byCount() <= 0.10, "share " + result.share().byCount());
        assertEquals(List.of(out.resolve("audit.json")), result.reports());
    }

    /**
     * The Quick start audits the example, and CI runs it: its pom pins the day deadlines and decision
     * expiry are measured against, so the audit prints the README's lines on every day, not only until
     * payments-matcher's decision starts expiring.
     */
    @Test
    void theExamplePinsItsReferenceDateAndPrintsTheReadmesLines() throws Exception {
        NodeList pinned = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(EXAMPLE.resolve("pom.xml").toFile())
                .getElementsByTagName("rustgo.referenceDate");
        assertEquals(1, pinned.getLength(), "examples/portfolio/pom.xml sets the property rustgo.referenceDate");
        LocalDate day = LocalDate.parse(pinned.item(0).getTextContent().strip());
        AuditResult result = run(new AuditRequest(
                EXAMPLE, EXAMPLE, List.of(), List.of(), FailOn.ERROR, EXAMPLE.resolve("target/rustgo"), Set.of(), day));
        List<String> printed = ConsoleReport.lines(result, EXAMPLE).stream()
                .filter(l -> l.level() != ConsoleReport.Level.DEBUG)
                .map(l -> "["
                        + (l.level() == ConsoleReport.Level.WARNING
                                ? "WARNING"
                                : l.level().name()) + "] " + l.text())
                .toList();

        String readme = Files.readString(Paths.get("README.md"));
        int from = readme.indexOf("```\n", readme.indexOf("The audit of the example prints")) + 4;
        List<String> shown = readme.substring(from, readme.indexOf("```", from))
                .lines()
                .filter(l -> !l.equals("..."))
                .toList();
        assertEquals(8, shown.size(), "the README's sample output");
        for (String line : shown) {
            boolean cut = line.endsWith("; ...");
            String start = cut ? line.substring(0, line.length() - 3) : line;
            assertTrue(
                    printed.stream().anyMatch(p -> cut ? p.startsWith(start) : p.equals(line)),
                    "the README shows\n  " + line + "\nbut the example prints\n  " + String.join("\n  ", printed));
        }
    }

    @Test
    void aRunAfterAKilledOneWritesWholeReportsAndRemovesWhatTheKilledOneLeft(@TempDir Path out) throws Exception {
        // What a build killed while writing its reports leaves: half-written temporary files, an hour old.
        Path interrupted = Files.createDirectories(out.resolve("interrupted"));
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3_600));
        for (String leftover : List.of(".audit.json.3904721.tmp", ".audit.sarif.77.tmp")) {
            Files.setLastModifiedTime(
                    Files.writeString(interrupted.resolve(leftover), "{\"schemaVersion\": 1, \"serv"), hourAgo);
        }
        Set<String> sarif = Set.of("sarif");
        AuditRequest again =
                new AuditRequest(EXAMPLE, EXAMPLE, List.of(), List.of(), FailOn.ERROR, interrupted, sarif, TODAY);
        AuditRequest clean = new AuditRequest(
                EXAMPLE, EXAMPLE, List.of(), List.of(), FailOn.ERROR, out.resolve("clean"), sarif, TODAY);

        run(again);
        run(clean);

        try (Stream<Path> files = Files.list(interrupted)) {
            assertEquals(
                    List.of("audit.json", "audit.sarif"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (String report : List.of("audit.json", "audit.sarif")) {
            assertEquals(
                    Files.readString(out.resolve("clean").resolve(report)),
                    Files.readString(interrupted.resolve(report)));
        }
    }

    @Test
    void badFilesAreReportedAndTheGoodServicesStillScored(@TempDir Path base) throws Exception {
        Path services = Files.createDirectories(base.resolve("services"));
        Files.writeString(services.resolve("good.yaml"), """
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata:
                  name: good
                spec:
                  language: go
                  role: api
                """);
        Files.writeString(services.resolve("syntax.yaml"), "apiVersion: rustgo.dev/v1\nkind: [Service\n");
        Files.writeString(services.resolve("hostile.yaml"), "a: &a [x, x]\nb: *a\n");

        AuditResult result = run(request(base, base.resolve("target/rustgo")));

        assertEquals(AuditResult.Outcome.BAD_INPUT, result.outcome());
        assertEquals(
                List.of("good"),
                result.assessments().stream().map(a -> a.service().name()).toList());
        assertEquals(
                List.of("services/hostile.yaml", "services/syntax.yaml"),
                result.load().failedFiles());
        String json = Files.readString(base.resolve("target/rustgo/audit.json"));
        assertTrue(
                json.contains("\"file\": \"services/hostile.yaml\",\n      \"line\": 1,\n      \"column\": 4,"), json);
    }

    @Test
    void aMissingDescriptorDirectoryIsAConfigurationError(@TempDir Path base) {
        Path missing = base.resolve("nowhere");
        AuditRequest request =
                new AuditRequest(base, missing, List.of(), List.of(), FailOn.ERROR, base, Set.of(), TODAY);
        AuditException e = assertThrows(AuditException.class, () -> run(request));
        assertEquals("rustgo.descriptorDirectory " + missing + " is not a directory", e.getMessage());
    }

    /**
     * The survey walks as the audit does (the same excludes, the descriptor files too: one may hold a
     * Deployment), whether or not a descriptor names a service and whatever rustgo.infer says.
     */
    @Test
    void theSurveyShowsEveryServiceOfTheRepositoryDescribedOrNot(@TempDir Path base) throws Exception {
        Files.createDirectories(base.resolve("services"));
        Files.writeString(base.resolve("services/orders.yaml"), """
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata: {name: orders}
                spec: {language: go, role: api}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: orders}
                spec: {replicas: 3}
                """);
        Files.createDirectories(base.resolve("src/billing"));
        Files.writeString(base.resolve("src/billing/go.mod"), "module billing\n");
        Files.writeString(base.resolve("src/billing/main.go"), "package main\n");
        Files.createDirectories(base.resolve("legacy"));
        Files.writeString(
                base.resolve("legacy/old.yaml"),
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: old}\nspec: {replicas: 1}\n");
        AuditRequest request = new AuditRequest(
                        base,
                        base,
                        List.of(),
                        List.of("legacy/**"),
                        FailOn.ERROR,
                        base.resolve("target"),
                        Set.of(),
                        TODAY)
                .withInfer(false);

        List<dev.rustgo.evidence.RepositoryEvidence.Candidate> candidates = new Auditor().survey(request);

        assertEquals(
                List.of("billing src/billing [build directory]", "orders null [Kubernetes workload]"),
                candidates.stream()
                        .map(c -> c.name() + " " + c.directory() + " " + c.kinds())
                        .toList());
        assertEquals(3L, candidates.get(1).service().instances());
    }

    @Test
    void theEngineImportsNothingFromMaven() throws IOException {
        Path main = Paths.get("src/main/java/dev/rustgo");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(main.resolve("maven")))
                    .filter(p -> {
                        try {
                            return Files.readString(p).contains("import org.apache.maven");
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(Path::toString)
                    .toList();
            assertEquals(List.of(), offenders);
        }
    }

    /** What the audit goal does: audit, then write the reports. */
    private static AuditResult run(AuditRequest request) throws AuditException {
        return Reports.write(new Auditor().audit(request), request);
    }
}
