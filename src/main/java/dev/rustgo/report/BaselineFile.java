package dev.rustgo.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rustgo.policy.Baseline;
import java.io.IOException;
import java.io.Writer;

/** {@code rustgo-baseline.json}: the accepted findings, sorted by fingerprint, as {@link Baseline#read} reads them. */
public final class BaselineFile {

    private BaselineFile() {}

    public static void write(Baseline baseline, Writer out) throws IOException {
        try (JsonGenerator json = JsonReport.generator(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", 1);
            json.writeArrayFieldStart("findings");
            for (Baseline.Entry e : baseline.entries()) {
                json.writeStartObject();
                json.writeStringField("fingerprint", e.fingerprint());
                json.writeStringField("rule", e.rule());
                if (e.service() != null) {
                    json.writeStringField("service", e.service());
                }
                if (e.file() != null) {
                    json.writeStringField("file", e.file());
                }
                json.writeStringField("message", e.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }
}
