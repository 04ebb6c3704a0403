package dev.rustgo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every number of the decision model is traceable: it has a source, a quote from a guide that is
 * really in that guide, or an assumption with its reasoning; and docs/criteria.md shows it with
 * its default, unit, criterion and source.
 */
class ThresholdTest {

    /** The guides, where the project's CI lays them: {@code ../shared/seeds} beside the clone. */
    private static final Path SEEDS = Paths.get("../shared/seeds");

    @Test
    void everyThresholdCitesAGuideOrReasonsAnAssumption() {
        for (Threshold t : Threshold.values()) {
            Source s = t.source();
            assertNotNull(s, t.id());
            assertTrue(s.reasoning().length() > 20, t.id() + " says why: " + s.reasoning());
            if (!s.isAssumption()) {
                assertTrue(List.of("000", "001").contains(s.guide()), t.id() + " names a guide");
                assertFalse(s.quote().isBlank(), t.id());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new Source("000", null, "a reason"));
        assertThrows(IllegalArgumentException.class, () -> new Source(null, null, " "));
    }

    @Test
    void everyQuoteIsInItsGuideWordForWord() throws IOException {
        // The guides are beside the repository on every developer machine and in CI; a clone built
        // alone skips this check, CI never does.
        assumeTrue(Files.isDirectory(SEEDS) || System.getenv("CI") != null, "no ../shared/seeds here");
        for (Threshold t : Threshold.values()) {
            Source s = t.source();
            if (s.isAssumption()) {
                continue;
            }
            String guide = guide(s.guide());
            assertTrue(
                    guide.contains(s.quote()), t.id() + ": guide " + s.guide() + " does not say \"" + s.quote() + "\"");
        }
    }

    private static String guide(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no guide " + prefix + " in " + SEEDS));
            return Files.readString(file);
        }
    }

    @Test
    void idsAreUniqueAndReadBack() {
        Set<String> seen = new HashSet<>();
        for (Threshold t : Threshold.values()) {
            assertTrue(seen.add(t.id()), "duplicate " + t.id());
            assertEquals(t, Threshold.byId(t.id()));
        }
        assertEquals(null, Threshold.byId("verdict.rustMin"));
    }

    /**
     * A threshold serves a criterion, or names what reads it: the drift check's and the gate
     * calendar's serve none, and are not filed under one they do not serve.
     */
    @Test
    void everyThresholdServesACriterionOrNamesWhatReadsIt() {
        Set<Threshold> unfiled = new HashSet<>();
        for (Threshold t : Threshold.values()) {
            assertTrue((t.criterion() == null) != (t.readBy() == null), t.id());
            if (t.criterion() == null) {
                unfiled.add(t);
            }
        }
        assertEquals(
                Set.of(
                        Threshold.DRIFT_INSTANCES_RATIO,
                        Threshold.DRIFT_INSTANCES_SLACK,
                        Threshold.DRIFT_MEMORY_RATIO,
                        Threshold.EXPIRY_WARN_DAYS),
                unfiled);
        assertEquals("descriptor-drift", Threshold.DRIFT_MEMORY_RATIO.readBy());
    }

    @Test
    void everyThresholdIsDocumentedWithItsDefaultUnitCriterionAndSource() throws IOException {
        String doc = Files.readString(Paths.get("docs/criteria.md"));
        for (Threshold t : Threshold.values()) {
            String filed = t.criterion() == null
                    ? "- (" + t.readBy() + ")"
                    : t.criterion().id();
            String row = "| `" + t.id() + "` | " + Numbers.format(t.defaultValue()) + " | " + t.unit() + " | " + filed
                    + " | " + t.source().citation() + " |";
            assertTrue(doc.contains(row), "docs/criteria.md lacks the row " + row);
        }
    }

    /**
     * The thresholds with no range: guide figures, mild lines that count nowhere, and those of the
     * portfolio, the drift and the calendar, which no verdict reads. Every other one can change a
     * verdict and rests on an assumed value, so the robustness grid varies it.
     */
    private static final Set<String> NO_RANGE = Set.of(
            "tail.strictMs",
            "tail.mildMs",
            "throughput.demandingRps",
            "throughput.mildRps",
            "memory.mildMiB",
            "scale.someInstances",
            "scale.someMonthlyCost",
            "defect.someDependents",
            "target.mildStartupMs",
            "share.low",
            "share.high",
            "share.minServices",
            "cost.throughputGainHigh",
            "cost.extraWeeksNone",
            "drift.instancesRatio",
            "drift.instancesSlack",
            "drift.memoryRatio",
            "expiry.warnDays");

    @Test
    void everyAssumptionThatCanChangeAVerdictHasAReasonedRangeAroundItsDefault() throws IOException {
        String doc = Files.readString(Paths.get("docs/criteria.md"));
        for (Threshold t : Threshold.values()) {
            Threshold.Range r = t.range();
            assertEquals(NO_RANGE.contains(t.id()), r == null, t.id() + " has a range unless it is listed");
            if (r == null) {
                assertTrue(doc.contains("| " + t.source().reasoning() + " | - |"), t.id() + " row says no range");
                continue;
            }
            assertTrue(r.low() <= t.defaultValue() && t.defaultValue() <= r.high(), t.id() + " range around default");
            assertTrue(r.low() < r.high(), t.id());
            assertTrue(r.reasoning().length() > 20, t.id() + " says why: " + r.reasoning());
            assertFalse(r.points(t.defaultValue()).contains(t.defaultValue()), t.id());
            assertTrue(doc.contains("| " + r.text(t.unit())), t.id() + " row shows its range " + r.text(t.unit()));
            assertTrue(doc.contains(r.reasoning() + " |"), t.id() + " row gives the range's reasoning");
        }
        assertEquals("20-40%", Threshold.COST_THROUGHPUT_GAIN_LOW.range().text("fraction"));
        assertEquals(
                List.of(0.3, 0.4), Threshold.COST_THROUGHPUT_GAIN_LOW.range().points(0.2));
        assertEquals(
                List.of(7_500.0, 30_000.0),
                Threshold.COST_ASSUMED_LINES_API.range().points(15_000));
    }

    @Test
    void aSourceIsAQuoteOrAnAssumptionAndSaysWhich() {
        Source quote = Source.guide("001", "245K rps", "the figure");
        assertEquals("001: \"245K rps\"", quote.citation());
        assertFalse(quote.isAssumption());
        Source assumption = Source.assumption("because");
        assertEquals("assumption", assumption.citation());
        assertTrue(assumption.isAssumption());
        assertThrows(IllegalArgumentException.class, () -> new Source(null, "words", "a reason"));
        assertThrows(IllegalArgumentException.class, () -> new Source("000", "words", null));
    }

    @Test
    void numbersAreWrittenWithoutTrailingZerosOrLocale() {
        assertEquals("2", Numbers.format(2.0));
        assertEquals("2.5", Numbers.format(2.5));
        assertEquals("-3", Numbers.format(-3.0));
        assertEquals("1000000000000000", Numbers.format(1e15));
        assertEquals("999999999999999", Numbers.format(999_999_999_999_999.0));
        assertEquals(0.13, Numbers.round(0.125, 2));
    }
}
