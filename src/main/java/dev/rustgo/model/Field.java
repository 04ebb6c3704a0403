package dev.rustgo.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every field of the descriptor contract (v1): where it sits in the native envelope, which
 * Backstage annotation carries it, and the type of its value. The loaders and the rules share
 * this one list, so a field is named the same way everywhere.
 */
public enum Field {
    NAME("metadata.name", null, ValueKind.NAME, null),
    OWNER("metadata.owner", null, ValueKind.TEXT, null),
    SYSTEM("metadata.system", null, ValueKind.TEXT, null),
    DESCRIPTION("metadata.description", null, ValueKind.TEXT, null),
    LANGUAGE("spec.language", "rustgo.dev/language", ValueKind.ENUM, Language.class),
    ROLE("spec.role", "rustgo.dev/role", ValueKind.ENUM, Role.class),
    LIFECYCLE("spec.lifecycle", null, ValueKind.ENUM, Lifecycle.class),
    PEAK_RPS("spec.traffic.peakRps", "rustgo.dev/peak-rps", ValueKind.COUNT, null),
    P99_LATENCY_MS("spec.traffic.p99LatencyMs", "rustgo.dev/p99-latency-ms", ValueKind.POSITIVE_AMOUNT, null),
    MEMORY_BUDGET_MIB("spec.resources.memoryBudgetMiB", "rustgo.dev/memory-budget-mib", ValueKind.POSITIVE_COUNT, null),
    INSTANCES("spec.resources.instances", "rustgo.dev/instances", ValueKind.COUNT, null),
    MONTHLY_COST("spec.resources.monthlyCost", "rustgo.dev/monthly-cost", ValueKind.AMOUNT, null),
    STARTUP_BUDGET_MS(
            "spec.resources.startupBudgetMs", "rustgo.dev/startup-budget-ms", ValueKind.POSITIVE_AMOUNT, null),
    CRITICALITY("spec.criticality", "rustgo.dev/criticality", ValueKind.ENUM_LIST, Criticality.class),
    DEPLOYMENT("spec.deployment", "rustgo.dev/deployment", ValueKind.ENUM_LIST, Deployment.class),
    CONCURRENCY("spec.concurrency", "rustgo.dev/concurrency", ValueKind.ENUM, Concurrency.class),
    DEPENDS_ON("spec.dependsOn", null, ValueKind.NAME_LIST, null),
    EXTERNAL_DEPENDENTS("spec.externalDependents", "rustgo.dev/external-dependents", ValueKind.COUNT, null),
    CODE_LINES("spec.codeLines", "rustgo.dev/code-lines", ValueKind.COUNT, null),
    RUST_EXPERIENCE("spec.team.rustExperience", "rustgo.dev/rust-experience", ValueKind.ENUM, Experience.class),
    GO_EXPERIENCE("spec.team.goExperience", "rustgo.dev/go-experience", ValueKind.ENUM, Experience.class),
    TEAM_SIZE("spec.team.size", "rustgo.dev/team-size", ValueKind.POSITIVE_COUNT, null),
    FIRST_MILESTONE("spec.delivery.firstMilestone", "rustgo.dev/first-milestone", ValueKind.ENUM, Milestone.class),
    DEADLINE("spec.delivery.deadline", "rustgo.dev/deadline", ValueKind.DATE, null),
    LATENCY_INCIDENTS("spec.history.latencyIncidents", "rustgo.dev/latency-incidents", ValueKind.COUNT, null),
    CONCURRENCY_INCIDENTS(
            "spec.history.concurrencyIncidents", "rustgo.dev/concurrency-incidents", ValueKind.COUNT, null),
    MEMORY_SAFETY_INCIDENTS(
            "spec.history.memorySafetyIncidents", "rustgo.dev/memory-safety-incidents", ValueKind.COUNT, null),
    DECISION_LANGUAGE("spec.decision.language", "rustgo.dev/decision-language", ValueKind.ENUM, Language.class),
    DECISION_RECORD("spec.decision.record", "rustgo.dev/decision-record", ValueKind.TEXT, null),
    DECISION_DECIDED("spec.decision.decided", "rustgo.dev/decision-decided", ValueKind.DATE, null),
    DECISION_EXPIRES("spec.decision.expires", "rustgo.dev/decision-expires", ValueKind.DATE, null);

    private final String path;
    private final String annotation;
    private final ValueKind kind;
    private final Class<? extends Enum<?>> enumType;

    Field(String path, String annotation, ValueKind kind, Class<? extends Enum<?>> enumType) {
        this.path = path;
        this.annotation = annotation;
        this.kind = kind;
        this.enumType = enumType;
    }

    /** The dotted path in the native envelope, e.g. {@code spec.traffic.p99LatencyMs}. */
    public String path() {
        return path;
    }

    /** The last segment of the path, e.g. {@code p99LatencyMs}: how reports name the field. */
    public String key() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The Backstage annotation that carries the field, or {@code null} if Backstage has its own. */
    public String annotation() {
        return annotation;
    }

    public ValueKind kind() {
        return kind;
    }

    /** For {@link ValueKind#ENUM} and {@link ValueKind#ENUM_LIST}: the enum of allowed values. */
    public Class<? extends Enum<?>> enumType() {
        return enumType;
    }

    /** The values this field accepts where the contract narrows its enum. */
    public List<String> allowedValues() {
        return Lookup.ALLOWED.get(this);
    }

    /** The field at a dotted path of the native envelope, or {@code null}. */
    public static Field atPath(String path) {
        return Lookup.BY_PATH.get(path);
    }

    /** Worked out once: every value of every descriptor is checked against them. */
    private static final class Lookup {
        static final Map<String, Field> BY_PATH;
        static final Map<Field, List<String>> ALLOWED;

        static {
            Map<String, Field> byPath = new HashMap<>();
            Map<Field, List<String>> allowed = new EnumMap<>(Field.class);
            for (Field field : values()) {
                byPath.put(field.path, field);
                allowed.put(
                        field,
                        field == DECISION_LANGUAGE
                                ? List.of(Language.GO.id(), Language.RUST.id())
                                : field.enumType == null
                                        ? List.of()
                                        : Arrays.stream(field.enumType.getEnumConstants())
                                                .map(e -> ((Token) e).id())
                                                .toList());
            }
            BY_PATH = Collections.unmodifiableMap(byPath);
            ALLOWED = Collections.unmodifiableMap(allowed);
        }
    }
}
