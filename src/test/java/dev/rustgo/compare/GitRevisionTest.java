package dev.rustgo.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.compare.GitRevision.Batch;
import dev.rustgo.compare.GitRevision.Blob;
import dev.rustgo.diagnostics.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parts of reading git that a real repository rarely shows: git's answers cut short, for another
 * object or of another type (fed here as bytes), the command line and environment every call runs
 * with, and where a file of a revision may be written.
 */
class GitRevisionTest {

    private static final String A = "a".repeat(40);
    private static final String B = "b".repeat(40);
    private static final String C = "c".repeat(40);

    @TempDir
    Path base;

    private final List<Problem> unread = new ArrayList<>();

    private Batch answers(String text, Blob... blobs) throws IOException {
        return answers(text.getBytes(StandardCharsets.UTF_8), 0, blobs);
    }

    /** What {@link GitRevision#answers} makes of git's {@code answer}, asked for {@code blobs} from {@code start}. */
    private Batch answers(byte[] answer, int start, Blob... blobs) throws IOException {
        return GitRevision.answers(new ByteArrayInputStream(answer), List.of(blobs), start, base, "main", unread);
    }

    /** git's answer for an object of {@code size} bytes, all zero, then {@code after}. */
    private static byte[] blob(long size, String after) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((A + " blob " + size + "\n").getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(new byte[(int) size]);
        bytes.writeBytes(after.getBytes(StandardCharsets.US_ASCII));
        return bytes.toByteArray();
    }

    private List<String> unread() {
        return unread.stream().map(Problem::toString).toList();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> base.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyAnswerIsWrittenAtItsPath() throws IOException {
        Batch batch = answers(
                A + " blob 3\none\n" + B + " blob 0\n\n",
                new Blob(A, "services/a.yaml"),
                new Blob(B, "services/empty.yaml"));
        assertEquals(new Batch(2, 2), batch);
        assertEquals("one", Files.readString(base.resolve("services/a.yaml")));
        assertEquals("", Files.readString(base.resolve("services/empty.yaml")));
        assertEquals(List.of(), unread());
    }

    /** An object left out, with a warning where it cannot be read, and the next one still read. */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void anObjectPassedOverLeavesTheNextToBeRead(String what, byte[] answer, String path, List<String> warnings)
            throws IOException {
        Batch batch = answers(answer, 0, new Blob(A, path), new Blob(B, "services/b.yaml"));
        assertEquals(new Batch(1, 2), batch);
        assertEquals(List.of("services/b.yaml"), files());
        assertEquals(warnings, unread());
    }

    static Stream<Arguments> anObjectPassedOverLeavesTheNextToBeRead() {
        String next = B + " blob 3\ntwo\n";
        return Stream.of(
                Arguments.of(
                        "a missing object is a warning",
                        (A + " missing\n" + next).getBytes(StandardCharsets.UTF_8),
                        "services/a.yaml",
                        List.of(
                                "services/a.yaml:1:1: cannot be read from git at main (object aaaaaaaaaaaa is missing or"
                                        + " corrupt); left out")),
                Arguments.of(
                        "an object of another type is passed over",
                        (A + " tree 4\nxxxx\n" + next).getBytes(StandardCharsets.UTF_8),
                        "services/a.yaml",
                        List.of()),
                Arguments.of(
                        "an oversized answer is a warning",
                        blob(GitRevision.MAX_BLOB_BYTES + 1, "\n" + next),
                        "services/huge.yaml",
                        List.of("services/huge.yaml:1:1: at main is larger than 1024 KiB there, more than any file the"
                                + " audit reads; left out")));
    }

    /** An answer cut short ends the batch after its object, which is left out; nothing is written. */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void anAnswerCutShortEndsTheBatchAfterItsObject(String what, String answer, String path) throws IOException {
        Batch batch = answers(answer, new Blob(A, path), new Blob(B, "services/b.yaml"));
        assertEquals(new Batch(0, 1), batch);
        assertEquals(List.of(), files());
        assertEquals(List.of(path), unread.stream().map(Problem::file).toList());
    }

    static Stream<Arguments> anAnswerCutShortEndsTheBatchAfterItsObject() {
        return Stream.of(
                Arguments.of("its content cut short", A + " blob 10\nfour", "services/a.yaml"),
                Arguments.of("without its closing line break", A + " blob 3\nonex", "services/a.yaml"),
                Arguments.of("no answer at all", "", "services/a.yaml"),
                Arguments.of(
                        "an oversized answer cut short",
                        A + " blob " + (GitRevision.MAX_BLOB_BYTES + 1) + "\nshort",
                        "services/huge.yaml"));
    }

    @Test
    void aBatchStartsWhereItIsTold() throws IOException {
        Batch batch = answers(
                (B + " blob 3\ntwo\n").getBytes(StandardCharsets.UTF_8),
                1,
                new Blob(A, "services/a.yaml"),
                new Blob(B, "services/b.yaml"));
        assertEquals(new Batch(1, 2), batch);
        assertEquals(List.of("services/b.yaml"), files());
    }

    @Test
    void anAnswerForAnotherObjectIsAnError() {
        IOException e =
                assertThrows(IOException.class, () -> answers(B + " blob 3\ntwo\n", new Blob(A, "services/a.yaml")));
        assertEquals("git cat-file answered for another object than " + A, e.getMessage());
    }

    @Test
    void anAnswerOfExactlyTheLargestSizeIsRead() throws IOException {
        int size = (int) GitRevision.MAX_BLOB_BYTES;
        Batch batch = answers(blob(size, "\n"), 0, new Blob(A, "services/large.yaml"));
        assertEquals(new Batch(1, 1), batch);
        assertEquals(size, Files.size(base.resolve("services/large.yaml")));
        assertEquals(List.of(), unread());
    }

    @Test
    void anAnswerForAPathOutsideTheTargetIsNotWritten() throws IOException {
        Batch batch = answers(A + " blob 3\none\n", new Blob(A, "../outside.yaml"));
        assertEquals(new Batch(0, 1), batch);
        assertFalse(Files.exists(base.resolveSibling("outside.yaml")));
    }

    @Test
    void aFileIsPlacedOnlyUnderTheTarget() throws IOException {
        byte[] one = "one".getBytes(StandardCharsets.UTF_8);
        assertTrue(GitRevision.place(base, "a/b.yaml", one));
        assertEquals("one", Files.readString(base.resolve("a/b.yaml")));
        assertFalse(GitRevision.place(base, "../escape.yaml", one));
        assertFalse(GitRevision.place(base, "a/../../escape.yaml", one));
        assertFalse(GitRevision.place(base, ".", one));
        assertFalse(GitRevision.place(base, "a/..", one));
        assertFalse(Files.exists(base.resolveSibling("escape.yaml")));
        assertEquals(List.of("a/b.yaml"), files());
    }

    @Test
    void aFileInTheWayOfADirectoryIsReplaced() throws IOException {
        GitRevision.place(base, "x/y", "file".getBytes(StandardCharsets.UTF_8));
        assertTrue(GitRevision.place(base, "x/y/z.yaml", "deeper".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Files.isDirectory(base.resolve("x/y")));
        assertEquals(List.of("x/y/z.yaml"), files());
    }

    @Test
    void aDirectoryInTheWayOfAFileIsReplaced() throws IOException {
        GitRevision.place(base, "x/y/z.yaml", "deeper".getBytes(StandardCharsets.UTF_8));
        GitRevision.place(base, "x/y/w/v.yaml", "deepest".getBytes(StandardCharsets.UTF_8));
        assertTrue(GitRevision.place(base, "x/y", "file".getBytes(StandardCharsets.UTF_8)));
        assertEquals("file", Files.readString(base.resolve("x/y")));
        assertEquals(List.of("x/y"), files());
    }

    @Test
    void aPathIsUnderThePrefixOnlyAsAWholeDirectory() {
        assertEquals("a/b.yaml", GitRevision.under("", "a/b.yaml"));
        assertEquals("b.yaml", GitRevision.under("a", "a/b.yaml"));
        assertEquals("c/d.yaml", GitRevision.under("a/b", "a/b/c/d.yaml"));
        assertNull(GitRevision.under("a", "ab/c.yaml"));
        assertNull(GitRevision.under("a", "a/"));
        assertNull(GitRevision.under("a", "a"));
        assertNull(GitRevision.under("a/b", "a/c.yaml"));
    }

    @Test
    void onlyRegularFilesAreRead() {
        assertTrue(GitRevision.regular("100644"));
        assertTrue(GitRevision.regular("100755"));
        assertFalse(GitRevision.regular("120000")); // a link
        assertFalse(GitRevision.regular("160000")); // a submodule
        assertFalse(GitRevision.regular("040000")); // a tree
    }

    @Test
    void theFetchAdvisedBringsTheRef() {
        assertEquals("git fetch --depth=1 origin main", GitRevision.fetch("origin/main"));
        assertEquals("git fetch --depth=1 origin v1.2", GitRevision.fetch("v1.2"));
    }

    @Test
    void everyCallCarriesTheSafeSettingsAndTheTrustedRootByName() {
        Path root = Path.of("/work/repo");
        List<String> trusted = GitRevision.command(List.of("log", "-z"), root);
        List<String> expected = new ArrayList<>(List.of("git", "--literal-pathspecs"));
        for (String setting : GitRevision.SAFE_CONFIG) {
            expected.add("-c");
            expected.add(setting);
        }
        List<String> first = new ArrayList<>(expected);
        first.addAll(List.of("log", "-z"));
        expected.addAll(List.of("-c", "safe.directory=" + root, "log", "-z"));
        assertEquals(expected, trusted);
        assertEquals(first, GitRevision.command(List.of("log", "-z"), null));
        assertTrue(GitRevision.SAFE_CONFIG.contains("log.showSignature=false"));
        assertTrue(GitRevision.SAFE_CONFIG.contains("protocol.allow=never"));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // the null device's name
    void everyCallAfterTheFirstReadsNeitherTheSystemNorTheGlobalConfiguration() {
        Map<String, String> user = new HashMap<>(Map.of(
                "PATH", "/usr/bin",
                "GIT_EXTERNAL_DIFF", "/tmp/run-me",
                "GIT_GLOB_PATHSPECS", "1",
                "GIT_ICASE_PATHSPECS", "1",
                "GIT_PAGER", "less"));
        Map<String, String> first = new HashMap<>(user);
        GitRevision.environment(first, null);
        assertEquals(
                Map.of(
                        "PATH", "/usr/bin",
                        "GIT_TERMINAL_PROMPT", "0",
                        "GIT_OPTIONAL_LOCKS", "0",
                        "GIT_NO_LAZY_FETCH", "1",
                        "GIT_PAGER", "cat"),
                first);
        Map<String, String> later = new HashMap<>(user);
        GitRevision.environment(later, Path.of("/work/repo"));
        Map<String, String> expected = new HashMap<>(first);
        expected.put("GIT_CONFIG_NOSYSTEM", "1");
        expected.put("GIT_CONFIG_GLOBAL", "/dev/null");
        assertEquals(expected, later);
    }
}
