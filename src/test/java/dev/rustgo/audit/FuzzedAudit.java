package dev.rustgo.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.rustgo.console.ConsoleReport;
import dev.rustgo.console.ExplainReport;
import dev.rustgo.console.GitHubActions;
import dev.rustgo.criteria.Assessment;
import dev.rustgo.criteria.Scorer;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.policy.FailOn;
import dev.rustgo.policy.Finding;
import dev.rustgo.report.Reports;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A project in a temporary directory that fuzz tests put one fuzzed file into (a descriptor, a
 * Backstage catalog, a policy or a baseline), then audit with the whole engine, as {@code
 * rustgo:audit} would, and check against the invariant every input must keep: the audit ends in a
 * result, every input problem is positioned in a file of the project (line and column from 1, a
 * message of one line of printable text), every report renders and is well-formed. Anything else (an
 * exception, a bad place, a broken report) fails the input. The fuzz methods add the time limit: a
 * {@code @Timeout} of one second, which a regression run applies to each input (preemptively, in a
 * thread of its own) and a campaign hands to libFuzzer as {@code -timeout=1}, which reports a slower
 * input as a finding and saves it.
 */
public final class FuzzedAudit implements AutoCloseable {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final JsonFactory JSON = new JsonFactory();
    private static final SAXParserFactory XML = SAXParserFactory.newInstance();
    /** Every report format the plugin writes, whatever formats it gains. */
    private static final Set<String> FORMATS = Set.copyOf(Reports.formats());

    private final Path base;
    private final Auditor auditor = new Auditor();

    private FuzzedAudit(Path base) {
        this.base = base;
    }

    /** An empty project. */
    public static FuzzedAudit empty() {
        try {
            return new FuzzedAudit(Files.createTempDirectory("rustgo-fuzz-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A project holding a copy of the bundled example portfolio (14 services, a recorded decision). */
    public static FuzzedAudit withExamplePortfolio() {
        FuzzedAudit project = empty();
        Path example = Path.of("examples/portfolio/services").toAbsolutePath();
        try (Stream<Path> files = Files.list(example)) {
            for (Path file : files.sorted().toList()) {
                project.write("services/" + file.getFileName(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return project;
    }

    /** Writes (or replaces) a file of the project. */
    public FuzzedAudit write(String name, byte[] bytes) {
        try {
            Path path = base.resolve(name);
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FuzzedAudit write(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Audits the project a few times as it is, so that class loading and the first runs of the JIT
     * are not what the per-input time limit measures.
     */
    public static void warmUp(FuzzedAudit project) {
        for (int i = 0; i < 5; i++) {
            project.audit();
        }
    }

    /** Audits the project with the default policy and no baseline, and checks the invariant. */
    public AuditResult audit() {
        return audit(null, null);
    }

    /**
     * Audits the project, with {@code policy} and {@code baseline} (file names in the project, or
     * {@code null}), writes every report as {@code rustgo:audit} does, and checks the invariant.
     */
    public AuditResult audit(String policy, String baseline) {
        AuditRequest request = request(policy, baseline);
        AuditResult result;
        try {
            result = Reports.write(auditor.audit(request), request);
        } catch (AuditException e) {
            throw new AssertionError(
                    "the request is fixed and valid, so no input may make it a configuration error", e);
        }
        checkPlaces(result);
        render(result);
        return result;
    }

    /**
     * Audits the project, compares it with {@code report} (an earlier {@code audit.json}, a file of
     * the project) as {@code -Drustgo.compareTo} does, writes every report and checks the invariant,
     * and that no control character of the report reaches the Markdown report (line breaks aside). A
     * report that cannot be compared is a one-line error that names it; then {@code null}.
     */
    public AuditResult compare(String report) {
        AuditRequest request = request(null, null);
        AuditResult result;
        try {
            result = auditor.audit(request);
        } catch (AuditException e) {
            throw new AssertionError("the request is fixed and valid", e);
        }
        try {
            result = auditor.compare(request, result, report);
        } catch (AuditException e) {
            oneLine(e.getMessage(), "the comparison's error");
            assertTrue(
                    e.getMessage().startsWith("rustgo.compareTo: " + report + " is not a readable audit.json ("),
                    e.getMessage());
            return null;
        }
        try {
            result = Reports.write(result, request);
        } catch (AuditException e) {
            throw new AssertionError("a comparison that reads must also report", e);
        }
        checkPlaces(result);
        render(result);
        try {
            String md = Files.readString(request.outputDirectory().resolve("audit.md"), StandardCharsets.UTF_8);
            assertFalse(breaksLines(md.replace("\n", "")), "audit.md holds a control character");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private AuditRequest request(String policy, String baseline) {
        return new AuditRequest(
                base,
                List.of(base),
                List.of(),
                List.of(),
                FailOn.ERROR,
                base.resolve("target/rustgo"),
                FORMATS,
                TODAY,
                policy == null ? null : base.resolve(policy),
                baseline == null ? null : base.resolve(baseline),
                0);
    }

    /** Every problem and every finding points into a file of this project, at a real line and column. */
    private void checkPlaces(AuditResult result) {
        List<Problem> problems = result.load().problems();
        assertEquals(
                !problems.isEmpty(),
                result.outcome() == AuditResult.Outcome.BAD_INPUT,
                "bad input exactly when there are problems: " + problems);
        for (Problem p : problems) {
            assertTrue(exists(p.file()), "a problem names a file of the project: " + p);
            assertTrue(p.line() >= 1 && p.column() >= 1, "a problem has a line and column from 1: " + p);
            oneLine(p.message(), p.toString());
        }
        for (String failed : result.load().failedFiles()) {
            assertTrue(exists(failed), "a failed file is a file of the project: " + failed);
            assertTrue(
                    problems.stream().anyMatch(p -> p.file().equals(failed)), "a failed file has a problem: " + failed);
        }
        for (Finding f : result.findings()) {
            if (f.file() != null) {
                assertTrue(exists(f.file()), "a finding names a file of the project: " + f);
                assertTrue(f.line() >= 1 && f.column() >= 1, "a finding has a line and column from 1: " + f);
            }
            oneLine(f.message(), f.place() + ": " + f.message());
        }
    }

    private boolean exists(String file) {
        return file != null && !file.isEmpty() && !file.contains("\\") && Files.isRegularFile(base.resolve(file));
    }

    private static void oneLine(String message, String what) {
        assertFalse(message == null || message.isBlank(), "a message says something: " + what);
        assertFalse(breaksLines(message), "a message is one line of printable text: " + what);
    }

    /** A line break for a log, a terminal or an editor, or another control character (a tab is text). */
    private static boolean breaksLines(String text) {
        return text.chars()
                .anyMatch(c -> (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029);
    }

    /**
     * Every report written, and every console line the goals print: the JSON reports parse, the XML
     * one too, the others are not empty.
     */
    private void render(AuditResult result) {
        // Every format written: each its file, or its folder of files (scorecard).
        Path out = base.resolve("target/rustgo");
        assertEquals(
                FORMATS.size(),
                result.reports().stream()
                        .map(p -> out.relativize(p).getName(0))
                        .distinct()
                        .count(),
                "every format written: " + result.reports());
        try {
            for (Path report : result.reports()) {
                String name = report.getFileName().toString();
                String text = Files.readString(report, StandardCharsets.UTF_8);
                if (name.endsWith(".json") || name.endsWith(".sarif")) {
                    parseJson(name, text);
                } else if (name.endsWith(".xml")) {
                    parseXml(name, text);
                } else {
                    assertFalse(text.isEmpty(), name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (ConsoleReport.Line line : ConsoleReport.lines(result, base)) {
            assertFalse(breaksLines(line.text()), "a console line is one line: " + line.text());
        }
        switch (result.outcome()) {
            case BAD_INPUT -> oneLine(ConsoleReport.badInput(result), "the bad-input line");
            case FAIL -> oneLine(ConsoleReport.failure(result), "the failure line");
            default -> {}
        }
        for (String annotation : GitHubActions.annotations(result)) {
            assertFalse(breaksLines(annotation), "an annotation is one line: " + annotation);
        }
        Scorer scorer = auditor.scorer();
        for (Assessment a : result.assessments()) {
            for (String line : ExplainReport.lines(result, a, scorer)) {
                assertFalse(breaksLines(line), "an explain line is one line: " + line);
            }
        }
    }

    private static void parseJson(String name, String text) throws IOException {
        try (JsonParser parser = JSON.createParser(text)) {
            while (parser.nextToken() != null) {
                // reading every token is the check: a NaN or a broken string fails here
            }
        } catch (IOException e) {
            fail(name + " is not valid JSON: " + e.getMessage());
        }
    }

    private static void parseXml(String name, String text) {
        try {
            XML.newSAXParser().parse(new InputSource(new StringReader(text)), new DefaultHandler());
        } catch (Exception e) {
            fail(name + " is not well-formed XML: " + e.getMessage());
        }
    }

    /** Deletes the project. */
    @Override
    public void close() {
        try {
            Files.walkFileTree(base, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
