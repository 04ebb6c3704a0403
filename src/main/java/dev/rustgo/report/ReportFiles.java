package dev.rustgo.report;

import dev.rustgo.audit.AuditResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report so that readers only ever see a whole one: to a temporary file beside it, then
 * moved over the old one. A failed write leaves the previous report (or none), never half a file.
 */
public final class ReportFiles {

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
        Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.write(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }
}
