package dev.rustgo.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.rustgo.criteria.Assessment;
import dev.rustgo.criteria.Rule;
import dev.rustgo.criteria.Scorer;
import dev.rustgo.criteria.Thresholds;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.model.Field;
import dev.rustgo.model.Portfolio;
import dev.rustgo.model.Service;
import dev.rustgo.yaml.YamlNode;
import dev.rustgo.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A service described natively and through Backstage annotations is the same service: for every
 * field that has an annotation, the same value gives the same typed value, the same verdict and
 * the same reasons.
 */
class BackstageEquivalenceTest {

    /** A representative value of each annotated field, as it is written in both envelopes. */
    private static final Map<Field, String> VALUES = Map.ofEntries(
            Map.entry(Field.LANGUAGE, "rust"),
            Map.entry(Field.ROLE, "stream-processor"),
            Map.entry(Field.PEAK_RPS, "300000"),
            Map.entry(Field.P99_LATENCY_MS, "2.5"),
            Map.entry(Field.MEMORY_BUDGET_MIB, "128"),
            Map.entry(Field.INSTANCES, "120"),
            Map.entry(Field.MONTHLY_COST, "42000.5"),
            Map.entry(Field.STARTUP_BUDGET_MS, "40"),
            Map.entry(Field.CRITICALITY, "financial,realtime"),
            Map.entry(Field.DEPLOYMENT, "edge,wasm"),
            Map.entry(Field.CONCURRENCY, "hard"),
            Map.entry(Field.EXTERNAL_DEPENDENTS, "12"),
            Map.entry(Field.CODE_LINES, "42000"),
            Map.entry(Field.RUST_EXPERIENCE, "none"),
            Map.entry(Field.GO_EXPERIENCE, "strong"),
            Map.entry(Field.TEAM_SIZE, "7"),
            Map.entry(Field.FIRST_MILESTONE, "mvp"),
            Map.entry(Field.DEADLINE, "2026-12-24"),
            Map.entry(Field.LATENCY_INCIDENTS, "3"),
            Map.entry(Field.CONCURRENCY_INCIDENTS, "2"),
            Map.entry(Field.MEMORY_SAFETY_INCIDENTS, "1"),
            Map.entry(Field.DECISION_LANGUAGE, "go"),
            Map.entry(Field.DECISION_RECORD, "docs/adr/0007.md"),
            Map.entry(Field.DECISION_DECIDED, "2026-10-01"),
            Map.entry(Field.DECISION_EXPIRES, "2027-10-01"));

    static Stream<Arguments> annotatedFields() {
        return Stream.of(Field.values()).filter(f -> f.annotation() != null).map(Arguments::of);
    }

    @Test
    void everyAnnotatedFieldHasARepresentativeValue() {
        assertEquals(annotatedFields().count(), VALUES.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("annotatedFields")
    void oneFieldGivesTheSameServiceInBothEnvelopes(Field field) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        values.put(Field.LANGUAGE, "go");
        values.put(Field.ROLE, "data-plane");
        values.put(field, VALUES.get(field));
        if (field.path().startsWith("spec.decision.") && field != Field.DECISION_LANGUAGE) {
            values.put(Field.DECISION_LANGUAGE, "go");
        }
        assertSame(values);
    }

    @Test
    void everyFieldAtOnceGivesTheSameService() {
        assertSame(new EnumMap<>(VALUES));
    }

    private static void assertSame(Map<Field, String> values) {
        Service nativeService = load(nativeYaml(values), "services/svc.yaml");
        Service backstage = load(backstageYaml(values), "catalog-info.yaml");
        for (Field f : Field.values()) {
            if (f.annotation() != null) {
                assertEquals(nativeService.value(f), backstage.value(f), f.path());
            }
        }
        Assessment a = assess(nativeService);
        Assessment b = assess(backstage);
        assertEquals(a.verdict(), b.verdict());
        assertEquals(a.rustScore(), b.rustScore());
        assertEquals(a.goScore(), b.goScore());
        assertEquals(a.confidence(), b.confidence());
        assertEquals(
                a.reasons().stream()
                        .map(r -> r.criterion().id() + " " + r.evidence())
                        .toList(),
                b.reasons().stream()
                        .map(r -> r.criterion().id() + " " + r.evidence())
                        .toList());
        assertEquals(a.whatIf(), b.whatIf());
    }

    private static Assessment assess(Service s) {
        return Scorer.standard()
                .assess(
                        s,
                        new Rule.Context(Portfolio.of(List.of(s)), Thresholds.defaults(), LocalDate.of(2026, 11, 24)));
    }

    private static Service load(String yaml, String name) {
        YamlReader.Result parsed = new YamlReader().read(yaml.getBytes(StandardCharsets.UTF_8), name);
        assertEquals(List.of(), parsed.problems());
        List<Problem> problems = new ArrayList<>();
        YamlNode.Mapping doc = (YamlNode.Mapping) parsed.documents().get(0);
        EnvelopeReader reader = name.endsWith("catalog-info.yaml") ? new BackstageReader() : new NativeReader();
        Service service = reader.read(doc, name, problems);
        assertEquals(List.of(), problems, yaml);
        assertNotNull(service);
        return service;
    }

    private static String nativeYaml(Map<Field, String> values) {
        StringBuilder b = new StringBuilder("apiVersion: rustgo.dev/v1\nkind: Service\nmetadata:\n  name: svc\n");
        // Each field written at its full path, one nested mapping per segment (YAML allows repeating
        // a parent only once, so group by section).
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (Map.Entry<Field, String> e : values.entrySet()) {
            String path = e.getKey().path().substring("spec.".length());
            String value = e.getKey().kind().name().endsWith("LIST") ? "[" + e.getValue() + "]" : e.getValue();
            int dot = path.indexOf('.');
            String section = dot < 0 ? "" : path.substring(0, dot);
            String key = dot < 0 ? path : path.substring(dot + 1);
            sections.computeIfAbsent(section, s -> new ArrayList<>()).add(key + ": " + value);
        }
        b.append("spec:\n");
        for (Map.Entry<String, List<String>> e : sections.entrySet()) {
            String indent = e.getKey().isEmpty() ? "  " : "    ";
            if (!e.getKey().isEmpty()) {
                b.append("  ").append(e.getKey()).append(":\n");
            }
            for (String line : e.getValue()) {
                b.append(indent).append(line).append('\n');
            }
        }
        return b.toString();
    }

    private static String backstageYaml(Map<Field, String> values) {
        StringBuilder b = new StringBuilder(
                "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n" + "  name: svc\n  annotations:\n");
        for (Map.Entry<Field, String> e : values.entrySet()) {
            b.append("    ")
                    .append(e.getKey().annotation())
                    .append(": \"")
                    .append(e.getValue())
                    .append("\"\n");
        }
        b.append("spec:\n  type: service\n  owner: team-a\n");
        return b.toString();
    }
}
