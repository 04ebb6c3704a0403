package dev.rustgo.report;

import dev.rustgo.audit.AuditResult;
import java.io.IOException;
import java.io.Writer;

/** A report format: a name (as {@code rustgo.formats} spells it), a file name, and how to write it. */
public interface Report {

    String format();

    String fileName();

    void write(AuditResult result, Writer out) throws IOException;
}
