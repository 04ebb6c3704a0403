package dev.rustgo.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.bench.PortfolioGenerator;
import dev.rustgo.model.Verdict;
import dev.rustgo.policy.FailOn;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build log of a large portfolio: what needs a look is listed, the plainly-Go rest is counted. */
class ConsoleReportTest {

    @TempDir
    Path base;

    private AuditResult audit(int services) throws Exception {
        new PortfolioGenerator(7, "0").write(base, services);
        return new Auditor()
                .audit(new AuditRequest(
                        base,
                        base,
                        List.of(),
                        List.of(),
                        FailOn.NEVER,
                        base.resolve("target"),
                        Set.of(),
                        LocalDate.of(2026, 12, 1)));
    }

    private static List<String> services(List<ConsoleReport.Line> lines, ConsoleReport.Level level) {
        int header = lines.indexOf(new ConsoleReport.Line(
                ConsoleReport.Level.INFO,
                lines.stream()
                        .filter(l -> l.text().startsWith("SERVICE "))
                        .findFirst()
                        .orElseThrow()
                        .text()));
        return lines.subList(header + 1, lines.size()).stream()
                .takeWhile(l -> !l.text().startsWith("rustgo: ") && !l.text().contains(": ["))
                .filter(l -> l.level() == level)
                .map(l -> l.text().split(" ")[0])
                .toList();
    }

    @Test
    void aPortfolioOfAHundredServicesListsEveryOne() throws Exception {
        AuditResult result = audit(ConsoleReport.LIST_EVERY_SERVICE_UP_TO);
        List<ConsoleReport.Line> lines = ConsoleReport.lines(result, base);
        assertEquals(100, services(lines, ConsoleReport.Level.INFO).size());
        assertTrue(lines.stream().noneMatch(l -> l.text().contains("not listed")));
    }

    @Test
    void aLargerOneListsWhatNeedsALookAndCountsTheRest() throws Exception {
        AuditResult result = audit(400);
        List<ConsoleReport.Line> lines = ConsoleReport.lines(result, base);
        List<String> listed = services(lines, ConsoleReport.Level.INFO);
        Set<String> withFindings =
                new HashSet<>(result.findings().stream().map(f -> f.service()).toList());
        List<String> attention = result.assessments().stream()
                .filter(a -> a.verdict() != Verdict.GO
                        || withFindings.contains(a.service().name()))
                .map(a -> a.service().name())
                .toList();
        assertEquals(attention, listed);
        assertTrue(listed.size() < 400 / 2, "most of a portfolio is plainly Go: " + listed.size());
        int quiet = 400 - listed.size();
        assertTrue(
                lines.contains(new ConsoleReport.Line(
                        ConsoleReport.Level.INFO,
                        "rustgo: " + quiet
                                + " more services with verdict go and no finding are not listed (400 services are more than 100);"
                                + " -X lists them, and audit.json has every service")),
                lines.toString());
        assertEquals(List.of(), services(lines, ConsoleReport.Level.DEBUG), "nothing at DEBUG unless asked");
    }

    @Test
    void withDebugTheRestIsListedAtDebug() throws Exception {
        AuditResult result = audit(400);
        List<ConsoleReport.Line> lines = ConsoleReport.lines(result, base, true);
        List<String> info = services(lines, ConsoleReport.Level.INFO);
        List<String> debug = services(lines, ConsoleReport.Level.DEBUG);
        assertEquals(400, info.size() + debug.size());
        assertEquals(
                result.assessments().stream()
                        .map(a -> a.service().name())
                        .sorted()
                        .toList(),
                Stream.concat(info.stream(), debug.stream()).sorted().toList());
    }
}
