package dev.rustgo.criteria;

import dev.rustgo.model.Field;
import dev.rustgo.model.Service;
import dev.rustgo.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Scores a service against the rule catalogue and gives the verdict. Go is the prior
 * (G-DEFAULT adds {@code verdict.goPrior} to the Go side); a service is {@code rust} only when
 * Rust pressure reaches {@code verdict.rustMin}, beats Go pressure by {@code verdict.margin}, and
 * comes from at least two criteria or one hard target (Wasm, embedded, native module), so no
 * single signal such as a GC incident decides alone. Close calls, strong pressure both ways, and a
 * hot-path role with no figures at all give {@code review}. See docs/criteria.md.
 */
public final class Scorer {

    /** The fields whose presence counts as evidence for the confidence. */
    public static final List<Field> EVIDENCE = List.of(Field.PEAK_RPS, Field.P99_LATENCY_MS,
            Field.MEMORY_BUDGET_MIB, Field.INSTANCES, Field.MONTHLY_COST, Field.CRITICALITY, Field.DEPLOYMENT,
            Field.CONCURRENCY, Field.RUST_EXPERIENCE, Field.FIRST_MILESTONE);

    private static final Set<Field> FIGURES = EnumSet.of(Field.PEAK_RPS, Field.P99_LATENCY_MS,
            Field.MEMORY_BUDGET_MIB, Field.INSTANCES, Field.MONTHLY_COST, Field.STARTUP_BUDGET_MS);

    private static final Comparator<Reason> ORDER = Comparator.comparingDouble(Reason::weight).reversed()
            .thenComparing(Reason::criterion)
            .thenComparing(Reason::evidence);

    private final List<Rule> rules;

    public Scorer(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Scorer standard() {
        return new Scorer(RuleCatalog.rules());
    }

    public Assessment assess(Service service, Rule.Context context) {
        Thresholds t = context.thresholds();
        List<Reason> reasons = new ArrayList<>();
        reasons.add(new Reason(Criterion.G_DEFAULT, Direction.GO, t.get("verdict.goPrior"),
                "Go is the default", null, null));
        for (Rule rule : rules) {
            rule.evaluate(service, context, reasons);
        }
        reasons.sort(ORDER);

        double rust = 0;
        double go = 0;
        Set<Criterion> rustCriteria = EnumSet.noneOf(Criterion.class);
        boolean hardTarget = service.deployment().stream().anyMatch(RuleCatalog.HARD_TARGETS::contains)
                || service.deployment().contains(dev.rustgo.model.Deployment.NATIVE_MODULE);
        for (Reason r : reasons) {
            if (r.direction() == Direction.RUST) {
                rust += r.weight();
                rustCriteria.add(r.criterion());
            } else if (r.direction() == Direction.GO) {
                go += r.weight();
            }
        }
        List<Field> missing = EVIDENCE.stream().filter(f -> !service.has(f)).toList();
        boolean noFigures = FIGURES.stream().noneMatch(service::has);

        Verdict verdict;
        String summary;
        if (rust >= t.get("verdict.rustMin") && rust - go >= t.get("verdict.margin")
                && (rustCriteria.size() >= 2 || hardTarget)) {
            verdict = Verdict.RUST;
            summary = "Rust pressure " + Numbers.format(rust) + " outweighs Go " + Numbers.format(go);
        } else if (rust >= t.get("verdict.rustMin") || rust >= t.get("verdict.reviewMin") && rust - go > -1) {
            verdict = Verdict.REVIEW;
            summary = "strong signals both ways: Rust " + Numbers.format(rust) + ", Go " + Numbers.format(go);
        } else if (RuleCatalog.RUST_ROLES.contains(service.role()) && noFigures && rust < go + 1) {
            verdict = Verdict.REVIEW;
            summary = "too little evidence: a " + service.role().id()
                    + " service with no traffic or resource figures";
        } else {
            verdict = Verdict.GO;
            summary = "Go fits: Go " + Numbers.format(go) + " against Rust " + Numbers.format(rust);
        }
        double coverage = (double) (EVIDENCE.size() - missing.size()) / EVIDENCE.size();
        double strength = Math.min(1, Math.abs(rust - go) / 8);
        double confidence = verdict == Verdict.REVIEW
                ? 0.2 + 0.3 * coverage
                : 0.3 + 0.4 * strength + 0.3 * coverage;
        return new Assessment(service, verdict, Numbers.round(Math.min(0.99, confidence), 2),
                Numbers.round(rust, 2), Numbers.round(go, 2), reasons, missing, summary);
    }
}
