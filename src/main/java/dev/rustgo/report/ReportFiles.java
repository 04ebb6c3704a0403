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

    public static Path write(Report report, AuditResult result, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path target = directory.resolve(report.fileName());
        Path temporary = Files.createTempFile(directory, "." + report.fileName() + ".", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                report.write(result, out);
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
