package dev.rustgo.report;

import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Rollups;
import dev.rustgo.criteria.Assessment;
import dev.rustgo.criteria.Numbers;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.model.Field;
import dev.rustgo.model.Provenance;
import dev.rustgo.model.Service;
import dev.rustgo.model.Token;
import dev.rustgo.model.Verdict;
import dev.rustgo.policy.Finding;
import dev.rustgo.policy.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code audit.html}: the audit as a page a person reads: the outcome and counts, the portfolio
 * chart ({@link PortfolioChart}), the Rust share against the band, and tables of the services with
 * their reasons and of the findings. The same content is the body of the Maven site page
 * ({@link #fragment}). Written with the JDK's StAX writer, so every descriptor text is escaped as
 * text or as an attribute value.
 *
 * <p>The page has no script and no inline style, so it shows as it is under the Content-Security-Policy
 * Jenkins serves archived files with ({@code sandbox allow-same-origin; default-src 'none'; img-src 'self';
 * style-src 'self';}): its styling is a stylesheet written beside it ({@code audit.css},
 * {@link #stylesheet}), and the owner filter ({@code #owner=NAME}) is CSS, by {@code :target}. Without the
 * stylesheet the page still reads: unstyled, every service shown.
 */
public final class HtmlReport implements Report {

    /** The page's title, and the site report's name. */
    public static final String TITLE = "Rust or Go";

    /** Looked up on first use, not when the report formats are listed: most builds write no HTML. */
    private static final class Xml {
        static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    }

    /** The standalone page's styling: tables and charts that read on their own, outside a site skin. */
    private static final String PAGE_STYLE = """
            body{font-family:system-ui,sans-serif;margin:2rem;color:#111827}
            table{border-collapse:collapse;margin:1rem 0}
            th,td{border:1px solid #d1d5db;padding:.25rem .5rem;text-align:left;vertical-align:top}
            th{background:#f3f4f6}
            """;

    /** What the page and the site page share: the verdicts' colours and the owner filter's note. */
    private static final String SHARED_STYLE = """
            .rustgo .verdict-rust{color:#c2410c;font-weight:600}.rustgo .verdict-review{color:#a16207;font-weight:600}
            .rustgo-filter:target{display:block}
            """;

    /** The stylesheet's file name beside {@code audit.html}. */
    public static final String STYLESHEET = "audit.css";

    private final String stylesheet;

    /** {@code audit.html}, styled by {@code audit.css} beside it. */
    public HtmlReport() {
        this(STYLESHEET);
    }

    /** A page styled by the stylesheet of this name beside it ({@code rustgo.css} for {@code rustgo.html}). */
    public HtmlReport(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** The stylesheet, written beside the page: the page reads it, as Jenkins' CSP allows ({@code style-src 'self'}). */
    @Override
    public Map<String, ReportFiles.Content> companions(AuditResult result) {
        return Map.of(stylesheet, out -> out.write(stylesheet(result, true)));
    }

    /**
     * The stylesheet of a page: for the standalone page ({@code standalone}) the page's look too; for
     * the site page, whose look is the site skin's, only what the report itself needs. Then one rule an
     * owner, which hides the other owners' services when the address ends in {@code #owner=NAME}.
     */
    public static String stylesheet(AuditResult result, boolean standalone) {
        StringBuilder css = new StringBuilder(standalone ? PAGE_STYLE : "").append(SHARED_STYLE);
        List<Rollups.Rollup> owners = result.owners();
        if (owners.size() >= 2) {
            for (Rollups.Rollup r : owners) {
                String owner = cssString(r.name() == null ? "" : r.name());
                css.append("[id=\"owner=")
                        .append(owner)
                        .append("\"]:target~table.rustgo-services tr[data-owner]:not([data-owner=\"")
                        .append(owner)
                        .append("\"]){display:none}\n");
            }
        }
        return css.toString();
    }

    /**
     * A text as the content of a CSS string: letters, digits and a few safe signs as they are, every
     * other character as its escape ({@code \22 } for a quote), so no owner name can end the string.
     */
    static String cssString(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "-_./@:+ ".indexOf(c) >= 0) {
                b.appendCodePoint(c);
            } else {
                b.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return b.toString();
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileName() {
        return "audit.html";
    }

    /** A whole page, for a browser or a CI artifact. */
    @Override
    public void write(AuditResult result, Writer out) throws IOException {
        try {
            XMLStreamWriter html = Xml.FACTORY.createXMLStreamWriter(out);
            html.writeDTD("<!DOCTYPE html>");
            html.writeCharacters("\n");
            html.writeStartElement("html");
            html.writeAttribute("lang", "en");
            html.writeStartElement("head");
            html.writeEmptyElement("meta");
            html.writeAttribute("charset", "utf-8");
            element(html, "title", TITLE + ": " + result.outcome().word());
            html.writeEmptyElement("link");
            html.writeAttribute("rel", "stylesheet");
            html.writeAttribute("href", stylesheet);
            html.writeEndElement();
            html.writeStartElement("body");
            body(result, html);
            html.writeEndElement();
            html.writeEndElement();
            html.writeCharacters("\n");
            html.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the HTML report: " + e.getMessage(), e);
        }
    }

    /** The content of the page without its {@code html}, {@code head} and {@code body}: the site page's body. */
    public static String fragment(AuditResult result) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter html = Xml.FACTORY.createXMLStreamWriter(out);
            body(result, html);
            html.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the HTML report: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void body(AuditResult result, XMLStreamWriter html) throws XMLStreamException {
        html.writeStartElement("section");
        html.writeAttribute("class", "rustgo");
        element(html, "h1", TITLE + ": " + result.outcome().word());
        element(
                html,
                "p",
                result.assessments().size() + " services: " + result.count(Verdict.RUST) + " rust, "
                        + result.count(Verdict.GO) + " go, " + result.count(Verdict.REVIEW) + " review; findings: "
                        + result.count(Severity.ERROR) + " error, " + result.count(Severity.WARNING) + " warning, "
                        + result.count(Severity.INFO)
                        + " info. Go is the default; a service is a Rust candidate only where"
                        + " its requirements demand it.");

        element(html, "h2", "The portfolio at a glance");
        element(
                html,
                "p",
                "Each mark is a service, placed by its Rust pressure and its Go pressure; its colour is the"
                        + " verdict (orange: rust, blue: go, amber: review) and its shape the language it is written in"
                        + " (circle: Rust, square: Go, triangle: another). The dashed line is the Rust pressure of one"
                        + " central requirement clearly present: left of it nothing demands Rust, and the verdict is go"
                        + " (or review, for a hot-path service with no figures).");
        PortfolioChart.scatter(result, html);

        element(html, "h2", "Rust share");
        element(
                html,
                "p",
                "Rust candidates and Rust services as a share of the portfolio, against the "
                        + result.policy().thresholds().shareBand()
                        + " of the architecture the guides reserve for Rust.");
        PortfolioChart.share(result, html);

        rollups(html, "owner", result.owners());
        rollups(html, "system", result.systems());
        services(result, html);
        inferred(result, html);
        findings(result, html);
        problems(result, html);
        html.writeEndElement();
    }

    /** The portfolio by owner or by system, when it has more than one; owners link to their services. */
    private static void rollups(XMLStreamWriter html, String what, List<Rollups.Rollup> rollups)
            throws XMLStreamException {
        if (rollups.size() < 2) {
            return;
        }
        element(html, "h2", "By " + what);
        html.writeStartElement("table");
        html.writeAttribute("class", "rustgo-" + what + "s");
        header(
                html,
                Character.toUpperCase(what.charAt(0)) + what.substring(1),
                "Services",
                "Rust",
                "Go",
                "Review",
                "Rust share",
                "Errors",
                "Warnings",
                "Info",
                "Decisions expiring",
                "Waivers expiring");
        for (Rollups.Rollup r : rollups) {
            html.writeStartElement("tr");
            html.writeStartElement("td");
            if (what.equals("owner")) {
                html.writeStartElement("a");
                html.writeAttribute("href", "#owner=" + fragmentOf(r.name() == null ? "" : r.name()));
                html.writeCharacters(r.name() == null ? "(none)" : r.name());
                html.writeEndElement();
            } else {
                html.writeCharacters(r.name() == null ? "(none)" : r.name());
            }
            html.writeEndElement();
            for (Object cell : List.of(
                    r.services(),
                    r.rust(),
                    r.go(),
                    r.review(),
                    String.format(Locale.ROOT, "%.1f%%", r.share() * 100),
                    r.errors(),
                    r.warnings(),
                    r.infos(),
                    r.decisionsExpiring(),
                    r.waiversExpiring())) {
                cell(html, String.valueOf(cell), null);
            }
            html.writeEndElement();
        }
        html.writeEndElement();
    }

    /** A name as the fragment of an address, percent-encoded as decodeURIComponent reads it. */
    private static String fragmentOf(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void services(AuditResult result, XMLStreamWriter html) throws XMLStreamException {
        element(html, "h2", "Services");
        ownerFilters(result, html);
        html.writeStartElement("table");
        html.writeAttribute("class", "rustgo-services");
        header(
                html,
                "Service",
                "Owner",
                "Language",
                "Role",
                "Verdict",
                "Confidence",
                "Rust",
                "Go",
                "Reasons",
                "Why",
                "Action",
                "Move to Rust",
                "Description");
        for (Assessment a : result.assessments()) {
            serviceRow(a, html);
        }
        html.writeEndElement();
    }

    /**
     * The owner filter: at #owner=NAME (the links of the owner table) the note of that id shows, and
     * the stylesheet hides the other owners' rows of the table after it (stylesheet()).
     */
    private static void ownerFilters(AuditResult result, XMLStreamWriter html) throws XMLStreamException {
        if (result.owners().size() >= 2) {
            for (Rollups.Rollup r : result.owners()) {
                html.writeStartElement("p");
                html.writeAttribute("class", "rustgo-filter");
                html.writeAttribute("id", "owner=" + (r.name() == null ? "" : r.name()));
                html.writeAttribute("hidden", "hidden");
                html.writeCharacters(
                        "Only the services of " + (r.name() == null ? "(none)" : r.name()) + " are shown. ");
                html.writeStartElement("a");
                html.writeAttribute("href", "#");
                html.writeCharacters("Show every service.");
                html.writeEndElement();
                html.writeEndElement();
            }
        }
    }

    /** One service's row of the services table. */
    private static void serviceRow(Assessment a, XMLStreamWriter html) throws XMLStreamException {
        String reasons = a.topReasons(3).stream()
                .map(r -> r.criterion().id() + " " + r.evidence())
                .collect(Collectors.joining("; "));
        String description =
                a.service().description() == null ? "" : a.service().description();
        html.writeStartElement("tr");
        html.writeAttribute("data-service", a.service().name());
        String owner = a.service().owner() == null ? "" : a.service().owner();
        html.writeAttribute("data-owner", owner);
        cell(html, a.service().name(), null);
        cell(html, owner, null);
        cell(html, a.service().language().id(), null);
        cell(html, a.service().role() == null ? "unknown" : a.service().role().id(), null);
        cell(html, a.verdict().id(), "verdict-" + a.verdict().id());
        cell(html, String.format(Locale.ROOT, "%.2f", a.confidence()), null);
        cell(html, Numbers.format(a.rustScore()), null);
        cell(html, Numbers.format(a.goScore()), null);
        cell(html, reasons, null);
        cell(html, a.summary(), null);
        cell(html, a.action().text(), "action-" + a.action().id());
        cell(html, a.cost() == null ? "" : a.cost().summary(), null);
        cell(html, description, null);
        html.writeEndElement();
    }

    /** The values read from the repository, each with its place; nothing when there are none. */
    private static void inferred(AuditResult result, XMLStreamWriter html) throws XMLStreamException {
        if (result.assessments().stream().allMatch(a -> a.service().inferred().isEmpty())) {
            return;
        }
        element(html, "h2", "Inferred from the repository");
        element(
                html,
                "p",
                "Values the descriptors leave out, read from Kubernetes manifests, Helm values and build files;"
                        + " a value written in a descriptor always wins. -Drustgo.infer=false reads the descriptors"
                        + " only.");
        html.writeStartElement("table");
        html.writeAttribute("class", "rustgo-inferred");
        header(html, "Service", "Value", "From", "Source");
        for (Assessment a : result.assessments()) {
            Service s = a.service();
            for (Map.Entry<Field, Provenance> e : s.inferred().entrySet()) {
                Provenance from = e.getValue();
                html.writeStartElement("tr");
                html.writeAttribute("data-service", s.name());
                cell(html, s.name(), null);
                cell(html, e.getKey().key() + " " + Token.text(s.value(e.getKey())), null);
                cell(
                        html,
                        from.file() + ":" + from.position().line() + ":"
                                + from.position().column(),
                        null);
                cell(html, from.source(), null);
                html.writeEndElement();
            }
        }
        html.writeEndElement();
    }

    private static void findings(AuditResult result, XMLStreamWriter html) throws XMLStreamException {
        element(html, "h2", "Findings");
        if (result.findings().isEmpty()) {
            element(html, "p", "No findings.");
            return;
        }
        html.writeStartElement("table");
        html.writeAttribute("class", "rustgo-findings");
        header(html, "Severity", "Place", "Rule", "Message");
        for (Finding f : result.findings()) {
            html.writeStartElement("tr");
            cell(html, f.severity().id(), null);
            cell(html, f.place(), null);
            cell(html, f.rule(), null);
            cell(html, f.message(), null);
            html.writeEndElement();
        }
        html.writeEndElement();
    }

    private static void problems(AuditResult result, XMLStreamWriter html) throws XMLStreamException {
        List<Problem> problems = result.load().problems();
        if (problems.isEmpty()) {
            return;
        }
        element(html, "h2", "Descriptors that could not be read");
        html.writeStartElement("ul");
        for (Problem p : problems) {
            element(html, "li", p.toString());
        }
        html.writeEndElement();
    }

    private static void header(XMLStreamWriter html, String... cells) throws XMLStreamException {
        html.writeStartElement("tr");
        for (String cell : cells) {
            element(html, "th", cell);
        }
        html.writeEndElement();
    }

    private static void cell(XMLStreamWriter html, String text, String cssClass) throws XMLStreamException {
        html.writeStartElement("td");
        if (cssClass != null) {
            html.writeAttribute("class", cssClass);
        }
        html.writeCharacters(text);
        html.writeEndElement();
    }

    private static void element(XMLStreamWriter html, String name, String text) throws XMLStreamException {
        html.writeStartElement(name);
        html.writeCharacters(text);
        html.writeEndElement();
    }
}
