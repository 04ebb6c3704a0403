package dev.rustgo.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.rustgo.diagnostics.Problem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an audit said, as far as a comparison needs it: each service's verdict and reasons, each
 * finding by its fingerprint, and the Rust share. Taken from an audit run now
 * ({@code AuditResult.snapshot()}), or read back from an earlier {@code audit.json}, which is
 * untrusted input: its size is capped, it is parsed with limits, and every text it brings is one line
 * of printable text ({@link Problem#oneLine}) before it reaches a report or the log.
 *
 * @param share the Rust share by count, from 0 to 1; 0 for a portfolio of no service
 */
public record Snapshot(Map<String, ServiceState> services, Map<String, FindingState> findings, double share) {

    /** The largest {@code audit.json} compared with: far above any real one, far below a heap. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** The parser's limits: what no audit.json this plugin writes comes near. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32)
                    .maxStringLength(1024 * 1024)
                    .maxNameLength(1024)
                    .maxNumberLength(64)
                    .maxDocumentLength(MAX_BYTES)
                    .build())
            .build();

    /** A service's verdict and its reasons, each as {@code CRITERION evidence}. */
    public record ServiceState(String verdict, String language, List<String> reasons) {
        public ServiceState {
            verdict = Problem.oneLine(verdict);
            language = Problem.oneLine(language);
            reasons = reasons.stream().map(Problem::oneLine).toList();
        }
    }

    /** A finding, by what identifies it across runs. */
    public record FindingState(String rule, String service, String severity, String message) {
        public FindingState {
            rule = Problem.oneLine(rule);
            service = Problem.oneLine(service);
            severity = Problem.oneLine(severity);
            message = Problem.oneLine(message);
        }
    }

    public Snapshot {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("a share is from 0 to 1: " + share);
        }
        Map<String, ServiceState> named = new TreeMap<>();
        services.forEach((name, state) -> named.put(Problem.oneLine(name), state));
        services = Collections.unmodifiableMap(named);
        findings = Collections.unmodifiableMap(new LinkedHashMap<>(findings));
    }

    /**
     * Reads the parts of an {@code audit.json} a comparison needs, with a streaming parser (no classes
     * named by the file are ever made), from a file of at most {@link #MAX_BYTES}.
     *
     * @throws IOException when the file cannot be read, is too large or is not an audit report
     */
    public static Snapshot read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(tooLarge());
        }
        Map<String, ServiceState> services = new TreeMap<>();
        Map<String, FindingState> findings = new LinkedHashMap<>();
        double share = 0;
        try (InputStream in = new Capped(Files.newInputStream(file));
                JsonParser json = JSON.createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not an audit.json: it is not a JSON object");
            }
            while (next(json) == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = next(json);
                switch (field) {
                    case "services" -> services(objects(json, value), services);
                    case "findings" -> findings(objects(json, value), findings);
                    case "share" -> share = share(json, value);
                    default -> json.skipChildren();
                }
            }
        } catch (Capped.Exceeded e) {
            throw new IOException(tooLarge(), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("not an audit.json: " + where(e) + Problem.oneLine(parserMessage(e)), e);
        }
        return new Snapshot(services, findings, share);
    }

    /** Where the parser stopped, as "line L, column C: ", or nothing when it does not say. */
    private static String where(com.fasterxml.jackson.core.JsonProcessingException e) {
        com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
    }

    /**
     * The parser's message without its note on where a bracket opened, which names the source as
     * {@code REDACTED} (the parser is told not to quote the file).
     */
    private static String parserMessage(com.fasterxml.jackson.core.JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int note = message.indexOf(" (start marker at ");
        return note < 0 ? message : message.substring(0, note);
    }

    private static void services(List<Map<String, Object>> read, Map<String, ServiceState> services) {
        for (Map<String, Object> s : read) {
            if (s.get("name") instanceof String n) {
                services.put(
                        n,
                        new ServiceState(
                                String.valueOf(s.get("verdict")),
                                String.valueOf(s.get("language")),
                                strings(s.get("reasons"))));
            }
        }
    }

    private static void findings(List<Map<String, Object>> read, Map<String, FindingState> findings) {
        for (Map<String, Object> f : read) {
            if (f.get("fingerprint") instanceof String fingerprint) {
                findings.putIfAbsent(
                        fingerprint,
                        new FindingState(
                                String.valueOf(f.get("rule")),
                                f.get("service") instanceof String svc ? svc : null,
                                String.valueOf(f.get("severity")),
                                String.valueOf(f.get("message"))));
            }
        }
    }

    /** {@code share.byCount}, a share from 0 to 1; 0 where the report has none. */
    private static double share(JsonParser json, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            json.skipChildren();
            return 0;
        }
        Object byCount = object(json).get("byCount");
        if (!(byCount instanceof Number n)) {
            return 0;
        }
        double share = n.doubleValue();
        if (!(share >= 0 && share <= 1)) {
            throw new IOException("not an audit.json: share.byCount is " + Problem.oneLine(String.valueOf(n))
                    + ", not a share from 0 to 1");
        }
        return share;
    }

    private static String tooLarge() {
        return "it is larger than " + (MAX_BYTES >> 20) + " MiB, the most a compared report may be";
    }

    /** The next token; the end of the input inside the report is an error. */
    private static JsonToken next(JsonParser json) throws IOException {
        JsonToken token = json.nextToken();
        if (token == null) {
            throw new IOException("not an audit.json: it ends early");
        }
        return token;
    }

    /** The objects of the array the parser is at ({@code value}); anything else in it, or instead of it, is passed over. */
    private static List<Map<String, Object>> objects(JsonParser json, JsonToken value) throws IOException {
        List<Map<String, Object>> objects = new ArrayList<>();
        if (value != JsonToken.START_ARRAY) {
            json.skipChildren();
            return objects;
        }
        for (JsonToken t = next(json); t != JsonToken.END_ARRAY; t = next(json)) {
            if (t == JsonToken.START_OBJECT) {
                objects.add(object(json));
            } else {
                json.skipChildren();
            }
        }
        return objects;
    }

    /**
     * The object the parser is at (its start read), to its end: its values as strings, numbers, or
     * (for {@code reasons}) lists of reasons' texts; anything else is passed over.
     */
    private static Map<String, Object> object(JsonParser json) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (JsonToken t = next(json); t == JsonToken.FIELD_NAME; t = next(json)) {
            String field = json.currentName();
            JsonToken value = next(json);
            if (value == JsonToken.VALUE_STRING) {
                values.put(field, json.getText());
            } else if (value.isNumeric()) {
                values.put(field, json.getNumberValue());
            } else if (value == JsonToken.START_ARRAY && field.equals("reasons")) {
                List<String> reasons = new ArrayList<>();
                for (Map<String, Object> r : objects(json, value)) {
                    reasons.add(r.get("criterion") + " " + r.get("evidence"));
                }
                values.put(field, reasons);
            } else {
                json.skipChildren();
            }
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? List.copyOf((List<String>) list) : List.of();
    }

    /** The file's bytes, and an error past {@link #MAX_BYTES}: a file may grow while it is read. */
    private static final class Capped extends FilterInputStream {

        static final class Exceeded extends IOException {
            private static final long serialVersionUID = 1L;
        }

        private long read;

        Capped(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws Exceeded {
            read += n;
            if (read > MAX_BYTES) {
                throw new Exceeded();
            }
        }
    }
}
