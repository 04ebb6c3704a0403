package dev.rustgo.load;

import static dev.rustgo.load.Descriptors.HEADER;
import static dev.rustgo.load.Descriptors.readNative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rustgo.model.Field;
import dev.rustgo.model.Service;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * YAML 1.1 reads {@code no} as false, {@code on} as true, {@code 0755} as octal 493 and an unquoted
 * date as a timestamp. The contract says values are read from their text as written, so none of
 * that ever changes what a field means.
 */
class Yaml11SurprisesTest {

    private static final String F = Descriptors.FILE + ":";

    private static final String BASE = HEADER + """
            metadata:
              name: matcher
            spec:
              language: go
              role: api
            """;

    private static Service service(String extra) {
        Descriptors.Read read = readNative(BASE + extra);
        assertEquals(List.of(), read.problems());
        return read.service();
    }

    @Test
    void languageNoIsTheWordNoNotFalse() {
        Descriptors.Read read = readNative(HEADER + """
                metadata:
                  name: matcher
                spec:
                  language: no
                  role: api
                """);
        assertEquals(
                List.of(F + "6:13: spec.language must be one of go, rust, java, kotlin, python, node, dotnet,"
                        + " cpp, c, other, undecided; found 'no'; did you mean 'go'?"),
                read.problems());
        assertNull(read.service());
    }

    @Test
    void otherBooleanWordsAreTheirWordsToo() {
        Descriptors.Read read = readNative(BASE + """
                  concurrency: yes
                  decision:
                    language: off
                """);
        assertEquals(
                List.of(
                        F + "8:16: spec.concurrency must be one of simple, moderate, hard; found 'yes'",
                        F + "10:15: spec.decision.language must be one of go, rust; found 'off'"),
                read.problems());
    }

    @Test
    void aLeadingZeroIsDecimalNotOctal() {
        Service s = service("""
                  traffic:
                    peakRps: 0755
                  resources:
                    instances: 010
                """);
        assertEquals(755L, s.peakRps());
        assertEquals(10L, s.instances());
    }

    @Test
    void yaml11NumberSpellingsAreNotNumbers() {
        Descriptors.Read read = readNative(BASE + """
                  traffic:
                    peakRps: 1_000
                    p99LatencyMs: .5
                  resources:
                    instances: 0x10
                    monthlyCost: 1e3
                """);
        assertEquals(
                List.of(
                        F + "9:14: spec.traffic.peakRps must be a whole number of 0 or more; found '1_000'",
                        F + "10:19: spec.traffic.p99LatencyMs must be a number greater than 0; found '.5'",
                        F + "12:16: spec.resources.instances must be a whole number of 0 or more; found '0x10'",
                        F + "13:18: spec.resources.monthlyCost must be a number of 0 or more; found '1e3'"),
                read.problems());
    }

    @Test
    void anUnquotedDateIsALocalDateNotATimestamp() {
        Service s = service("""
                  delivery:
                    deadline: 2027-03-01
                """);
        assertEquals(LocalDate.of(2027, 3, 1), s.deadline());
        assertEquals(LocalDate.class, s.value(Field.DEADLINE).getClass());
    }

    @Test
    void anUnquotedDateInAFreeTextFieldStaysText() {
        Service s = service("""
                  decision:
                    record: 2027-03-01
                """);
        assertEquals("2027-03-01", s.decisionRecord());
    }

    @Test
    void ownerOnIsTheTextOn() {
        Descriptors.Read read = readNative(HEADER + """
                metadata:
                  name: matcher
                  owner: on
                  description: yes
                spec:
                  language: go
                  role: api
                """);
        assertEquals(List.of(), read.problems());
        assertEquals("on", read.service().owner());
        assertEquals("yes", read.service().description());
    }

    @Test
    void namesThatLookLikeOtherTypesAreNames() {
        Descriptors.Read read = readNative(HEADER + """
                metadata:
                  name: "no"
                spec:
                  language: go
                  role: api
                  dependsOn: [no, on, 0755, 1e3, true]
                """);
        assertEquals(List.of(), read.problems());
        assertEquals("no", read.service().name());
        assertEquals(List.of("no", "on", "0755", "1e3", "true"), read.service().dependsOn());
    }

    @Test
    void tildeAndEmptyAreMissingEvidence() {
        Service s = service("""
                  lifecycle: ~
                  concurrency:
                  externalDependents: null
                  traffic:
                    peakRps: ~
                """);
        assertFalse(s.has(Field.LIFECYCLE));
        assertFalse(s.has(Field.CONCURRENCY));
        assertFalse(s.has(Field.EXTERNAL_DEPENDENTS));
        assertFalse(s.has(Field.PEAK_RPS));
        assertNull(s.peakRps());
    }

    @Test
    void aQuotedTildeIsText() {
        Descriptors.Read read = readNative(HEADER + """
                metadata:
                  name: matcher
                  owner: "~"
                spec:
                  language: go
                  role: api
                  lifecycle: "~"
                """);
        assertEquals(
                List.of(F + "9:14: spec.lifecycle must be one of experimental, production, deprecated;" + " found '~'"),
                read.problems());
    }
}
