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

    @Test
    void everyThresholdIsDocumentedWithItsDefaultUnitCriterionAndSource() throws IOException {
        String doc = Files.readString(Paths.get("docs/criteria.md"));
        for (Threshold t : Threshold.values()) {
            String row = "| `" + t.id() + "` | " + Numbers.format(t.defaultValue()) + " | " + t.unit() + " | "
                    + t.criterion().id() + " | " + t.source().citation() + " |";
            assertTrue(doc.contains(row), "docs/criteria.md lacks the row " + row);
        }
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
