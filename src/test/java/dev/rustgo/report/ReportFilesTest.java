package dev.rustgo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rustgo.diagnostics.ProjectPaths;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports are written whole or not at all, and a write that dies leaves nothing in the way of the next. */
class ReportFilesTest {

    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Writes 64 KiB, flushes, then fails as a full disk does. */
    private static final ReportFiles.Content DISK_FULL = out -> {
        out.write("{\"schemaVersion\": 1, \"services\": [".repeat(2_000));
        out.flush();
        throw new IOException("No space left on device");
    };

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousReportWholeAndNoTemporaryFile() throws IOException {
        Path report = dir.resolve("audit.json");
        ReportFiles.write(report, out -> out.write("{\"previous\": true}\n"));

        IOException e = assertThrows(IOException.class, () -> ReportFiles.write(report, DISK_FULL));

        assertEquals("No space left on device", e.getMessage());
        assertEquals("{\"previous\": true}\n", Files.readString(report));
        assertEquals(List.of("audit.json"), files());
    }

    @Test
    void aFirstWriteThatFailsLeavesNoFileAtAll() throws IOException {
        assertThrows(IOException.class, () -> ReportFiles.write(dir.resolve("audit.sarif"), DISK_FULL));
        assertEquals(List.of(), files());
    }

    @Test
    void aWriteInterruptedByAnUncheckedExceptionCleansUpToo() throws IOException {
        Path report = dir.resolve("TEST-rustgo.xml");
        ReportFiles.write(report, out -> out.write("<testsuites/>\n"));
        UncheckedIOException interrupted = new UncheckedIOException(new InterruptedIOException("interrupted"));

        assertSame(
                interrupted,
                assertThrows(
                        UncheckedIOException.class,
                        () -> ReportFiles.write(report, out -> {
                            out.write("<testsuites name=\"half");
                            throw interrupted;
                        })));

        assertEquals("<testsuites/>\n", Files.readString(report));
        assertEquals(List.of("TEST-rustgo.xml"), files());
    }

    @Test
    void aReportIsReadableAsAnyFileTheBuildWrites() throws IOException {
        Path report = ReportFiles.write(dir.resolve("audit.md"), out -> out.write("# rustgo\n"));
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            // A temporary file from Files.createTempFile is rw------- and the report kept that after the move.
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(report));
        }
    }

    @Test
    void textUtf8CannotEncodeNeverFailsTheWrite() throws IOException {
        // Half a surrogate pair, as a JSON escape in a baseline can give: the write used to fail with
        // "MalformedInputException: Input length = 1", which the audit reported as an unwritable directory.
        Path report = ReportFiles.write(dir.resolve("audit.json"), out -> out.write("{\"message\": \"a\uD800b\"}\n"));

        assertEquals("{\"message\": \"a?b\"}\n", Files.readString(report));
    }

    @Test
    void leftoversOfAKilledWriteAreRemovedOnceStaleAndNothingElseIsTouched() throws IOException {
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3_600));
        Path stale = Files.writeString(dir.resolve(".audit.json.8133604472716925612.tmp"), "{\"half\": ");
        Files.setLastModifiedTime(stale, hourAgo);
        // Young: perhaps another build writing the same report right now.
        Files.writeString(dir.resolve(".audit.json.42.tmp"), "{\"busy\": ");
        // Old, but not this report's, or not a temporary file of ours.
        for (String name : List.of(".audit.sarif.17.tmp", ".audit.json.backup.tmp", "audit.json.1.tmp", "notes.txt")) {
            Files.setLastModifiedTime(Files.writeString(dir.resolve(name), "keep"), hourAgo);
        }

        ReportFiles.write(dir.resolve("audit.json"), out -> out.write("{}\n"));

        assertEquals(
                List.of(
                        ".audit.json.42.tmp",
                        ".audit.json.backup.tmp",
                        ".audit.sarif.17.tmp",
                        "audit.json",
                        "audit.json.1.tmp",
                        "notes.txt"),
                files());
        assertEquals("{}\n", Files.readString(dir.resolve("audit.json")));
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsNamedInTheReason() throws IOException {
        Path file = Files.writeString(dir.resolve("target"), "a file, not a directory");

        IOException inTheWay = assertThrows(
                IOException.class, () -> ReportFiles.write(file.resolve("audit.json"), out -> out.write("{}")));
        IOException notADirectory = assertThrows(
                IOException.class, () -> ReportFiles.write(file.resolve("rustgo/audit.json"), out -> out.write("{}")));

        assertEquals(file + " is in the way: it exists and is not a directory", ReportFiles.reason(inTheWay));
        assertEquals(file.resolve("rustgo") + ": Not a directory", ReportFiles.reason(notADirectory));
    }

    @Test
    void reasonsSayWhatAnExceptionWithOnlyAPathMeans() {
        assertEquals(
                "/r/audit.json: permission denied", ReportFiles.reason(new AccessDeniedException("/r/audit.json")));
        assertEquals("/r: no such file or directory", ReportFiles.reason(new NoSuchFileException("/r")));
        assertEquals(
                "/r: Read-only file system",
                ReportFiles.reason(new FileSystemException("/r", null, "Read-only file system")));
        assertEquals("No space left on device", ReportFiles.reason(new IOException("No space left on device")));
        assertEquals("IOException", ReportFiles.reason(new IOException()));
    }

    @Test
    void filesAreNamedRelativeToTheBaseDirectoryInsideItAndInFullOutsideIt() {
        assertEquals("target/rustgo/audit.json", ProjectPaths.relative(dir.resolve("target/rustgo/audit.json"), dir));
        assertEquals("rustgo-policy.yaml", ProjectPaths.relative(dir.resolve("./x/../rustgo-policy.yaml"), dir));
        Path outside = dir.getParent()
                .resolve("elsewhere/policy.yaml")
                .toAbsolutePath()
                .normalize();
        assertEquals(outside.toString().replace('\\', '/'), ProjectPaths.relative(outside, dir.resolve("module")));
    }
}
