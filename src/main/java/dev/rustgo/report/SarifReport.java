package dev.rustgo.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.json.JsonLayout;
import dev.rustgo.policy.Finding;
import dev.rustgo.policy.PolicyRule;
import dev.rustgo.policy.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code audit.sarif}: SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Jenkins' Warnings
 * Next Generation, Azure DevOps' SARIF viewers; GitLab reads JUnit instead). Every policy rule is a reporting descriptor with short and full descriptions, the fix,
 * a help link and its default level; each finding is a result at the exact descriptor line with a
 * line-independent {@code partialFingerprints} entry, so code scanning tracks it across edits.
 * Portfolio-wide findings sit on line 1 of the project's {@code pom.xml}, since code scanning needs a
 * place. Input problems are tool execution notifications. Paths are relative to the base
 * directory ({@code %SRCROOT%}), so the report is the same on every machine.
 */
public final class SarifReport implements Report {

    /** Where findings that belong to no file are placed. */
    static final String PORTFOLIO_FILE = "pom.xml";

    /**
     * Results a run keeps: GitHub code scanning shows the first 5,000 of a run (and rejects a run of
     * more than 25,000), so a larger report keeps the most severe 5,000.
     */
    public static final int MAX_RESULTS = 5_000;

    /**
     * What the results may take, in characters, estimated from above: GitHub code scanning rejects a
     * file over 10 MB, and the rules and notifications need room too.
     */
    static final long MAX_RESULT_CHARS = 8L * 1024 * 1024;

    /**
     * The findings the SARIF report holds: the first ones in the report's order (most severe first),
     * up to {@link #MAX_RESULTS} and within {@link #MAX_RESULT_CHARS}; the rest are left out and
     * counted in the report. The same on every run, so the goal can say in the log what was left out.
     */
    public static List<Finding> kept(AuditResult result) {
        List<Finding> findings = result.findings();
        long chars = 0;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            // A result's fixed text (level, rule, places, fingerprint) is under 700 characters; the message
            // and the path, JSON-escaped, at most six times their length (a \\u escape for every character).
            chars += 700
                    + 6L
                            * (f.message().length()
                                    + (f.file() == null ? 0 : f.file().length()));
            if (i == MAX_RESULTS || chars > MAX_RESULT_CHARS) {
                return findings.subList(0, i);
            }
        }
        return findings;
    }

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String fileName() {
        return "audit.sarif";
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    @Override
    public void write(AuditResult result, Writer out) throws IOException {
        try (JsonGenerator json = JsonLayout.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            tool(json, result);
            json.writeArrayFieldStart("invocations");
            json.writeStartObject();
            json.writeBooleanField(
                    "executionSuccessful", result.load().problems().isEmpty());
            json.writeArrayFieldStart("toolExecutionNotifications");
            List<Finding> kept = kept(result);
            int omitted = result.findings().size() - kept.size();
            if (omitted > 0) {
                json.writeStartObject();
                json.writeStringField("level", "warning");
                message(
                        json,
                        omitted + " of " + result.findings().size() + " findings, the least severe, were left out to"
                                + " stay within GitHub code scanning's limits (" + MAX_RESULTS
                                + " results, 10 MB a file); audit.json has every finding");
                json.writeEndObject();
            }
            for (Problem p : result.load().problems()) {
                json.writeStartObject();
                json.writeStringField("level", "error");
                message(json, p.message());
                json.writeArrayFieldStart("locations");
                location(json, p.file(), p.line(), p.column());
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeArrayFieldStart("results");
            for (Finding f : kept) {
                result(json, f, result);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void tool(JsonGenerator json, AuditResult result) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "rustgo");
        json.writeStringField(
                "fullName", "rustgo-maven-plugin: where Rust pays for itself, and where Go is the right default");
        json.writeStringField("informationUri", Docs.HOME);
        json.writeArrayFieldStart("rules");
        for (PolicyRule rule : PolicyRule.values()) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeStringField("name", camel(rule.id()));
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", rule.title(result.policy().thresholds()));
            json.writeEndObject();
            json.writeObjectFieldStart("fullDescription");
            json.writeStringField("text", rule.description(result.policy().thresholds()));
            json.writeEndObject();
            json.writeStringField("helpUri", Docs.rule(rule.id()));
            json.writeObjectFieldStart("help");
            json.writeStringField("text", "Fix: " + rule.fix() + ".");
            json.writeEndObject();
            json.writeObjectFieldStart("defaultConfiguration");
            boolean off = result.policy().isOff(rule);
            json.writeBooleanField("enabled", !off);
            json.writeStringField("level", level(result.policy().severity(rule)));
            json.writeEndObject();
            if (rule.criterion() != null) {
                json.writeObjectFieldStart("properties");
                json.writeStringField("criterion", rule.criterion().id());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void result(JsonGenerator json, Finding f, AuditResult result) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", f.rule());
        json.writeNumberField("ruleIndex", PolicyRule.byId(f.rule()).ordinal());
        json.writeStringField("level", level(f.severity()));
        if (result.baselined(f)) {
            json.writeStringField("baselineState", "unchanged");
        } else if (result.hasBaseline()) {
            json.writeStringField("baselineState", "new");
        }
        message(json, f.message());
        json.writeArrayFieldStart("locations");
        if (f.file() != null) {
            location(json, f.file(), f.line(), f.column());
        } else {
            location(json, PORTFOLIO_FILE, 1, 1);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField("rustgoFinding/v1", f.fingerprint());
        json.writeEndObject();
        if (f.service() != null || f.criterion() != null) {
            json.writeObjectFieldStart("properties");
            if (f.service() != null) {
                json.writeStringField("service", f.service());
            }
            if (f.criterion() != null) {
                json.writeStringField("criterion", f.criterion().id());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void message(JsonGenerator json, String text) throws IOException {
        json.writeObjectFieldStart("message");
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    private static void location(JsonGenerator json, String file, int line, int column) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(file));
        json.writeStringField("uriBaseId", "%SRCROOT%");
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", Math.max(1, line));
        json.writeNumberField("startColumn", Math.max(1, column));
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** A relative URI reference: each path segment percent-encoded where it must be. */
    static String uri(String file) {
        StringBuilder b = new StringBuilder();
        for (byte c : file.getBytes(StandardCharsets.UTF_8)) {
            int u = c & 0xff;
            boolean plain = (u >= 'a' && u <= 'z')
                    || (u >= 'A' && u <= 'Z')
                    || (u >= '0' && u <= '9')
                    || "-._~/!$&'()*+,;=:@".indexOf(u) >= 0;
            if (plain) {
                b.append((char) u);
            } else {
                b.append('%').append(String.format(Locale.ROOT, "%02X", u));
            }
        }
        return b.toString();
    }

    private static String camel(String id) {
        StringBuilder b = new StringBuilder();
        boolean upper = true;
        for (char c : id.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }
}
