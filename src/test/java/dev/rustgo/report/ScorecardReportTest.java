package dev.rustgo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustgo.Projects;
import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.audit.Selection;
import dev.rustgo.policy.FailOn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code scorecard} format against what its consumers document: the score-card plugin's
 * {@code EntityScore} (Oriflame/backstage-plugins, plugins/score-card/src/api/types.ts, and the layout
 * its ScoringDataJsonClient fetches), Soundcheck's Facts API ({@code POST /facts}, backstage.spotify.com
 * docs/plugins/soundcheck/api-reference/facts/submit-facts) and Backstage's entity references
 * ({@code stringifyEntityRef} in @backstage/catalog-model, packages/catalog-model/src/entity/ref.ts).
 */
class ScorecardReportTest {

    /**
     * EntityScore's fields, as types.ts declares them ({@code entityRef: CompoundEntityRef;
     * generatedDateTimeUtc; scorePercent; scoreLabel?; scoreSuccess; scoringReviewer; scoringReviewDate;
     * areaScores}): the report may write no other.
     */
    private static final Set<String> ENTITY_SCORE = Set.of(
            "entityRef",
            "generatedDateTimeUtc",
            "scorePercent",
            "scoreLabel",
            "scoreSuccess",
            "scoringReviewer",
            "scoringReviewDate",
            "areaScores");

    /** CompoundEntityRef (@backstage/catalog-model types.ts): {@code kind, namespace, name}. */
    private static final Set<String> COMPOUND_ENTITY_REF = Set.of("kind", "namespace", "name");

    /** EntityScoreArea: {@code id, title, scorePercent, scoreLabel?, scoreSuccess, scoreEntries}. */
    private static final Set<String> AREA =
            Set.of("id", "title", "scorePercent", "scoreLabel", "scoreSuccess", "scoreEntries");

    /**
     * EntityScoreEntry: {@code id, title, isOptional, scorePercent, scoreLabel?, scoreSuccess, scoreHints,
     * details}.
     */
    private static final Set<String> ENTRY =
            Set.of("id", "title", "isOptional", "scorePercent", "scoreLabel", "scoreSuccess", "scoreHints", "details");

    /** ScoreSuccessEnum, types.ts: the colour bands the plugin knows. */
    private static final Set<String> SCORE_SUCCESS =
            Set.of("success", "almost-success", "partial", "almost-failure", "failure");

    /** Soundcheck's FactsRequest: {@code {"facts": [...]}} (plus an optional {@code cache}). */
    private static final Set<String> FACTS_REQUEST = Set.of("facts", "cache");

    /** A fact of it: {@code factRef: {source, scope, name}, entityRef, data, timestamp}. */
    private static final Set<String> FACT = Set.of("factRef", "entityRef", "data", "timestamp");

    private static final Set<String> FACT_REF = Set.of("source", "scope", "name");

    /** Ours: the fields of {@code data}, documented field by field in docs/report.md. */
    private static final List<String> DATA = List.of(
            "service",
            "language",
            "verdict",
            "confidence",
            "action",
            "actionText",
            "status",
            "owner",
            "ownerRustShare",
            "findings",
            "decision",
            "waivers",
            "waiverExpires");

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path base;

    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeEach
    void catalog() throws Exception {
        write("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: Checkout
                  tags: [go]
                  annotations:
                    rustgo.dev/role: "api"
                    rustgo.dev/p99-latency-ms: "200"
                spec: {type: service, owner: team-shop}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: matcher
                  annotations:
                    rustgo.dev/language: "go"
                    rustgo.dev/role: "data-plane"
                    rustgo.dev/peak-rps: "400000"
                    rustgo.dev/p99-latency-ms: "2"
                    rustgo.dev/concurrency: "hard"
                    rustgo.dev/rust-experience: "some"
                    rustgo.dev/criticality: "financial"
                spec: {type: service, owner: group:default/team-shop}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: admin
                  annotations:
                    rustgo.dev/language: "rust"
                    rustgo.dev/role: "admin-api"
                spec: {type: service, owner: team-shop}
                """);
        write("messaging/catalog-info.yaml", """
                apiVersion: backstage.io/v1beta1
                kind: Component
                metadata:
                  name: notifier
                  namespace: messaging
                  tags: [typescript]
                  annotations:
                    rustgo.dev/role: "worker"
                    rustgo.dev/peak-rps: "800"
                spec: {type: service, owner: team-messaging}
                ---
                apiVersion: backstage.io/v1beta1
                kind: Component
                metadata:
                  name: router
                  namespace: messaging
                  annotations:
                    rustgo.dev/language: "go"
                    rustgo.dev/role: "data-plane"
                    rustgo.dev/peak-rps: "400000"
                    rustgo.dev/p99-latency-ms: "2"
                    rustgo.dev/concurrency: "hard"
                    rustgo.dev/rust-experience: "some"
                    rustgo.dev/criticality: "financial"
                    rustgo.dev/decision-language: "go"
                    rustgo.dev/decision-record: "docs/adr/0002-router.md"
                    rustgo.dev/decision-decided: "2026-01-10"
                    rustgo.dev/decision-expires: "2026-12-10"
                spec: {type: service, owner: team-messaging}
                """);
        write("services/orders.yaml", """
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata: {name: orders, owner: team-shop}
                spec: {language: go, role: api}
                """);
        write("rustgo-policy.yaml", """
                apiVersion: rustgo.dev/v1
                kind: Policy
                waivers:
                  - service: admin
                    rule: go-fit-in-rust
                    reason: Written before the guides; rewrite planned
                    owner: team-shop
                    expires: 2027-03-31
                """);
    }

    private void write(String file, String text) throws Exception {
        Projects.write(base, file, text);
    }

    private AuditResult audit(Path out) throws Exception {
        return audit(out, 0);
    }

    private AuditResult audit(Path out, int maxAllowedFindings) throws Exception {
        AuditRequest request = new AuditRequest(
                base,
                List.of(base),
                List.of(),
                List.of(),
                FailOn.ERROR,
                out,
                Set.of("scorecard"),
                DAY,
                base.resolve("rustgo-policy.yaml"),
                null,
                maxAllowedFindings,
                false,
                Selection.ALL,
                null);
        return Reports.write(new Auditor().audit(request), request);
    }

    private static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return files;
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void eachCatalogEntityHasItsFileInTheScoreCardLayoutAndNativeServicesNone() throws Exception {
        Path out = base.resolve("target/rustgo");
        AuditResult result = audit(out);

        assertEquals(
                List.of(
                        "audit.json",
                        "scorecard/all.json",
                        "scorecard/default/component/admin.json",
                        "scorecard/default/component/checkout.json",
                        "scorecard/default/component/matcher.json",
                        "scorecard/facts.json",
                        "scorecard/messaging/component/notifier.json",
                        "scorecard/messaging/component/router.json"),
                List.copyOf(files(out).keySet()));
        assertEquals(8, result.reports().size());
        assertTrue(result.reports().contains(out.resolve("audit.json")));
    }

    /** Each entity's file, by the path the plugin fetches, and the entity's name as the catalog writes it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "default/component/admin.json, admin",
        "default/component/checkout.json, Checkout",
        "default/component/matcher.json, matcher",
        "messaging/component/notifier.json, notifier",
        "messaging/component/router.json, router"
    })
    void entityFilesHoldOnlyTheFieldsTheScoreCardPluginDeclares(String file, String name) throws Exception {
        Path out = base.resolve("target/rustgo");
        audit(out);
        JsonNode score = mapper.readTree(out.resolve("scorecard").resolve(file).toFile());
        String[] path = file.split("/");
        assertTrue(ENTITY_SCORE.containsAll(keys(score)), file + ": " + keys(score));
        // entityRef: the plugin joins a score to the catalog entity whose metadata.name is exactly this.
        assertEquals(COMPOUND_ENTITY_REF, Set.copyOf(keys(score.get("entityRef"))));
        assertEquals("component", score.get("entityRef").get("kind").asText());
        assertEquals(path[0], score.get("entityRef").get("namespace").asText());
        assertEquals(name, score.get("entityRef").get("name").asText());
        // The per-entity URL the plugin fetches: `${namespace}/${kind}/${name}.json`.toLowerCase().
        assertEquals(
                file,
                (score.get("entityRef").get("namespace").asText() + "/"
                                + score.get("entityRef").get("kind").asText() + "/"
                                + score.get("entityRef").get("name").asText() + ".json")
                        .toLowerCase(java.util.Locale.ROOT));
        assertEquals("2026-11-24T00:00:00Z", score.get("generatedDateTimeUtc").asText());
        assertInBand(score);
        assertEquals(2, score.get("areaScores").size());
        for (JsonNode area : score.get("areaScores")) {
            assertTrue(AREA.containsAll(keys(area)), keys(area).toString());
            assertTrue(area.get("id").isInt() && area.get("title").isTextual());
            assertInBand(area);
            assertFalse(area.get("scoreEntries").isEmpty());
            int lowest = 100;
            for (JsonNode entry : area.get("scoreEntries")) {
                assertEquals(ENTRY, Set.copyOf(keys(entry)), keys(entry).toString());
                assertTrue(entry.get("id").canConvertToExactIntegral());
                assertTrue(entry.get("id").asLong() < (1L << 53), "a JavaScript number holds the id exactly");
                assertTrue(entry.get("isOptional").isBoolean());
                assertTrue(entry.get("scoreHints").isArray());
                assertTrue(entry.get("details").isTextual());
                assertInBand(entry);
                lowest = Math.min(lowest, entry.get("scorePercent").asInt());
            }
            assertEquals(lowest, area.get("scorePercent").asInt(), "an area scores its lowest entry");
        }
        assertEquals(
                Math.min(
                        score.get("areaScores").get(0).get("scorePercent").asInt(),
                        score.get("areaScores").get(1).get("scorePercent").asInt()),
                score.get("scorePercent").asInt());
    }

    private static void assertInBand(JsonNode node) {
        int percent = node.get("scorePercent").asInt();
        assertTrue(percent >= 0 && percent <= 100, node.toString());
        assertTrue(SCORE_SUCCESS.contains(node.get("scoreSuccess").asText()), node.toString());
    }

    /** An entity's score, then its language area's label and score, then its policy area's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "default/component/checkout.json, 100, keep, 100, pass, 100",
        "default/component/matcher.json, 0, consider-rust, 50, fail, 0",
        "default/component/admin.json, 50, reconsider-rust, 50, pass, 75",
        "messaging/component/notifier.json, 100, keep, 100, pass, 100",
        "messaging/component/router.json, 50, keep, 100, warn, 50"
    })
    void theScoresSayTheActionAndTheStatusAgainstThePolicy(
            String file, int scorePercent, String action, int languagePercent, String status, int policyPercent)
            throws Exception {
        Path out = base.resolve("target/rustgo");
        audit(out);
        JsonNode score = mapper.readTree(out.resolve("scorecard").resolve(file).toFile());
        JsonNode language = score.get("areaScores").get(0);
        JsonNode policy = score.get("areaScores").get(1);
        assertEquals(
                List.of(scorePercent, action, languagePercent, status, policyPercent),
                List.of(
                        score.get("scorePercent").asInt(),
                        language.get("scoreLabel").asText(),
                        language.get("scorePercent").asInt(),
                        policy.get("scoreLabel").asText(),
                        policy.get("scorePercent").asInt()),
                file);
    }

    @Test
    void eachFindingIsAnEntryOfThePolicyAreaWithItsStateAndPlace() throws Exception {
        Path out = base.resolve("target/rustgo");
        audit(out);
        Path root = out.resolve("scorecard");
        JsonNode matcher =
                mapper.readTree(root.resolve("default/component/matcher.json").toFile());
        JsonNode finding = matcher.get("areaScores").get(1).get("scoreEntries").get(0);
        assertEquals("rust-candidate-in-go", finding.get("title").asText());
        assertEquals("error", finding.get("scoreLabel").asText());
        assertEquals("failure", finding.get("scoreSuccess").asText());
        assertEquals("fails the build", finding.get("scoreHints").get(0).asText());
        assertEquals("catalog-info.yaml:16:26", finding.get("scoreHints").get(1).asText());
        JsonNode admin =
                mapper.readTree(root.resolve("default/component/admin.json").toFile());
        JsonNode waived = admin.get("areaScores").get(1).get("scoreEntries").get(0);
        assertEquals("go-fit-in-rust", waived.get("title").asText());
        assertEquals("waived", waived.get("scoreLabel").asText());
        assertEquals("waived until 2027-03-31", waived.get("scoreHints").get(0).asText());
        assertTrue(
                waived.get("details")
                        .asText()
                        .endsWith(
                                "**Waived** until 2027-03-31 by team\\-shop: Written before the guides; rewrite planned"),
                waived.get("details").asText());
        JsonNode checkout =
                mapper.readTree(root.resolve("default/component/checkout.json").toFile());
        JsonNode none = checkout.get("areaScores").get(1).get("scoreEntries").get(0);
        assertEquals(
                List.of(200, "No findings", "success"),
                List.of(
                        none.get("id").asInt(),
                        none.get("title").asText(),
                        none.get("scoreSuccess").asText()));
    }

    @Test
    void allJsonHoldsEveryEntitysHeadlineWithoutEntries() throws Exception {
        Path out = base.resolve("target/rustgo");
        audit(out);
        JsonNode all = mapper.readTree(out.resolve("scorecard/all.json").toFile());
        assertTrue(all.isArray());
        List<String> names = new ArrayList<>();
        for (JsonNode row : all) {
            names.add(row.get("entityRef").get("namespace").asText() + "/"
                    + row.get("entityRef").get("name").asText());
            assertTrue(ENTITY_SCORE.containsAll(keys(row)));
            JsonNode full = mapper.readTree(out.resolve("scorecard")
                    .resolve(row.get("entityRef").get("namespace").asText())
                    .resolve("component")
                    .resolve(row.get("entityRef").get("name").asText().toLowerCase(java.util.Locale.ROOT) + ".json")
                    .toFile());
            assertEquals(full.get("scorePercent"), row.get("scorePercent"));
            for (int i = 0; i < 2; i++) {
                JsonNode area = row.get("areaScores").get(i);
                assertFalse(area.has("scoreEntries"), "all.json rows carry the area headlines only");
                ((com.fasterxml.jackson.databind.node.ObjectNode)
                                full.get("areaScores").get(i))
                        .remove("scoreEntries");
                assertEquals(full.get("areaScores").get(i), area);
            }
        }
        // In the order of audit.json's services: by portfolio name.
        assertEquals(
                List.of(
                        "default/Checkout",
                        "default/admin",
                        "default/matcher",
                        "messaging/notifier",
                        "messaging/router"),
                names);
    }

    @Test
    void factsAreWhatSoundchecksFactsApiTakes() throws Exception {
        Path out = base.resolve("target/rustgo");
        audit(out);
        JsonNode request = mapper.readTree(out.resolve("scorecard/facts.json").toFile());
        assertTrue(FACTS_REQUEST.containsAll(keys(request)));
        Map<String, JsonNode> byRef = new LinkedHashMap<>();
        for (JsonNode fact : request.get("facts")) {
            assertEquals(FACT, Set.copyOf(keys(fact)));
            assertEquals(FACT_REF, Set.copyOf(keys(fact.get("factRef"))));
            assertEquals(
                    List.of("rustgo", "default", "audit"),
                    List.of(
                            fact.get("factRef").get("source").asText(),
                            fact.get("factRef").get("scope").asText(),
                            fact.get("factRef").get("name").asText()));
            // timestamp: an OpenAPI date-time.
            assertEquals(
                    Instant.parse("2026-11-24T00:00:00Z"),
                    Instant.parse(fact.get("timestamp").asText()));
            assertEquals(DATA, keys(fact.get("data")));
            byRef.put(fact.get("entityRef").asText(), fact.get("data"));
        }
        // Entity references as stringifyEntityRef writes them: kind:namespace/name, all lower-case.
        assertEquals(
                List.of(
                        "component:default/checkout",
                        "component:default/admin",
                        "component:default/matcher",
                        "component:messaging/notifier",
                        "component:messaging/router"),
                List.copyOf(byRef.keySet()));

        JsonNode matcher = byRef.get("component:default/matcher");
        assertEquals("matcher", matcher.get("service").asText());
        assertEquals("rust", matcher.get("verdict").asText());
        assertEquals("consider-rust", matcher.get("action").asText());
        assertEquals("fail", matcher.get("status").asText());
        assertEquals("team-shop", matcher.get("owner").asText());
        // team-shop: matcher (a candidate), admin (in Rust), Checkout and the native orders: 2 of 4.
        assertEquals(0.5, matcher.get("ownerRustShare").asDouble());
        assertEquals(mapper.readTree("{\"error\": 1, \"warning\": 0, \"info\": 0}"), matcher.get("findings"));
        assertTrue(matcher.get("decision").isNull());
        assertTrue(matcher.get("waivers").isEmpty());
        assertTrue(matcher.get("waiverExpires").isNull());

        JsonNode router = byRef.get("component:messaging/router");
        assertEquals("messaging/router", router.get("service").asText());
        assertEquals("warn", router.get("status").asText());
        assertEquals(
                mapper.readTree("{\"language\": \"go\", \"record\": \"docs/adr/0002-router.md\","
                        + " \"decided\": \"2026-01-10\", \"expires\": \"2026-12-10\"}"),
                router.get("decision"));
        assertEquals(0.5, router.get("ownerRustShare").asDouble());

        JsonNode admin = byRef.get("component:default/admin");
        assertEquals("pass", admin.get("status").asText());
        assertEquals(mapper.readTree("{\"error\": 0, \"warning\": 0, \"info\": 0}"), admin.get("findings"));
        assertEquals(
                mapper.readTree("[{\"rule\": \"go-fit-in-rust\", \"owner\": \"team-shop\","
                        + " \"reason\": \"Written before the guides; rewrite planned\", \"expires\": \"2027-03-31\"}]"),
                admin.get("waivers"));
        assertEquals("2027-03-31", admin.get("waiverExpires").asText());
    }

    @Test
    void auditJsonNamesEachServicesEntityAndStatus() throws Exception {
        Path out = base.resolve("target/rustgo");
        audit(out);
        JsonNode audit = mapper.readTree(out.resolve("audit.json").toFile());
        Map<String, List<String>> services = new LinkedHashMap<>();
        for (JsonNode s : audit.get("services")) {
            List<String> keys = keys(s);
            // status right after the action, entityRef after the place.
            assertEquals(keys.indexOf("action") + 1, keys.indexOf("status"));
            if (s.has("entityRef")) {
                assertEquals(keys.indexOf("line") + 1, keys.indexOf("entityRef"));
            }
            services.put(
                    s.get("name").asText(),
                    java.util.Arrays.asList(
                            s.has("entityRef") ? s.get("entityRef").asText() : null,
                            s.get("status").asText()));
        }
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("Checkout", java.util.Arrays.asList("component:default/checkout", "pass"));
        expected.put("admin", java.util.Arrays.asList("component:default/admin", "pass"));
        expected.put("matcher", java.util.Arrays.asList("component:default/matcher", "fail"));
        expected.put("messaging/notifier", java.util.Arrays.asList("component:messaging/notifier", "pass"));
        expected.put("messaging/router", java.util.Arrays.asList("component:messaging/router", "warn"));
        expected.put("orders", java.util.Arrays.asList(null, "pass"));
        assertEquals(expected, services);
    }

    @Test
    void anErrorTheGateToleratesMakesItsServiceWarnNotFail() throws Exception {
        AuditResult result = audit(base.resolve("target/rustgo"), 1);
        assertEquals(AuditResult.Outcome.WARN, result.status("matcher"));
        assertEquals(AuditResult.Outcome.WARN, result.outcome());
        assertEquals(AuditResult.Outcome.PASS, result.status("admin"), "its one finding is waived");
        assertEquals(AuditResult.Outcome.PASS, result.status("no-such-service"));
        JsonNode matcher = mapper.readTree(base.resolve("target/rustgo/scorecard/default/component/matcher.json")
                .toFile());
        JsonNode finding = matcher.get("areaScores").get(1).get("scoreEntries").get(0);
        assertEquals(
                List.of("partial", "does not fail the build"),
                List.of(
                        finding.get("scoreSuccess").asText(),
                        finding.get("scoreHints").get(0).asText()));
    }

    @Test
    void theSameInputGivesTheSameBytesAndEntitiesThatLeftTakeTheirFilesWithThem() throws Exception {
        Path first = base.resolve("first");
        Path second = base.resolve("second");
        audit(first);
        // What an earlier run of a bigger portfolio left, and a file that is not the report's.
        write("second/scorecard/default/component/gone.json", "{}");
        write("second/scorecard/retired/component/old.json", "{}");
        write("second/scorecard/README.txt", "published with the scores");
        audit(second);
        Map<String, String> expected = files(first);
        expected.put("scorecard/README.txt", "published with the scores");
        assertEquals(expected, files(second));
        assertFalse(Files.exists(second.resolve("scorecard/retired")), "an emptied namespace folder goes too");

        audit(first);
        assertEquals(files(second).get("scorecard/facts.json"), files(first).get("scorecard/facts.json"));
    }

    @Test
    void aPortfolioWithoutCatalogEntitiesWritesEmptyFiles() throws Exception {
        Files.delete(base.resolve("catalog-info.yaml"));
        Files.delete(base.resolve("messaging/catalog-info.yaml"));
        Path out = base.resolve("target/rustgo");
        audit(out);
        Map<String, String> files = files(out);
        assertEquals(List.of("audit.json", "scorecard/all.json", "scorecard/facts.json"), List.copyOf(files.keySet()));
        assertEquals("[ ]\n", files.get("scorecard/all.json"));
        assertEquals("{\n  \"facts\": [ ]\n}\n", files.get("scorecard/facts.json"));
        Iterator<JsonNode> none =
                mapper.readTree(files.get("scorecard/facts.json")).get("facts").elements();
        assertFalse(none.hasNext());
    }

    /** Every field the format writes is documented in docs/report.md, and the recipes use the format's names. */
    @Test
    void theDocsNameEveryFieldTheFormatWrites() throws Exception {
        Path out = base.resolve("target/rustgo");
        audit(out);
        String report = Files.readString(Path.of("docs/report.md"));
        String section = report.substring(report.indexOf("## The scorecard format"), report.indexOf("## history.json"));
        Set<String> written = new java.util.TreeSet<>();
        collectKeys(
                mapper.readTree(
                        out.resolve("scorecard/default/component/matcher.json").toFile()),
                written);
        collectKeys(
                mapper.readTree(out.resolve("scorecard/facts.json").toFile())
                        .get("facts")
                        .get(0),
                written);
        written.removeAll(DATA);
        for (String key : written) {
            assertTrue(
                    section.contains("`" + key + "`") || section.contains("`" + key + "[]`"),
                    "docs/report.md's scorecard section names " + key);
        }
        for (String field : DATA) {
            assertTrue(section.contains("| `data." + field + "` |"), "docs/report.md has a row for data." + field);
        }
        String recipes = Files.readString(Path.of("docs/backstage.md"));
        String factRef =
                ScorecardReport.FACT_SOURCE + ":" + ScorecardReport.FACT_SCOPE + "/" + ScorecardReport.FACT_NAME;
        assertTrue(recipes.contains("factRef: " + factRef), "the Soundcheck check names " + factRef);
        for (String file : List.of(ScorecardReport.ALL, ScorecardReport.FACTS, "formats=scorecard")) {
            assertTrue(recipes.contains(file), "docs/backstage.md names " + file);
        }
        String readme = Files.readString(Path.of("README.md"));
        String reports = readme.substring(readme.indexOf("### Reports"), readme.indexOf("### The gate"));
        assertTrue(reports.contains("`-Drustgo.formats=scorecard`") && reports.contains("(docs/backstage.md)"));
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                keys.add(e.getKey());
                collectKeys(e.getValue(), keys);
            });
        } else if (node.isArray()) {
            node.forEach(item -> collectKeys(item, keys));
        }
    }
}
