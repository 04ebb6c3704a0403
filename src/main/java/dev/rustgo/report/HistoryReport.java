package dev.rustgo.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rustgo.audit.Trend;
import dev.rustgo.criteria.Threshold;
import dev.rustgo.criteria.Thresholds;
import dev.rustgo.json.JsonLayout;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code history.json} and {@code history.html}: the portfolio at each commit that changed its
 * descriptors. The page draws two charts: the Rust share against the guides' band, and the Rust
 * candidates left in Go.
 */
public final class HistoryReport {

    private HistoryReport() {}

    /** {@code history.json}: schemaVersion 1, the policy, and one point per commit, oldest first. */
    public static void json(List<Trend.Point> points, String policy, Writer out) throws IOException {
        try (JsonGenerator json = JsonLayout.generator(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", 1);
            json.writeStringField("policy", policy);
            json.writeArrayFieldStart("points");
            for (Trend.Point p : points) {
                json.writeStartObject();
                json.writeStringField("commit", p.commit());
                json.writeStringField("date", p.date().toString());
                json.writeNumberField("services", p.services());
                json.writeNumberField("rust", p.rust());
                json.writeNumberField("go", p.go());
                json.writeNumberField("review", p.review());
                json.writeNumberField("shareByCount", p.shareByCount());
                if (p.shareByCost() != null) {
                    json.writeNumberField("shareByCost", p.shareByCost());
                }
                json.writeNumberField("candidatesInGo", p.candidatesInGo());
                json.writeObjectFieldStart("findings");
                json.writeNumberField("error", p.errors());
                json.writeNumberField("warning", p.warnings());
                json.writeNumberField("info", p.infos());
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    /** {@code history.html}: the two charts and a table of the points. */
    public static void html(List<Trend.Point> points, Thresholds thresholds, Writer out) throws IOException {
        try {
            XMLStreamWriter html = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            html.writeDTD("<!DOCTYPE html>");
            html.writeCharacters("\n");
            html.writeStartElement("html");
            html.writeAttribute("lang", "en");
            html.writeStartElement("head");
            html.writeEmptyElement("meta");
            html.writeAttribute("charset", "utf-8");
            text(html, "title", "Rust or Go: history");
            html.writeEndElement();
            // No style attribute: Jenkins' default Content-Security-Policy (style-src 'self') drops inline
            // styles in archived pages; the charts are drawn with SVG attributes, which it allows.
            html.writeStartElement("body");
            text(html, "h1", "Rust or Go: history");
            text(
                    html,
                    "p",
                    points.size() + " commits that changed the descriptors"
                            + (points.isEmpty()
                                    ? ""
                                    : ", " + points.get(0).date() + " to "
                                            + points.get(points.size() - 1).date())
                            + ", each audited with today's policy.");
            double low = thresholds.get(Threshold.SHARE_LOW);
            double high = thresholds.get(Threshold.SHARE_HIGH);
            text(html, "h2", "Rust share");
            chart(html, "rustgo-history-share", points, p -> p.shareByCount() * 100, low * 100, high * 100, "%");
            text(html, "h2", "Rust candidates left in Go");
            chart(html, "rustgo-history-candidates", points, Trend.Point::candidatesInGo, -1, -1, "");
            html.writeEndElement();
            html.writeEndElement();
            html.writeCharacters("\n");
            html.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the history page: " + e.getMessage(), e);
        }
    }

    private static final int WIDTH = 720;
    private static final int HEIGHT = 240;
    private static final int LEFT = 50;
    private static final int TOP = 16;
    private static final int PLOT_W = 640;
    private static final int PLOT_H = 180;

    /** A line chart of one figure per point; a green band from {@code low} to {@code high} when given. */
    private static void chart(
            XMLStreamWriter html,
            String cssClass,
            List<Trend.Point> points,
            ToDoubleFunction<Trend.Point> value,
            double low,
            double high,
            String unit)
            throws XMLStreamException {
        double max = Math.max(1, high);
        for (Trend.Point p : points) {
            max = Math.max(max, value.applyAsDouble(p));
        }
        max = Math.ceil(max * 1.1);
        html.writeStartElement("svg");
        html.writeDefaultNamespace("http://www.w3.org/2000/svg");
        html.writeAttribute("class", cssClass);
        html.writeAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
        html.writeAttribute("width", String.valueOf(WIDTH));
        html.writeAttribute("height", String.valueOf(HEIGHT));
        html.writeAttribute("role", "img");
        if (high > low && low >= 0) {
            html.writeEmptyElement("rect");
            html.writeAttribute("class", "band");
            html.writeAttribute("x", String.valueOf(LEFT));
            html.writeAttribute("y", PortfolioChart.fmt(y(high, max)));
            html.writeAttribute("width", String.valueOf(PLOT_W));
            html.writeAttribute("height", PortfolioChart.fmt(y(low, max) - y(high, max)));
            html.writeAttribute("fill", "#16a34a");
            html.writeAttribute("fill-opacity", "0.2");
        }
        PortfolioChart.line(html, LEFT, TOP + PLOT_H, LEFT + PLOT_W, TOP + PLOT_H, "axis");
        PortfolioChart.line(html, LEFT, TOP, LEFT, TOP + PLOT_H, "axis");
        PortfolioChart.text(html, LEFT - 6, TOP + PLOT_H + 4, "end", "0" + unit);
        PortfolioChart.text(html, LEFT - 6, TOP + 4, "end", PortfolioChart.fmt(max) + unit);
        if (!points.isEmpty()) {
            trend(html, points, value, max);
        }
        html.writeEndElement();
    }

    /** The first and last dates under the axis, and the line through the points, scaled to {@code max}. */
    private static void trend(
            XMLStreamWriter html, List<Trend.Point> points, ToDoubleFunction<Trend.Point> value, double max)
            throws XMLStreamException {
        PortfolioChart.text(
                html, LEFT, TOP + PLOT_H + 18, "start", points.get(0).date().toString());
        PortfolioChart.text(
                html,
                LEFT + PLOT_W,
                TOP + PLOT_H + 18,
                "end",
                points.get(points.size() - 1).date().toString());
        StringBuilder polyline = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x = LEFT + (points.size() == 1 ? PLOT_W / 2.0 : PLOT_W * i / (double) (points.size() - 1));
            polyline.append(i == 0 ? "" : " ")
                    .append(PortfolioChart.fmt(x))
                    .append(',')
                    .append(PortfolioChart.fmt(y(value.applyAsDouble(points.get(i)), max)));
        }
        html.writeEmptyElement("polyline");
        html.writeAttribute("class", "trend");
        html.writeAttribute("points", polyline.toString());
        html.writeAttribute("fill", "none");
        html.writeAttribute("stroke", "#c2410c");
        html.writeAttribute("stroke-width", "2");
    }

    private static double y(double value, double max) {
        return TOP + PLOT_H - PLOT_H * value / max;
    }

    private static void text(XMLStreamWriter html, String element, String text) throws XMLStreamException {
        html.writeStartElement(element);
        html.writeCharacters(text);
        html.writeEndElement();
    }
}
