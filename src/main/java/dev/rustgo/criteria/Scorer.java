package dev.rustgo.criteria;

import dev.rustgo.model.Deployment;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Service;
import dev.rustgo.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Scores a service against the rule catalogue and gives the verdict. Go is the prior
 * (G-DEFAULT adds {@code verdict.goPrior} to the Go side); a service is {@code rust} only when
 * Rust pressure reaches {@code verdict.rustMin}, beats Go pressure by {@code verdict.margin}, and
 * comes from at least two criteria or one hard target (Wasm, embedded, native module), so no
 * single signal such as a GC incident decides alone. Close calls, strong pressure both ways, and a
 * hot-path role with no figures at all give {@code review}. For {@code review} and borderline
 * verdicts it also finds what would change the verdict, and for Rust candidates with a run cost it
 * estimates the cost of ownership. See docs/criteria.md. Stateless and thread-safe.
 */
public final class Scorer {

    /** The fields whose presence counts as evidence for the confidence. */
    public static final List<Field> EVIDENCE = List.of(Field.PEAK_RPS, Field.P99_LATENCY_MS,
            Field.MEMORY_BUDGET_MIB, Field.INSTANCES, Field.MONTHLY_COST, Field.CRITICALITY, Field.DEPLOYMENT,
            Field.CONCURRENCY, Field.RUST_EXPERIENCE, Field.FIRST_MILESTONE);

    private static final Set<Field> FIGURES = Collections.unmodifiableSet(EnumSet.of(Field.PEAK_RPS,
            Field.P99_LATENCY_MS, Field.MEMORY_BUDGET_MIB, Field.INSTANCES, Field.MONTHLY_COST,
            Field.STARTUP_BUDGET_MS));

    private static final Set<Deployment> DECISIVE_TARGETS = Collections.unmodifiableSet(
            EnumSet.of(Deployment.WASM, Deployment.EMBEDDED, Deployment.NATIVE_MODULE));

    private static final Comparator<Reason> HEAVIEST_FIRST = Comparator.comparingDouble(Reason::weight).reversed();

    private static final Comparator<Reason> ORDER = HEAVIEST_FIRST
            .thenComparing(Reason::criterion)
            .thenComparing(Reason::evidence);

    /** How many "what would change" answers an assessment keeps. */
    private static final int WHAT_IF_LIMIT = 3;

    private final List<Rule> rules;

    public Scorer(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Scorer standard() {
        return new Scorer(RuleCatalog.rules());
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The verdict with its reasons, scores, confidence, what would change it, and the cost estimate. */
    public Assessment assess(Service service, Rule.Context context) {
        Thresholds t = context.thresholds();
        Score score = score(service, context, true);
        List<String> whatIf = List.of();
        if (score.verdict == Verdict.REVIEW || Math.abs(score.rust - score.go) < t.get("whatIf.borderlineMargin")) {
            whatIf = WhatIf.find(service, score.verdict, WHAT_IF_LIMIT, s -> score(s, context, false).verdict, t);
        }
        CostEstimate cost = score.verdict == Verdict.RUST && service.language() != Language.RUST
                ? CostModel.estimate(service, t) : null;
        List<Field> missing = new ArrayList<>();
        for (Field f : EVIDENCE) {
            if (!service.has(f)) {
                missing.add(f);
            }
        }
        double coverage = (double) (EVIDENCE.size() - missing.size()) / EVIDENCE.size();
        double strength = Math.min(1, Math.abs(score.rust - score.go) / 8);
        double confidence = score.verdict == Verdict.REVIEW
                ? 0.2 + 0.3 * coverage
                : 0.3 + 0.4 * strength + 0.3 * coverage;
        return new Assessment(service, score.verdict, Numbers.round(Math.min(0.99, confidence), 2),
                Numbers.round(score.rust, 2), Numbers.round(score.go, 2), score.reasons, missing, score.summary,
                whatIf, cost);
    }

    /** The verdict alone, as the rules and thresholds give it. */
    private record Score(Verdict verdict, double rust, double go, List<Reason> reasons, String summary) {}

    /**
     * @param explain whether the reasons carry their evidence in words and the summary is written;
     *     without, only the verdict and the scores are right (the scores are summed in the same
     *     order, heaviest first, so they are the same numbers)
     */
    private Score score(Service service, Rule.Context context, boolean explain) {
        Thresholds t = context.thresholds();
        List<Reason> reasons = new ArrayList<>();
        reasons.add(new Reason(Criterion.G_DEFAULT, Direction.GO, t.get("verdict.goPrior"),
                "Go is the default", null, null));
        for (Rule rule : rules) {
            if (explain) {
                rule.evaluate(service, context, reasons);
            } else {
                rule.weigh(service, context, reasons);
            }
        }
        reasons.sort(explain ? ORDER : HEAVIEST_FIRST);

        double rust = 0;
        double go = 0;
        Set<Criterion> rustCriteria = EnumSet.noneOf(Criterion.class);
        for (Reason r : reasons) {
            if (r.direction() == Direction.RUST) {
                rust += r.weight();
                rustCriteria.add(r.criterion());
            } else if (r.direction() == Direction.GO) {
                go += r.weight();
            }
        }
        boolean decisiveTarget = false;
        for (Deployment d : service.deployment()) {
            decisiveTarget |= DECISIVE_TARGETS.contains(d);
        }
        boolean noFigures = true;
        for (Field f : FIGURES) {
            noFigures &= !service.has(f);
        }

        double r = rust;
        double g = go;
        if (rust >= t.get("verdict.rustMin") && rust - go >= t.get("verdict.margin")
                && (rustCriteria.size() >= 2 || decisiveTarget)) {
            return score(Verdict.RUST, r, g, reasons, explain,
                    () -> "Rust pressure " + Numbers.format(r) + " outweighs Go " + Numbers.format(g));
        }
        Supplier<String> scores = () -> "Rust " + Numbers.format(r) + ", Go " + Numbers.format(g);
        if (rust >= t.get("verdict.rustMin") && rust - go < t.get("verdict.margin")) {
            return score(Verdict.REVIEW, r, g, reasons, explain, () -> "strong signals both ways: " + scores.get());
        }
        if (rust >= t.get("verdict.rustMin")) {
            return score(Verdict.REVIEW, r, g, reasons, explain, () -> "one Rust criterion alone ("
                    + rustCriteria.iterator().next().id() + ") is not decisive: " + scores.get());
        }
        if (rust >= t.get("verdict.reviewMin") && rust - go > -1) {
            return score(Verdict.REVIEW, r, g, reasons, explain, () -> "a close call: " + scores.get()
                    + "; rust needs " + Numbers.format(t.get("verdict.rustMin")) + " and a lead of "
                    + Numbers.format(t.get("verdict.margin")));
        }
        if (RuleCatalog.RUST_ROLES.contains(service.role()) && noFigures
                && go - rust < t.get("verdict.strongGoMargin")) {
            return score(Verdict.REVIEW, r, g, reasons, explain, () -> "too little evidence: a "
                    + service.role().id() + " service with no traffic or resource figures");
        }
        return score(Verdict.GO, r, g, reasons, explain,
                () -> "Go fits: Go " + Numbers.format(g) + " against Rust " + Numbers.format(r));
    }

    private static Score score(Verdict verdict, double rust, double go, List<Reason> reasons, boolean explain,
            Supplier<String> summary) {
        return new Score(verdict, rust, go, reasons, explain ? summary.get() : null);
    }
}
