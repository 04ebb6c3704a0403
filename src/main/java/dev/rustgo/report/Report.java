package dev.rustgo.report;

import dev.rustgo.audit.AuditResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** A report format: a name (as {@code rustgo.formats} spells it), a file name, and how to write it. */
public interface Report {

    String format();

    String fileName();

    void write(AuditResult result, Writer out) throws IOException;

    /** Files written beside the report, by file name (the HTML page's stylesheet); none by default. */
    default Map<String, ReportFiles.Content> companions(AuditResult result) {
        return Map.of();
    }
}
