package dev.rustgo.scaffold;

import dev.rustgo.load.Values;
import dev.rustgo.model.Envelope;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Provenance;
import dev.rustgo.model.Service;
import dev.rustgo.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A commented descriptor, native or Backstage, with the required fields filled in and every optional
 * one written out as a comment that says its unit and allowed values: adopting the audit takes a
 * minute, and the file loads as it is. Two kinds: one for a new service ({@link #descriptor}), and
 * one for a service the repository already shows ({@link #fromRepository}), whose inferred values are
 * commented suggestions that name the place each comes from.
 */
public final class Scaffold {

    /**
     * The role written where nobody said one: the guides' general backend, which carries no Rust
     * pressure, so a wrong default never makes a false Rust candidate.
     */
    public static final String DEFAULT_ROLE = "api";

    /** The comment column of the native envelope and of Backstage annotations. */
    private static final int NATIVE_COLUMN = 33;

    private static final int ANNOTATION_COLUMN = 45;

    private Scaffold() {}

    /** The relative path the descriptor is written to, under the scaffold directory. */
    public static String fileName(String name, Envelope envelope) {
        return envelope == Envelope.NATIVE ? name + ".yaml" : name + "/catalog-info.yaml";
    }

    /**
     * The descriptor text of a new service.
     *
     * @throws IllegalArgumentException when the name, language or role is not one the contract allows
     */
    public static String descriptor(String name, String language, String role, Envelope envelope) {
        check(name, language, role);
        String languageLine = value(Field.LANGUAGE, language, values(Field.LANGUAGE), envelope);
        String roleLine = value(Field.ROLE, role, values(Field.ROLE), envelope);
        return envelope == Envelope.NATIVE
                ? nativeHeader(name) + nativeBody(name, languageLine, roleLine, Map.of())
                : backstageHeader(name) + backstageBody(name, languageLine, roleLine, Map.of(), false);
    }

    /**
     * The descriptor of a service the repository shows and no descriptor names: every value the
     * repository gives is a commented suggestion that says where it comes from (the audit reads it
     * from there on every run, so the repository stays its one source); the role is the default,
     * for a person to confirm; the language, where nothing gives it, is {@code undecided}; every other
     * field is a commented prompt.
     *
     * @param service the service as the repository shows it: its name and inferred values
     * @param shownBy what shows it, one line each ({@code Deployment adservice (kubernetes-manifests/adservice.yaml:3:9)})
     * @param ownFolder whether the descriptor is written alone in the service's directory, where the
     *     audit reads its build files again; where not, a language from them is written in, not
     *     suggested
     */
    public static String fromRepository(Service service, List<String> shownBy, boolean ownFolder, Envelope envelope) {
        String name = service.name();
        check(Field.NAME, name, "the service name");
        Map<Field, Provenance> inferred = service.inferred();
        Provenance language = inferred.get(Field.LANGUAGE);
        String languageLine;
        if (language == null) {
            languageLine = value(
                    Field.LANGUAGE,
                    Language.UNDECIDED.id(),
                    "nothing in the repository names it: write the language it is in, or will be; "
                            + values(Field.LANGUAGE),
                    envelope);
        } else if (!ownFolder) {
            languageLine = value(
                    Field.LANGUAGE,
                    Token.text(service.value(Field.LANGUAGE)),
                    "from " + language + "; written in, as the audit reads build files only beside a descriptor"
                            + " alone in its folder",
                    envelope);
        } else {
            languageLine = suggestion(Field.LANGUAGE, service, envelope, true);
        }
        String roleLine = value(Field.ROLE, DEFAULT_ROLE, roleComment(), envelope);
        Map<Field, String> suggestions = new java.util.EnumMap<>(Field.class);
        for (Field field : inferred.keySet()) {
            if (field != Field.LANGUAGE) {
                suggestions.put(field, suggestion(field, service, envelope, ownFolder || field != Field.CODE_LINES));
            }
        }
        String header = repositoryHeader(name, shownBy, language == null, envelope);
        return envelope == Envelope.NATIVE
                ? header + nativeBody(name, languageLine, roleLine, suggestions)
                : header + backstageBody(name, languageLine, roleLine, suggestions, true);
    }

    /**
     * The annotations to add to a Backstage Component of the catalog that has none, as lines to copy
     * into its {@code metadata.annotations}: the role, to confirm; the language where the audit finds
     * none at the Component's place ({@code repositoryLanguage}, from the service's directory elsewhere
     * in the repository, when there is one); every value the audit infers for it, as a commented
     * suggestion with its place.
     *
     * @param existing the Component as the audit read it, or {@code null} where it was left out (no
     *     language known)
     * @param repositoryLanguage the language the repository shows for a service of its name, with its
     *     place, or {@code null}
     */
    public static List<String> annotationsToAdd(Service existing, Language language, Provenance repositoryLanguage) {
        List<String> lines = new ArrayList<>();
        lines.add(value(Field.ROLE, DEFAULT_ROLE, "required; " + roleComment(), Envelope.BACKSTAGE));
        if (existing == null || existing.language() == null) {
            lines.add(
                    language == null
                            ? value(
                                    Field.LANGUAGE,
                                    "",
                                    "required, and nothing the audit reads beside it names it: one of "
                                            + values(Field.LANGUAGE),
                                    Envelope.BACKSTAGE)
                            : value(
                                    Field.LANGUAGE,
                                    language.id(),
                                    "required: the audit reads no build file beside it, and " + repositoryLanguage
                                            + " names " + language.id(),
                                    Envelope.BACKSTAGE));
        }
        if (existing != null) {
            for (Field field : existing.inferred().keySet()) {
                lines.add(suggestion(field, existing, Envelope.BACKSTAGE, true));
            }
        }
        return lines;
    }

    /** The annotations only a person knows, named: where {@link #annotationsToAdd} stops. */
    public static List<String> promptedAnnotations() {
        return PROMPTED.stream().map(Field::annotation).toList();
    }

    /** The fields a person fills in, in the order the annotations are written. */
    private static final List<Field> PROMPTED = List.of(
            Field.PEAK_RPS,
            Field.P99_LATENCY_MS,
            Field.CRITICALITY,
            Field.CONCURRENCY,
            Field.DEPLOYMENT,
            Field.EXTERNAL_DEPENDENTS,
            Field.RUST_EXPERIENCE,
            Field.GO_EXPERIENCE,
            Field.TEAM_SIZE,
            Field.FIRST_MILESTONE,
            Field.DEADLINE,
            Field.LATENCY_INCIDENTS,
            Field.CONCURRENCY_INCIDENTS,
            Field.MEMORY_SAFETY_INCIDENTS);

    private static String roleComment() {
        return "the guides' \"general backend\" default: confirm it, or pick one of " + values(Field.ROLE);
    }

    /**
     * Checks a new service's name, language (unless {@code null}: not chosen yet) and role.
     *
     * @throws IllegalArgumentException naming the property whose value the contract does not allow
     */
    public static void check(String name, String language, String role) {
        check(Field.NAME, name, "rustgo.service");
        if (language != null) {
            check(Field.LANGUAGE, language, "rustgo.language");
        }
        check(Field.ROLE, role, "rustgo.role");
    }

    private static void check(Field field, String value, String property) {
        Values.Converted converted = field == Field.NAME ? Values.name(value) : Values.convert(field, value);
        if (converted.failed()) {
            throw new IllegalArgumentException(property + " " + converted.error());
        }
    }

    /** A line with its comment at a fixed column, so the scaffold reads as a table. */
    private static String aligned(String line, int column, String comment) {
        return String.format(Locale.ROOT, "%-" + column + "s # %s", line, comment);
    }

    private static String values(Field field) {
        return String.join(" | ", field.allowedValues());
    }

    // ---- one line of a field

    /** The key as written at its place: the last part of the path, or the annotation. */
    private static String key(Field field, Envelope envelope) {
        return envelope == Envelope.NATIVE ? field.key() : field.annotation();
    }

    /** The indent of a field's line: its depth under {@code spec} (or {@code metadata.annotations}). */
    private static String indent(Field field, Envelope envelope) {
        if (envelope == Envelope.BACKSTAGE) {
            return "    ";
        }
        return field.path().chars().filter(c -> c == '.').count() > 1 ? "    " : "  ";
    }

    /** A value written in, uncommented, with its comment. */
    private static String value(Field field, String value, String comment, Envelope envelope) {
        String written = envelope == Envelope.NATIVE ? value : "\"" + value + "\"";
        return aligned(
                indent(field, envelope) + key(field, envelope) + ": " + written,
                envelope == Envelope.NATIVE ? NATIVE_COLUMN : ANNOTATION_COLUMN,
                comment);
    }

    /**
     * A commented line: {@code # key: value} at the field's place, its comment at the column (none for
     * an empty comment). The {@code #} stands where the key would, nested keys indented after it.
     */
    private static String commented(Field field, String value, String comment, Envelope envelope) {
        String line;
        if (envelope == Envelope.NATIVE) {
            String nested = indent(field, envelope).length() > 2 ? "  " : "";
            line = "  # " + nested + field.key() + ": " + value;
        } else {
            line = "    # " + field.annotation() + ": \"" + value + "\"";
        }
        return comment == null
                ? line
                : aligned(line, envelope == Envelope.NATIVE ? NATIVE_COLUMN : ANNOTATION_COLUMN, comment);
    }

    /** An inferred value as a commented suggestion that says where it comes from. */
    private static String suggestion(Field field, Service service, Envelope envelope, boolean readAgain) {
        Provenance from = service.provenance(field);
        return commented(
                field,
                Token.text(service.value(field)),
                "from " + from
                        + (readAgain
                                ? "; the audit reads it from there, write it only to override"
                                : "; the audit reads build files only beside a descriptor alone in its folder:"
                                        + " uncomment it to use it"),
                envelope);
    }

    /** A field's commented prompt, or its suggestion where the repository gives it. */
    private static String line(
            Field field, String example, String comment, Map<Field, String> suggestions, Envelope envelope) {
        String suggestion = suggestions.get(field);
        return suggestion != null ? suggestion : commented(field, example, comment, envelope);
    }

    // ---- the native envelope

    private static String nativeHeader(String name) {
        return """
                # Service descriptor for the rustgo audit (the native envelope, rustgo.dev/v1).
                # Only name, language and role are required. Every field you add is evidence the verdict
                # can use; a field left out is evidence it goes without, and the report says which ones would
                # have changed the verdict. See how the audit reads it with:
                #   mvn rustgo:explain -Drustgo.service=%s
                """.formatted(name);
    }

    private static String repositoryHeader(String name, List<String> shownBy, boolean unknown, Envelope envelope) {
        StringBuilder b = new StringBuilder();
        b.append(
                envelope == Envelope.NATIVE
                        ? "# Service descriptor for the rustgo audit (the native envelope, rustgo.dev/v1), started by\n"
                        : "# Backstage catalog entity for the rustgo audit, its fields rustgo.dev/ annotations, started by\n");
        b.append("# mvn rustgo:scaffold -Drustgo.from=repository from what the repository shows of ")
                .append(name)
                .append(":\n");
        for (String what : shownBy) {
            b.append("#   ").append(what).append('\n');
        }
        b.append("""
                # What the repository gives is commented below, each value with the place it comes from:
                # the audit reads it from there on every run, so the repository stays its one source; write
                # a value in only to override it. The role is required: api is a default, confirm it or pick
                # another. The other commented fields are what only a person knows: fill in those you know.
                """);
        if (unknown) {
            b.append("""
                    # Nothing in the repository says what it is built from: if it is not a service of yours
                    # (a database, a third-party image), delete this file.
                    """);
        }
        if (envelope == Envelope.BACKSTAGE) {
            b.append("# Backstage registers the entity once spec.owner and spec.lifecycle are filled in.\n");
        }
        b.append("# See how the audit reads it with:\n#   mvn rustgo:explain -Drustgo.service=")
                .append(name)
                .append('\n');
        return b.toString();
    }

    private static String nativeBody(
            String name, String languageLine, String roleLine, Map<Field, String> suggestions) {
        Envelope n = Envelope.NATIVE;
        List<String> lines = new ArrayList<>();
        lines.add("apiVersion: rustgo.dev/v1");
        lines.add("kind: Service");
        lines.add("metadata:");
        lines.add("  name: " + name);
        lines.add(commented(Field.OWNER, "my-team", "free text: the owning team", n));
        lines.add(commented(
                Field.SYSTEM, "my-system", "free text: the system it belongs to (roll-ups, rustgo.system)", n));
        lines.add(commented(Field.DESCRIPTION, "What the service does", null, n));
        lines.add("spec:");
        lines.add(languageLine);
        lines.add(roleLine);
        lines.add(line(Field.LIFECYCLE, "production", values(Field.LIFECYCLE), suggestions, n));
        lines.add("  # traffic:");
        lines.add(line(Field.PEAK_RPS, "5000", PEAK_RPS, suggestions, n));
        lines.add(line(Field.P99_LATENCY_MS, "50", P99, suggestions, n));
        lines.add("  # resources:");
        lines.add(line(Field.MEMORY_BUDGET_MIB, "512", MEMORY, suggestions, n));
        lines.add(line(Field.INSTANCES, "4", INSTANCES, suggestions, n));
        lines.add(line(Field.MONTHLY_COST, "2000", MONTHLY_COST, suggestions, n));
        lines.add(line(Field.STARTUP_BUDGET_MS, "500", STARTUP, suggestions, n));
        lines.add(line(Field.CRITICALITY, "[financial]", "list of: " + values(Field.CRITICALITY), suggestions, n));
        lines.add(line(Field.DEPLOYMENT, "[kubernetes]", "list of: " + values(Field.DEPLOYMENT), suggestions, n));
        lines.add(line(Field.CONCURRENCY, "moderate", values(Field.CONCURRENCY), suggestions, n));
        lines.add(
                line(Field.DEPENDS_ON, "[other-service]", "names of other services of the portfolio", suggestions, n));
        lines.add(line(Field.EXTERNAL_DEPENDENTS, "0", EXTERNAL, suggestions, n));
        lines.add(line(Field.CODE_LINES, "12000", CODE_LINES, suggestions, n));
        lines.add("  # team:");
        lines.add(line(Field.RUST_EXPERIENCE, "some", values(Field.RUST_EXPERIENCE), suggestions, n));
        lines.add(line(Field.GO_EXPERIENCE, "strong", values(Field.GO_EXPERIENCE), suggestions, n));
        lines.add(line(Field.TEAM_SIZE, "5", "whole number > 0", suggestions, n));
        lines.add("  # delivery:");
        lines.add(line(Field.FIRST_MILESTONE, "evolve", values(Field.FIRST_MILESTONE), suggestions, n));
        lines.add(line(Field.DEADLINE, "2027-06-30", "ISO date of that milestone", suggestions, n));
        lines.add(aligned("  # history:", NATIVE_COLUMN, "counted over the last 12 months"));
        lines.add(line(Field.LATENCY_INCIDENTS, "0", LATENCY_INCIDENTS, suggestions, n));
        lines.add(line(Field.CONCURRENCY_INCIDENTS, "0", CONCURRENCY_INCIDENTS, suggestions, n));
        lines.add(line(Field.MEMORY_SAFETY_INCIDENTS, "0", null, suggestions, n));
        lines.add(aligned("  # decision:", NATIVE_COLUMN, "a recorded, human decision about the language"));
        lines.add(line(Field.DECISION_LANGUAGE, "go", values(Field.DECISION_LANGUAGE), suggestions, n));
        lines.add(line(Field.DECISION_RECORD, "docs/adr/0001-language.md", null, suggestions, n));
        lines.add(line(Field.DECISION_DECIDED, "2026-11-24", null, suggestions, n));
        lines.add(line(Field.DECISION_EXPIRES, "2027-11-24", "after it the decision no longer counts", suggestions, n));
        return String.join("\n", lines) + "\n";
    }

    private static final String PEAK_RPS = "whole number >= 0: peak requests (or events) per second";
    private static final String P99 = "number > 0: the p99 latency target, in ms";
    private static final String MEMORY = "whole number > 0: memory limit of one instance";
    private static final String INSTANCES = "whole number >= 0: instances at peak";
    private static final String MONTHLY_COST = "number >= 0: run cost a month, one currency across the portfolio";
    private static final String STARTUP = "number > 0: cold-start budget (edge, serverless, CLI)";
    private static final String EXTERNAL = "whole number >= 0: callers outside the portfolio";
    private static final String CODE_LINES = "whole number >= 0: source lines, no tests or generated code";
    private static final String LATENCY_INCIDENTS = "tail-latency incidents (GC pauses, p99 spikes)";
    private static final String CONCURRENCY_INCIDENTS = "races, leaks, deadlocks";

    // ---- the Backstage envelope

    private static String backstageHeader(String name) {
        return """
                # Backstage catalog entity for the rustgo audit. The audit's fields travel as rustgo.dev/
                # annotations, their values always quoted strings. Only the name, the language and the role
                # are required.
                # See how the audit reads it with:
                #   mvn rustgo:explain -Drustgo.service=%s
                """.formatted(name);
    }

    private static String backstageBody(
            String name, String languageLine, String roleLine, Map<Field, String> suggestions, boolean ownerToFill) {
        Envelope b = Envelope.BACKSTAGE;
        List<String> lines = new ArrayList<>();
        lines.add("apiVersion: backstage.io/v1alpha1");
        lines.add("kind: Component");
        lines.add("metadata:");
        lines.add("  name: " + name);
        lines.add("  # description: What the service does");
        lines.add("  annotations:");
        lines.add(languageLine);
        lines.add(roleLine);
        lines.add(line(Field.PEAK_RPS, "5000", PEAK_RPS, suggestions, b));
        lines.add(line(Field.P99_LATENCY_MS, "50", P99, suggestions, b));
        lines.add(line(Field.MEMORY_BUDGET_MIB, "512", MEMORY, suggestions, b));
        lines.add(line(Field.INSTANCES, "4", INSTANCES, suggestions, b));
        lines.add(line(Field.MONTHLY_COST, "2000", MONTHLY_COST, suggestions, b));
        lines.add(line(Field.STARTUP_BUDGET_MS, "500", STARTUP, suggestions, b));
        lines.add(
                line(Field.CRITICALITY, "financial", "comma-separated: " + values(Field.CRITICALITY), suggestions, b));
        lines.add(line(Field.DEPLOYMENT, "kubernetes", "comma-separated: " + values(Field.DEPLOYMENT), suggestions, b));
        lines.add(line(Field.CONCURRENCY, "moderate", values(Field.CONCURRENCY), suggestions, b));
        lines.add(line(Field.EXTERNAL_DEPENDENTS, "0", EXTERNAL, suggestions, b));
        lines.add(line(Field.CODE_LINES, "12000", CODE_LINES, suggestions, b));
        lines.add(line(Field.RUST_EXPERIENCE, "some", values(Field.RUST_EXPERIENCE), suggestions, b));
        lines.add(line(Field.GO_EXPERIENCE, "strong", values(Field.GO_EXPERIENCE), suggestions, b));
        lines.add(line(Field.TEAM_SIZE, "5", "whole number > 0", suggestions, b));
        lines.add(line(Field.FIRST_MILESTONE, "evolve", values(Field.FIRST_MILESTONE), suggestions, b));
        lines.add(line(Field.DEADLINE, "2027-06-30", "ISO date of that milestone", suggestions, b));
        lines.add(line(Field.LATENCY_INCIDENTS, "0", LATENCY_INCIDENTS + " in the last 12 months", suggestions, b));
        lines.add(line(
                Field.CONCURRENCY_INCIDENTS, "0", CONCURRENCY_INCIDENTS + " in the last 12 months", suggestions, b));
        lines.add(line(
                Field.MEMORY_SAFETY_INCIDENTS, "0", "memory-safety incidents in the last 12 months", suggestions, b));
        lines.add(line(Field.DECISION_LANGUAGE, "go", values(Field.DECISION_LANGUAGE), suggestions, b));
        lines.add(line(Field.DECISION_RECORD, "docs/adr/0001-language.md", null, suggestions, b));
        lines.add(line(Field.DECISION_DECIDED, "2026-11-24", null, suggestions, b));
        lines.add(line(Field.DECISION_EXPIRES, "2027-11-24", "after it the decision no longer counts", suggestions, b));
        lines.add("spec:");
        lines.add("  type: service");
        if (ownerToFill) {
            lines.add(aligned(
                    "  # lifecycle: production",
                    NATIVE_COLUMN,
                    "Backstage requires it: experimental | production | deprecated"));
            lines.add(aligned("  # owner: my-team", NATIVE_COLUMN, "Backstage requires it: the owning group"));
        } else {
            lines.add("  lifecycle: production");
            lines.add("  owner: my-team");
        }
        lines.add("  # system: my-system");
        lines.add("  # dependsOn: [component:other-service, resource:default/orders-db]");
        return String.join("\n", lines) + "\n";
    }
}
