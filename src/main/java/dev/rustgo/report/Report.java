package dev.rustgo.report;

import dev.rustgo.audit.AuditResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A report format: a name (as {@code rustgo.formats} spells it), a file name, and how to write it. */
public interface Report {

    String format();

    /** The report's file, relative to the output directory. */
    String fileName();

    void write(AuditResult result, Writer out) throws IOException;

    /** Files written beside the report, by file name (the HTML page's stylesheet); none by default. */
    default Map<String, ReportFiles.Content> companions(AuditResult result) {
        return Map.of();
    }

    /**
     * Writes the report into {@code directory}, each file whole or not at all ({@link ReportFiles}),
     * with its {@link #companions} beside it; the report's files (not the companions). One file,
     * {@link #fileName()}, unless the format is a tree of files.
     */
    default List<Path> writeFiles(AuditResult result, Path directory) throws IOException {
        Path written = ReportFiles.write(this, result, directory);
        for (Map.Entry<String, ReportFiles.Content> companion : new TreeMap<>(companions(result)).entrySet()) {
            ReportFiles.write(directory.resolve(companion.getKey()), companion.getValue());
        }
        return List.of(written);
    }
}
