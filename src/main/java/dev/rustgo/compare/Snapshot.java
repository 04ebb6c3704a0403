package dev.rustgo.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
 * ({@code AuditResult.snapshot()}), or read back from an earlier {@code audit.json}.
 */
public record Snapshot(Map<String, ServiceState> services, Map<String, FindingState> findings, double share) {

    /** A service's verdict and its reasons, each as {@code CRITERION evidence}. */
    public record ServiceState(String verdict, String language, List<String> reasons) {}

    /** A finding, by what identifies it across runs. */
    public record FindingState(String rule, String service, String severity, String message) {}

    public Snapshot {
        services = Collections.unmodifiableMap(new TreeMap<>(services));
        findings = Collections.unmodifiableMap(new LinkedHashMap<>(findings));
    }

    /**
     * Reads the parts of an {@code audit.json} a comparison needs, with a streaming parser (no classes
     * named by the file are ever made).
     *
     * @throws IOException when the file cannot be read or is not an audit report
     */
    public static Snapshot read(Path file) throws IOException {
        Map<String, ServiceState> services = new TreeMap<>();
        Map<String, FindingState> findings = new LinkedHashMap<>();
        double share = 0;
        try (InputStream in = Files.newInputStream(file);
                JsonParser json = new JsonFactory().createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not an audit.json: it is not a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "services" -> {
                        while (json.nextToken() == JsonToken.START_OBJECT) {
                            Map<String, Object> s = object(json);
                            Object name = s.get("name");
                            if (name instanceof String n) {
                                services.put(
                                        n,
                                        new ServiceState(
                                                String.valueOf(s.get("verdict")),
                                                String.valueOf(s.get("language")),
                                                strings(s.get("reasons"))));
                            }
                        }
                    }
                    case "findings" -> {
                        while (json.nextToken() == JsonToken.START_OBJECT) {
                            Map<String, Object> f = object(json);
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
                    case "share" -> {
                        Map<String, Object> s = object(json);
                        if (s.get("byCount") instanceof Number n) {
                            share = n.doubleValue();
                        }
                    }
                    default -> json.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("not an audit.json: " + e.getOriginalMessage(), e);
        }
        return new Snapshot(services, findings, share);
    }

    /** The object the parser is at, its values as strings, numbers, or lists of reasons' texts. */
    private static Map<String, Object> object(JsonParser json) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            if (value == JsonToken.VALUE_STRING) {
                values.put(field, json.getText());
            } else if (value.isNumeric()) {
                values.put(field, json.getNumberValue());
            } else if (value == JsonToken.START_ARRAY && field.equals("reasons")) {
                List<String> reasons = new ArrayList<>();
                while (json.nextToken() == JsonToken.START_OBJECT) {
                    Map<String, Object> r = object(json);
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
}
