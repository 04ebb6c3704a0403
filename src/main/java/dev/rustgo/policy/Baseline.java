package dev.rustgo.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.json.JsonLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The findings a team has accepted for now, by fingerprint ({@link Finding#fingerprint}: rule and
 * service, never the line), so that only new findings count against the gate and fixed ones are
 * reported as such. Stored as {@code rustgo-baseline.json}, which this class reads and writes,
 * sorted, so it diffs well in review.
 */
public final class Baseline {

    /** One accepted finding. */
    public record Entry(String fingerprint, String rule, String service, String file, String message) {

        /** The message is logged on one line when the finding is fixed ({@link Problem#oneLine}). */
        public Entry {
            message = Problem.oneLine(message);
        }
    }

    /** What reading a baseline file gave. */
    public record Result(Baseline baseline, List<Problem> problems) {}

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(16)
                    .maxStringLength(64 * 1024)
                    .build())
            .build();

    private final Map<String, Entry> entries;

    private Baseline(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static Baseline of(Collection<Finding> findings) {
        Map<String, Entry> entries = new TreeMap<>();
        for (Finding f : findings) {
            if (f.severity() != Severity.INFO) {
                entries.putIfAbsent(
                        f.fingerprint(), new Entry(f.fingerprint(), f.rule(), f.service(), f.file(), f.message()));
            }
        }
        return new Baseline(entries);
    }

    public boolean contains(Finding finding) {
        return entries.containsKey(finding.fingerprint());
    }

    public int size() {
        return entries.size();
    }

    /** The accepted findings no longer reported: fixed since the baseline was written. */
    public List<Entry> fixed(Collection<Finding> current) {
        Set<String> now = new HashSet<>();
        for (Finding f : current) {
            now.add(f.fingerprint());
        }
        return entries.values().stream()
                .filter(e -> !now.contains(e.fingerprint()))
                .toList();
    }

    /** The accepted findings, by fingerprint. */
    public Collection<Entry> entries() {
        return Collections.unmodifiableCollection(entries.values());
    }

    /**
     * Writes the baseline as {@link #read} reads it: the accepted findings, sorted by fingerprint, so
     * it diffs well in review.
     */
    public void write(Writer out) throws IOException {
        try (JsonGenerator json = JsonLayout.generator(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", 1);
            json.writeArrayFieldStart("findings");
            for (Entry e : entries()) {
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

    /** Reads a baseline; a missing, empty or corrupt file is a positioned problem, never an exception. */
    public static Result read(Path path, String file) {
        Map<String, Entry> entries = new TreeMap<>();
        try (InputStream in = Files.newInputStream(path);
                JsonParser json = FACTORY.createParser(in)) {
            if (json.nextToken() == null) {
                return failed(
                        file, 1, 1, "the baseline file is empty; write it with mvn rustgo:baseline, or delete it");
            }
            if (json.currentToken() != JsonToken.START_OBJECT) {
                return failed(json, file, "a baseline is a JSON object with schemaVersion and findings");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                if (name.equals("findings") && value == JsonToken.START_ARRAY) {
                    Result failed = findings(json, file, entries);
                    if (failed != null) {
                        return failed;
                    }
                } else if (name.equals("schemaVersion")) {
                    if (value != JsonToken.VALUE_NUMBER_INT || json.getIntValue() != 1) {
                        return failed(json, file, "this plugin reads baseline schemaVersion 1");
                    }
                } else {
                    json.skipChildren();
                }
            }
            return new Result(new Baseline(entries), List.of());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return failed(
                    file,
                    at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 1 : Math.max(1, at.getColumnNr()),
                    "the baseline is not valid JSON: " + e.getOriginalMessage().replaceAll("\\s+", " ")
                            + "; write it again with mvn rustgo:baseline");
        } catch (IOException e) {
            return failed(
                    file, 1, 1, "the baseline cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /** The findings array's entries, by fingerprint; the failed result if one is not a finding. */
    private static Result findings(JsonParser json, String file, Map<String, Entry> entries) throws IOException {
        while (json.nextToken() == JsonToken.START_OBJECT) {
            Map<String, String> fields = new LinkedHashMap<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String key = json.currentName();
                json.nextToken();
                if (json.currentToken().isScalarValue()) {
                    fields.put(key, json.getText());
                } else {
                    json.skipChildren();
                }
            }
            String fingerprint = fields.get("fingerprint");
            if (fingerprint == null || fields.get("rule") == null) {
                return failed(json, file, "each baseline finding needs a fingerprint and a rule");
            }
            entries.put(
                    fingerprint,
                    new Entry(
                            fingerprint,
                            fields.get("rule"),
                            fields.get("service"),
                            fields.get("file"),
                            fields.getOrDefault("message", "")));
        }
        if (json.currentToken() != JsonToken.END_ARRAY) {
            return failed(json, file, "baseline findings must be JSON objects");
        }
        return null;
    }

    private static Result failed(JsonParser json, String file, String message) {
        JsonLocation at = json.currentLocation();
        return failed(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), message);
    }

    private static Result failed(String file, int line, int column, String message) {
        return new Result(
                new Baseline(new TreeMap<>()), new ArrayList<>(List.of(new Problem(file, line, column, message))));
    }
}
