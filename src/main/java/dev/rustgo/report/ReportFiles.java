package dev.rustgo.report;

import dev.rustgo.audit.AuditResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a report so that readers only ever see a whole one: to a temporary file beside it, then
 * moved over the old one. A failed write (a full disk, an error half-way) leaves the previous report
 * (or none), never half a file, and removes its temporary file. The temporary file of a write that
 * never got to clean up (a build killed mid-way) is removed by a later write of the same report once
 * it is {@link #STALE} old, so leftovers never pile up; a younger one may be another build's, still
 * writing, and is left alone.
 */
public final class ReportFiles {

    /** How old a leftover temporary file must be before a later write removes it. */
    public static final Duration STALE = Duration.ofMinutes(1);

    private static final String SUFFIX = ".tmp";

    private ReportFiles() {}

    /** What writes the content of a file. */
    public interface Content {
        void write(Writer out) throws IOException;
    }

    public static Path write(Report report, AuditResult result, Path directory) throws IOException {
        return write(directory.resolve(report.fileName()), out -> report.write(result, out));
    }

    /** Writes {@code target} whole or not at all. */
    public static Path write(Path target, Content content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        String prefix = "." + target.getFileName() + ".";
        removeStale(directory, prefix);
        Path temporary = null;
        try {
            Writer out = null;
            for (int attempt = 1; out == null; attempt++) {
                // Not Files.createTempFile: its files are readable by their owner only, and the report would keep that.
                Path candidate = directory.resolve(prefix
                        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong())
                        + SUFFIX);
                try {
                    // An OutputStreamWriter, not Files.newBufferedWriter: what UTF-8 cannot encode (half a
                    // surrogate pair, from a JSON escape in a baseline) becomes '?' instead of failing the write.
                    out = new BufferedWriter(new OutputStreamWriter(
                            Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                            StandardCharsets.UTF_8));
                    temporary = candidate;
                } catch (FileAlreadyExistsException e) {
                    if (attempt == 100) {
                        throw e;
                    }
                }
            }
            try (Writer writer = out) {
                content.write(writer);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // The write already failed, and that is what the caller hears about; the next write removes it.
                }
            }
        }
        return target;
    }

    /** Removes this report's temporary files that a killed write left behind; never fails the write. */
    private static void removeStale(Path directory, String prefix) {
        Instant before = Instant.now().minus(STALE);
        DirectoryStream.Filter<Path> leftovers = p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix)
                    && name.endsWith(SUFFIX)
                    && name.substring(prefix.length(), name.length() - SUFFIX.length())
                            .matches("[0-9]+");
        };
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, leftovers)) {
            for (Path file : files) {
                try {
                    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS)
                                    .toInstant()
                                    .isBefore(before)) {
                        Files.deleteIfExists(file);
                    }
                } catch (IOException e) {
                    // Gone already, or not ours to remove: it never stops a report being written.
                }
            }
        } catch (IOException e) {
            // The directory cannot be listed: writing the report says why, if it cannot be written either.
        }
    }

    /**
     * Why a file could not be written, in words: the file and the system's reason ("No space left on
     * device", "Not a directory"), or, where the exception carries only a path, what it means.
     */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() == null && f.getFile() != null) {
            if (e instanceof FileAlreadyExistsException) {
                return f.getFile() + " is in the way: it exists and is not a directory";
            }
            if (e instanceof AccessDeniedException) {
                return f.getFile() + ": permission denied";
            }
            if (e instanceof NoSuchFileException) {
                return f.getFile() + ": no such file or directory";
            }
            return f.getFile() + " (" + e.getClass().getSimpleName() + ")";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
