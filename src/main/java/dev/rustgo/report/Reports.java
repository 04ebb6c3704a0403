package dev.rustgo.report;

import dev.rustgo.audit.AuditException;
import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The report files of an audit: the formats there are, and writing them. The engine returns a
 * result and writes nothing; a goal (or any other front end) asks this class to write it.
 */
public final class Reports {

    /** Every report format, by name. {@code json} is always written. */
    private static final Map<String, Report> BY_FORMAT = Collections.unmodifiableMap(Stream.of(
                    new JsonReport(),
                    new SarifReport(),
                    new JunitReport(),
                    new MarkdownReport(),
                    new HtmlReport(),
                    new CodeQualityReport())
            .collect(Collectors.toMap(Report::format, Function.identity(), (a, b) -> a, TreeMap::new)));

    private Reports() {}

    /** The report formats {@code rustgo.formats} accepts. */
    public static List<String> formats() {
        return List.copyOf(BY_FORMAT.keySet());
    }

    /** Refuses a format there is no report for, with the one line a user sees. */
    public static void check(Set<String> formats) throws AuditException {
        for (String format : formats) {
            if (!BY_FORMAT.containsKey(format)) {
                throw new AuditException("rustgo.formats: unknown format '" + format + "'; known formats are "
                        + String.join(", ", formats()));
            }
        }
    }

    /**
     * Writes {@code audit.json} and the request's other formats into its output directory, each file
     * whole or not at all ({@link ReportFiles}); the result, with the files written.
     */
    public static AuditResult write(AuditResult result, AuditRequest request) throws AuditException {
        check(request.formats());
        List<Path> written = new ArrayList<>();
        for (Report report : BY_FORMAT.values()) {
            if (report.format().equals("json") || request.formats().contains(report.format())) {
                try {
                    written.add(ReportFiles.write(report, result, request.outputDirectory()));
                    // Beside it, the files it needs (the page's stylesheet); the result lists reports only.
                    for (Map.Entry<String, ReportFiles.Content> companion :
                            new TreeMap<>(report.companions(result)).entrySet()) {
                        ReportFiles.write(request.outputDirectory().resolve(companion.getKey()), companion.getValue());
                    }
                } catch (IOException e) {
                    throw new AuditException(
                            "rustgo.outputDirectory: cannot write the " + report.format() + " report to "
                                    + request.outputDirectory() + ": " + ReportFiles.reason(e),
                            e);
                }
            }
        }
        return result.withReports(written);
    }
}
