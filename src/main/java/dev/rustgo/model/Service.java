package dev.rustgo.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    private final Dialect dialect;
    private final List<String> dependencyOf;
    private final List<String> externalDependencies;
    private final boolean described;
    private final RepositoryLinks links;
    private final CatalogEntity entity;
    // Values the descriptor left out and the repository gave; empty for nearly every service, so shared.
    private final Map<Field, Provenance> inferred;
    // Read by every sort and every portfolio lookup: worked out once.
    private final String name;
    private final String key;

    private Service(Builder builder) {
        this.file = builder.file;
        this.position = builder.position;
        this.dialect = builder.dialect;
        this.dependencyOf = List.copyOf(builder.dependencyOf);
        this.externalDependencies = List.copyOf(builder.externalDependencies);
        this.described = builder.described;
        this.links = builder.links;
        this.entity = builder.entity;
        this.inferred = Map.of();
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

    /** How the service's envelope speaks: how messages name its fields, what its references mean. */
    public Dialect dialect() {
        return dialect;
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

    /**
     * Whether the descriptor describes the service for the audit: {@code false} for a Backstage
     * Component of {@code spec.type: service} without {@code rustgo.dev/} annotations, which is scored
     * on the evidence there is (its language from a tag or the repository), its role unknown.
     */
    public boolean described() {
        return described;
    }

    /** Where the descriptor says the service lives in the repository (Backstage annotations). */
    public RepositoryLinks links() {
        return links;
    }

    /**
     * The Backstage entity this service is, or {@code null} where its descriptor declares none: a
     * Backstage {@code Component} is one; the native envelope has no place to declare one.
     */
    public CatalogEntity entity() {
        return entity;
    }

    /** Where a value the descriptor left out came from, or {@code null} if it was written (or is missing). */
    public Provenance provenance(Field field) {
        return inferred.get(field);
    }

    /** The values read from the repository, in field order, with where each came from. */
    public Map<Field, Provenance> inferred() {
        return inferred;
    }

    /** Whether {@code field} was written in the descriptor (not missing, not inferred). */
    public boolean written(Field field) {
        return values.containsKey(field) && !inferred.containsKey(field);
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

    /** The system the service belongs to: {@code metadata.system}, Backstage's {@code spec.system}. */
    public String system() {
        return (String) values.get(Field.SYSTEM);
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
        return new Service(this, field, Objects.requireNonNull(value, "value"), null);
    }

    /**
     * This service with a value the descriptor left out, read from the repository: the value counts
     * as evidence like a written one, and {@link #provenance} says where it came from.
     */
    public Service inferred(Field field, Object value, Provenance from) {
        if (written(field)) {
            throw new IllegalArgumentException(field.path() + " is written in the descriptor, which wins");
        }
        return new Service(this, field, Objects.requireNonNull(value, "value"), Objects.requireNonNull(from, "from"));
    }

    private Service(Service original, Field field, Object value, Provenance from) {
        this.file = original.file;
        this.position = original.position;
        this.dialect = original.dialect;
        this.dependencyOf = original.dependencyOf;
        this.externalDependencies = original.externalDependencies;
        this.described = original.described;
        this.links = original.links;
        this.entity = original.entity;
        if (from == null && !original.inferred.containsKey(field)) {
            this.inferred = original.inferred;
        } else if (from == null) {
            // A what-if replaces an inferred value: it no longer comes from the repository.
            EnumMap<Field, Provenance> fewer = new EnumMap<>(original.inferred);
            fewer.remove(field);
            this.inferred = fewer.isEmpty() ? Map.of() : Collections.unmodifiableMap(fewer);
        } else {
            EnumMap<Field, Provenance> more =
                    original.inferred.isEmpty() ? new EnumMap<>(Field.class) : new EnumMap<>(original.inferred);
            more.put(field, from);
            this.inferred = Collections.unmodifiableMap(more);
        }
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
        private Dialect dialect = Dialect.CONTRACT;
        private List<String> dependencyOf = List.of();
        private List<String> externalDependencies = List.of();
        private boolean described = true;
        private RepositoryLinks links = RepositoryLinks.NONE;
        private CatalogEntity entity;

        private Builder(String file, Position position) {
            this.file = Objects.requireNonNull(file, "file");
            this.position = Objects.requireNonNull(position, "position");
        }

        /** How the envelope read speaks ({@link Dialect#CONTRACT} unless said). */
        public Builder dialect(Dialect value) {
            this.dialect = Objects.requireNonNull(value);
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

        /** Marks a service its descriptor does not describe for the audit: only its name is required. */
        public Builder undescribed() {
            this.described = false;
            return this;
        }

        public Builder links(RepositoryLinks value) {
            this.links = Objects.requireNonNull(value);
            return this;
        }

        /** The Backstage entity the descriptor is. */
        public Builder entity(CatalogEntity value) {
            this.entity = Objects.requireNonNull(value);
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

        /**
         * A field the descriptor leaves out that the repository may give (the language, from the build
         * files): where it would be written, so that if nothing gives it, the problem stands there.
         */
        public Builder expect(Field field, Position at) {
            if (!values.containsKey(field)) {
                positions.put(field, Objects.requireNonNull(at, "at"));
            }
            return this;
        }

        public Service build() {
            for (Field required : described ? List.of(Field.NAME, Field.LANGUAGE, Field.ROLE) : List.of(Field.NAME)) {
                if (!values.containsKey(required) && !(required == Field.LANGUAGE && positions.containsKey(required))) {
                    throw new IllegalStateException("a service needs " + required.path());
                }
            }
            return new Service(this);
        }
    }
}
