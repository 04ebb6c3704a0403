package dev.rustgo.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.json.JsonLayout;
import dev.rustgo.policy.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code gl-code-quality-report.json}: GitLab's Code Quality report, the subset of the CodeClimate
 * issue format GitLab documents. An array with one issue per finding: {@code description} (the
 * message), {@code check_name} (the rule), {@code fingerprint} (the baseline's, so GitLab tracks an
 * issue across commits and merge requests), {@code severity} ({@code info}, {@code minor},
 * {@code major}, {@code critical}: a finding that fails the build is critical, an error major, a
 * warning minor, an info info), and {@code location.path} with {@code location.lines.begin}
 * (portfolio-wide findings on line 1 of the project's {@code pom.xml}, as in SARIF). Paths are
 * relative to the project base directory, as GitLab needs them relative to the repository root
 * when the project is the repository.
 */
public final class CodeQualityReport implements Report {

    @Override
    public String format() {
        return "codequality";
    }

    @Override
    public String fileName() {
        return "gl-code-quality-report.json";
    }

    /** GitLab's severity of a finding. */
    static String severity(Finding f, AuditResult result) {
        if (result.fails(f)) {
            return "critical";
        }
        return switch (f.severity()) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }

    @Override
    public void write(AuditResult result, Writer out) throws IOException {
        Set<String> fingerprints = new HashSet<>();
        try (JsonGenerator json = JsonLayout.generator(out)) {
            json.writeStartArray();
            for (Finding f : result.findings()) {
                json.writeStartObject();
                json.writeStringField("description", f.message());
                json.writeStringField("check_name", f.rule());
                // Unique in the report, as GitLab requires: the baseline's, made unique where two share it.
                String fingerprint = f.fingerprint();
                for (int n = 2; !fingerprints.add(fingerprint); n++) {
                    fingerprint = f.fingerprint() + "-" + n;
                }
                json.writeStringField("fingerprint", fingerprint);
                json.writeStringField("severity", severity(f, result));
                json.writeObjectFieldStart("location");
                json.writeStringField("path", f.file() == null ? SarifReport.PORTFOLIO_FILE : f.file());
                json.writeObjectFieldStart("lines");
                json.writeNumberField("begin", f.file() == null ? 1 : Math.max(1, f.line()));
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.write('\n');
    }
}
