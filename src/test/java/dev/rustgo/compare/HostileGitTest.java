package dev.rustgo.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.Projects;
import dev.rustgo.audit.AuditException;
import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.audit.Trend;
import dev.rustgo.console.ConsoleReport;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.policy.FailOn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compareTo=REF} and {@code rustgo:history} on repositories a hostile pull request or a
 * careless history makes: objects git cannot read, file names with line breaks, paths that change
 * kind, commits that change nothing the audit reads, descriptors never committed, a project directory
 * whose name is a pattern. Each is a real repository made here.
 */
class HostileGitTest {

    @TempDir
    Path dir;

    private AuditRequest request(Path base, List<Path> descriptorDirectories) {
        return new AuditRequest(
                base,
                descriptorDirectories,
                List.of(),
                List.of(),
                FailOn.ERROR,
                base.resolve("target/rustgo"),
                Set.of(),
                LocalDate.of(2026, 12, 1),
                null,
                null,
                0);
    }

    private AuditRequest request() {
        return request(dir, List.of(dir));
    }

    private void service(String file, String name, String language) throws IOException {
        Path path = dir.resolve("services/" + file);
        Files.createDirectories(path.getParent());
        Files.writeString(
                path,
                "apiVersion: rustgo.dev/v1\nkind: Service\nmetadata: {name: " + name + "}\nspec: {language: " + language
                        + ", role: api}\n");
    }

    private List<Integer> services(Trend.Result trend) {
        return trend.points().stream().map(Trend.Point::services).toList();
    }

    /** Makes git forget an object: its loose file deleted, or cut so that only its header can be read. */
    private void breakObject(String path, boolean delete) throws Exception {
        String object = git("rev-parse", "HEAD:" + path).strip();
        Path file = dir.resolve(".git/objects/" + object.substring(0, 2) + "/" + object.substring(2));
        if (delete) {
            Files.delete(file);
        } else {
            byte[] bytes = Files.readAllBytes(file);
            file.toFile().setWritable(true);
            Files.write(file, java.util.Arrays.copyOf(bytes, 12));
        }
    }

    @Test
    void anObjectGitCannotReadIsAWarningAtItsPathAndTheRestIsRead() throws Exception {
        service("a.yaml", "a", "go");
        service("b.yaml", "b", "go");
        service("c.yaml", "c", "rust");
        git("init", "-q", "-b", "main");
        git("add", "services");
        git("commit", "-q", "-m", "three services");
        breakObject("services/a.yaml", true); // ls-tree --long prints its size as BAD
        breakObject("services/b.yaml", false); // ls-tree reads its size; cat-file stops in its content

        AuditResult now = new Auditor().audit(request());
        AuditResult compared = new Auditor().compare(request(), now, "main");
        Comparison c = compared.comparison();
        assertEquals(
                List.of("services/a.yaml", "services/b.yaml"),
                c.unread().stream().map(Problem::file).toList());
        Problem a = c.unread().get(0);
        assertEquals(1, a.line());
        assertTrue(
                a.message()
                        .matches("cannot be read from git at main \\(object [0-9a-f]{12} is missing or corrupt\\);"
                                + " left out"),
                a.message());
        assertEquals(List.of("a", "b"), c.added(), "c was read from git all the same");
        assertTrue(ConsoleReport.lines(compared, dir).stream()
                .anyMatch(l -> l.level() == ConsoleReport.Level.WARNING
                        && l.text().equals("services/a.yaml:1:1: " + a.message())));

        Trend.Result trend = Trend.of(new Auditor(), request(), null, 10);
        assertEquals(List.of(1), services(trend));
        assertEquals(2, trend.warnings().size(), trend.warnings().toString());
        assertTrue(trend.warnings().get(0).startsWith("services/a.yaml:1:1: cannot be read from git at "));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // links
    void anOversizedFileOrALinkInAnOldTreeIsAWarningNotASilence() throws Exception {
        service("a.yaml", "a", "go");
        Files.writeString(dir.resolve("services/huge.yaml"), "# " + "x".repeat(1024 * 1024) + "\n");
        Files.createSymbolicLink(dir.resolve("services/link.yaml"), Path.of("a.yaml"));
        git("init", "-q", "-b", "main");
        git("add", "services");
        git("commit", "-q", "-m", "a, a huge file and a link");
        Files.delete(dir.resolve("services/huge.yaml"));
        Files.delete(dir.resolve("services/link.yaml"));

        AuditResult now = new Auditor().audit(request());
        Comparison c = new Auditor().compare(request(), now, "main").comparison();
        assertEquals(
                List.of(
                        "services/huge.yaml:1:1: at main is larger than 1024 KiB there, more than any file the audit"
                                + " reads; left out",
                        "services/link.yaml:1:1: at main is a symbolic link there, and links are not followed in a tree"
                                + " read from git; left out"),
                c.unread().stream().map(Problem::toString).toList());
        assertEquals(List.of(), c.added());
        assertEquals(List.of(), c.removed());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // no line break in a Windows file name
    void aFileNameWithALineBreakShiftsNoOtherFile() throws Exception {
        service("a.yaml", "a", "go");
        service("we\nird.yaml", "weird", "go");
        git("init", "-q", "-b", "main");
        git("add", "services");
        git("commit", "-q", "-m", "two");
        service("we\nird.yaml", "weird", "rust");
        service("z.yaml", "z", "go");
        git("add", "services");
        git("commit", "-q", "-m", "weird in rust, and z");

        Trend.Result trend = Trend.of(new Auditor(), request(), null, 10);
        assertEquals(List.of(2, 3), services(trend));
        assertEquals(
                List.of(0.0, 0.3333),
                trend.points().stream().map(Trend.Point::shareByCount).toList());
        assertEquals(List.of(), trend.warnings());
    }

    @Test
    void aPathThatTurnsFromADirectoryIntoAFileAndBackIsFollowed() throws Exception {
        service("x.yaml/a.yaml", "a", "go");
        git("init", "-q", "-b", "main");
        git("add", "services");
        git("commit", "-q", "-m", "x.yaml is a directory");
        git("rm", "-q", "-r", "services/x.yaml");
        service("x.yaml", "x", "rust");
        git("add", "services");
        git("commit", "-q", "-m", "x.yaml is a file");
        git("rm", "-q", "services/x.yaml");
        service("x.yaml/b.yaml", "b", "go");
        git("add", "services");
        git("commit", "-q", "-m", "x.yaml is a directory again");

        Trend.Result trend = Trend.of(new Auditor(), request(), null, 10);
        assertEquals(List.of(1, 1, 1), services(trend));
        assertEquals(
                List.of(0.0, 1.0, 0.0),
                trend.points().stream().map(Trend.Point::shareByCount).toList());
    }

    @Test
    void historyCountsOnlyTheCommitsThatChangedWhatItReads() throws Exception {
        service("a.yaml", "a", "go");
        git("init", "-q", "-b", "main");
        git("add", "services");
        git("commit", "-q", "-m", "a");
        Files.writeString(dir.resolve("services/README.md"), "# Services\n");
        Files.writeString(dir.resolve("services/notes.txt"), "to do\n");
        git("add", "services");
        git("commit", "-q", "-m", "a README and notes beside the descriptors");
        service("b.yaml", "b", "rust");
        git("add", "services");
        git("commit", "-q", "-m", "b");
        Files.writeString(dir.resolve("services/README.md"), "# Services, two\n");
        git("add", "services");
        git("commit", "-q", "-m", "the README again");

        Trend.Result trend = Trend.of(new Auditor(), request(), null, 10);
        assertEquals(List.of(1, 2), services(trend));
        assertEquals(
                List.of(
                        git("rev-parse", "HEAD~3").strip(),
                        git("rev-parse", "HEAD~1").strip()),
                trend.points().stream().map(Trend.Point::commit).toList());
        // The last N are the last N that count.
        assertEquals(List.of(2), services(Trend.of(new Auditor(), request(), null, 1)));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // no * in a Windows file name
    void aProjectDirectoryNamedLikeAPatternMeansOnlyItself() throws Exception {
        // The project is "p*"; its sibling "px" is what the pattern p* would match.
        Path project = dir.resolve("p*");
        Path sibling = dir.resolve("px");
        for (Path p : List.of(project, sibling)) {
            Files.createDirectories(p.resolve("services"));
            Files.writeString(
                    p.resolve("services/" + p.getFileName().toString().replaceAll("\\W", "") + ".yaml"),
                    "apiVersion: rustgo.dev/v1\nkind: Service\nmetadata: {name: s}\nspec: {language: go, role: api}\n");
        }
        git("init", "-q", "-b", "main");
        git("add", ".");
        git("commit", "-q", "-m", "both");
        Files.writeString(sibling.resolve("services/other.yaml"), "apiVersion: rustgo.dev/v1\n");
        git("add", ".");
        git("commit", "-q", "-m", "the sibling only");

        AuditRequest request = request(project, List.of(project));
        Trend.Result trend = Trend.of(new Auditor(), request, null, 10);
        assertEquals(List.of(1), services(trend), "only the commit that changed p*");
        AuditResult compared = new Auditor().compare(request, new Auditor().audit(request), "main~1");
        assertTrue(compared.comparison().empty(), "the revision's p* is p*'s own files");
    }

    @Test
    void historyWarnsWhenTheDescriptorsAreNotCommitted() throws Exception {
        Files.writeString(dir.resolve("README.md"), "# Portfolio\n");
        git("init", "-q", "-b", "main");
        git("add", "README.md");
        git("commit", "-q", "-m", "a README");
        service("a.yaml", "a", "go");
        service("b.yaml", "b", "go");
        Trend.Result trend = Trend.of(new Auditor(), request(), null, 10);
        assertEquals(List.of(), trend.points());
        assertEquals(
                List.of("rustgo: the working tree has 2 descriptor files that the last commit does not hold; history"
                        + " reads only what is committed"),
                trend.warnings());

        git("add", "services/a.yaml");
        git("commit", "-q", "-m", "a");
        trend = Trend.of(new Auditor(), request(), null, 10);
        assertEquals(List.of(1), services(trend));
        assertEquals(
                List.of("rustgo: the working tree has 1 descriptor file that the last commit does not hold; history"
                        + " reads only what is committed"),
                trend.warnings());
        git("add", "services/b.yaml");
        git("commit", "-q", "-m", "b");
        assertEquals(List.of(), Trend.of(new Auditor(), request(), null, 10).warnings());
    }

    @Test
    void historyAndComparisonLeaveNoTreeBehind() throws Exception {
        service("a.yaml", "a", "go");
        git("init", "-q", "-b", "main");
        git("add", "services");
        git("commit", "-q", "-m", "a");
        service("b.yaml", "b", "go");
        git("add", "services");
        git("commit", "-q", "-m", "b");
        Path output = dir.resolve("target/rustgo");

        assertEquals(2, Trend.of(new Auditor(), request(), null, 10).points().size());
        new Auditor().compare(request(), new Auditor().audit(request()), "main~1");
        assertEquals(List.of(), entries(output), "no tree left behind");

        // And when the history fails half-way: the first commit's tree is written, then its audit refuses
        // a descriptor directory outside the project.
        Path outside = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-outside"));
        try {
            AuditRequest request = request(dir, List.of(dir, outside));
            AuditException e = assertThrows(AuditException.class, () -> Trend.of(new Auditor(), request, null, 10));
            assertTrue(e.getMessage().startsWith("rustgo:history: the descriptor directory "), e.getMessage());
            assertEquals(List.of(), entries(output), "no tree left behind");
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void aDescriptorDirectoryOutsideTheProjectMakesNothingOutsideTarget() throws Exception {
        // The project three levels down, its descriptors beside the top: mapped into the compared tree
        // (target/rustgo/compare) as ../../../shared, they would land beside the pom.
        Path project = Files.createDirectories(dir.resolve("a/b/project"));
        Path shared = Files.createDirectories(dir.resolve("shared/services"));
        Files.writeString(
                shared.resolve("s.yaml"),
                "apiVersion: rustgo.dev/v1\nkind: Service\nmetadata: {name: s}\nspec: {language: go, role: api}\n");
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        git("init", "-q", "-b", "main");
        git("add", ".");
        git("commit", "-q", "-m", "a project and shared descriptors");
        List<Path> before = tree(dir);

        AuditRequest request = request(project, List.of(dir.resolve("shared")));
        AuditResult now = new Auditor().audit(request);
        AuditException e = assertThrows(AuditException.class, () -> new Auditor().compare(request, now, "main"));
        assertEquals(
                "rustgo.compareTo: the descriptor directory " + dir.resolve("shared") + " is outside the project ("
                        + project + "), and only the project's files are read from git; compare with a previous"
                        + " audit.json instead",
                e.getMessage());
        List<Path> after = new ArrayList<>(tree(dir));
        after.removeIf(p -> p.startsWith(project.resolve("target")));
        assertEquals(before, after, "nothing made outside target/");
    }

    private static List<Path> tree(Path top) throws IOException {
        try (Stream<Path> paths = Files.walk(top)) {
            return paths.filter(p -> !p.startsWith(top.resolve(".git")))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> entries(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private String git(String... args) throws Exception {
        return Projects.git(dir, args);
    }
}
