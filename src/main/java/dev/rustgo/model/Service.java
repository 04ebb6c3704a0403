package dev.rustgo.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One service of the portfolio, as its descriptor gave it: the values that were present, and for
 * each the place it was written, so that every reason can point at its evidence. Immutable.
 * A missing optional field is missing evidence: its getter returns {@code null} (or an empty
 * collection), never a made-up default.
 */
public final class Service {

    private final String file;
    private final Position position;
    // Never handed out, so never changed after construction: plain enum maps, read on every rule.
    private final EnumMap<Field, Object> values;
    private final EnumMap<Field, Position> positions;
    private final Envelope envelope;
    private final List<String> dependencyOf;
    private final List<String> externalDependencies;
    // Read by every sort and every portfolio lookup: worked out once.
    private final String name;
    private final String key;

    private Service(Builder builder) {
        this.file = builder.file;
        this.position = builder.position;
        this.envelope = builder.envelope;
        this.dependencyOf = List.copyOf(builder.dependencyOf);
        this.externalDependencies = List.copyOf(builder.externalDependencies);
        this.values = new EnumMap<>(builder.values);
        this.positions = new EnumMap<>(builder.positions);
        this.name = (String) values.get(Field.NAME);
        this.key = name == null ? null : Portfolio.key(name);
    }

    public static Builder builder(String file, Position position) {
        return new Builder(file, position);
    }

    /** The descriptor file, relative to the project base directory, with {@code /} separators. */
    public String file() {
        return file;
    }

    public Envelope envelope() {
        return envelope;
    }

    /**
     * Services that, by this descriptor, depend on this one (Backstage's {@code dependencyOf}),
     * as portfolio names.
     */
    public List<String> dependencyOf() {
        return dependencyOf;
    }

    /**
     * Dependencies outside the portfolio's services: Backstage references to resources, APIs and
     * other entities, as written.
     */
    public List<String> externalDependencies() {
        return externalDependencies;
    }

    /** Where the service's document starts. */
    public Position position() {
        return position;
    }

    public boolean has(Field field) {
        return values.containsKey(field);
    }

    /** Where {@code field} was written, or the document's start if it was not. */
    public Position position(Field field) {
        return positions.getOrDefault(field, position);
    }

    /** The name as the portfolio compares names: case-insensitively. */
    String key() {
        return key;
    }

    public Object value(Field field) {
        return values.get(field);
    }

    public String name() {
        return name;
    }

    public String owner() {
        return (String) values.get(Field.OWNER);
    }

    public String description() {
        return (String) values.get(Field.DESCRIPTION);
    }

    public Language language() {
        return (Language) values.get(Field.LANGUAGE);
    }

    public Role role() {
        return (Role) values.get(Field.ROLE);
    }

    public Lifecycle lifecycle() {
        return (Lifecycle) values.get(Field.LIFECYCLE);
    }

    public Long peakRps() {
        return (Long) values.get(Field.PEAK_RPS);
    }

    public Double p99LatencyMs() {
        return (Double) values.get(Field.P99_LATENCY_MS);
    }

    public Long memoryBudgetMiB() {
        return (Long) values.get(Field.MEMORY_BUDGET_MIB);
    }

    public Long instances() {
        return (Long) values.get(Field.INSTANCES);
    }

    public Double monthlyCost() {
        return (Double) values.get(Field.MONTHLY_COST);
    }

    public Double startupBudgetMs() {
        return (Double) values.get(Field.STARTUP_BUDGET_MS);
    }

    @SuppressWarnings("unchecked")
    public Set<Criticality> criticality() {
        return (Set<Criticality>) values.getOrDefault(Field.CRITICALITY, Set.of());
    }

    @SuppressWarnings("unchecked")
    public Set<Deployment> deployment() {
        return (Set<Deployment>) values.getOrDefault(Field.DEPLOYMENT, Set.of());
    }

    public Concurrency concurrency() {
        return (Concurrency) values.get(Field.CONCURRENCY);
    }

    @SuppressWarnings("unchecked")
    public List<String> dependsOn() {
        return (List<String>) values.getOrDefault(Field.DEPENDS_ON, List.of());
    }

    /** Lines of source in the service's language, without tests, vendored or generated code. */
    public Long codeLines() {
        return (Long) values.get(Field.CODE_LINES);
    }

    public Long externalDependents() {
        return (Long) values.get(Field.EXTERNAL_DEPENDENTS);
    }

    public Experience rustExperience() {
        return (Experience) values.get(Field.RUST_EXPERIENCE);
    }

    public Experience goExperience() {
        return (Experience) values.get(Field.GO_EXPERIENCE);
    }

    public Long teamSize() {
        return (Long) values.get(Field.TEAM_SIZE);
    }

    public Milestone firstMilestone() {
        return (Milestone) values.get(Field.FIRST_MILESTONE);
    }

    public LocalDate deadline() {
        return (LocalDate) values.get(Field.DEADLINE);
    }

    public Long latencyIncidents() {
        return (Long) values.get(Field.LATENCY_INCIDENTS);
    }

    public Long concurrencyIncidents() {
        return (Long) values.get(Field.CONCURRENCY_INCIDENTS);
    }

    public Long memorySafetyIncidents() {
        return (Long) values.get(Field.MEMORY_SAFETY_INCIDENTS);
    }

    public Language decisionLanguage() {
        return (Language) values.get(Field.DECISION_LANGUAGE);
    }

    public String decisionRecord() {
        return (String) values.get(Field.DECISION_RECORD);
    }

    public LocalDate decisionDecided() {
        return (LocalDate) values.get(Field.DECISION_DECIDED);
    }

    public LocalDate decisionExpires() {
        return (LocalDate) values.get(Field.DECISION_EXPIRES);
    }

    /**
     * This service with one value replaced (or added, placed where the field was or at the
     * document's start): how the audit asks "what if" without touching the descriptor.
     */
    public Service with(Field field, Object value) {
        return new Service(this, field, Objects.requireNonNull(value, "value"));
    }

    private Service(Service original, Field field, Object value) {
        this.file = original.file;
        this.position = original.position;
        this.envelope = original.envelope;
        this.dependencyOf = original.dependencyOf;
        this.externalDependencies = original.externalDependencies;
        this.values = original.values.clone();
        this.positions = original.positions.clone();
        this.positions.put(field, original.position(field));
        this.values.put(field, value);
        // What-ifs vary one value of many services: the name is worked out again only if it is the one.
        this.name = field == Field.NAME ? (String) value : original.name;
        this.key = field == Field.NAME ? Portfolio.key(name) : original.key;
    }

    @Override
    public String toString() {
        return name() + " (" + file + ":" + position.line() + ")";
    }

    /** Collects the values a loader read, field by field. */
    public static final class Builder {
        private final String file;
        private final Position position;
        private final EnumMap<Field, Object> values = new EnumMap<>(Field.class);
        private final EnumMap<Field, Position> positions = new EnumMap<>(Field.class);
        private Envelope envelope = Envelope.NATIVE;
        private List<String> dependencyOf = List.of();
        private List<String> externalDependencies = List.of();

        private Builder(String file, Position position) {
            this.file = Objects.requireNonNull(file, "file");
            this.position = Objects.requireNonNull(position, "position");
        }

        public Builder envelope(Envelope value) {
            this.envelope = Objects.requireNonNull(value);
            return this;
        }

        public Builder dependencyOf(List<String> names) {
            this.dependencyOf = List.copyOf(names);
            return this;
        }

        public Builder externalDependencies(List<String> references) {
            this.externalDependencies = List.copyOf(references);
            return this;
        }

        public Builder put(Field field, Object value, Position at) {
            values.put(field, Objects.requireNonNull(value, "value"));
            positions.put(field, Objects.requireNonNull(at, "at"));
            return this;
        }

        public boolean has(Field field) {
            return values.containsKey(field);
        }

        public Service build() {
            for (Field required : List.of(Field.NAME, Field.LANGUAGE, Field.ROLE)) {
                if (!values.containsKey(required)) {
                    throw new IllegalStateException("a service needs " + required.path());
                }
            }
            return new Service(this);
        }
    }
}
