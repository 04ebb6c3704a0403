package dev.rustgo.scaffold;

import dev.rustgo.load.Values;
import dev.rustgo.model.Field;
import java.util.Locale;

/**
 * A commented descriptor for a new service, native or Backstage, with the required fields filled
 * in and every optional one written out as a comment that says its unit and allowed values: adopting
 * the audit takes a minute, and the file loads as it is.
 */
public final class Scaffold {

    /** The envelope to write. */
    public enum Envelope {
        NATIVE,
        BACKSTAGE
    }

    private Scaffold() {}

    /** The relative path the descriptor is written to, under the scaffold directory. */
    public static String fileName(String name, Envelope envelope) {
        return envelope == Envelope.NATIVE ? name + ".yaml" : name + "/catalog-info.yaml";
    }

    /**
     * The descriptor text.
     *
     * @throws IllegalArgumentException when the name, language or role is not one the contract allows
     */
    public static String descriptor(String name, String language, String role, Envelope envelope) {
        check(Field.NAME, name, "rustgo.service");
        check(Field.LANGUAGE, language, "rustgo.language");
        check(Field.ROLE, role, "rustgo.role");
        return envelope == Envelope.NATIVE ? nativeDescriptor(name, language, role) : backstage(name, language, role);
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

    private static String nativeDescriptor(String name, String language, String role) {
        return """
                # Service descriptor for the rustgo audit (the native envelope, rustgo.dev/v1).
                # Only name, language and role are required. Every field you add is evidence the verdict
                # can use; a field left out lowers the confidence, and the report says which ones would
                # have changed the verdict. See how the audit reads it with:
                #   mvn rustgo:explain -Drustgo.service=%1$s
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata:
                  name: %1$s
                  # owner: my-team                # free text: the owning team
                  # system: my-system             # free text: the system it belongs to (roll-ups, rustgo.system)
                  # description: What the service does
                spec:
                %2$s
                %4$s
                  # lifecycle: production         # %6$s
                  # traffic:
                  #   peakRps: 5000               # whole number >= 0: peak requests (or events) per second
                  #   p99LatencyMs: 50            # number > 0: the p99 latency target, in ms
                  # resources:
                  #   memoryBudgetMiB: 512        # whole number > 0: memory limit of one instance
                  #   instances: 4                # whole number >= 0: instances at peak
                  #   monthlyCost: 2000           # number >= 0: run cost a month, one currency across the portfolio
                  #   startupBudgetMs: 500        # number > 0: cold-start budget (edge, serverless, CLI)
                  # criticality: [financial]      # list of: %7$s
                  # deployment: [kubernetes]      # list of: %8$s
                  # concurrency: moderate         # %9$s
                  # dependsOn: [other-service]    # names of other services of the portfolio
                  # externalDependents: 0         # whole number >= 0: callers outside the portfolio
                  # codeLines: 12000              # whole number >= 0: source lines, no tests or generated code
                  # team:
                  #   rustExperience: some        # %10$s
                  #   goExperience: strong        # %10$s
                  #   size: 5                     # whole number > 0
                  # delivery:
                  #   firstMilestone: evolve      # %11$s
                  #   deadline: 2027-06-30        # ISO date of that milestone
                  # history:                      # counted over the last 12 months
                  #   latencyIncidents: 0         # tail-latency incidents (GC pauses, p99 spikes)
                  #   concurrencyIncidents: 0     # races, leaks, deadlocks
                  #   memorySafetyIncidents: 0
                  # decision:                     # a recorded, human decision about the language
                  #   language: go                # %12$s
                  #   record: docs/adr/0001-language.md
                  #   decided: 2026-11-24
                  #   expires: 2027-11-24         # after it the decision no longer counts
                """.formatted(
                        name,
                        aligned("  language: " + language, 33, values(Field.LANGUAGE)),
                        null,
                        aligned("  role: " + role, 33, values(Field.ROLE)),
                        null,
                        values(Field.LIFECYCLE),
                        values(Field.CRITICALITY),
                        values(Field.DEPLOYMENT),
                        values(Field.CONCURRENCY),
                        values(Field.RUST_EXPERIENCE),
                        values(Field.FIRST_MILESTONE),
                        values(Field.DECISION_LANGUAGE));
    }

    private static String backstage(String name, String language, String role) {
        return """
                # Backstage catalog entity for the rustgo audit. The audit's fields travel as rustgo.dev/
                # annotations, their values always quoted strings. Only the name, the language and the role
                # are required.
                # See how the audit reads it with:
                #   mvn rustgo:explain -Drustgo.service=%1$s
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: %1$s
                  # description: What the service does
                  annotations:
                %2$s
                %4$s
                    # rustgo.dev/peak-rps: "5000"
                    # rustgo.dev/p99-latency-ms: "50"
                    # rustgo.dev/memory-budget-mib: "512"
                    # rustgo.dev/instances: "4"
                    # rustgo.dev/monthly-cost: "2000"
                    # rustgo.dev/startup-budget-ms: "500"
                    # rustgo.dev/criticality: "financial"     # comma-separated: %6$s
                    # rustgo.dev/deployment: "kubernetes"     # comma-separated: %7$s
                    # rustgo.dev/concurrency: "moderate"      # %8$s
                    # rustgo.dev/external-dependents: "0"
                    # rustgo.dev/code-lines: "12000"
                    # rustgo.dev/rust-experience: "some"      # %9$s
                    # rustgo.dev/go-experience: "strong"      # %9$s
                    # rustgo.dev/team-size: "5"
                    # rustgo.dev/first-milestone: "evolve"    # %10$s
                    # rustgo.dev/deadline: "2027-06-30"
                    # rustgo.dev/latency-incidents: "0"
                    # rustgo.dev/concurrency-incidents: "0"
                    # rustgo.dev/memory-safety-incidents: "0"
                    # rustgo.dev/decision-language: "go"      # %11$s
                    # rustgo.dev/decision-record: "docs/adr/0001-language.md"
                    # rustgo.dev/decision-decided: "2026-11-24"
                    # rustgo.dev/decision-expires: "2027-11-24"
                spec:
                  type: service
                  lifecycle: production
                  owner: my-team
                  # system: my-system
                  # dependsOn: [component:other-service, resource:default/orders-db]
                """.formatted(
                        name,
                        aligned("    rustgo.dev/language: \"" + language + "\"", 45, values(Field.LANGUAGE)),
                        null,
                        aligned("    rustgo.dev/role: \"" + role + "\"", 45, values(Field.ROLE)),
                        null,
                        values(Field.CRITICALITY),
                        values(Field.DEPLOYMENT),
                        values(Field.CONCURRENCY),
                        values(Field.RUST_EXPERIENCE),
                        values(Field.FIRST_MILESTONE),
                        values(Field.DECISION_LANGUAGE));
    }
}
