package dev.rustgo.criteria;

import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Service;
import dev.rustgo.model.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Gives a service its verdict from the guides' own reasoning (docs/criteria.md, "The decision
 * model"). Go is the default. A central requirement of the guides clearly present ({@link
 * Strength#DEMAND}) makes a service at least {@code review}; mild figures never add up to one, and
 * evidence that measures one requirement counts once. A service is {@code rust} when the case is
 * made (two requirements, a strong one, or one corroborated by defect cost, a hot-path role or a
 * replacement), nothing presses for Go, and, for a service already running in Go, the move pays
 * back within the horizon or its defect or safety cost is high. Everything short of that is
 * {@code review}, with the reason. Stateless and thread-safe.
 */
public final class Scorer {

    /** The fields whose presence counts as evidence for the confidence. */
    public static final List<Field> EVIDENCE = List.of(
            Field.PEAK_RPS,
            Field.P99_LATENCY_MS,
            Field.MEMORY_BUDGET_MIB,
            Field.INSTANCES,
            Field.MONTHLY_COST,
            Field.CRITICALITY,
            Field.DEPLOYMENT,
            Field.CONCURRENCY,
            Field.RUST_EXPERIENCE,
            Field.FIRST_MILESTONE);

    private static final Set<Field> FIGURES = Collections.unmodifiableSet(EnumSet.of(
            Field.PEAK_RPS,
            Field.P99_LATENCY_MS,
            Field.MEMORY_BUDGET_MIB,
            Field.INSTANCES,
            Field.MONTHLY_COST,
            Field.STARTUP_BUDGET_MS));

    /** The fields whose evidence could corroborate one central requirement, or add a second. */
    private static final List<Field> CORROBORATING = List.of(
            Field.CRITICALITY,
            Field.CONCURRENCY,
            Field.DEPLOYMENT,
            Field.P99_LATENCY_MS,
            Field.PEAK_RPS,
            Field.MEMORY_BUDGET_MIB);

    /** The languages the guides do not weigh: a Go verdict keeps a service in one, it moves nothing to Go. */
    private static final Set<Language> THIRD_LANGUAGES = Collections.unmodifiableSet(
            EnumSet.complementOf(EnumSet.of(Language.GO, Language.RUST, Language.UNDECIDED)));

    private static final Comparator<Reason> HEAVIEST_FIRST =
            Comparator.comparingDouble(Reason::weight).reversed();

    private static final Comparator<Reason> ORDER =
            HEAVIEST_FIRST.thenComparing(Reason::criterion).thenComparing(Reason::evidence);

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
        Score score = score(service, context, true);
        // Near an edge only: a review, a go verdict with evidence toward Rust, a rust verdict that rests
        // on one requirement. Explaining one service asks for the rest (whatIf).
        List<String> whatIf = score.verdict == Verdict.REVIEW
                        || (score.verdict == Verdict.GO && score.rust > 0)
                        || (score.verdict == Verdict.RUST && score.requirements == 1)
                ? whatIf(service, score.verdict, context)
                : List.of();
        CostEstimate cost =
                service.language() == Language.RUST ? null : CostModel.estimate(service, context.thresholds());
        List<Field> missing = new ArrayList<>();
        for (Field f : EVIDENCE) {
            if (!service.has(f)) {
                missing.add(f);
            }
        }
        double coverage = (double) (EVIDENCE.size() - missing.size()) / EVIDENCE.size();
        if (!service.has(Field.ROLE)) {
            missing.add(0, Field.ROLE); // a Component scored without annotations: its role is the first thing to add
        }
        double strength = Math.min(1, Math.abs(score.rust - score.go) / 6);
        double confidence =
                score.verdict == Verdict.REVIEW ? 0.2 + 0.3 * coverage : 0.3 + 0.4 * strength + 0.3 * coverage;
        Action action = Action.of(
                service,
                score.verdict,
                Assessment.strongGoFit(score.verdict, score.reasons),
                cost,
                score.question,
                context.referenceDate());
        return new Assessment(
                service,
                score.verdict,
                Numbers.round(Math.min(0.99, confidence), 2),
                Numbers.round(score.rust, 2),
                Numbers.round(score.go, 2),
                score.reasons,
                missing,
                score.summary,
                whatIf,
                cost,
                action);
    }

    /** The single-field changes that would give {@code service} another verdict, up to three. */
    public List<String> whatIf(Service service, Rule.Context context) {
        return whatIf(service, score(service, context, false).verdict, context);
    }

    private List<String> whatIf(Service service, Verdict verdict, Rule.Context context) {
        return WhatIf.find(
                service, verdict, WHAT_IF_LIMIT, s -> score(s, context, false).verdict, context.thresholds());
    }

    /** The verdict alone, as the rules and thresholds give it. */
    private record Score(
            Verdict verdict,
            double rust,
            double go,
            int requirements,
            List<Reason> reasons,
            String summary,
            String question) {}

    /**
     * @param explain whether the reasons carry their evidence in words and the summary (and, for a
     *     review, the question a person must answer) is written; without, only the verdict and the
     *     scores are right
     */
    private Score score(Service service, Rule.Context context, boolean explain) {
        List<Reason> reasons = new ArrayList<>();
        reasons.add(new Reason(
                Criterion.G_DEFAULT, Direction.GO, Strength.PRIOR, explain ? "Go is the default" : null, null, null));
        for (Rule rule : rules) {
            if (explain) {
                rule.evaluate(service, context, reasons);
            } else {
                rule.weigh(service, context, reasons);
            }
        }
        reasons.sort(explain ? ORDER : HEAVIEST_FIRST);

        // Each central requirement counts once, at the strongest of its evidence.
        Map<Requirement, Strength> demands = new EnumMap<>(Requirement.class);
        List<Reason> corroborations = new ArrayList<>();
        List<Reason> pressures = new ArrayList<>();
        boolean anyRust = false;
        boolean strong = false;
        boolean highStakes = false;
        double go = 0;
        for (Reason r : reasons) {
            Strength level = r.strength();
            if (r.direction() == Direction.RUST) {
                anyRust = true;
                if (level.demands()) {
                    demands.merge(r.criterion().requirement(), level, (a, b) -> a.weight() >= b.weight() ? a : b);
                    strong |= level == Strength.STRONG;
                    highStakes |= r.criterion() == Criterion.R_MEMORY_SAFETY;
                } else if (level == Strength.CORROBORATES) {
                    corroborations.add(r);
                    highStakes |= r.criterion() == Criterion.R_DEFECT_COST;
                }
            } else if (r.direction() == Direction.GO) {
                go += r.weight();
                if (level == Strength.PRESSURE) {
                    pressures.add(r);
                }
            }
        }
        double rust = corroborations.size();
        for (Strength level : demands.values()) {
            rust += level.weight();
        }
        double r = rust;
        double g = go;
        int n = demands.size();

        if (demands.isEmpty()) {
            boolean noFigures = true;
            for (Field f : FIGURES) {
                noFigures &= !service.has(f);
            }
            boolean leans = anyRust;
            if (RuleCatalog.RUST_ROLES.contains(service.role()) && noFigures && pressures.isEmpty()) {
                return score(
                        Verdict.REVIEW,
                        r,
                        g,
                        n,
                        reasons,
                        explain,
                        () -> "too little evidence: a " + service.role().id()
                                + " service with no traffic or resource figures",
                        () -> "what load does this " + service.role().id() + " service carry? write its peakRps,"
                                + " p99LatencyMs and memoryBudgetMiB (or instances) first, and the audit can decide");
            }
            return score(
                    Verdict.GO,
                    r,
                    g,
                    n,
                    reasons,
                    explain,
                    () -> (THIRD_LANGUAGES.contains(service.language()) ? "" : "Go fits: ")
                            + "no central requirement demands Rust"
                            + (leans
                                    ? "; the signals toward Rust (" + evidence(reasons, Direction.RUST)
                                            + ") are not demanding"
                                    : "")
                            + (THIRD_LANGUAGES.contains(service.language())
                                    ? " (the guides' Go default is for new work, not a move from "
                                            + Action.name(service.language()) + ")"
                                    : ""),
                    null);
        }
        Supplier<String> demanded = () -> "Rust is demanded ("
                + demands.keySet().stream().map(Requirement::title).collect(Collectors.joining(", ")) + ")";
        Supplier<String> needs = () -> "the need for "
                + and(demands.keySet().stream().map(Requirement::title).toList());
        if (n < 2 && !strong && corroborations.isEmpty()) {
            return score(
                    Verdict.REVIEW,
                    r,
                    g,
                    n,
                    reasons,
                    explain,
                    () -> "one central requirement ("
                            + demands.keySet().iterator().next().title()
                            + ") with nothing to corroborate it; rust needs a "
                            + "second, a strong one, or a high defect cost, a hot-path role or a replacement beside it",
                    () -> "is " + demands.keySet().iterator().next().title()
                            + " alone reason enough for Rust? nothing corroborates it" + unwritten(service)
                            + ", or decide and record it in spec.decision");
        }
        if (!pressures.isEmpty()) {
            return score(
                    Verdict.REVIEW,
                    r,
                    g,
                    n,
                    reasons,
                    explain,
                    () -> demanded.get() + " but Go pressure weighs "
                            + "against it ("
                            + pressures.stream()
                                    .map(p -> p.criterion().id() + " " + p.evidence())
                                    .collect(Collectors.joining(", "))
                            + ")",
                    () -> "does " + needs.get() + " outweigh "
                            + and(pressures.stream()
                                    .map(p -> p.criterion().id() + " " + p.evidence())
                                    .toList())
                            + "? decide which comes first, and record it in spec.decision");
        }
        if (service.language() == Language.GO && !highStakes) {
            CostEstimate cost = CostModel.estimate(service, context.thresholds());
            if (cost == null || !cost.paysBack()) {
                return score(
                        Verdict.REVIEW,
                        r,
                        g,
                        n,
                        reasons,
                        explain,
                        () -> demanded.get() + ", but for a service "
                                + "running in Go the move must pay back or the defect cost be high: "
                                + (cost == null
                                        ? "no run cost or instance count shows a payback"
                                        : "it " + cost.summary().replaceFirst("^saves", "would save"))
                                + ", and no costly criticality, fan-in or safety requirement is recorded",
                        () -> cost == null
                                ? "does a move to Rust pay back? no run cost or instance count is written: write"
                                        + " spec.resources.monthlyCost or spec.resources.instances"
                                : "is " + needs.get() + " worth a move that " + cost.payback()
                                        + "? decide, and record it in spec.decision");
            }
        }
        return score(
                Verdict.RUST,
                r,
                g,
                n,
                reasons,
                explain,
                () -> demanded.get()
                        + (corroborations.isEmpty()
                                ? ""
                                : ", corroborated by "
                                        + corroborations.stream()
                                                .map(c -> c.criterion().id() + " " + c.evidence())
                                                .collect(Collectors.joining(", ")))
                        + "; nothing presses for Go",
                null);
    }

    private static String evidence(List<Reason> reasons, Direction direction) {
        return reasons.stream()
                .filter(x -> x.direction() == direction)
                .map(x -> x.criterion().id() + " " + x.evidence())
                .collect(Collectors.joining(", "));
    }

    /** "; write what else applies (criticality, concurrency)": the fields that could corroborate a case, unwritten. */
    private static String unwritten(Service service) {
        List<String> keys = new ArrayList<>();
        for (Field f : CORROBORATING) {
            if (!service.has(f)) {
                keys.add(f.key());
            }
        }
        return keys.isEmpty() ? "" : "; write what else applies (" + String.join(", ", keys) + ")";
    }

    /** "a, b and c". */
    private static String and(List<String> items) {
        int last = items.size() - 1;
        return last < 1
                ? String.join("", items)
                : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
    }

    private static Score score(
            Verdict verdict,
            double rust,
            double go,
            int requirements,
            List<Reason> reasons,
            boolean explain,
            Supplier<String> summary,
            Supplier<String> question) {
        return new Score(
                verdict,
                rust,
                go,
                requirements,
                reasons,
                explain ? summary.get() : null,
                explain && question != null ? question.get() : null);
    }
}
