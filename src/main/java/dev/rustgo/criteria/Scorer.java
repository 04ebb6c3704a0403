package dev.rustgo.criteria;

import dev.rustgo.model.Concurrency;
import dev.rustgo.model.Criticality;
import dev.rustgo.model.Experience;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Lifecycle;
import dev.rustgo.model.Milestone;
import dev.rustgo.model.Role;
import dev.rustgo.model.Service;
import dev.rustgo.model.Verdict;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Gives a service its verdict from the guides' own reasoning (docs/criteria.md, "The verdict,
 * sentence by sentence"). Go is the default. A central requirement of the guides clearly present
 * ({@link Strength#DEMAND}) makes a service at least {@code review}; mild figures never add up to
 * one, and evidence that measures one requirement counts once. Corroborations and Go pressures are
 * typed by the requirements they bear on: a pressure weighs only against the requirements it
 * answers, a corroboration counts only beside a requirement it supports. A service is {@code rust}
 * when the case is made by requirements no Go pressure answers (two of them, a strong one, or one
 * with relevant corroboration) and, for a service already running in Go, the move pays back
 * within the horizon or its defect or safety cost is high. Every verdict is then recomputed across
 * the ranges of the assumptions it rests on ({@link Robustness}). Stateless and thread-safe.
 */
public final class Scorer {

    /** The evidence fields whose absence the report lists under {@code missing}. */
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

    /** General backend roles: the Go default's home ground (000: "Go for control-plane and general backend services"). */
    private static final Set<Role> GENERAL_BACKEND = Collections.unmodifiableSet(EnumSet.of(Role.API, Role.BATCH));

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

    /**
     * The verdict with its reasons, scores, robustness (and the confidence it gives), what would
     * change it, and the cost estimate.
     */
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
        if (!service.has(Field.ROLE)) {
            missing.add(0, Field.ROLE); // a Component scored without annotations: its role is the first thing to add
        }
        Robustness robustness = robustness(
                service,
                context,
                score,
                service.language() == Language.RUST ? CostModel.estimate(service, context.thresholds()) : cost);
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
                robustness.share(),
                Numbers.round(score.rust, 2),
                Numbers.round(score.go, 2),
                score.reasons,
                score.basis,
                missing,
                score.summary,
                whatIf,
                cost,
                action,
                robustness);
    }

    /** The single-field changes that would give {@code service} another verdict, up to three. */
    public List<String> whatIf(Service service, Rule.Context context) {
        return whatIf(service, score(service, context, false).verdict, context);
    }

    private List<String> whatIf(Service service, Verdict verdict, Rule.Context context) {
        return WhatIf.find(
                service, verdict, WHAT_IF_LIMIT, s -> score(s, context, false).verdict, context.thresholds());
    }

    /**
     * The verdict alone, as the rules and thresholds give it.
     *
     * @param requirements how many requirements the verdict rests on: the demanded ones no Go
     *     pressure answers
     * @param basis the reasons the verdict rests on (only when explaining)
     * @param costConsulted whether the decision read the payback (then the economics' assumptions
     *     bear on it)
     */
    private record Score(
            Verdict verdict,
            double rust,
            double go,
            int requirements,
            List<Reason> reasons,
            List<Reason> basis,
            String summary,
            String question,
            boolean costConsulted) {}

    /** What the reasons say, by requirement, as bit masks over {@link Requirement#ordinal()}. */
    private static final class Tally {
        int demanded;
        int strong;
        int corroborated;
        int pressed;
        boolean anyRust;
        boolean highStakes;
        boolean metOrRetiring;
        double rust;
        double go;
    }

    private static int mask(Set<Requirement> requirements) {
        int m = 0;
        for (Requirement r : requirements) {
            m |= 1 << r.ordinal();
        }
        return m;
    }

    private static List<Requirement> requirements(int mask) {
        List<Requirement> list = new ArrayList<>(Integer.bitCount(mask));
        for (Requirement r : Requirement.values()) {
            if ((mask & (1 << r.ordinal())) != 0) {
                list.add(r);
            }
        }
        return list;
    }

    private static String titles(int mask) {
        return requirements(mask).stream().map(Requirement::title).collect(Collectors.joining(", "));
    }

    /**
     * @param explain whether the reasons carry their evidence in words and the summary (and, for a
     *     review, the question a person must answer) and the basis are written; without, only the
     *     verdict and the scores are right
     */
    private Score score(Service service, Rule.Context context, boolean explain) {
        List<Reason> reasons = new ArrayList<>();
        reasons.add(prior(service, explain));
        for (Rule rule : rules) {
            if (explain) {
                rule.evaluate(service, context, reasons);
            } else {
                rule.weigh(service, context, reasons);
            }
        }
        reasons.sort(explain ? ORDER : HEAVIEST_FIRST);

        // Each central requirement counts once, at the strongest of its evidence.
        Tally t = new Tally();
        int corroborations = 0;
        for (Reason r : reasons) {
            Strength level = r.strength();
            if (r.direction() == Direction.RUST) {
                t.anyRust = true;
                if (level.demands()) {
                    int bit = 1 << r.criterion().requirement().ordinal();
                    t.demanded |= bit;
                    if (level == Strength.STRONG) {
                        t.strong |= bit;
                    }
                    t.highStakes |= r.criterion() == Criterion.R_MEMORY_SAFETY;
                } else if (level == Strength.CORROBORATES) {
                    corroborations++;
                    t.corroborated |= mask(r.bears());
                    t.highStakes |= r.criterion() == Criterion.R_DEFECT_COST;
                }
            } else if (r.direction() == Direction.GO) {
                t.go += r.weight();
                if (level == Strength.PRESSURE) {
                    t.pressed |= mask(r.bears());
                    t.metOrRetiring |= r.field() == Field.LIFECYCLE;
                }
            }
        }
        t.rust = corroborations + 2 * Integer.bitCount(t.demanded) + Integer.bitCount(t.strong);
        return decide(service, context, explain, reasons, t);
    }

    /** The decision over the tally: the v3 rule of docs/criteria.md, sentence by sentence. */
    private Score decide(Service service, Rule.Context context, boolean explain, List<Reason> reasons, Tally t) {
        int unanswered = t.demanded & ~t.pressed;
        // 1. No central requirement is demanding: the default holds, unless the guides' split places new
        //    work of this role and criticality in Rust, which a person should look at.
        if (t.demanded == 0) {
            if (split(service)) {
                return score(
                        Verdict.REVIEW,
                        t,
                        0,
                        reasons,
                        explain,
                        () -> corroborations(reasons, -1),
                        () -> "the guides' split puts new " + splitWork(service) + " in Rust (\"Use Rust for"
                                + " data-plane services, performance-critical workers ... or components with strict"
                                + " reliability requirements\"), but no central requirement is written to decide it",
                        () -> "does this new " + service.role().id() + " service need Rust? the guides' split says to"
                                + " look: write its peakRps, p99LatencyMs and memoryBudgetMiB (or what else it"
                                + " demands), or decide and record it in spec.decision",
                        false);
            }
            return score(
                    Verdict.GO,
                    t,
                    0,
                    reasons,
                    explain,
                    () -> goBasis(reasons),
                    () -> (THIRD_LANGUAGES.contains(service.language()) ? "" : "Go fits: ")
                            + "no central requirement demands Rust"
                            + (THIRD_LANGUAGES.contains(service.language())
                                    ? " (the guides' Go default is for new work, not a move from "
                                            + Action.name(service.language()) + ")"
                                    : "")
                            + (t.anyRust ? "; " + leanings(reasons) : ""),
                    null,
                    false);
        }
        // 2. Every demanded requirement is answered by Go pressure that bears on it.
        if (unanswered == 0) {
            boolean consulted = false;
            if (service.language() == Language.GO && t.metOrRetiring) {
                consulted = true;
                CostEstimate cost = CostModel.estimate(service, context.thresholds());
                double multiple = context.thresholds().get(Threshold.COST_FAR_PAYBACK_MULTIPLE);
                if (cost != null && cost.beyond(multiple)) {
                    return score(
                            Verdict.GO,
                            t,
                            0,
                            reasons,
                            explain,
                            () -> pressures(reasons, t.demanded),
                            () -> "Go fits: Rust is demanded (" + titles(t.demanded) + ") but "
                                    + (service.lifecycle() == Lifecycle.DEPRECATED
                                            ? "the service is being retired"
                                            : "Go meets the demand in production")
                                    + " (" + named(pressures(reasons, t.demanded)) + "), and a move "
                                    + (cost.paybackMonthsLow() == null
                                            ? "never pays back"
                                            : "would pay back in " + Numbers.format(cost.paybackMonthsLow()) + "-"
                                                    + (cost.paybackMonthsHigh() == null
                                                            ? "never"
                                                            : Numbers.format(cost.paybackMonthsHigh()))
                                                    + " months")
                                    + ", beyond " + Numbers.format(multiple) + " times the "
                                    + Numbers.format(cost.horizonMonths()) + "-month horizon",
                            null,
                            true);
                }
            }
            return score(
                    Verdict.REVIEW,
                    t,
                    0,
                    reasons,
                    explain,
                    () -> union(demands(reasons, t.demanded), pressures(reasons, t.demanded)),
                    () -> "Rust is demanded (" + titles(t.demanded) + ") but Go pressure weighs against it ("
                            + named(pressures(reasons, t.demanded)) + ")",
                    () -> "does the need for " + and(titlesList(t.demanded)) + " outweigh "
                            + and(pressures(reasons, t.demanded).stream()
                                    .map(p -> p.criterion().id() + " " + p.evidence())
                                    .toList())
                            + "? decide which comes first, and record it in spec.decision",
                    consulted);
        }
        // 3. The case is made by the requirements no pressure answers: two, a strong one, or one with
        //    corroboration that supports it.
        int n = Integer.bitCount(unanswered);
        boolean made = n >= 2 || (t.strong & unanswered) != 0 || (t.corroborated & unanswered) != 0;
        if (!made) {
            Requirement one = requirements(unanswered).get(0);
            int answered = t.demanded & t.pressed;
            return score(
                    Verdict.REVIEW,
                    t,
                    n,
                    reasons,
                    explain,
                    () -> union(demands(reasons, t.demanded), pressures(reasons, answered)),
                    () -> "one central requirement (" + one.title() + ") with nothing to corroborate it"
                            + irrelevant(reasons, one)
                            + (answered == 0
                                    ? ""
                                    : "; Go pressure answers " + titles(answered) + " ("
                                            + named(pressures(reasons, answered)) + ")")
                            + "; rust needs a second, "
                            + (supporters(one).isEmpty()
                                    ? "or a strong one"
                                    : "a strong one, or " + or(supporters(one)) + " beside it"),
                    () -> "is " + one.title() + " alone reason enough for Rust? nothing corroborates it"
                            + unwritten(service) + ", or decide and record it in spec.decision",
                    false);
        }
        Supplier<String> demanded = () -> "Rust is demanded (" + titles(unanswered) + ")";
        // 4. A service running in Go moves only if the move pays back or its defect or safety cost is high.
        if (service.language() == Language.GO && !t.highStakes) {
            CostEstimate cost = CostModel.estimate(service, context.thresholds());
            if (cost == null || !cost.paysBack()) {
                return score(
                        Verdict.REVIEW,
                        t,
                        n,
                        reasons,
                        explain,
                        () -> union(demands(reasons, unanswered), corroborations(reasons, unanswered)),
                        () -> demanded.get() + ", but for a service "
                                + "running in Go the move must pay back or the defect cost be high: "
                                + (cost == null
                                        ? "no run cost or instance count shows a payback"
                                        : "it " + cost.summary().replaceFirst("^saves", "would save"))
                                + ", and no costly criticality, fan-in or safety requirement is recorded",
                        () -> cost == null
                                ? "does a move to Rust pay back? no run cost or instance count is written: write"
                                        + " spec.resources.monthlyCost or spec.resources.instances"
                                : "is the need for " + and(titlesList(unanswered)) + " worth a move that "
                                        + cost.payback() + "? decide, and record it in spec.decision",
                        true);
            }
        }
        boolean inGo = service.language() == Language.GO;
        boolean consulted = inGo && !t.highStakes;
        return score(
                Verdict.RUST,
                t,
                n,
                reasons,
                explain,
                () -> union(
                        union(demands(reasons, unanswered), corroborations(reasons, unanswered)),
                        inGo && t.highStakes ? stakes(reasons) : List.of()),
                () -> {
                    List<Reason> corroborating = corroborations(reasons, unanswered);
                    List<Reason> pressing = pressures(reasons, -1);
                    return demanded.get()
                            + (corroborating.isEmpty() ? "" : ", corroborated by " + named(corroborating))
                            + (pressing.isEmpty()
                                    ? "; nothing presses for Go"
                                    : "; the Go pressure here (" + named(pressing) + ") weighs on "
                                            + (t.demanded == unanswered
                                                    ? "other requirements, not on " + (n == 1 ? "this one" : "these")
                                                    : and(titlesList(t.demanded & t.pressed)) + " only"))
                            + (!inGo
                                    ? ""
                                    : t.highStakes && (unanswered & (1 << Requirement.COST.ordinal())) == 0
                                            ? "; for a service running in Go, its defect or safety cost makes the"
                                                    + " move worth it (" + named(stakes(reasons)) + ")"
                                            : "; for a service running in Go, the move pays back within the horizon");
                },
                null,
                consulted);
    }

    /**
     * The Go prior, on every service; for a general backend role it says so (000: "Many strong
     * architectures use Go for control-plane and general backend services").
     */
    private static Reason prior(Service service, boolean explain) {
        boolean backend = GENERAL_BACKEND.contains(service.role());
        return new Reason(
                Criterion.G_DEFAULT,
                Direction.GO,
                Strength.PRIOR,
                Set.of(),
                explain
                        ? "Go is the default"
                                + (backend ? "; role " + service.role().id() + ": general backend" : "")
                        : null,
                backend ? Field.ROLE : null,
                backend && explain ? service.position(Field.ROLE) : null);
    }

    /**
     * New work the guides' split places in Rust: a data-plane role (data-plane, stream-processor,
     * proxy, edge, storage) or a performance-critical worker (a worker with {@code criticality:
     * realtime}), with a criticality class the guides name, not yet written in a language
     * ({@code undecided}) or not yet in production ({@code lifecycle: experimental}).
     */
    static boolean split(Service s) {
        boolean fresh = s.language() == Language.UNDECIDED || s.lifecycle() == Lifecycle.EXPERIMENTAL;
        if (!fresh || s.criticality().isEmpty() || s.role() == null) {
            return false;
        }
        return RuleCatalog.RUST_ROLES.contains(s.role())
                || (s.role() == Role.WORKER && s.criticality().contains(Criticality.REALTIME));
    }

    private static String splitWork(Service s) {
        return (s.role() == Role.WORKER
                        ? "performance-critical worker"
                        : s.role().id())
                + " work with criticality "
                + s.criticality().stream().map(Criticality::id).collect(Collectors.joining(", "));
    }

    /** The demand reasons of the requirements in {@code mask}. */
    private static List<Reason> demands(List<Reason> reasons, int mask) {
        List<Reason> out = new ArrayList<>();
        for (Reason r : reasons) {
            if (r.direction() == Direction.RUST
                    && r.strength().demands()
                    && (mask & (1 << r.criterion().requirement().ordinal())) != 0) {
                out.add(r);
            }
        }
        return out;
    }

    /** The corroborations that support a requirement in {@code mask}. */
    private static List<Reason> corroborations(List<Reason> reasons, int mask) {
        List<Reason> out = new ArrayList<>();
        for (Reason r : reasons) {
            if (r.strength() == Strength.CORROBORATES && (mask(r.bears()) & mask) != 0) {
                out.add(r);
            }
        }
        return out;
    }

    /** The Go pressures that weigh against a requirement in {@code mask}. */
    private static List<Reason> pressures(List<Reason> reasons, int mask) {
        List<Reason> out = new ArrayList<>();
        for (Reason r : reasons) {
            if (r.strength() == Strength.PRESSURE && (mask(r.bears()) & mask) != 0) {
                out.add(r);
            }
        }
        return out;
    }

    /** The evidence of a high defect or safety cost: what lets a service running in Go move without a payback. */
    private static List<Reason> stakes(List<Reason> reasons) {
        List<Reason> out = new ArrayList<>();
        for (Reason r : reasons) {
            if ((r.criterion() == Criterion.R_DEFECT_COST && r.strength() == Strength.CORROBORATES)
                    || (r.criterion() == Criterion.R_MEMORY_SAFETY
                            && r.strength().demands())) {
                out.add(r);
            }
        }
        return out;
    }

    /** What a go verdict rests on: the Go pressures, or the default where nothing presses. */
    private static List<Reason> goBasis(List<Reason> reasons) {
        List<Reason> pressing = pressures(reasons, -1);
        if (!pressing.isEmpty()) {
            return pressing;
        }
        for (Reason r : reasons) {
            if (r.criterion() == Criterion.G_DEFAULT) {
                return List.of(r);
            }
        }
        return List.of();
    }

    private static List<Reason> union(List<Reason> a, List<Reason> b) {
        Set<Reason> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** "G-GOOD-ENOUGH p99LatencyMs 250, G-TEAM ...": reasons as a summary names them. */
    private static String named(List<Reason> reasons) {
        return reasons.stream()
                .map(r -> r.criterion().id() + " " + r.evidence())
                .collect(Collectors.joining(", "));
    }

    /**
     * What leans toward Rust in a go verdict, without the figures (they count nowhere, and are in
     * the reasons with their strength): "what leans toward Rust is mild (R-TAIL, R-THROUGHPUT) or
     * corroboration with nothing demanded to support (R-DEFECT-COST)".
     */
    private static String leanings(List<Reason> reasons) {
        Set<String> mild = new LinkedHashSet<>();
        Set<String> corroborating = new LinkedHashSet<>();
        for (Reason r : reasons) {
            if (r.direction() == Direction.RUST) {
                (r.strength() == Strength.CORROBORATES ? corroborating : mild)
                        .add(r.criterion().id());
            }
        }
        List<String> parts = new ArrayList<>();
        if (!mild.isEmpty()) {
            parts.add("mild (" + String.join(", ", mild) + ")");
        }
        if (!corroborating.isEmpty()) {
            parts.add("corroboration with nothing demanded to support (" + String.join(", ", corroborating) + ")");
        }
        return "what leans toward Rust is " + String.join(" or ", parts);
    }

    /** ": R-DEFECT-COST criticality financial supports concurrency correctness, ..., not memory efficiency". */
    private static String irrelevant(List<Reason> reasons, Requirement one) {
        List<String> notes = new ArrayList<>();
        for (Reason r : reasons) {
            if (r.strength() == Strength.CORROBORATES && !r.bearsOn(one)) {
                notes.add(r.criterion().id() + " " + r.evidence() + " supports "
                        + and(r.bears().stream().map(Requirement::title).toList()));
            }
        }
        return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ", not " + one.title() + ")";
    }

    /** What the guides would have corroborate {@code r}: the evidence whose requirements include it. */
    private static List<String> supporters(Requirement r) {
        List<String> kinds = new ArrayList<>();
        if (Requirement.HOT_PATH.contains(r)) {
            kinds.add("a hot-path role");
        }
        if (Requirement.DEFECTS.contains(r)) {
            kinds.add("a high defect cost");
        }
        if (Requirement.STABILITY.contains(r)) {
            kinds.add("an unstable surface being replaced");
        }
        if (Requirement.EFFICIENCY.contains(r)) {
            kinds.add("an expensive surface being replaced");
        }
        return kinds;
    }

    private static List<String> titlesList(int mask) {
        return requirements(mask).stream().map(Requirement::title).toList();
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
        return join(items, " and ");
    }

    /** "a, b or c". */
    private static String or(List<String> items) {
        return join(items, " or ");
    }

    private static String join(List<String> items, String last) {
        int end = items.size() - 1;
        return end < 1 ? String.join("", items) : String.join(", ", items.subList(0, end)) + last + items.get(end);
    }

    private static Score score(
            Verdict verdict,
            Tally t,
            int requirements,
            List<Reason> reasons,
            boolean explain,
            Supplier<List<Reason>> basis,
            Supplier<String> summary,
            Supplier<String> question,
            boolean costConsulted) {
        return new Score(
                verdict,
                t.rust,
                t.go,
                requirements,
                reasons,
                explain ? basis.get() : List.of(),
                explain ? summary.get() : null,
                explain && question != null ? question.get() : null,
                costConsulted);
    }

    // Robustness: the verdict across the ranges of its assumptions.

    /** Whether a grid point cannot bear on the service, cannot change its verdict, or must be tried. */
    private enum Reach {
        NONE,
        SAME,
        TRY
    }

    /**
     * The verdict recomputed at every point of the grid that bears on the service. Most points are
     * settled without scoring again: a line the service's figure does not lie between the two values
     * of cannot change a rule's answer, and the economics' assumptions change a verdict only where
     * the decision read the payback and the payback's answer changes.
     */
    private Robustness robustness(Service s, Rule.Context c, Score base, CostEstimate cost) {
        Thresholds t = c.thresholds();
        int points = 0;
        int agreeing = 0;
        List<Robustness.Flip> flips = List.of();
        Threshold current = null;
        List<Robustness.Tried> tried = null;
        boolean flipped = false;
        boolean costMatters = base.costConsulted
                || s.firstMilestone() == Milestone.REPLACE_EXPENSIVE
                || (s.instances() != null && s.instances() >= t.get(Threshold.SCALE_MANY_INSTANCES))
                || (s.monthlyCost() != null && s.monthlyCost() >= t.get(Threshold.SCALE_HIGH_MONTHLY_COST));
        for (Thresholds.Point p : t.grid()) {
            Reach reach = reach(p, s, c, cost, costMatters);
            if (reach == Reach.NONE) {
                continue;
            }
            if (p.threshold() != current) {
                if (flipped) {
                    flips = add(flips, new Robustness.Flip(current, t.get(current), base.verdict, tried));
                }
                current = p.threshold();
                tried = new ArrayList<>(3);
                flipped = false;
            }
            points++;
            Verdict v = reach == Reach.SAME
                    ? base.verdict
                    : score(s, new Rule.Context(c.portfolio(), p.thresholds(), c.referenceDate()), false).verdict;
            tried.add(new Robustness.Tried(p.value(), v));
            if (v == base.verdict) {
                agreeing++;
            } else {
                flipped = true;
            }
        }
        if (flipped) {
            flips = add(flips, new Robustness.Flip(current, t.get(current), base.verdict, tried));
        }
        return new Robustness(points, agreeing, flips);
    }

    private static List<Robustness.Flip> add(List<Robustness.Flip> flips, Robustness.Flip flip) {
        List<Robustness.Flip> more = new ArrayList<>(flips);
        more.add(flip);
        return more;
    }

    /**
     * How a grid point bears on the service: the figure each line is held against, or, for the
     * economics, whether the payback's answers change. A ranged threshold this does not know is
     * always tried: slower, never wrong.
     */
    private static Reach reach(Thresholds.Point p, Service s, Rule.Context c, CostEstimate cost, boolean costMatters) {
        Threshold th = p.threshold();
        double from = c.thresholds().get(th);
        double to = p.value();
        return switch (th) {
            case TAIL_DEMANDING_MS, GOOD_ENOUGH_LOOSE_P99_MS -> line(s.p99LatencyMs(), from, to);
            case TAIL_INCIDENT_MS -> some(s.latencyIncidents()) ? line(s.p99LatencyMs(), from, to) : Reach.NONE;
            case TAIL_INCIDENTS_MANY -> some(s.latencyIncidents()) ? line(s.latencyIncidents(), from, to) : Reach.NONE;
            case MEMORY_DEMANDING_MIB -> line(s.memoryBudgetMiB(), from, to);
            case SCALE_MANY_INSTANCES -> line(s.instances(), from, to);
            case SCALE_HIGH_MONTHLY_COST -> line(s.monthlyCost(), from, to);
            case DEFECT_MANY_DEPENDENTS -> {
                long dependents = c.portfolio().dependents(s);
                yield dependents == 0 ? Reach.NONE : line(dependents, from, to);
            }
            case CONCURRENCY_INCIDENTS_MANY ->
                s.concurrency() == Concurrency.HARD && some(s.concurrencyIncidents())
                        ? line(s.concurrencyIncidents(), from, to)
                        : Reach.NONE;
            case TARGET_STRICT_STARTUP_MS -> line(s.startupBudgetMs(), from, to);
            case GOOD_ENOUGH_MODEST_RPS -> line(s.peakRps(), from, to);
            case DELIVERY_NEAR_DEADLINE_DAYS ->
                s.deadline() == null
                        ? Reach.NONE
                        : line(ChronoUnit.DAYS.between(c.referenceDate(), s.deadline()), from, to);
            case COST_PAYBACK_HORIZON_MONTHS, COST_THROUGHPUT_GAIN_LOW, COST_FAR_PAYBACK_MULTIPLE, COST_ENGINEER_WEEK ->
                economics(p, s, c.thresholds(), cost, costMatters, true);
            case COST_INSTANCE_MONTHLY ->
                economics(p, s, c.thresholds(), cost, costMatters, s.monthlyCost() == null && s.instances() != null);
            case COST_EXTRA_WEEKS_SOME ->
                economics(p, s, c.thresholds(), cost, costMatters, s.rustExperience() == Experience.SOME);
            case COST_EXTRA_WEEKS_STRONG ->
                economics(p, s, c.thresholds(), cost, costMatters, s.rustExperience() == Experience.STRONG);
            case COST_DEFAULT_TEAM_SIZE -> economics(p, s, c.thresholds(), cost, costMatters, s.teamSize() == null);
            case COST_REWRITE_LINES_PER_WEEK ->
                economics(p, s, c.thresholds(), cost, costMatters, CostModel.rewrites(s));
            case COST_ASSUMED_LINES_DATA_PLANE,
                    COST_ASSUMED_LINES_CONTROL_PLANE,
                    COST_ASSUMED_LINES_ADMIN_API,
                    COST_ASSUMED_LINES_ORCHESTRATION,
                    COST_ASSUMED_LINES_API,
                    COST_ASSUMED_LINES_WORKER,
                    COST_ASSUMED_LINES_STREAM_PROCESSOR,
                    COST_ASSUMED_LINES_PROXY,
                    COST_ASSUMED_LINES_EDGE,
                    COST_ASSUMED_LINES_STORAGE,
                    COST_ASSUMED_LINES_BATCH,
                    COST_ASSUMED_LINES_TOOLING ->
                economics(
                        p,
                        s,
                        c.thresholds(),
                        cost,
                        costMatters,
                        CostModel.rewrites(s)
                                && s.codeLines() == null
                                && s.role() != null
                                && Threshold.assumedLines(s.role()) == th);
            default -> Reach.TRY;
        };
    }

    private static boolean some(Long count) {
        return count != null && count > 0;
    }

    /** A line moved from {@code from} to {@code to} changes a rule's answer only for a figure between the two. */
    private static Reach line(Number figure, double from, double to) {
        if (figure == null) {
            return Reach.NONE;
        }
        double x = figure.doubleValue();
        return x >= Math.min(from, to) && x <= Math.max(from, to) ? Reach.TRY : Reach.SAME;
    }

    /**
     * An assumption of the economics bears on a service with an estimate that uses it; it can change
     * the verdict only where the decision reads the payback, and only if the payback's answers
     * (within the horizon; beyond its multiple) change.
     */
    private static Reach economics(
            Thresholds.Point p, Service s, Thresholds base, CostEstimate cost, boolean costMatters, boolean uses) {
        if (cost == null || !uses) {
            return Reach.NONE;
        }
        if (!costMatters) {
            return Reach.SAME;
        }
        Thresholds moved = p.thresholds();
        CostEstimate other = CostModel.estimate(s, moved);
        boolean same = other != null
                && other.paysBack() == cost.paysBack()
                && other.beyond(moved.get(Threshold.COST_FAR_PAYBACK_MULTIPLE))
                        == cost.beyond(base.get(Threshold.COST_FAR_PAYBACK_MULTIPLE));
        return same ? Reach.SAME : Reach.TRY;
    }
}
