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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * The criteria whose rules read each threshold: where the robustness grid moves one, only they
     * run again (the decision step reads the payback too, and always runs again).
     */
    private final Map<Threshold, Set<Criterion>> readers;

    public Scorer(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.readers = readers(this.rules);
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
            boolean costConsulted,
            int demanded) {}

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
        return decide(service, context, explain, reasons, tally(reasons));
    }

    /** What the reasons say, by requirement: each central requirement counts once, at its strongest. */
    private static Tally tally(List<Reason> reasons) {
        Tally t = new Tally();
        int corroborations = 0;
        for (Reason r : reasons) {
            Strength level = r.strength();
            if (r.direction() == Direction.RUST) {
                t.anyRust = true;
                t.highStakes |= r.criterion().stakes().raisedBy(level);
                if (level.demands()) {
                    int bit = 1 << r.criterion().requirement().ordinal();
                    t.demanded |= bit;
                    if (level == Strength.STRONG) {
                        t.strong |= bit;
                    }
                } else if (level == Strength.CORROBORATES) {
                    corroborations++;
                    t.corroborated |= mask(r.bears());
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
        return t;
    }

    /**
     * The decision over the tally: the v3 rule of docs/criteria.md, sentence by sentence. Each step
     * either gives the verdict or leaves the case to the next.
     */
    private Score decide(Service service, Rule.Context context, boolean explain, List<Reason> reasons, Tally t) {
        Case c = new Case(service, context, explain, reasons, t);
        int unanswered = t.demanded & ~t.pressed;
        if (t.demanded == 0) {
            return split(service) ? splitReview(c) : goDefault(c); // sentences 1 and 2
        }
        if (unanswered == 0) {
            return everyDemandAnswered(c); // sentences 4 and 5
        }
        if (!made(t, unanswered)) {
            return oneAlone(c, unanswered); // sentence 6
        }
        if (service.language() == Language.GO && !t.highStakes) {
            CostEstimate cost = CostModel.estimate(service, context.thresholds());
            if (cost == null || !cost.paysBack()) {
                return notWorthAMove(c, unanswered, cost); // sentence 7
            }
        }
        return rust(c, unanswered); // sentence 8
    }

    /**
     * One decision's inputs, what each step of {@link #decide} reads, and the score a step gives.
     *
     * @param explain whether the reasons carry their evidence in words and the basis, summary and
     *     question are written
     */
    private record Case(Service service, Rule.Context context, boolean explain, List<Reason> reasons, Tally t) {

        /** The verdict; its basis, summary and question are worked out only when explaining. */
        Score score(
                Verdict verdict,
                int requirements,
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
                    costConsulted,
                    t.demanded);
        }
    }

    /** Sentence 6: the case is made by two unanswered requirements, a strong one, or one corroborated. */
    private static boolean made(Tally t, int unanswered) {
        return Integer.bitCount(unanswered) >= 2 || (t.strong & unanswered) != 0 || (t.corroborated & unanswered) != 0;
    }

    /**
     * Sentence 2: nothing is demanded, but the guides' split places new work of this role and
     * criticality in Rust, which a person should look at.
     */
    private static Score splitReview(Case c) {
        Service service = c.service();
        return c.score(
                Verdict.REVIEW,
                0,
                () -> corroborations(c.reasons(), -1),
                () -> "the guides' split puts new " + splitWork(service) + " in Rust (\"Use Rust for"
                        + " data-plane services, performance-critical workers ... or components with strict"
                        + " reliability requirements\"), but no central requirement is written to decide it",
                () -> "does this new " + service.role().id() + " service need Rust? the guides' split says to"
                        + " look: write its peakRps, p99LatencyMs and memoryBudgetMiB (or what else it"
                        + " demands), or decide and record it in spec.decision",
                false);
    }

    /** Sentence 1: no central requirement is demanding, so the Go default holds. */
    private static Score goDefault(Case c) {
        Service service = c.service();
        boolean third = THIRD_LANGUAGES.contains(service.language());
        return c.score(
                Verdict.GO,
                0,
                () -> goBasis(c.reasons()),
                () -> (third ? "" : "Go fits: ")
                        + "no central requirement demands Rust"
                        + (third
                                ? " (the guides' Go default is for new work, not a move from "
                                        + Action.name(service.language()) + ")"
                                : "")
                        + (c.t().anyRust ? "; " + leanings(c.reasons()) : ""),
                null,
                false);
    }

    /**
     * Sentence 4: every demanded requirement is answered by Go pressure that bears on it, a review;
     * unless, sentence 5, Go is proven or the service is leaving and a move is far from paying.
     */
    private static Score everyDemandAnswered(Case c) {
        Service service = c.service();
        Tally t = c.t();
        List<Reason> reasons = c.reasons();
        boolean consulted = service.language() == Language.GO && t.metOrRetiring;
        if (consulted) {
            CostEstimate cost = CostModel.estimate(service, c.context().thresholds());
            double multiple = c.context().thresholds().get(Threshold.COST_FAR_PAYBACK_MULTIPLE);
            if (cost != null && cost.beyond(multiple)) {
                return farFromPaying(c, cost, multiple);
            }
        }
        return c.score(
                Verdict.REVIEW,
                0,
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

    /** Sentence 5: Go meets the demand or the service is being retired, and a move would not pay back. */
    private static Score farFromPaying(Case c, CostEstimate cost, double multiple) {
        Tally t = c.t();
        List<Reason> reasons = c.reasons();
        return c.score(
                Verdict.GO,
                0,
                () -> pressures(reasons, t.demanded),
                () -> "Go fits: Rust is demanded (" + titles(t.demanded) + ") but "
                        + (c.service().lifecycle() == Lifecycle.DEPRECATED
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

    /** Sentence 6: one unanswered requirement, neither strong nor corroborated, is a review. */
    private static Score oneAlone(Case c, int unanswered) {
        Tally t = c.t();
        List<Reason> reasons = c.reasons();
        Requirement one = requirements(unanswered).get(0);
        int answered = t.demanded & t.pressed;
        return c.score(
                Verdict.REVIEW,
                Integer.bitCount(unanswered),
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
                        + unwritten(c.service()) + ", or decide and record it in spec.decision",
                false);
    }

    /**
     * Sentence 7: for a service running in Go whose defect or safety cost is not high, a move that
     * does not pay back (or whose payback cannot be told) is a review.
     */
    private static Score notWorthAMove(Case c, int unanswered, CostEstimate cost) {
        List<Reason> reasons = c.reasons();
        return c.score(
                Verdict.REVIEW,
                Integer.bitCount(unanswered),
                () -> union(demands(reasons, unanswered), corroborations(reasons, unanswered)),
                () -> "Rust is demanded (" + titles(unanswered) + "), but for a service "
                        + "running in Go the move must pay back or the defect cost be high: "
                        + (cost == null
                                ? "no run cost or instance count shows a payback"
                                : "it " + cost.summary().replaceFirst("^saves", "would save"))
                        + ", and no costly criticality, fan-in or safety requirement is recorded",
                () -> cost == null
                        ? "does a move to Rust pay back? no run cost or instance count is written: write"
                                + " spec.resources.monthlyCost or spec.resources.instances"
                        : "is the need for " + and(titlesList(unanswered)) + " worth a move that " + cost.payback()
                                + "? decide, and record it in spec.decision",
                true);
    }

    /** Sentence 8: the case is made and, for a service running in Go, the move is worth it. */
    private static Score rust(Case c, int unanswered) {
        Tally t = c.t();
        List<Reason> reasons = c.reasons();
        boolean inGo = c.service().language() == Language.GO;
        return c.score(
                Verdict.RUST,
                Integer.bitCount(unanswered),
                () -> union(
                        union(demands(reasons, unanswered), corroborations(reasons, unanswered)),
                        inGo && t.highStakes ? stakes(reasons) : List.of()),
                () -> "Rust is demanded (" + titles(unanswered) + ")" + rustCase(reasons, t, unanswered, inGo),
                null,
                inGo && !t.highStakes);
    }

    /** What a rust summary says after the demand: its corroboration, the Go pressure, and why a move is worth it. */
    private static String rustCase(List<Reason> reasons, Tally t, int unanswered, boolean inGo) {
        List<Reason> corroborating = corroborations(reasons, unanswered);
        List<Reason> pressing = pressures(reasons, -1);
        int n = Integer.bitCount(unanswered);
        return (corroborating.isEmpty() ? "" : ", corroborated by " + named(corroborating))
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
    }

    /**
     * The Go prior, on every service; for a general backend role it says so (000: "Many strong
     * architectures use Go for control-plane and general backend services").
     */
    private static Reason prior(Service service, boolean explain) {
        boolean backend = GENERAL_BACKEND.contains(service.role());
        if (!backend) {
            return explain ? PRIOR : PRIOR_WEIGHED;
        }
        return new Reason(
                Criterion.G_DEFAULT,
                Direction.GO,
                Strength.PRIOR,
                Set.of(),
                explain ? (service.role() == Role.API ? PRIOR_API : PRIOR_BATCH) : null,
                Field.ROLE,
                explain ? service.position(Field.ROLE) : null);
    }

    private static final String PRIOR_API = "Go is the default; role api: general backend";

    private static final String PRIOR_BATCH = "Go is the default; role batch: general backend";

    private static final Reason PRIOR =
            new Reason(Criterion.G_DEFAULT, Direction.GO, Strength.PRIOR, Set.of(), "Go is the default", null, null);

    private static final Reason PRIOR_WEIGHED =
            new Reason(Criterion.G_DEFAULT, Direction.GO, Strength.PRIOR, Set.of(), null, null, null);

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
        return bearing(reasons, Strength.CORROBORATES, mask);
    }

    /** The Go pressures that weigh against a requirement in {@code mask}. */
    private static List<Reason> pressures(List<Reason> reasons, int mask) {
        return bearing(reasons, Strength.PRESSURE, mask);
    }

    /** The reasons of {@code strength} that bear on a requirement in {@code mask}. */
    private static List<Reason> bearing(List<Reason> reasons, Strength strength, int mask) {
        List<Reason> out = new ArrayList<>();
        for (Reason r : reasons) {
            if (r.strength() == strength && (mask(r.bears()) & mask) != 0) {
                out.add(r);
            }
        }
        return out;
    }

    /** The evidence of a high defect or safety cost: what lets a service running in Go move without a payback. */
    private static List<Reason> stakes(List<Reason> reasons) {
        List<Reason> out = new ArrayList<>();
        for (Reason r : reasons) {
            if (r.criterion().stakes().raisedBy(r.strength())) {
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

    // Robustness: the verdict across the ranges of its assumptions.

    /** Whether a grid point cannot bear on the service, cannot change its verdict, or must be tried. */
    private enum Reach {
        NONE,
        SAME,
        TRY
    }

    private static final int SPEED = mask(Requirement.SPEED);

    /**
     * The verdict recomputed at every point of the grid that bears on the service. Most points are
     * settled without scoring again: a line the service's figure does not lie between the two values
     * of cannot change a rule's answer; a Go pressure changes nothing where no requirement it answers
     * is demanded; and the economics' assumptions change a verdict only where the decision read the
     * payback and the payback's answers change, which is arithmetic on the service's figures.
     */
    private Robustness robustness(Service s, Rule.Context c, Score base, CostEstimate cost) {
        return robustness(s, c, base, cost, false);
    }

    /**
     * The robustness of {@code service}'s verdict with every point that bears on it scored again: what
     * {@link #assess} must agree with, point for point (a test holds the two together).
     */
    Robustness exhaustiveRobustness(Service service, Rule.Context context) {
        Score base = score(service, context, false);
        return robustness(service, context, base, CostModel.estimate(service, context.thresholds()), true);
    }

    private Robustness robustness(Service s, Rule.Context c, Score base, CostEstimate cost, boolean exhaustive) {
        Thresholds t = c.thresholds();
        int points = 0;
        int agreeing = 0;
        List<Robustness.Flip> flips = List.of();
        boolean costMatters = base.costConsulted
                || s.firstMilestone() == Milestone.REPLACE_EXPENSIVE
                || (s.instances() != null && s.instances() >= t.get(Threshold.SCALE_MANY_INSTANCES))
                || (s.monthlyCost() != null && s.monthlyCost() >= t.get(Threshold.SCALE_HIGH_MONTHLY_COST));
        int answers = cost == null ? -1 : CostModel.answers(s, t);
        Threshold assumed = s.role() == null ? null : Threshold.assumedLines(s.role());
        List<Thresholds.Axis> axes = t.axes();
        for (int a = 0; a < axes.size(); a++) {
            Thresholds.Axis axis = axes.get(a);
            Threshold th = axis.threshold();
            if (th != assumed && ASSUMED_LINES.contains(th)) {
                continue; // the assumed size of another role
            }
            Number figure = figure(th, s, c);
            Reach reach = reach(axis, figure, s, base, cost, answers, costMatters);
            if (reach == Reach.NONE) {
                continue;
            }
            List<Thresholds.Point> at = axis.points();
            points += at.size();
            if (reach == Reach.SAME && !exhaustive) {
                agreeing += at.size();
                continue;
            }
            List<Robustness.Tried> tried = null;
            for (int k = 0; k < at.size(); k++) {
                Thresholds.Point p = at.get(k);
                Verdict v = base.verdict;
                if (exhaustive) {
                    v = score(s, new Rule.Context(c.portfolio(), p.thresholds(), c.referenceDate()), false).verdict;
                } else if (tries(p, figure, t.get(th), s, answers)) {
                    v = redecide(
                            s, new Rule.Context(c.portfolio(), p.thresholds(), c.referenceDate()), base.reasons, th);
                }
                if (v == base.verdict) {
                    agreeing++;
                } else if (tried == null) {
                    tried = new ArrayList<>(at.size());
                    for (int j = 0; j < k; j++) {
                        tried.add(new Robustness.Tried(at.get(j).value(), base.verdict));
                    }
                }
                if (tried != null) {
                    tried.add(new Robustness.Tried(p.value(), v));
                }
            }
            if (tried != null) {
                flips = add(flips, new Robustness.Flip(th, t.get(th), base.verdict, tried));
            }
        }
        return new Robustness(points, agreeing, flips);
    }

    /** The figure a line is held against, or {@code null}: none given, or an assumption of the economics. */
    private static Number figure(Threshold th, Service s, Rule.Context c) {
        return switch (th) {
            case TAIL_DEMANDING_MS, GOOD_ENOUGH_LOOSE_P99_MS -> s.p99LatencyMs();
            case TAIL_INCIDENT_MS -> some(s.latencyIncidents()) ? s.p99LatencyMs() : null;
            case TAIL_INCIDENTS_MANY -> some(s.latencyIncidents()) ? s.latencyIncidents() : null;
            case MEMORY_DEMANDING_MIB -> s.memoryBudgetMiB();
            case SCALE_MANY_INSTANCES -> s.instances();
            case SCALE_HIGH_MONTHLY_COST -> s.monthlyCost();
            case DEFECT_MANY_DEPENDENTS -> {
                long dependents = c.portfolio().dependents(s);
                yield dependents == 0 ? null : dependents;
            }
            case CONCURRENCY_INCIDENTS_MANY ->
                s.concurrency() == Concurrency.HARD && some(s.concurrencyIncidents()) ? s.concurrencyIncidents() : null;
            case TARGET_STRICT_STARTUP_MS -> s.startupBudgetMs();
            case GOOD_ENOUGH_MODEST_RPS -> s.peakRps();
            case DELIVERY_NEAR_DEADLINE_DAYS ->
                s.deadline() == null ? null : ChronoUnit.DAYS.between(c.referenceDate(), s.deadline());
            default -> null;
        };
    }

    /**
     * The verdict with {@code moved} thresholds, recomputed from the base reasons: only the rules that
     * read the moved threshold run again, then the decision step. The exhaustive grid, which scores
     * everything again, holds it to the same answers (RobustnessTest).
     */
    private Verdict redecide(Service s, Rule.Context moved, List<Reason> base, Threshold th) {
        Set<Criterion> rerun = readers.get(th);
        List<Reason> reasons = new ArrayList<>(base.size() + 2);
        for (Reason r : base) {
            if (!rerun.contains(r.criterion())) {
                reasons.add(r);
            }
        }
        for (Rule rule : rules) {
            if (rerun.contains(rule.criterion())) {
                rule.weigh(s, moved, reasons);
            }
        }
        return decide(s, moved, false, reasons, tally(reasons)).verdict;
    }

    /** The criteria whose rules read each threshold, as the rules say ({@link Rule#thresholds()}). */
    private static Map<Threshold, Set<Criterion>> readers(List<Rule> rules) {
        Map<Threshold, Set<Criterion>> map = new EnumMap<>(Threshold.class);
        for (Threshold t : Threshold.values()) {
            map.put(t, EnumSet.noneOf(Criterion.class));
        }
        for (Rule rule : rules) {
            for (Threshold t : rule.thresholds()) {
                map.get(t).add(rule.criterion());
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static List<Robustness.Flip> add(List<Robustness.Flip> flips, Robustness.Flip flip) {
        List<Robustness.Flip> more = new ArrayList<>(flips);
        more.add(flip);
        return more;
    }

    /**
     * How an axis of the grid bears on the service: not at all (the figure its threshold is held
     * against is missing, or the estimate does not use it); without changing anything at any of its
     * points (the figure lies outside the range the line moves over, or what it moves does not count
     * here); or in a way {@link #tries} settles point by point. A ranged threshold this does not
     * know is always tried: slower, never wrong.
     */
    private static Reach reach(
            Thresholds.Axis axis,
            Number figure,
            Service s,
            Score base,
            CostEstimate cost,
            int answers,
            boolean costMatters) {
        Threshold th = axis.threshold();
        if (ECONOMICS.contains(th)) {
            boolean uses = switch (th) {
                case COST_INSTANCE_MONTHLY -> s.monthlyCost() == null && s.instances() != null;
                case COST_EXTRA_WEEKS_SOME -> s.rustExperience() == Experience.SOME;
                case COST_EXTRA_WEEKS_STRONG -> s.rustExperience() == Experience.STRONG;
                case COST_DEFAULT_TEAM_SIZE -> s.teamSize() == null;
                case COST_REWRITE_LINES_PER_WEEK -> CostModel.rewrites(s);
                case COST_PAYBACK_HORIZON_MONTHS,
                        COST_THROUGHPUT_GAIN_LOW,
                        COST_FAR_PAYBACK_MULTIPLE,
                        COST_ENGINEER_WEEK -> true;
                default -> // an assumed size: of this service's role, where its size is not written
                    s.role() != null
                            && Threshold.assumedLines(s.role()) == th
                            && s.codeLines() == null
                            && CostModel.rewrites(s);
            };
            if (answers < 0 || !uses) {
                return Reach.NONE;
            }
            return costMatters ? Reach.TRY : Reach.SAME;
        }
        if (th.range() != null && !LINES.contains(th)) {
            return Reach.TRY; // a ranged threshold this does not know
        }
        if (figure == null) {
            return Reach.NONE;
        }
        double x = figure.doubleValue();
        if (x < axis.low() || x > axis.high()) {
            return Reach.SAME;
        }
        // A Go pressure changes a verdict only beside a demand it answers: a speed pressure only beside a
        // demand for speed, and a deadline only where something is demanded. Higher scale is a demand
        // only where the move pays back.
        boolean matters = switch (th) {
            case GOOD_ENOUGH_LOOSE_P99_MS, GOOD_ENOUGH_MODEST_RPS -> (base.demanded & SPEED) != 0;
            case DELIVERY_NEAR_DEADLINE_DAYS -> base.demanded != 0 && s.rustExperience() == Experience.NONE;
            case SCALE_MANY_INSTANCES, SCALE_HIGH_MONTHLY_COST -> cost != null && cost.paysBack();
            default -> true;
        };
        return matters ? Reach.TRY : Reach.SAME;
    }

    /**
     * Whether one point of an axis that may change the verdict must be scored again: a line only for
     * a figure between its value in force and the point's; an assumption of the economics only where
     * the payback's answers change there.
     */
    private static boolean tries(Thresholds.Point p, Number figure, double inForce, Service s, int answers) {
        if (ECONOMICS.contains(p.threshold())) {
            return CostModel.answers(s, p.thresholds()) != answers;
        }
        if (figure == null) {
            return true; // a ranged threshold this does not know
        }
        double x = figure.doubleValue();
        return x >= Math.min(inForce, p.value()) && x <= Math.max(inForce, p.value());
    }

    /** The assumed sizes of the roles: one bears on a service, its role's. */
    private static final Set<Threshold> ASSUMED_LINES = Collections.unmodifiableSet(EnumSet.of(
            Threshold.COST_ASSUMED_LINES_DATA_PLANE,
            Threshold.COST_ASSUMED_LINES_CONTROL_PLANE,
            Threshold.COST_ASSUMED_LINES_ADMIN_API,
            Threshold.COST_ASSUMED_LINES_ORCHESTRATION,
            Threshold.COST_ASSUMED_LINES_API,
            Threshold.COST_ASSUMED_LINES_WORKER,
            Threshold.COST_ASSUMED_LINES_STREAM_PROCESSOR,
            Threshold.COST_ASSUMED_LINES_PROXY,
            Threshold.COST_ASSUMED_LINES_EDGE,
            Threshold.COST_ASSUMED_LINES_STORAGE,
            Threshold.COST_ASSUMED_LINES_BATCH,
            Threshold.COST_ASSUMED_LINES_TOOLING));

    /** The lines the rules draw whose figure {@link #figure} knows. */
    private static final Set<Threshold> LINES = Collections.unmodifiableSet(EnumSet.of(
            Threshold.TAIL_DEMANDING_MS,
            Threshold.GOOD_ENOUGH_LOOSE_P99_MS,
            Threshold.TAIL_INCIDENT_MS,
            Threshold.TAIL_INCIDENTS_MANY,
            Threshold.MEMORY_DEMANDING_MIB,
            Threshold.SCALE_MANY_INSTANCES,
            Threshold.SCALE_HIGH_MONTHLY_COST,
            Threshold.DEFECT_MANY_DEPENDENTS,
            Threshold.CONCURRENCY_INCIDENTS_MANY,
            Threshold.TARGET_STRICT_STARTUP_MS,
            Threshold.GOOD_ENOUGH_MODEST_RPS,
            Threshold.DELIVERY_NEAR_DEADLINE_DAYS));

    /** The assumptions of the economics, the roles' assumed sizes among them: they move the payback's answers, nothing else. */
    private static final Set<Threshold> ECONOMICS = economics();

    private static Set<Threshold> economics() {
        Set<Threshold> set = EnumSet.of(
                Threshold.COST_PAYBACK_HORIZON_MONTHS,
                Threshold.COST_THROUGHPUT_GAIN_LOW,
                Threshold.COST_FAR_PAYBACK_MULTIPLE,
                Threshold.COST_ENGINEER_WEEK,
                Threshold.COST_INSTANCE_MONTHLY,
                Threshold.COST_EXTRA_WEEKS_SOME,
                Threshold.COST_EXTRA_WEEKS_STRONG,
                Threshold.COST_DEFAULT_TEAM_SIZE,
                Threshold.COST_REWRITE_LINES_PER_WEEK);
        set.addAll(ASSUMED_LINES);
        return Collections.unmodifiableSet(set);
    }

    private static boolean some(Long count) {
        return count != null && count > 0;
    }
}
