package dev.rustgo.report;

import dev.rustgo.audit.AuditResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/** A report format: a name (as {@code rustgo.formats} spells it), a file name, and how to write it. */
public interface Report {

    String format();

    /** The report's file, relative to the output directory. */
    String fileName();

    void write(AuditResult result, Writer out) throws IOException;

    /**
     * Writes the report into {@code directory}, each file whole or not at all ({@link ReportFiles});
     * the files written. One file, {@link #fileName()}, unless the format is a tree of files.
     */
    default List<Path> writeFiles(AuditResult result, Path directory) throws IOException {
        return List.of(ReportFiles.write(this, result, directory));
    }
}
