package dev.rustgo.criteria;

import dev.rustgo.model.Field;
import dev.rustgo.model.Portfolio;
import dev.rustgo.model.Service;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A rule of the catalogue: reads a service's fields and adds the reasons they give. */
public interface Rule {

    /** The criterion this rule implements. */
    Criterion criterion();

    /** The rule's name in the docs, e.g. {@code tail-latency}. */
    String name();

    /** The descriptor fields the rule reads. */
    List<Field> fields();

    /**
     * The thresholds the rule reads: where the robustness grid moves one, only the rules that read
     * it run again. A rule that does not say is run again wherever any threshold moves: slower,
     * never wrong.
     */
    default Set<Threshold> thresholds() {
        return EnumSet.allOf(Threshold.class);
    }

    void evaluate(Service service, Context context, List<Reason> reasons);

    /**
     * The reasons with their weights only, no evidence in words or places: what a verdict needs,
     * for trying many variants of a service ("what would change it") cheaply.
     */
    default void weigh(Service service, Context context, List<Reason> reasons) {
        evaluate(service, context, reasons);
    }

    /** What a rule may look at besides the service. */
    record Context(Portfolio portfolio, Thresholds thresholds, LocalDate referenceDate) {}
}
