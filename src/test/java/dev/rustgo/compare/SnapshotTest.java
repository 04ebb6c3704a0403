package dev.rustgo.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.compare.Snapshot.FindingState;
import dev.rustgo.compare.Snapshot.ServiceState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is taken from a compared {@code audit.json}, and the comparison of two of them. */
class SnapshotTest {

    @TempDir
    Path dir;

    private Snapshot read(String json) throws IOException {
        Path file = dir.resolve("audit.json");
        Files.writeString(file, json);
        return Snapshot.read(file);
    }

    @Test
    void theShareIsReadFromZeroToOneInclusive() throws IOException {
        assertEquals(0.25, read("{\"share\": {\"byCount\": 0.25}}").share());
        assertEquals(0.0, read("{\"share\": {\"byCount\": 0}}").share());
        assertEquals(1.0, read("{\"share\": {\"byCount\": 1}}").share());
        assertEquals(0.0, read("{\"share\": {\"byCount\": \"half\"}}").share());
        assertEquals(0.0, read("{\"share\": 0.5}").share());
        IOException above = assertThrows(IOException.class, () -> read("{\"share\": {\"byCount\": 1.5}}"));
        assertEquals("not an audit.json: share.byCount is 1.5, not a share from 0 to 1", above.getMessage());
        assertThrows(IOException.class, () -> read("{\"share\": {\"byCount\": -0.1}}"));
    }

    @Test
    void servicesAndFindingsAreTakenByNameAndFingerprintAndTheRestPassedOver() throws IOException {
        Snapshot s = read(
                "{\"services\": [{\"name\": \"a\", \"verdict\": \"rust\", \"language\": \"go\","
                        + " \"reasons\": [{\"criterion\": \"R-TAIL\", \"evidence\": \"p99 2 ms\"}], \"extra\": {\"x\": 1}},"
                        + " 7, {\"verdict\": \"go\"}],"
                        + " \"findings\": [{\"fingerprint\": \"f1\", \"rule\": \"r\", \"service\": \"a\", \"severity\": \"error\","
                        + " \"message\": \"first\"}, {\"fingerprint\": \"f1\", \"message\": \"second\"}, {\"rule\": \"none\"}]}");
        assertEquals(Map.of("a", new ServiceState("rust", "go", List.of("R-TAIL p99 2 ms"))), s.services());
        assertEquals(Map.of("f1", new FindingState("r", "a", "error", "first")), s.findings());
    }

    @Test
    void servicesThatAreNotAListAreNone() throws IOException {
        Snapshot s = read("{\"services\": {\"a\": {}}, \"findings\": \"none\"}");
        assertEquals(Map.of(), s.services());
        assertEquals(Map.of(), s.findings());
    }

    @Test
    void aReportThatEndsEarlyOrIsNoObjectIsNotAnAuditReport() {
        assertEquals(
                "not an audit.json: line 1, column 15: Unexpected end-of-input: expected close marker for Array",
                assertThrows(IOException.class, () -> read("{\"services\": [")).getMessage());
        assertEquals(
                "not an audit.json: line 1, column 2: Unexpected character ('x' (code 120)): was expecting double-quote"
                        + " to start field name",
                assertThrows(IOException.class, () -> read("{x")).getMessage());
        assertEquals(
                "not an audit.json: it is not a JSON object",
                assertThrows(IOException.class, () -> read("[]")).getMessage());
    }

    @Test
    void aComparisonNamesWhatCameWentChangedAndWhichFindingsAreNew() {
        Snapshot before = new Snapshot(
                Map.of(
                        "a", new ServiceState("go", "go", List.of("G-X x")),
                        "gone", new ServiceState("go", "go", List.of())),
                Map.of("old", new FindingState("r", "gone", "warning", "was")),
                0.0);
        Snapshot now = new Snapshot(
                Map.of(
                        "a", new ServiceState("rust", "go", List.of("R-TAIL p99 2 ms")),
                        "new", new ServiceState("go", "go", List.of())),
                Map.of("fresh", new FindingState("r", "new", "error", "is")),
                0.5);
        Comparison c = Comparison.of("main", before, now);
        assertEquals(List.of("new"), c.added());
        assertEquals(List.of("gone"), c.removed());
        assertEquals(
                List.of(new Comparison.VerdictChange("a", "go", "rust", List.of("R-TAIL p99 2 ms"), List.of("G-X x"))),
                c.changed());
        assertTrue(c.isNew("fresh"));
        assertFalse(c.isNew("old"));
        assertEquals(List.of(new FindingState("r", "gone", "warning", "was")), c.fixed());
        assertEquals(List.of(), c.unread());
        assertFalse(c.empty());
        assertTrue(Comparison.of("main", now, now).empty());
    }
}
