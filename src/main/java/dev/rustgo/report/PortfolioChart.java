package dev.rustgo.report;

import dev.rustgo.audit.AuditResult;
import dev.rustgo.criteria.Assessment;
import dev.rustgo.criteria.Numbers;
import dev.rustgo.criteria.Strength;
import dev.rustgo.criteria.Threshold;
import dev.rustgo.model.Language;
import dev.rustgo.model.Verdict;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The portfolio at a glance, as inline SVG for the site report: every service placed by its Rust
 * pressure (x) and Go pressure (y), coloured by verdict and shaped by language (circle: Rust,
 * square: Go, triangle: other), with the line Rust must clear; and the Rust share against the
 * guides' 5-10% band. Written into the page's StAX writer ({@link HtmlReport}), so every service
 * name is escaped; no script, so the page needs none.
 */
public final class PortfolioChart {

    private static final int WIDTH = 880;
    private static final int HEIGHT = 420;
    private static final int LEFT = 60;
    private static final int RIGHT = 700;
    private static final int TOP = 20;
    private static final int BOTTOM = 370;

    private PortfolioChart() {}

    public static String colour(Verdict verdict) {
        return switch (verdict) {
            case RUST -> "#c2410c";
            case GO -> "#1d4ed8";
            case REVIEW -> "#a16207";
        };
    }

    /** The scatter chart of the services, written as an {@code svg} element. */
    public static void scatter(AuditResult result, XMLStreamWriter svg) throws XMLStreamException {
        double maxRust = 10;
        double maxGo = 10;
        for (Assessment a : result.assessments()) {
            maxRust = Math.max(maxRust, Math.ceil(a.rustScore()) + 1);
            maxGo = Math.max(maxGo, Math.ceil(a.goScore()) + 1);
        }
        svg.writeStartElement("svg");
        svg.writeDefaultNamespace("http://www.w3.org/2000/svg");
        svg.writeAttribute("class", "rustgo-chart");
        svg.writeAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
        svg.writeAttribute("width", Integer.toString(WIDTH));
        svg.writeAttribute("height", Integer.toString(HEIGHT));
        svg.writeAttribute("role", "img");
        svg.writeAttribute("aria-label", "Services by Rust and Go pressure");
        axes(svg, maxRust, maxGo);
        // A central requirement weighs 2 (Strength.DEMAND): from there on a service is at least review.
        double demand = Strength.DEMAND.weight();
        line(svg, x(demand, maxRust), y(0, maxGo), x(demand, maxRust), y(maxGo, maxGo), "boundary");
        text(svg, x(demand, maxRust) + 4, y(maxGo, maxGo) + 14, "start", "one central requirement");
        for (Assessment a : result.assessments()) {
            mark(svg, a, x(a.rustScore(), maxRust) + jitter(a, 0), y(a.goScore(), maxGo) + jitter(a, 1));
        }
        legend(svg);
        svg.writeEndElement();
    }

    /** The Rust share against the 5-10% band, written as an {@code svg} element. */
    public static void share(AuditResult result, XMLStreamWriter svg) throws XMLStreamException {
        double low = result.policy().thresholds().get(Threshold.SHARE_LOW);
        double high = result.policy().thresholds().get(Threshold.SHARE_HIGH);
        double share = result.share().byCount();
        svg.writeStartElement("svg");
        svg.writeDefaultNamespace("http://www.w3.org/2000/svg");
        svg.writeAttribute("class", "rustgo-share");
        svg.writeAttribute("viewBox", "0 0 720 70");
        svg.writeAttribute("width", "720");
        svg.writeAttribute("height", "70");
        svg.writeAttribute("role", "img");
        svg.writeAttribute(
                "aria-label",
                String.format(
                        Locale.ROOT,
                        "Rust share %.1f%%, band %s-%s%%",
                        share * 100,
                        Numbers.format(low * 100),
                        Numbers.format(high * 100)));
        rect(svg, LEFT, 20, RIGHT - LEFT, 20, "#e5e7eb", "track");
        rect(svg, LEFT, 24, (RIGHT - LEFT) * Math.min(1, share), 12, "#c2410c", "value");
        // The band on top, translucent and outlined, so it shows whatever the share.
        svg.writeEmptyElement("rect");
        svg.writeAttribute("class", "band");
        svg.writeAttribute("x", fmt(LEFT + (RIGHT - LEFT) * low));
        svg.writeAttribute("y", "18");
        svg.writeAttribute("width", fmt((RIGHT - LEFT) * (high - low)));
        svg.writeAttribute("height", "24");
        svg.writeAttribute("fill", "#16a34a");
        svg.writeAttribute("fill-opacity", "0.35");
        svg.writeAttribute("stroke", "#15803d");
        text(
                svg,
                LEFT,
                14,
                "start",
                String.format(
                        Locale.ROOT,
                        "Rust share %.1f%% (%d of %d)",
                        share * 100,
                        result.share().rust(),
                        result.share().services()));
        text(
                svg,
                LEFT + (RIGHT - LEFT) * high + 4,
                56,
                "start",
                "band " + Numbers.format(low * 100) + "-" + Numbers.format(high * 100) + "%");
        svg.writeEndElement();
    }

    private static double x(double value, double max) {
        return LEFT + (RIGHT - LEFT) * value / max;
    }

    private static double y(double value, double max) {
        return BOTTOM - (BOTTOM - TOP) * value / max;
    }

    /** A small, stable offset so services with the same scores stay visible. */
    private static double jitter(Assessment a, int axis) {
        int h = (a.service().name() + axis).hashCode();
        return ((h & 0xff) / 255.0 - 0.5) * 8;
    }

    private static void axes(XMLStreamWriter svg, double maxRust, double maxGo) throws XMLStreamException {
        line(svg, LEFT, BOTTOM, RIGHT, BOTTOM, "axis");
        line(svg, LEFT, BOTTOM, LEFT, TOP, "axis");
        for (int v = 0; v <= maxRust; v += 2) {
            text(svg, x(v, maxRust), BOTTOM + 16, "middle", Integer.toString(v));
        }
        for (int v = 0; v <= maxGo; v += 2) {
            text(svg, LEFT - 8, y(v, maxGo) + 4, "end", Integer.toString(v));
        }
        text(svg, (LEFT + RIGHT) / 2.0, BOTTOM + 36, "middle", "Rust pressure");
        svg.writeStartElement("text");
        svg.writeAttribute("transform", "translate(16," + (TOP + BOTTOM) / 2 + ") rotate(-90)");
        svg.writeAttribute("text-anchor", "middle");
        svg.writeAttribute("font-size", "12");
        svg.writeCharacters("Go pressure");
        svg.writeEndElement();
    }

    private static void mark(XMLStreamWriter svg, Assessment a, double cx, double cy) throws XMLStreamException {
        Language language = a.service().language();
        String shape = language == Language.RUST ? "circle" : language == Language.GO ? "rect" : "polygon";
        svg.writeStartElement("g");
        svg.writeAttribute("class", "mark verdict-" + a.verdict().id() + " language-" + language.id());
        svg.writeAttribute("data-service", a.service().name());
        svg.writeAttribute("data-verdict", a.verdict().id());
        svg.writeStartElement(shape);
        switch (shape) {
            case "circle" -> {
                svg.writeAttribute("cx", fmt(cx));
                svg.writeAttribute("cy", fmt(cy));
                svg.writeAttribute("r", "6");
            }
            case "rect" -> {
                svg.writeAttribute("x", fmt(cx - 5.5));
                svg.writeAttribute("y", fmt(cy - 5.5));
                svg.writeAttribute("width", "11");
                svg.writeAttribute("height", "11");
            }
            default ->
                svg.writeAttribute(
                        "points",
                        fmt(cx) + "," + fmt(cy - 7) + " " + fmt(cx + 6.5) + "," + fmt(cy + 5) + " " + fmt(cx - 6.5)
                                + "," + fmt(cy + 5));
        }
        svg.writeAttribute("fill", colour(a.verdict()));
        svg.writeAttribute("fill-opacity", "0.8");
        svg.writeAttribute("stroke", "#111827");
        svg.writeAttribute("stroke-width", "0.8");
        svg.writeStartElement("title");
        svg.writeCharacters(a.service().name() + " (" + language.id() + "): "
                + a.verdict().id() + ", Rust " + Numbers.format(a.rustScore()) + ", Go " + Numbers.format(a.goScore()));
        svg.writeEndElement();
        svg.writeEndElement();
        svg.writeEndElement();
    }

    private static void legend(XMLStreamWriter svg) throws XMLStreamException {
        double left = RIGHT + 24;
        double top = TOP + 4;
        int row = 0;
        for (Verdict v : Verdict.values()) {
            rect(svg, left, top + row * 18, 10, 10, colour(v), "legend");
            text(svg, left + 16, top + row * 18 + 9, "start", "verdict " + v.id());
            row++;
        }
        text(svg, left, top + row * 18 + 13, "start", "written in:");
        text(svg, left, top + row * 18 + 31, "start", "● rust  ■ go  ▲ other");
    }

    /** A line: an {@code axis}, or a dashed one of another kind. Shared with the history's charts. */
    static void line(XMLStreamWriter svg, double x1, double y1, double x2, double y2, String kind)
            throws XMLStreamException {
        svg.writeEmptyElement("line");
        svg.writeAttribute("class", kind);
        svg.writeAttribute("x1", fmt(x1));
        svg.writeAttribute("y1", fmt(y1));
        svg.writeAttribute("x2", fmt(x2));
        svg.writeAttribute("y2", fmt(y2));
        svg.writeAttribute("stroke", kind.equals("axis") ? "#374151" : "#9ca3af");
        if (!kind.equals("axis")) {
            svg.writeAttribute("stroke-dasharray", "6 4");
        }
    }

    private static void rect(XMLStreamWriter svg, double x, double y, double w, double h, String fill, String kind)
            throws XMLStreamException {
        svg.writeEmptyElement("rect");
        svg.writeAttribute("class", kind);
        svg.writeAttribute("x", fmt(x));
        svg.writeAttribute("y", fmt(y));
        svg.writeAttribute("width", fmt(w));
        svg.writeAttribute("height", fmt(h));
        svg.writeAttribute("fill", fill);
    }

    /** A label at a place. Shared with the history's charts. */
    static void text(XMLStreamWriter svg, double x, double y, String anchor, String text) throws XMLStreamException {
        svg.writeStartElement("text");
        svg.writeAttribute("x", fmt(x));
        svg.writeAttribute("y", fmt(y));
        svg.writeAttribute("text-anchor", anchor);
        svg.writeAttribute("font-size", "12");
        svg.writeCharacters(text);
        svg.writeEndElement();
    }

    /** A coordinate, one decimal, never a locale's separator. */
    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
