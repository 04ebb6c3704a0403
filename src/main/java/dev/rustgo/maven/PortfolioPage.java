package dev.rustgo.maven;

import dev.rustgo.audit.AuditResult;
import dev.rustgo.criteria.Assessment;
import dev.rustgo.criteria.Numbers;
import dev.rustgo.load.Problem;
import dev.rustgo.model.Verdict;
import dev.rustgo.policy.Finding;
import dev.rustgo.policy.Severity;
import dev.rustgo.report.PortfolioChart;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.maven.doxia.sink.Sink;

/**
 * Renders an audit as a Doxia page. Every descriptor text goes through {@link Sink#text}, which
 * escapes it; only the charts, built by the engine with an XML writer, are raw.
 */
final class PortfolioPage {

    private final Sink sink;
    private final AuditResult result;

    PortfolioPage(Sink sink, AuditResult result) {
        this.sink = sink;
        this.result = result;
    }

    void render(String title) {
        sink.head();
        sink.title();
        sink.text(title);
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(title + ": " + result.outcome().word());
        sink.sectionTitle1_();
        paragraph(result.assessments().size() + " services: " + result.count(Verdict.RUST) + " rust, "
                + result.count(Verdict.GO) + " go, " + result.count(Verdict.REVIEW) + " review; findings: "
                + result.count(Severity.ERROR) + " error, " + result.count(Severity.WARNING) + " warning, "
                + result.count(Severity.INFO) + " info. Go is the default; a service is a Rust candidate only where"
                + " its requirements demand it.");

        sink.section2();
        sink.sectionTitle2();
        sink.text("The portfolio at a glance");
        sink.sectionTitle2_();
        paragraph("Each mark is a service, placed by its Rust pressure and its Go pressure; its colour is the verdict"
                + " (orange: rust, blue: go, amber: review) and its shape the language it is written in (circle:"
                + " Rust, square: Go, triangle: another). Services right of the dashed line lead Go by enough to be"
                + " Rust candidates.");
        sink.rawText(PortfolioChart.scatter(result));
        sink.section2_();

        sink.section2();
        sink.sectionTitle2();
        sink.text("Rust share");
        sink.sectionTitle2_();
        paragraph("Rust candidates and Rust services as a share of the portfolio, against the 5-10% of the"
                + " architecture the guides reserve for Rust.");
        sink.rawText(PortfolioChart.share(result));
        sink.section2_();

        services();
        findings();
        problems();
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private void paragraph(String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    private void services() {
        sink.section2();
        sink.sectionTitle2();
        sink.text("Services");
        sink.sectionTitle2_();
        sink.table();
        sink.tableRows();
        header("Service", "Language", "Role", "Verdict", "Confidence", "Rust", "Go", "Reasons", "Description");
        for (Assessment a : result.assessments()) {
            String reasons = a.topReasons(3).stream().map(r -> r.criterion().id() + " " + r.evidence())
                    .collect(Collectors.joining("; "));
            String description = a.service().description() == null ? "" : a.service().description();
            row(a.service().name(), a.service().language().id(), a.service().role().id(), a.verdict().id(),
                    String.format(Locale.ROOT, "%.2f", a.confidence()), Numbers.format(a.rustScore()),
                    Numbers.format(a.goScore()), reasons, description);
        }
        sink.tableRows_();
        sink.table_();
        sink.section2_();
    }

    private void findings() {
        sink.section2();
        sink.sectionTitle2();
        sink.text("Findings");
        sink.sectionTitle2_();
        if (result.findings().isEmpty()) {
            paragraph("No findings.");
        } else {
            sink.table();
            sink.tableRows();
            header("Severity", "Place", "Rule", "Message");
            for (Finding f : result.findings()) {
                row(f.severity().id(), f.place(), f.rule(), f.message());
            }
            sink.tableRows_();
            sink.table_();
        }
        sink.section2_();
    }

    private void problems() {
        List<Problem> problems = result.load().problems();
        if (problems.isEmpty()) {
            return;
        }
        sink.section2();
        sink.sectionTitle2();
        sink.text("Descriptors that could not be read");
        sink.sectionTitle2_();
        sink.list();
        for (Problem p : problems) {
            sink.listItem();
            sink.text(p.toString());
            sink.listItem_();
        }
        sink.list_();
        sink.section2_();
    }

    private void header(String... cells) {
        sink.tableRow();
        for (String cell : cells) {
            sink.tableHeaderCell();
            sink.text(cell);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
    }

    private void row(String... cells) {
        sink.tableRow();
        for (String cell : cells) {
            sink.tableCell();
            sink.text(cell);
            sink.tableCell_();
        }
        sink.tableRow_();
    }
}
