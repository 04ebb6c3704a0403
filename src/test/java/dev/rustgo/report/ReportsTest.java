package dev.rustgo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.console.GitHubActions;
import dev.rustgo.policy.FailOn;
import dev.rustgo.policy.PolicyRule;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The CI-facing reports: SARIF against the OASIS schema, JUnit XML, Markdown, HTML, GitHub annotations. */
class ReportsTest {

    @TempDir
    Path base;

    private AuditResult result;

    @BeforeEach
    void audit() throws Exception {
        Path services = Files.createDirectories(base.resolve("services"));
        Files.writeString(services.resolve("matcher.yaml"), """
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata:
                  name: matcher
                  owner: "<script>alert('x')</script> | *team* [link](http://evil)"
                spec:
                  language: go
                  role: data-plane
                  traffic: {peakRps: 400000, p99LatencyMs: 2}
                  concurrency: hard
                  team: {rustExperience: some}
                  criticality: [financial]
                """);
        Files.writeString(services.resolve("odd.yaml"), """
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata: {name: odd}
                spec: {language: "<b>&amp;</b> | [x](http://evil)", role: api}
                """);
        Files.writeString(services.resolve("admin.yaml"), """
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata: {name: admin}
                spec: {language: rust, role: admin-api}
                """);
        Files.writeString(services.resolve("broken.yaml"), "apiVersion: rustgo.dev/v1\nkind: Service\nmetadata: [\n");
        result = audit(null);
    }

    /** The audit of {@code base} on 2026-11-24, under the policy file given, else the built-in one. */
    private AuditResult audit(Path policy) throws Exception {
        return new Auditor()
                .audit(new AuditRequest(
                        base,
                        List.of(base),
                        List.of(),
                        List.of(),
                        FailOn.ERROR,
                        base.resolve("target"),
                        Set.of(),
                        LocalDate.of(2026, 11, 24),
                        policy,
                        null,
                        0));
    }

    private String render(Report report) throws Exception {
        StringWriter out = new StringWriter();
        report.write(result, out);
        return out.toString();
    }

    @Test
    void sarifIsValidAgainstTheOfficialSchema() throws Exception {
        String sarif = render(new SarifReport());
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        JsonNode json = new ObjectMapper().readTree(sarif);
        Set<ValidationMessage> errors = schema.validate(json);
        assertEquals(Set.of(), errors);

        JsonNode run = json.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals("rust-candidate-in-go", rules.get(0).get("id").asText());
        assertEquals(
                "A Rust candidate written in Go",
                rules.get(0).get("shortDescription").get("text").asText());
        assertTrue(rules.get(0).get("helpUri").asText().endsWith("/docs/rules.md#rust-candidate-in-go"));
        JsonNode first = run.get("results").get(0);
        assertEquals("rust-candidate-in-go", first.get("ruleId").asText());
        assertEquals("error", first.get("level").asText());
        assertEquals(
                "services/matcher.yaml",
                first.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(
                7, first.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(
                result.findings().get(0).fingerprint(),
                first.at("/partialFingerprints/rustgoFinding~1v1").asText());
        assertFalse(run.at("/invocations/0/executionSuccessful").asBoolean());
        assertEquals(
                "services/broken.yaml",
                run.at("/invocations/0/toolExecutionNotifications/0/locations/0/physicalLocation/artifactLocation/uri")
                        .asText());
    }

    @Test
    void codeQualityFollowsGitLabsDocumentedFieldRules() throws Exception {
        String report = render(new CodeQualityReport());
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/gitlab/code-quality-report.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        JsonNode issues = new ObjectMapper().readTree(report);
        assertEquals(Set.of(), schema.validate(issues));
        assertEquals(result.findings().size(), issues.size());
        JsonNode first = issues.get(0);
        assertEquals("rust-candidate-in-go", first.get("check_name").asText());
        assertEquals("critical", first.get("severity").asText(), "it fails the build");
        assertEquals("services/matcher.yaml", first.at("/location/path").asText());
        assertEquals(7, first.at("/location/lines/begin").asInt());
        assertEquals(
                result.findings().get(0).fingerprint(), first.get("fingerprint").asText(), "the baseline's");
        assertEquals(
                result.findings().get(0).message(), first.get("description").asText());
        Set<String> fingerprints = new HashSet<>();
        issues.forEach(i -> assertTrue(fingerprints.add(i.get("fingerprint").asText()), "unique: " + i));
        assertEquals(
                List.of("critical", "minor"),
                StreamSupport.stream(issues.spliterator(), false)
                        .map(i -> i.get("severity").asText())
                        .toList());
    }

    @Test
    void sarifKeepsTheMostSevereResultsWithinGitHubsLimitsAndSaysSo() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < SarifReport.MAX_RESULTS + 10; i++) {
            many.append("---\napiVersion: rustgo.dev/v1\nkind: Service\nmetadata: {name: s")
                    .append(i)
                    .append("}\nspec: {language: go, role: api, dependsOn: [ghost]}\n");
        }
        Files.writeString(base.resolve("services/many.yaml"), many.toString());
        AuditResult big = audit(null);
        assertEquals(SarifReport.MAX_RESULTS + 12, big.findings().size());
        StringWriter out = new StringWriter();
        new SarifReport().write(big, out);
        JsonNode run = new ObjectMapper().readTree(out.toString()).get("runs").get(0);
        assertEquals(SarifReport.MAX_RESULTS, run.get("results").size());
        assertEquals("error", run.at("/results/0/level").asText(), "the most severe first");
        assertEquals(
                "12 of 5012 findings, the least severe, were left out to stay within GitHub code scanning's limits"
                        + " (5000 results, 10 MB a file); audit.json has every finding",
                run.at("/invocations/0/toolExecutionNotifications/0/message/text")
                        .asText());
        assertTrue(out.toString().length() < 10 * 1024 * 1024);
    }

    @Test
    void sarifLevelsFollowSeverities() throws Exception {
        assertEquals(List.of("rust-candidate-in-go error", "go-fit-in-rust warning"), levels(result));
        // The policy's severities, not the defaults: info is SARIF's note.
        Path policy = Files.writeString(base.resolve("rustgo-policy.yaml"), """
                apiVersion: rustgo.dev/v1
                kind: Policy
                rules: {rust-candidate-in-go: warning, go-fit-in-rust: info, unknown-dependency: off}
                """);
        AuditResult tuned = audit(policy);
        assertEquals(List.of("rust-candidate-in-go warning", "go-fit-in-rust note"), levels(tuned));
        StringWriter out = new StringWriter();
        new SarifReport().write(tuned, out);
        JsonNode rules = new ObjectMapper().readTree(out.toString()).at("/runs/0/tool/driver/rules");
        Map<String, String> configured = new TreeMap<>();
        rules.forEach(r -> configured.put(
                r.get("id").asText(),
                r.at("/defaultConfiguration/level").asText()
                        + (r.at("/defaultConfiguration/enabled").asBoolean() ? "" : " disabled")));
        assertEquals("warning", configured.get("rust-candidate-in-go"));
        assertEquals("note", configured.get("go-fit-in-rust"));
        assertEquals("error", configured.get("duplicate-service"));
        assertEquals("warning disabled", configured.get("unknown-dependency"));
    }

    private static List<String> levels(AuditResult audited) throws Exception {
        StringWriter out = new StringWriter();
        new SarifReport().write(audited, out);
        List<String> levels = new ArrayList<>();
        new ObjectMapper()
                .readTree(out.toString())
                .at("/runs/0/results")
                .forEach(r -> levels.add(
                        r.get("ruleId").asText() + " " + r.get("level").asText()));
        return levels;
    }

    /**
     * Every rule's SARIF help link lands on its own section of docs/rules.md: the fragment is an
     * anchor GitHub makes from one of the page's headings (lower case, punctuation but '-' and '_'
     * dropped, spaces as '-').
     */
    @Test
    void everySarifHelpLinkLandsOnItsRulesSection() throws Exception {
        Set<String> anchors = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("docs/rules.md"))) {
            if (line.startsWith("#")) {
                anchors.add(line.replaceFirst("^#+\\s*", "")
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "")
                        .replace(' ', '-'));
            }
        }
        JsonNode rules = new ObjectMapper().readTree(render(new SarifReport())).at("/runs/0/tool/driver/rules");
        assertEquals(PolicyRule.values().length, rules.size());
        for (JsonNode rule : rules) {
            String uri = rule.get("helpUri").asText();
            String id = rule.get("id").asText();
            assertEquals(Docs.HOME + "/blob/main/docs/rules.md#" + id, uri);
            assertTrue(anchors.contains(id), "docs/rules.md has no heading whose anchor is #" + id);
        }
    }

    @Test
    void junitXmlHasACasePerServiceAndPortfolioRuleWithFailuresForFailingFindings() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(render(new JunitReport()))));
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        NodeList suites = root.getElementsByTagName("testsuite");
        assertEquals(3, suites.getLength());
        Element services = (Element) suites.item(0);
        assertEquals("rustgo.services", services.getAttribute("name"));
        assertEquals("2", services.getAttribute("tests"));
        assertEquals("1", services.getAttribute("failures"));
        Element matcher = (Element) services.getElementsByTagName("testcase").item(1);
        assertEquals("matcher", matcher.getAttribute("name"));
        Element failure = (Element) matcher.getElementsByTagName("failure").item(0);
        assertEquals("rust-candidate-in-go", failure.getAttribute("type"));
        assertEquals("rustgo.portfolio", ((Element) suites.item(1)).getAttribute("name"));
        Element input = (Element) suites.item(2);
        assertEquals("2", input.getAttribute("errors"));
        Element odd = (Element) input.getElementsByTagName("error").item(1);
        assertTrue(
                odd.getTextContent().contains("found '<b>&amp;</b> | [x](http://evil)'"),
                "user text is escaped and round-trips through XML: " + odd.getTextContent());
    }

    @Test
    void markdownEscapesEveryDescriptorText() throws Exception {
        String md = render(new MarkdownReport());
        assertTrue(md.startsWith("## ❌ rustgo audit: fail\n"), md);
        assertFalse(md.contains("<b>"), md);
        assertFalse(md.contains("](http"), md);
        assertTrue(md.contains("found '&lt;b&gt;&amp;amp;&lt;/b&gt; \\| \\[x\\]\\(http\\://evil\\)'"), md);
        assertTrue(md.contains("| matcher | go | **rust** |"), md);
        assertTrue(md.contains(" · Rust share 100.0% (band 5-10%) · gate: failOn=error\n"), md);
    }

    /**
     * A reviewer reads why each Rust candidate is one, what to do about it and what moving it would
     * cost, in the comment; the table of every service says what to do about each.
     */
    @Test
    void markdownSaysWhyEachCandidateIsOneWhatToDoAndWhatAMoveWouldCost() throws Exception {
        String md = render(new MarkdownReport());
        assertTrue(
                md.contains("### Rust candidates and reviews\n\n| Service | Language | Verdict | Why | Action | Move to"
                        + " Rust |\n|---|---|---|---|---|---|\n| matcher | go | **rust** | Rust is demanded \\(tail latency,"
                        + " throughput, concurrency correctness\\), corroborated by R\\-DEFECT\\-COST criticality"
                        + " financial, R\\-ROLE role data\\-plane; nothing presses for Go; for a service running in Go,"
                        + " its defect or safety cost makes the move worth it \\(R\\-DEFECT\\-COST criticality"
                        + " financial\\) | consider a move to Rust; write"
                        + " spec\\.resources\\.monthlyCost or instances to see its payback | no monthlyCost or instances to"
                        + " estimate it |\n"),
                md);
        assertTrue(
                md.contains("| Service | Language | Verdict | Confidence | Action | Top reasons |\n"
                        + "|---|---|---|---|---|---|\n| admin | rust | go | 1.00 | reconsider Rust while it is new\\: it is a"
                        + " strong Go fit and nothing here asks for Rust; build it in Go, or record why Rust is needed in"
                        + " spec\\.decision | G\\-CONTROL\\-PLANE role admin\\-api |\n"),
                md);
    }

    @Test
    void markdownShowsThePolicysShareBand() throws Exception {
        Path policy = Files.writeString(
                base.resolve("rustgo-policy.yaml"),
                "apiVersion: rustgo.dev/v1\nkind: Policy\nshare: {low: 0.02, high: 0.075}\n");
        AuditResult tuned = audit(policy);
        StringWriter out = new StringWriter();
        new MarkdownReport().write(tuned, out);
        assertTrue(
                out.toString().contains(" · Rust share 100.0% (band 2-7.5%) · gate: failOn=error\n"), out.toString());
    }

    @Test
    void htmlIsAWellFormedPageWithAMarkPerServiceAndEveryDescriptorTextEscaped() throws Exception {
        String html = render(new HtmlReport());
        assertTrue(
                html.startsWith("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
                        + "<title>Rust or Go: fail</title><link rel=\"stylesheet\" href=\"audit.css\"/></head>"),
                html);
        Document page = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(html)));
        assertEquals(0, page.getElementsByTagName("b").getLength(), "descriptor text never becomes markup");
        // No script and no inline style, as Jenkins' Content-Security-Policy wants: the styling is audit.css.
        assertEquals(0, page.getElementsByTagName("script").getLength());
        assertEquals(0, page.getElementsByTagName("style").getLength());
        assertFalse(html.contains(" style="), "no style attribute");
        NodeList marks = page.getElementsByTagName("g");
        assertEquals(
                List.of("admin", "matcher"),
                elements(marks).stream()
                        .filter(g -> g.getAttribute("class").startsWith("mark "))
                        .map(g -> g.getAttribute("data-service"))
                        .toList());
        assertTrue(
                page.getDocumentElement().getTextContent().contains("found '<b>&amp;</b> | [x](http://evil)'"),
                "the problem is shown as the text it is");
        assertTrue(
                html.contains("<tr data-service=\"matcher\" data-owner=\"&lt;script&gt;alert('x')&lt;/script&gt; |"
                        + " *team* [link](http://evil)\"><td>matcher</td><td>&lt;script&gt;alert('x')&lt;/script&gt; |"
                        + " *team* [link](http://evil)</td><td>go</td><td>data-plane</td>"
                        + "<td class=\"verdict-rust\">rust</td>"),
                html);
        assertTrue(html.contains("<th>Why</th><th>Action</th><th>Move to Rust</th>"), html);
        assertTrue(
                html.contains("<td>Rust is demanded (tail latency, throughput, concurrency correctness),"
                        + " corroborated by R-DEFECT-COST criticality financial, R-ROLE role data-plane; nothing"
                        + " presses for Go; for a service running in Go, its defect or safety cost makes the move worth"
                        + " it (R-DEFECT-COST criticality financial)</td><td class=\"action-consider-rust\">consider a move to Rust; write"
                        + " spec.resources.monthlyCost or instances to see its payback</td><td></td>"),
                html);
    }

    @Test
    void theStylesheetFiltersByOwnerWithTheOwnerNameEscapedAsACssString() throws Exception {
        String css = HtmlReport.stylesheet(result, true);
        assertTrue(css.startsWith("body{font-family:system-ui,sans-serif;margin:2rem;color:#111827}\n"), css);
        // One rule an owner: matcher's (a hostile name, every sign escaped) and the services with none.
        String owner = "\\3c script\\3e alert\\28 \\27 x\\27 \\29 \\3c /script\\3e  \\7c  \\2a team\\2a  \\5b link\\5d "
                + "\\28 http://evil\\29 ";
        assertTrue(
                css.endsWith(
                        ".rustgo-filter:target{display:block}\n"
                                + "[id=\"owner=" + owner
                                + "\"]:target~table.rustgo-services tr[data-owner]:not([data-owner=\""
                                + owner + "\"]){display:none}\n"
                                + "[id=\"owner=\"]:target~table.rustgo-services tr[data-owner]:not([data-owner=\"\"]){display:none}\n"),
                css);
        // The site page's stylesheet leaves the page's look to the skin.
        assertTrue(HtmlReport.stylesheet(result, false).startsWith(".rustgo .verdict-rust{"));
        // Each owner has the note its link (#owner=NAME) shows; hidden without the stylesheet.
        String html = render(new HtmlReport());
        assertTrue(
                html.contains("<p class=\"rustgo-filter\" id=\"owner=\" hidden=\"hidden\">Only the services of (none)"
                        + " are shown. <a href=\"#\">Show every service.</a></p><table class=\"rustgo-services\">"),
                html);
        assertTrue(
                html.contains("<a href=\"#owner=%3Cscript%3Ealert%28%27x%27%29%3C%2Fscript%3E%20%7C%20*team*%20"),
                html);
    }

    @Test
    void theSitePageBodyIsThePageWithoutItsHead() throws Exception {
        String html = render(new HtmlReport());
        String fragment = HtmlReport.fragment(result);
        assertTrue(fragment.startsWith("<section class=\"rustgo\"><h1>Rust or Go: fail</h1>"), fragment);
        assertTrue(html.contains("<body>" + fragment + "</body>"), "the same content, once");
    }

    private static List<Element> elements(NodeList nodes) {
        return IntStream.range(0, nodes.getLength())
                .mapToObj(i -> (Element) nodes.item(i))
                .toList();
    }

    @Test
    void markdownEscapeNeutralisesLinksTablesAndHtml() {
        assertEquals(
                "\\[link\\]\\(http\\://evil\\) \\| \\*x\\* &lt;script&gt; a&amp;b \\`",
                Markdown.escape("[link](http://evil) | *x* <script> a&b `"));
        assertEquals("``a`b``", Markdown.code("a`b"));
        assertEquals("`` `a ``", Markdown.code("`a"), "a space where the text starts or ends with a backtick");
        assertEquals("`services/a.yaml:3:5`", Markdown.code("services/a.yaml:3:5"));
    }

    @Test
    void gitHubAnnotationsPointAtTheLineAndEscapeTheRunnersSpecialCharacters() {
        List<String> lines = GitHubActions.annotations(result);
        assertEquals(
                "::error file=services/broken.yaml,line=4,col=1,title=rustgo%3A invalid input::invalid YAML:"
                        + " expected the node content, but found '<stream end>'",
                lines.get(0));
        assertTrue(
                lines.get(2)
                        .startsWith("::error file=services/matcher.yaml,line=7,col=13,title=rustgo%3A"
                                + " rust-candidate-in-go::matcher is a Rust candidate"),
                lines.get(2));
    }
}
