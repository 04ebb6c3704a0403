package dev.rustgo.load;

import static dev.rustgo.load.Descriptors.HEADER;
import static dev.rustgo.load.Descriptors.readNative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.diagnostics.Problem;
import dev.rustgo.load.Descriptors.Read;
import dev.rustgo.model.Concurrency;
import dev.rustgo.model.Criticality;
import dev.rustgo.model.Deployment;
import dev.rustgo.model.Experience;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Lifecycle;
import dev.rustgo.model.Milestone;
import dev.rustgo.model.Position;
import dev.rustgo.model.Role;
import dev.rustgo.model.Service;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The native envelope's validation, one error kind per test. Each asserts what users see,
 * {@code file:line:column: message}; the envelope lines are lines 1 and 2 of every document.
 */
class NativeReaderTest {

    private static final String F = Descriptors.FILE + ":";

    /** A valid descriptor's metadata and spec (lines 3-7), for tests that add one thing to it. */
    private static final String VALID = HEADER + """
            metadata:
              name: matcher
            spec:
              language: go
              role: data-plane
            """;

    private static void assertProblems(Read read, String... expected) {
        assertEquals(List.of(expected), read.problems());
        assertNull(read.service(), "a document with problems gives no service");
    }

    @Test
    void aValidDescriptorGivesAServiceAndNoProblem() {
        Read read = readNative(VALID);
        assertEquals(List.of(), read.problems());
        Service service = read.service();
        assertEquals("matcher", service.name());
        assertEquals(Language.GO, service.language());
        assertEquals(Role.DATA_PLANE, service.role());
        assertEquals(Descriptors.FILE, service.file());
        assertEquals(new Position(1, 1), service.position());
        assertEquals(new Position(4, 9), service.position(Field.NAME));
        assertEquals(new Position(6, 13), service.position(Field.LANGUAGE));
        assertEquals(new Position(7, 9), service.position(Field.ROLE));
    }

    @Test
    void everyFieldOfTheContractIsRead() {
        LoadResult loaded = Descriptors.loadResource("descriptors/full.rustgo.yaml");
        assertEquals(List.of(), Descriptors.strings(loaded));
        assertEquals(1, loaded.services().size());
        Service s = loaded.services().get(0);
        for (Field field : Field.values()) {
            assertTrue(s.has(field), () -> "full.rustgo.yaml sets " + field.path());
        }
        assertEquals("payments-matcher", s.name());
        assertEquals("trading-platform", s.owner());
        assertEquals("Order matching for the spot market", s.description());
        assertEquals(Language.GO, s.language());
        assertEquals(Role.DATA_PLANE, s.role());
        assertEquals(Lifecycle.PRODUCTION, s.value(Field.LIFECYCLE));
        assertEquals(400_000L, s.peakRps());
        assertEquals(2.5, s.p99LatencyMs());
        assertEquals(256L, s.memoryBudgetMiB());
        assertEquals(120L, s.instances());
        assertEquals(42_000.0, s.monthlyCost());
        assertEquals(50.0, s.startupBudgetMs());
        assertEquals(Set.of(Criticality.FINANCIAL, Criticality.REALTIME), s.criticality());
        assertEquals(Set.of(Deployment.KUBERNETES), s.deployment());
        assertEquals(Concurrency.HARD, s.concurrency());
        assertEquals(List.of("ledger", "risk-engine"), s.dependsOn());
        assertEquals(3L, s.externalDependents());
        assertEquals(42_000L, s.codeLines());
        assertEquals(Experience.SOME, s.rustExperience());
        assertEquals(Experience.STRONG, s.goExperience());
        assertEquals(6L, s.teamSize());
        assertEquals(Milestone.REPLACE_UNSTABLE, s.firstMilestone());
        assertEquals(LocalDate.of(2027, 3, 1), s.deadline());
        assertEquals(3L, s.latencyIncidents());
        assertEquals(1L, s.concurrencyIncidents());
        assertEquals(0L, s.memorySafetyIncidents());
        assertEquals(Language.GO, s.decisionLanguage());
        assertEquals("docs/adr/0007-matcher-language.md", s.decisionRecord());
        assertEquals(LocalDate.of(2026, 10, 1), s.decisionDecided());
        assertEquals(LocalDate.of(2027, 10, 1), s.decisionExpires());
        // Positions point at the value, counted from the file's first line (a comment here).
        assertEquals(new Position(2, 1), s.position());
        assertEquals(new Position(15, 19), s.position(Field.P99_LATENCY_MS));
        assertEquals(new Position(21, 16), s.position(Field.CRITICALITY));
        assertEquals(new Position(42, 14), s.position(Field.DECISION_EXPIRES));
    }

    @Test
    void onlyNameLanguageAndRoleAreRequired() {
        Service s = readNative(VALID).service();
        assertNotNull(s);
        for (Field field : Field.values()) {
            boolean required = field == Field.NAME || field == Field.LANGUAGE || field == Field.ROLE;
            assertEquals(required, s.has(field), field.path());
        }
        assertNull(s.peakRps(), "a missing value is missing evidence, never a default");
        assertEquals(Set.of(), s.criticality());
        assertEquals(List.of(), s.dependsOn());
    }

    @Test
    void lineBreaksInQuotedTextAreShownAsEscapesSoEachProblemIsOneLogLine() {
        // Found by the fuzz tests: "found 'go" and "rust'" were two log lines, the second without a place.
        assertProblems(
                readNative(Descriptors.HEADER + """
                metadata:
                  name: matcher
                spec:
                  language: "go\\nrust"
                  role: "api\\u2028"
                  "trafic\\r\\n": 1
                """),
                F + "6:13: spec.language must be one of go, rust, java, kotlin, python, node, dotnet, cpp, c, other,"
                        + " undecided; found 'go\\nrust'",
                F + "7:9: spec.role must be one of data-plane, control-plane, admin-api, orchestration, api, worker,"
                        + " stream-processor, proxy, edge, storage, batch, tooling; found 'api\\u2028'; did you mean"
                        + " 'api'?",
                F + "8:3: unknown key 'trafic\\r\\n' in spec");
    }

    @Nested
    class UnknownKeys {

        @Test
        void aKeyInTheWrongCaseGetsTheRightOne() {
            assertProblems(
                    readNative(VALID + """
                      traffic:
                        p99LatencyMS: 2
                    """),
                    F + "9:5: unknown key 'p99LatencyMS' in spec.traffic; did you mean 'p99LatencyMs'?");
        }

        @Test
        void aMisspeltKeyGetsTheClosestOne() {
            assertProblems(
                    readNative(HEADER + """
                    metadata:
                      name: matcher
                    spec:
                      langauge: go
                      role: data-plane
                    """), F + "6:3: unknown key 'langauge' in spec; did you mean 'language'?");
        }

        @Test
        void aKeyFarFromEveryKnownOneGetsNoSuggestion() {
            assertProblems(readNative(VALID + """
                      frobnicate: 1
                    """), F + "8:3: unknown key 'frobnicate' in spec");
        }

        @Test
        void anUnknownKeyAtTheTopIsNamedWithoutAPath() {
            assertProblems(readNative(VALID + """
                    status:
                      ready: true
                    """), F + "8:1: unknown key 'status'");
        }

        @Test
        void aBackstageOnlyKeyIsUnknownInTheNativeEnvelope() {
            assertProblems(readNative(HEADER + """
                    metadata:
                      name: matcher
                      annotations:
                        rustgo.dev/role: api
                    spec:
                      language: go
                      role: data-plane
                    """), F + "5:3: unknown key 'annotations' in metadata");
        }

        @Test
        void theValueOfAnUnknownKeyIsNotLookedAt() {
            // One problem for the key, not another for its (also wrong) value.
            assertProblems(
                    readNative(VALID + """
                      langauge: [1, 2]
                    """), F + "8:3: unknown key 'langauge' in spec; did you mean 'language'?");
        }
    }

    @Nested
    class WrongTypes {

        @Test
        void textWhereAWholeNumberIsExpected() {
            assertProblems(
                    readNative(VALID + """
                      traffic:
                        peakRps: lots
                    """),
                    F + "9:14: spec.traffic.peakRps must be a whole number of 0 or more; found 'lots'");
        }

        @Test
        void aFractionWhereAWholeNumberIsExpected() {
            assertProblems(
                    readNative(VALID + """
                      resources:
                        instances: 2.5
                    """),
                    F + "9:16: spec.resources.instances must be a whole number of 0 or more; found '2.5'");
        }

        @Test
        void aListWhereASingleValueIsExpected() {
            assertProblems(readNative(HEADER + """
                    metadata:
                      name: matcher
                    spec:
                      language: [go, rust]
                      role: data-plane
                    """), F + "6:13: spec.language must be a single value; found a list");
        }

        @Test
        void aMappingWhereASingleValueIsExpected() {
            assertProblems(
                    readNative(VALID + """
                      concurrency:
                        level: hard
                    """), F + "9:5: spec.concurrency must be a single value; found a mapping");
        }

        @Test
        void aScalarWhereAMappingIsExpected() {
            assertProblems(
                    readNative(VALID + """
                      traffic: fast
                    """),
                    F + "8:12: spec.traffic must be a mapping of peakRps, p99LatencyMs; found 'fast'");
        }

        @Test
        void aListWhereAMappingIsExpected() {
            assertProblems(
                    readNative(VALID + """
                      team: [alice, bob]
                    """),
                    F + "8:9: spec.team must be a mapping of rustExperience, goExperience, size; found a list");
        }

        @Test
        void aScalarWhereTheTopSectionIsExpected() {
            // metadata is not a mapping, so its name is missing too: both are said, the first at the document.
            assertProblems(
                    readNative(HEADER + """
                    metadata: matcher
                    spec:
                      language: go
                      role: data-plane
                    """),
                    F + "1:1: missing required field metadata.name",
                    F + "3:11: metadata must be a mapping of name, owner, system, description; found 'matcher'");
        }

        @Test
        void aScalarWhereAListIsExpected() {
            assertProblems(
                    readNative(VALID + """
                      criticality: financial
                    """),
                    F + "8:16: spec.criticality must be a list, like [a, b]; found 'financial'");
        }

        @Test
        void aListItemThatIsNotASingleValue() {
            assertProblems(
                    readNative(VALID + """
                      deployment: [kubernetes, [vm]]
                      criticality: [financial, ~]
                    """),
                    F + "8:28: spec.deployment must be a single value; found a list",
                    F + "9:28: spec.criticality must be a single value; found no value");
        }

        @Test
        void aQuotedNumberIsReadFromItsText() {
            Service s = readNative(VALID + """
                      traffic:
                        peakRps: "400000"
                        p99LatencyMs: '2'
                    """).service();
            assertEquals(400_000L, s.peakRps());
            assertEquals(2.0, s.p99LatencyMs());
        }
    }

    @Nested
    class OutOfRange {

        @Test
        void aNegativeCount() {
            assertProblems(
                    readNative(VALID + """
                      externalDependents: -1
                    """),
                    F + "8:23: spec.externalDependents must be a whole number of 0 or more; found '-1'");
        }

        @Test
        void zeroWhereMoreThanZeroIsRequired() {
            assertProblems(
                    readNative(VALID + """
                      traffic:
                        p99LatencyMs: 0
                      resources:
                        memoryBudgetMiB: 0
                      team:
                        size: 0
                    """),
                    F + "9:19: spec.traffic.p99LatencyMs must be a number greater than 0; found '0'",
                    F + "11:22: spec.resources.memoryBudgetMiB must be a whole number greater than 0; found '0'",
                    F + "13:11: spec.team.size must be a whole number greater than 0; found '0'");
        }

        @Test
        void zeroIsFineWhereZeroOrMoreIsAllowed() {
            Service s = readNative(VALID + """
                      resources:
                        instances: 0
                        monthlyCost: 0
                      history:
                        memorySafetyIncidents: 0
                    """).service();
            assertEquals(0L, s.instances());
            assertEquals(0.0, s.monthlyCost());
            assertEquals(0L, s.memorySafetyIncidents());
        }

        @Test
        void aNegativeAmount() {
            assertProblems(
                    readNative(VALID + """
                      resources:
                        monthlyCost: -100
                    """),
                    F + "9:18: spec.resources.monthlyCost must be a number of 0 or more; found '-100'");
        }
    }

    @Nested
    class BadEnums {

        @Test
        void aCapitalisedLanguageGetsItsLowerCaseSpelling() {
            assertProblems(
                    readNative(HEADER + """
                    metadata:
                      name: matcher
                    spec:
                      language: Go
                      role: data-plane
                    """),
                    F + "6:13: spec.language must be one of go, rust, java, kotlin, python, node, dotnet, cpp, c,"
                            + " other, undecided; found 'Go'; did you mean 'go'?");
        }

        @Test
        void anUnderscoredRoleGetsItsDashedSpelling() {
            assertProblems(
                    readNative(HEADER + """
                    metadata:
                      name: matcher
                    spec:
                      language: go
                      role: data_plane
                    """),
                    F + "7:9: spec.role must be one of data-plane, control-plane, admin-api, orchestration, api,"
                            + " worker, stream-processor, proxy, edge, storage, batch, tooling; found 'data_plane';"
                            + " did you mean 'data-plane'?");
        }

        @Test
        void aBadItemOfAnEnumListIsPlacedAtTheItem() {
            assertProblems(
                    readNative(VALID + """
                      deployment: [kubernetes, Wasm, lambda]
                    """),
                    F + "8:28: spec.deployment must be one of kubernetes, vm, serverless, edge, wasm, native-module,"
                            + " embedded, cli; found 'Wasm'; did you mean 'wasm'?",
                    F + "8:34: spec.deployment must be one of kubernetes, vm, serverless, edge, wasm, native-module,"
                            + " embedded, cli; found 'lambda'");
        }

        @Test
        void theDecisionMayOnlyBeGoOrRust() {
            assertProblems(
                    readNative(VALID + """
                      decision:
                        language: java
                    """), F + "9:15: spec.decision.language must be one of go, rust; found 'java'");
        }

        @Test
        void enumListsAreSetsAndNameListsKeepOrderWithoutRepeats() {
            Service s = readNative(VALID + """
                      criticality: [realtime, financial, realtime]
                      dependsOn: [risk-engine, ledger, risk-engine]
                      deployment: []
                    """).service();
            assertEquals(Set.of(Criticality.REALTIME, Criticality.FINANCIAL), s.criticality());
            assertEquals(List.of("risk-engine", "ledger"), s.dependsOn());
            assertTrue(s.has(Field.DEPLOYMENT), "an empty list is a stated value: deployed nowhere yet");
            assertEquals(Set.of(), s.deployment());
        }
    }

    @Nested
    class BadNames {

        private static final String RULE = " must be 1-63 characters of a-z, 0-9 and '-', starting and ending with"
                + " a letter or digit; found '";

        private Read withName(String name) {
            return readNative(HEADER + "metadata:\n  name: " + name + "\nspec:\n  language: go\n  role: api\n");
        }

        @Test
        void upperCase() {
            assertProblems(withName("Payments-Matcher"), F + "4:9: metadata.name" + RULE + "Payments-Matcher'");
        }

        @Test
        void tooLong() {
            String name = "a".repeat(64);
            assertProblems(withName(name), F + "4:9: metadata.name" + RULE + name + "'");
        }

        @Test
        void leadingDash() {
            assertProblems(withName("-matcher"), F + "4:9: metadata.name" + RULE + "-matcher'");
        }

        @Test
        void trailingDashAndUnderscore() {
            assertProblems(withName("matcher-"), F + "4:9: metadata.name" + RULE + "matcher-'");
            assertProblems(withName("payments_matcher"), F + "4:9: metadata.name" + RULE + "payments_matcher'");
        }

        @Test
        void aBadNameIsNotAlsoReportedMissing() {
            assertProblems(withName("'Bad Name'"), F + "4:9: metadata.name" + RULE + "Bad Name'");
        }

        @Test
        void aDependencyIsAServiceNameToo() {
            assertProblems(readNative(VALID + """
                      dependsOn: [ledger, Risk-Engine]
                    """), F + "8:23: spec.dependsOn" + RULE + "Risk-Engine'");
        }
    }

    @Nested
    class BadDates {

        @Test
        void aDayThatDoesNotExist() {
            assertProblems(
                    readNative(VALID + """
                      delivery:
                        deadline: 2027-02-30
                    """),
                    F + "9:15: spec.delivery.deadline must be an ISO date (yyyy-mm-dd); found '2027-02-30'");
        }

        @Test
        void aDateInAnotherFormatOrATimestamp() {
            assertProblems(
                    readNative(VALID + """
                      decision:
                        language: rust
                        decided: 01/10/2026
                        expires: 2027-10-01T00:00:00Z
                    """),
                    F + "10:14: spec.decision.decided must be an ISO date (yyyy-mm-dd); found '01/10/2026'",
                    F + "11:14: spec.decision.expires must be an ISO date (yyyy-mm-dd); found '2027-10-01T00:00:00Z'");
        }
    }

    @Nested
    class MissingRequiredFields {

        @Test
        void aMissingNameIsPlacedAtItsSection() {
            assertProblems(readNative(HEADER + """
                    metadata:
                      owner: trading
                    spec:
                      language: go
                      role: data-plane
                    """), F + "4:3: missing required field metadata.name");
        }

        @Test
        void aMissingLanguageIsLeftToTheRepositoryWithThePlaceItWouldBeWritten() {
            // The build files may give it; RequiredFields makes it a problem there if nothing does.
            Read read = readNative(HEADER + """
                    metadata:
                      name: matcher
                    spec:
                      role: data-plane
                    """);
            assertEquals(List.of(), read.problems());
            assertNull(read.service().language());
            assertEquals(new dev.rustgo.model.Position(6, 3), read.service().position(Field.LANGUAGE));
        }

        @Test
        void aMissingRole() {
            assertProblems(readNative(HEADER + """
                    metadata:
                      name: matcher
                    spec:
                      language: go
                    """), F + "6:3: missing required field spec.role");
        }

        @Test
        void missingSectionsPlaceEveryMissingFieldAtTheDocument() {
            assertProblems(
                    readNative(HEADER),
                    F + "1:1: missing required field metadata.name",
                    F + "1:1: missing required field spec.role");
        }

        @Test
        void noValueIsMissingEvidenceAndSoMissingWhereRequired() {
            assertProblems(
                    readNative(HEADER + """
                    metadata:
                      name: ~
                    spec:
                      language:
                      role: null
                    """),
                    F + "4:3: missing required field metadata.name",
                    F + "6:3: missing required field spec.role");
        }

        @Test
        void aQuotedEmptyValueIsAValueAndWrong() {
            assertProblems(
                    readNative(HEADER + """
                    metadata:
                      name: matcher
                    spec:
                      language: ""
                      role: data-plane
                    """),
                    F + "6:13: spec.language must be one of go, rust, java, kotlin, python, node, dotnet, cpp, c,"
                            + " other, undecided; found ''");
        }

        @Test
        void emptySectionsAndOptionalNoValuesAreMissingEvidenceNotErrors() {
            Read read = readNative(VALID + """
                      lifecycle: ~
                      traffic:
                      team: ~
                      criticality:
                      decision: null
                    """);
            assertEquals(List.of(), read.problems());
            assertFalse(read.service().has(Field.LIFECYCLE));
            assertFalse(read.service().has(Field.CRITICALITY));
        }
    }

    @Test
    void everyProblemOfADocumentIsReportedTogether() {
        assertProblems(
                readNative(HEADER + """
                metadata:
                  name: Matcher
                  team: trading
                spec:
                  language: golang
                  traffic:
                    peakRps: -3
                  resources: 12
                  criticality: [financial, money]
                  delivery:
                    deadline: next-year
                """),
                F + "4:9: metadata.name must be 1-63 characters of a-z, 0-9 and '-', starting and ending with a"
                        + " letter or digit; found 'Matcher'",
                F + "5:3: unknown key 'team' in metadata",
                F + "7:3: missing required field spec.role",
                F + "7:13: spec.language must be one of go, rust, java, kotlin, python, node, dotnet, cpp, c,"
                        + " other, undecided; found 'golang'",
                F + "9:14: spec.traffic.peakRps must be a whole number of 0 or more; found '-3'",
                F + "10:14: spec.resources must be a mapping of memoryBudgetMiB, instances, monthlyCost,"
                        + " startupBudgetMs; found '12'",
                F + "11:28: spec.criticality must be one of financial, core-infrastructure, ingestion, realtime,"
                        + " security-boundary, safety; found 'money'",
                F + "13:15: spec.delivery.deadline must be an ISO date (yyyy-mm-dd); found 'next-year'");
    }

    @Test
    void problemsAreAddedAfterThoseAlreadyFoundAndOnlyTheNewOnesDecide() {
        // The loader passes one list per file: an earlier document's problem must not sink this one.
        List<Problem> problems = new ArrayList<>();
        Problem earlier = new Problem(Descriptors.FILE, 1, 1, "an earlier problem");
        problems.add(earlier);
        Service service = new NativeReader().read(Descriptors.document(VALID), Descriptors.FILE, problems);
        assertNotNull(service);
        assertEquals(List.of(earlier), problems);
    }

    @Test
    void acceptsOnlyItsOwnApiVersionAndKind() {
        NativeReader reader = new NativeReader();
        assertTrue(reader.accepts("rustgo.dev/v1", "Service"));
        assertFalse(reader.accepts("rustgo.dev/v2", "Service"));
        assertFalse(reader.accepts("rustgo.dev/v1", "service"));
        assertFalse(reader.accepts("backstage.io/v1alpha1", "Component"));
        assertFalse(reader.accepts(null, null));
    }
}
