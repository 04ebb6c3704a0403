package dev.rustgo.report;

import dev.rustgo.audit.AuditResult;
import dev.rustgo.criteria.Assessment;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.policy.Finding;
import dev.rustgo.policy.PolicyRule;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code TEST-rustgo.xml}: the audit as JUnit XML, the format Jenkins, GitLab and most CI servers
 * chart. One test case per service (suite {@code rustgo.services}), one per portfolio-wide rule
 * (suite {@code rustgo.portfolio}) and one per file that could not be read (suite
 * {@code rustgo.input}, as errors). A finding that fails the build is a {@code <failure>}; the
 * others are listed in the case's {@code <system-out>}. Written with the JDK's StAX writer, so all
 * text is escaped as XML requires.
 */
public final class JunitReport implements Report {

    /** Rules whose findings belong to the portfolio, a file or the policy, not to one service. */
    private static final List<PolicyRule> PORTFOLIO_RULES = List.of(
            PolicyRule.RUST_SHARE_ABOVE_BAND,
            PolicyRule.EMPTY_DESCRIPTOR_FILE,
            PolicyRule.LINK_OUTSIDE_PROJECT,
            PolicyRule.LOCATION_NOT_FOLLOWED,
            PolicyRule.NO_SERVICES_FOUND,
            PolicyRule.MANIFEST_VALUE_IGNORED,
            PolicyRule.WAIVER_EXPIRED,
            PolicyRule.WAIVER_EXPIRING,
            PolicyRule.WAIVER_UNUSED);

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String fileName() {
        return "TEST-rustgo.xml";
    }

    /** One test case: its name, place, failing findings and other lines. */
    private record Case(
            String name, String file, int line, List<Finding> failures, List<String> out, List<Problem> errors) {}

    @Override
    public void write(AuditResult result, Writer out) throws IOException {
        Map<String, List<Finding>> byService = new LinkedHashMap<>();
        Map<String, List<Finding>> byRule = new LinkedHashMap<>(); // the findings about no service
        for (Finding f : result.findings()) {
            (f.service() != null
                            ? byService.computeIfAbsent(f.service(), k -> new ArrayList<>())
                            : byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()))
                    .add(f);
        }
        List<Case> services = serviceCases(result, byService);
        List<Case> portfolio = portfolioCases(result, byRule);
        List<Case> input = inputCases(result);
        xml(out, services, portfolio, input);
        out.write('\n');
    }

    /** A case per assessed service, and one per service a finding names that was not assessed. */
    private static List<Case> serviceCases(AuditResult result, Map<String, List<Finding>> byService) {
        List<Case> services = new ArrayList<>();
        for (Assessment a : result.assessments()) {
            String name = a.service().name();
            List<Finding> findings = byService.getOrDefault(name, List.of());
            List<String> lines = new ArrayList<>();
            lines.add("verdict " + a.verdict().id() + " (confidence "
                    + String.format(Locale.ROOT, "%.2f", a.confidence()) + "): " + a.summary());
            lines.add("action (" + a.action().id() + "): " + a.action().text());
            services.add(
                    testCase(name, a.service().file(), a.service().position().line(), findings, lines, result));
        }
        // Findings about a duplicate (its service is not among the assessed ones) still need a case.
        byService.forEach((name, findings) -> {
            if (result.assessment(name) == null) {
                services.add(testCase(
                        name, findings.get(0).file(), findings.get(0).line(), findings, new ArrayList<>(), result));
            }
        });
        return services;
    }

    /** A case per portfolio rule, and one per other rule with a finding that names no service. */
    private static List<Case> portfolioCases(AuditResult result, Map<String, List<Finding>> byRule) {
        List<Case> portfolio = new ArrayList<>();
        for (PolicyRule rule : PORTFOLIO_RULES) {
            portfolio.add(testCase(
                    rule.id(),
                    null,
                    0,
                    byRule.getOrDefault(rule.id(), List.of()),
                    new ArrayList<>(List.of(rule.title(result.policy().thresholds()))),
                    result));
        }
        // A finding of another rule that names no service (a Backstage service without a name) still gets a case.
        for (PolicyRule rule : PolicyRule.values()) {
            List<Finding> findings = byRule.get(rule.id());
            if (!PORTFOLIO_RULES.contains(rule) && findings != null) {
                portfolio.add(testCase(
                        rule.id(),
                        null,
                        0,
                        findings,
                        new ArrayList<>(List.of(rule.title(result.policy().thresholds()))),
                        result));
            }
        }
        return portfolio;
    }

    /** A case per file with input problems. */
    private static List<Case> inputCases(AuditResult result) {
        Map<String, List<Problem>> byFile = new LinkedHashMap<>();
        for (Problem p : result.load().problems()) {
            byFile.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(p);
        }
        List<Case> input = new ArrayList<>();
        byFile.forEach((file, problems) ->
                input.add(new Case(file, file, problems.get(0).line(), List.of(), List.of(), problems)));
        return input;
    }

    private static void xml(Writer out, List<Case> services, List<Case> portfolio, List<Case> input)
            throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "rustgo");
            counts(xml, List.of(services, portfolio, input));
            suite(xml, "rustgo.services", services);
            suite(xml, "rustgo.portfolio", portfolio);
            if (!input.isEmpty()) {
                suite(xml, "rustgo.input", input);
            }
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static Case testCase(
            String name, String file, int line, List<Finding> findings, List<String> out, AuditResult result) {
        List<Finding> failures = new ArrayList<>();
        for (Finding f : findings) {
            if (result.fails(f)) {
                failures.add(f);
            } else {
                out.add(f.severity().id() + " " + f.place() + " [" + f.rule() + "] "
                        + (result.baselined(f) ? "(in the baseline) " : "") + f.message());
            }
        }
        return new Case(name, file, line, failures, out, List.of());
    }

    private static void counts(XMLStreamWriter xml, List<List<Case>> suites) throws XMLStreamException {
        int tests = 0;
        int failures = 0;
        int errors = 0;
        for (List<Case> suite : suites) {
            tests += suite.size();
            failures +=
                    (int) suite.stream().filter(c -> !c.failures().isEmpty()).count();
            errors += (int) suite.stream().filter(c -> !c.errors().isEmpty()).count();
        }
        xml.writeAttribute("tests", Integer.toString(tests));
        xml.writeAttribute("failures", Integer.toString(failures));
        xml.writeAttribute("errors", Integer.toString(errors));
        xml.writeAttribute("skipped", "0");
    }

    private static void suite(XMLStreamWriter xml, String name, List<Case> cases) throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", name);
        counts(xml, List.of(cases));
        for (Case c : cases) {
            newline(xml, 2);
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", name);
            xml.writeAttribute("name", c.name());
            if (c.file() != null) {
                xml.writeAttribute("file", c.file());
                xml.writeAttribute("line", Integer.toString(c.line()));
            }
            xml.writeAttribute("time", "0");
            for (Finding f : c.failures()) {
                newline(xml, 3);
                xml.writeStartElement("failure");
                xml.writeAttribute("type", f.rule());
                xml.writeAttribute("message", f.message());
                xml.writeCharacters(f.severity().id() + " " + f.place() + " [" + f.rule() + "] " + f.message());
                xml.writeEndElement();
            }
            for (Problem p : c.errors()) {
                newline(xml, 3);
                xml.writeStartElement("error");
                xml.writeAttribute("type", "invalid-input");
                xml.writeAttribute("message", p.message());
                xml.writeCharacters(p.toString());
                xml.writeEndElement();
            }
            if (!c.out().isEmpty()) {
                newline(xml, 3);
                xml.writeStartElement("system-out");
                xml.writeCharacters(String.join("\n", c.out()));
                xml.writeEndElement();
            }
            newline(xml, 2);
            xml.writeEndElement();
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
