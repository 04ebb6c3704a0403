package dev.rustgo.criteria;

import dev.rustgo.model.Role;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The typed catalogue of every number the decision model uses: its name (as a policy file and the
 * docs spell it), its default, its unit, the criterion it serves (or, for the drift check and the
 * gate's calendar, which serve none, what reads it), and its source, a guide sentence or a reasoned
 * assumption. The rules, the policy reader, {@code rustgo:explain} and the docs test
 * all read this one list; a policy overrides any value by name.
 */
public enum Threshold {

    // R-TAIL
    TAIL_STRICT_MS(
            "tail.strictMs",
            1,
            "ms",
            Criterion.R_TAIL,
            Source.guide(
                    "001",
                    "Let Rust handle the parts where every microsecond matters",
                    "a p99 budget of a millisecond or less is made of microseconds; one GC pause spends it, so the "
                            + "requirement is strong alone")),
    TAIL_DEMANDING_MS(
            "tail.demandingMs",
            5,
            "ms",
            Criterion.R_TAIL,
            Source.guide(
                    "001",
                    "Rust has no GC pauses that cause p99 spikes",
                    "Go's collector pauses and the work around them are commonly a millisecond or more under load; at a "
                            + "p99 of 5 ms or less they are a real share of the budget, so tail latency is a central "
                            + "requirement (the 5 ms line is an assumption on top of the guide's sentence)"),
            Range.of(
                    2,
                    10,
                    "where the line sits is the assumption: at 2 ms one collector pause under load spends the budget, at 10 ms the budget still holds a few")),
    TAIL_INCIDENT_MS(
            "tail.incidentMs",
            20,
            "ms",
            Criterion.R_TAIL,
            Source.assumption(
                    "a target of 20 ms is tight enough that repeated p99 spikes (tail.incidentsMany) show the GC "
                            + "pauses the guide names are hurting; above it, tuning is the usual answer"),
            Range.of(10, 50, "from twice tail.demandingMs up to tail.mildMs, above which a target is mild")),
    TAIL_INCIDENTS_MANY(
            "tail.incidentsMany",
            3,
            "incidents",
            Criterion.R_TAIL,
            Source.assumption(
                    "one or two incidents a year are noise any runtime has; three or more at a tight target are a "
                            + "pattern"),
            Range.of(2, 5, "two a year is more than noise for a tight target, five a pattern by any reading")),
    TAIL_MILD_MS(
            "tail.mildMs",
            50,
            "ms",
            Criterion.R_TAIL,
            Source.guide(
                    "000",
                    "For many backend workloads, \"good enough\" is the correct business answer",
                    "a target up to 50 ms is shown as a mild signal, counted nowhere: Go meets such targets routinely")),
    // R-THROUGHPUT
    THROUGHPUT_DEMANDING_RPS(
            "throughput.demandingRps",
            245_000,
            "rps",
            Criterion.R_THROUGHPUT,
            Source.guide(
                    "001",
                    "245K rps is more than most services will ever need",
                    "only a peak beyond what Go serves comfortably makes throughput a requirement")),
    THROUGHPUT_MILD_RPS(
            "throughput.mildRps",
            50_000,
            "rps",
            Criterion.R_THROUGHPUT,
            Source.assumption(
                    "a fifth of the guide's 245K: busy enough to mention, far from demanding; shown, counted nowhere")),
    // R-MEMORY
    MEMORY_DEMANDING_MIB(
            "memory.demandingMiB",
            64,
            "MiB",
            Criterion.R_MEMORY,
            Source.guide(
                    "000",
                    "Rust offers lean binaries and more control when you care about runtime footprint",
                    "Go's collector by default lets the heap grow to twice the live data (GOGC=100), and its runtime "
                            + "takes some MiB of its own; at 64 MiB or less per instance that headroom is the budget, so "
                            + "memory efficiency is central (the line is an assumption)"),
            Range.of(
                    32,
                    128,
                    "half and twice the line: a small live heap with GOGC=100 headroom fits 128 MiB, and barely 32")),
    MEMORY_MILD_MIB(
            "memory.mildMiB",
            256,
            "MiB",
            Criterion.R_MEMORY,
            Source.assumption("a budget up to 256 MiB is tight for a JVM but ordinary for Go; shown, counted nowhere")),
    // R-SCALE-COST
    SCALE_MANY_INSTANCES(
            "scale.manyInstances",
            100,
            "instances",
            Criterion.R_SCALE_COST,
            Source.guide(
                    "000",
                    "at higher scale, the extra memory and runtime behavior can translate directly into more instances",
                    "a hundred instances at peak is higher scale; the scale counts only if the move also pays back "
                            + "within cost.paybackHorizonMonths"),
            Range.of(50, 200, "half and twice a hundred: where \"higher scale\" begins is a matter of degree")),
    SCALE_HIGH_MONTHLY_COST(
            "scale.highMonthlyCost",
            50_000,
            "per month",
            Criterion.R_SCALE_COST,
            Source.assumption(
                    "the same scale in money: about 250 instances at cost.instanceMonthly; counts only if the move "
                            + "pays back"),
            Range.of(25_000, 100_000, "half and twice the line, as for scale.manyInstances")),
    SCALE_SOME_INSTANCES(
            "scale.someInstances",
            30,
            "instances",
            Criterion.R_SCALE_COST,
            Source.assumption("a fleet worth mentioning; shown, counted nowhere")),
    SCALE_SOME_MONTHLY_COST(
            "scale.someMonthlyCost",
            10_000,
            "per month",
            Criterion.R_SCALE_COST,
            Source.assumption("a bill worth mentioning; shown, counted nowhere")),
    // R-DEFECT-COST
    DEFECT_MANY_DEPENDENTS(
            "defect.manyDependents",
            10,
            "dependents",
            Criterion.R_DEFECT_COST,
            Source.guide(
                    "000",
                    "a component that many other systems depend on",
                    "ten callers make a defect everybody's incident: the defect cost is high"),
            Range.of(5, 20, "from defect.someDependents to twice the line: how many callers are \"many\"")),
    DEFECT_SOME_DEPENDENTS(
            "defect.someDependents",
            5,
            "dependents",
            Criterion.R_DEFECT_COST,
            Source.assumption("half of defect.manyDependents; shown, counted nowhere")),
    // R-CONCURRENCY
    CONCURRENCY_INCIDENTS_MANY(
            "concurrency.incidentsMany",
            2,
            "incidents",
            Criterion.R_CONCURRENCY,
            Source.guide(
                    "000",
                    "Rust wins when the cost of performance waste, memory unsafety, or concurrency bugs is high enough",
                    "two races, leaks or deadlocks in a year where concurrency is already the hard part show that cost "
                            + "is being paid: a strong requirement"),
            Range.of(2, 4, "two is the least count that is a pattern; four is one a quarter")),
    // R-TARGET
    TARGET_STRICT_STARTUP_MS(
            "target.strictStartupMs",
            10,
            "ms",
            Criterion.R_TARGET,
            Source.guide(
                    "000",
                    "more control when you care about runtime footprint, startup, or embedding into constrained environments",
                    "a Go binary starts its runtime and collector before main; a cold-start budget of 10 ms or less "
                            + "leaves no room for it (the line is an assumption)"),
            Range.of(
                    5, 50, "a Go binary is up in a few milliseconds on a warm host; 50 ms was the first model's line")),
    TARGET_MILD_STARTUP_MS(
            "target.mildStartupMs",
            200,
            "ms",
            Criterion.R_TARGET,
            Source.assumption("Go starts well within 200 ms; shown, counted nowhere")),
    // G-TIME-TO-MARKET, G-TEAM
    DELIVERY_NEAR_DEADLINE_DAYS(
            "delivery.nearDeadlineDays",
            90,
            "days",
            Criterion.G_TIME_TO_MARKET,
            Source.guide(
                    "000",
                    "a market-facing MVP in a short window",
                    "a quarter is a short window; a deadline that has passed is still inside it"),
            Range.of(60, 120, "two to four months: around a quarter")),
    // G-GOOD-ENOUGH
    GOOD_ENOUGH_LOOSE_P99_MS(
            "goodEnough.looseP99Ms",
            100,
            "ms",
            Criterion.G_GOOD_ENOUGH,
            Source.guide(
                    "000", "Go often performs well enough", "at 100 ms or more a GC pause is invisible in the p99"),
            Range.of(50, 200, "from tail.mildMs, where Go meets targets routinely, to twice the line")),
    GOOD_ENOUGH_MODEST_RPS(
            "goodEnough.modestRps",
            5_000,
            "rps",
            Criterion.G_GOOD_ENOUGH,
            Source.guide(
                    "001",
                    "245K rps is more than most services will ever need",
                    "under 5,000 rps is a fiftieth of the guide's figure: throughput is no concern"),
            Range.of(2_000, 10_000, "a hundredth to a twenty-fifth of the guide's 245K")),
    // P-SHARE
    SHARE_LOW(
            "share.low",
            0.05,
            "fraction",
            Criterion.P_SHARE,
            Source.guide(
                    "001",
                    "Invest in Rust for the 5-10% of your architecture that is performance-critical",
                    "the bottom of the band the message shows")),
    SHARE_HIGH(
            "share.high",
            0.10,
            "fraction",
            Criterion.P_SHARE,
            Source.guide(
                    "001",
                    "Invest in Rust for the 5-10% of your architecture that is performance-critical",
                    "a share above it warns")),
    SHARE_MIN_SERVICES(
            "share.minServices",
            10,
            "services",
            Criterion.P_SHARE,
            Source.assumption(
                    "in fewer than ten services one Rust service is already more than 10%: the share means nothing")),
    // Ownership economics
    COST_PAYBACK_HORIZON_MONTHS(
            "cost.paybackHorizonMonths",
            12,
            "months",
            Criterion.R_SCALE_COST,
            Source.guide(
                    "000",
                    "The right answer is the one that makes your system cheaper to own after launch",
                    "the move must pay for itself within a budget year, at the low end of the guide's efficiency range; "
                            + "a payback further out rests on a benchmark figure for longer than anyone plans (the year "
                            + "is an assumption)"),
            Range.of(6, 24, "half a budget year to two: how far ahead teams plan")
                    .saying("a %s-month horizon")),
    COST_THROUGHPUT_GAIN_LOW(
            "cost.throughputGainLow",
            0.20,
            "fraction",
            Criterion.R_SCALE_COST,
            Source.guide(
                    "001",
                    "Rust consistently benchmarks 20-40% faster than Go in HTTP throughput",
                    "20% more throughput serves the same load on 1/1.2 of the capacity: 17% less run cost"),
            Range.of(
                            0.2,
                            0.4,
                            "the guide's whole 20-40%: the estimate takes the low end, the grid the rest of the range")
                    .through(0.3)
                    .saying("%s saving")),
    COST_THROUGHPUT_GAIN_HIGH(
            "cost.throughputGainHigh",
            0.40,
            "fraction",
            Criterion.R_SCALE_COST,
            Source.guide(
                    "001",
                    "Rust consistently benchmarks 20-40% faster than Go in HTTP throughput",
                    "40% more throughput: 29% less run cost")),
    COST_INSTANCE_MONTHLY(
            "cost.instanceMonthly",
            200,
            "per month",
            Criterion.R_SCALE_COST,
            Source.assumption(
                    "the run cost of one instance when only instances are given: a few vCPUs and GiB on a cloud"),
            Range.of(100, 400, "half and twice: from a small VM to a large one")),
    COST_ENGINEER_WEEK(
            "cost.engineerWeek",
            3_000,
            "per week",
            Criterion.G_TEAM,
            Source.assumption("a loaded engineer-week; set it in the portfolio's currency"),
            Range.of(1_500, 6_000, "half and twice: loaded engineering costs differ that much between markets")),
    COST_EXTRA_WEEKS_NONE(
            "cost.extraWeeksNone",
            3,
            "weeks",
            Criterion.G_TEAM,
            Source.guide(
                    "001",
                    "Go concurrency takes a week to learn. Rust async takes a month.",
                    "a month against a week: three extra weeks per engineer new to Rust")),
    COST_EXTRA_WEEKS_SOME(
            "cost.extraWeeksSome",
            1.5,
            "weeks",
            Criterion.G_TEAM,
            Source.assumption("half of the three extra weeks for a team with some Rust"),
            Range.of(1, 3, "from a third of the month to all of it: some experience may or may not include async")),
    COST_EXTRA_WEEKS_STRONG(
            "cost.extraWeeksStrong",
            0,
            "weeks",
            Criterion.G_TEAM,
            Source.assumption("a team strong in Rust has nothing left to learn"),
            Range.of(0, 1, "a strong team may still need a week for the service's own async stack")),
    COST_DEFAULT_TEAM_SIZE(
            "cost.defaultTeamSize",
            5,
            "engineers",
            Criterion.G_TEAM,
            Source.assumption("a two-pizza team, when team.size is missing"),
            Range.of(3, 10, "from a small team to two pizzas' worth").saying("a team of %s (assumed)")),
    COST_REWRITE_LINES_PER_WEEK(
            "cost.rewriteLinesPerWeek",
            1_000,
            "lines per engineer-week",
            Criterion.R_SCALE_COST,
            Source.assumption("porting a working service, its behaviour and tests as the specification: about "
                    + "200 lines a day per engineer, reviewed and tested; slower than that for storage engines"),
            Range.of(500, 2_000, "half and twice: a careful port of tricky code to a mechanical one")),
    COST_FAR_PAYBACK_MULTIPLE(
            "cost.farPaybackMultiple",
            3,
            "horizons",
            Criterion.G_GOOD_ENOUGH,
            Source.assumption(
                    "a Go service that meets its demand in production, or is being retired, is go when even the high "
                            + "saving repays the move only beyond three horizons: the service will have changed before the "
                            + "estimate could come true, so nothing a reviewer adds would change the answer"),
            Range.of(2, 5, "two to five horizons: the estimate rests on a benchmark figure for that long")),
    COST_ASSUMED_LINES_DATA_PLANE(
            "cost.assumedLines.data-plane", 30_000, "lines", Criterion.R_SCALE_COST, assumedSize(), assumedRange()),
    COST_ASSUMED_LINES_CONTROL_PLANE(
            "cost.assumedLines.control-plane", 25_000, "lines", Criterion.R_SCALE_COST, assumedSize(), assumedRange()),
    COST_ASSUMED_LINES_ADMIN_API(
            "cost.assumedLines.admin-api", 8_000, "lines", Criterion.R_SCALE_COST, assumedSize(), assumedRange()),
    COST_ASSUMED_LINES_ORCHESTRATION(
            "cost.assumedLines.orchestration", 25_000, "lines", Criterion.R_SCALE_COST, assumedSize(), assumedRange()),
    COST_ASSUMED_LINES_API(
            "cost.assumedLines.api", 15_000, "lines", Criterion.R_SCALE_COST, assumedSize(), assumedRange()),
    COST_ASSUMED_LINES_WORKER(
            "cost.assumedLines.worker", 10_000, "lines", Criterion.R_SCALE_COST, assumedSize(), assumedRange()),
    COST_ASSUMED_LINES_STREAM_PROCESSOR(
            "cost.assumedLines.stream-processor",
            20_000,
            "lines",
            Criterion.R_SCALE_COST,
            assumedSize(),
            assumedRange()),
    COST_ASSUMED_LINES_PROXY(
            "cost.assumedLines.proxy", 20_000, "lines", Criterion.R_SCALE_COST, assumedSize(), assumedRange()),
    COST_ASSUMED_LINES_EDGE(
            "cost.assumedLines.edge", 5_000, "lines", Criterion.R_SCALE_COST, assumedSize(), assumedRange()),
    COST_ASSUMED_LINES_STORAGE(
            "cost.assumedLines.storage", 60_000, "lines", Criterion.R_SCALE_COST, assumedSize(), assumedRange()),
    COST_ASSUMED_LINES_BATCH(
            "cost.assumedLines.batch", 10_000, "lines", Criterion.R_SCALE_COST, assumedSize(), assumedRange()),
    COST_ASSUMED_LINES_TOOLING(
            "cost.assumedLines.tooling", 5_000, "lines", Criterion.R_SCALE_COST, assumedSize(), assumedRange()),
    // Drift between a descriptor and what the repository runs: no criterion's, the evidence check's
    DRIFT_INSTANCES_RATIO(
            "drift.instancesRatio",
            1.5,
            "times",
            "descriptor-drift",
            Source.assumption(
                    "instances differ between environments and over a quarter; a count half as large again (or "
                            + "less than two thirds) as what the manifests run is no longer the same service's figure, and "
                            + "scale counts toward R-SCALE-COST")),
    DRIFT_INSTANCES_SLACK(
            "drift.instancesSlack",
            2,
            "instances",
            "descriptor-drift",
            Source.assumption(
                    "at a handful of instances the ratio alone flags 2 against 3: a difference of two instances or "
                            + "less is never drift")),
    DRIFT_MEMORY_RATIO(
            "drift.memoryRatio",
            1.5,
            "times",
            "descriptor-drift",
            Source.assumption(
                    "a container limit is set with some headroom over the budget; half as large again (or below two "
                            + "thirds of it) and the budget no longer describes what runs, which R-MEMORY reads")),
    // The gate's calendar: no criterion's, the expiry of decisions and waivers
    EXPIRY_WARN_DAYS(
            "expiry.warnDays",
            30,
            "days",
            "decision-expiring, waiver-expiring, owners[] and systems[] expiring",
            Source.assumption(
                    "a month's notice before a decision or waiver expires: time to review it in the next planning cycle"));

    /** A rewrite size assumed for a role: half to twice the typical size is the reasoned range. */
    private static Range assumedRange() {
        return Range.half("services of one role differ in size by that much either way")
                .saying("%s lines to rewrite (assumed)");
    }

    private static Source assumedSize() {
        return Source.assumption("the source lines of a typical service of this role, without tests, vendored or "
                + "generated code, when spec.codeLines is missing; the report says it was assumed");
    }

    private final String id;
    private final double defaultValue;
    private final String unit;
    private final Criterion criterion;
    private final String readBy;
    private final Source source;
    private final Range range;

    Threshold(String id, double defaultValue, String unit, Criterion criterion, Source source) {
        this(id, defaultValue, unit, criterion, null, source, null);
    }

    Threshold(String id, double defaultValue, String unit, Criterion criterion, Source source, Range range) {
        this(id, defaultValue, unit, criterion, null, source, range);
    }

    /** A threshold that serves no criterion, with what reads it. */
    Threshold(String id, double defaultValue, String unit, String readBy, Source source) {
        this(id, defaultValue, unit, null, readBy, source, null);
    }

    Threshold(
            String id,
            double defaultValue,
            String unit,
            Criterion criterion,
            String readBy,
            Source source,
            Range range) {
        this.id = id;
        this.defaultValue = defaultValue;
        this.unit = unit;
        this.criterion = criterion;
        this.readBy = readBy;
        this.source = source;
        this.range = range == null ? null : range.around(defaultValue);
    }

    /**
     * The reasoned range of an assumed value that can change a verdict, or {@code null}: a guide's own
     * figure (245K rps, the 40% gain, a month against a week), a mild line that counts nowhere, and
     * the thresholds of the portfolio, the drift and the calendar have none. The robustness grid
     * recomputes each verdict at the ends of every range (docs/criteria.md, "Robustness").
     */
    public Range range() {
        return range;
    }

    /**
     * The values an assumption is tried at besides its default, and why the range is what it is.
     *
     * @param low the low end
     * @param high the high end
     * @param through any points between them also tried (the saving's 30%)
     * @param phrase how a value is said in a robustness text, {@code %s} for the value, or
     *     {@code null} for the threshold's name and the value
     * @param reasoning why the range is reasonable
     */
    public record Range(double low, double high, List<Double> through, String phrase, String reasoning) {

        static Range of(double low, double high, String reasoning) {
            return new Range(low, high, List.of(), null, reasoning);
        }

        /** Half to twice the default, whatever it is. */
        static Range half(String reasoning) {
            return new Range(Double.NaN, Double.NaN, List.of(), null, reasoning);
        }

        Range through(double... points) {
            return new Range(low, high, Arrays.stream(points).boxed().toList(), phrase, reasoning);
        }

        Range saying(String phrase) {
            return new Range(low, high, through, phrase, reasoning);
        }

        Range around(double defaultValue) {
            return Double.isNaN(low) ? new Range(defaultValue / 2, defaultValue * 2, through, phrase, reasoning) : this;
        }

        /** The values tried besides {@code value} (the one in force), low to high. */
        public List<Double> points(double value) {
            TreeSet<Double> points = new TreeSet<>(through);
            points.add(low);
            points.add(high);
            points.remove(value);
            return List.copyOf(points);
        }

        /** {@code 2-10}, {@code 20-40%}: the range as the docs write it. */
        public String text(String unit) {
            return "fraction".equals(unit)
                    ? Numbers.format(Numbers.round(low * 100, 1)) + "-" + Numbers.format(Numbers.round(high * 100, 1))
                            + "%"
                    : Numbers.format(low) + "-" + Numbers.format(high);
        }
    }

    /** The name a policy file and the docs use, e.g. {@code tail.demandingMs}. */
    public String id() {
        return id;
    }

    public double defaultValue() {
        return defaultValue;
    }

    public String unit() {
        return unit;
    }

    /**
     * The criterion the threshold serves, or {@code null} for one that serves none: the drift
     * check's and the gate calendar's, which {@link #readBy()} names.
     */
    public Criterion criterion() {
        return criterion;
    }

    /**
     * What reads a threshold that serves no criterion, as the docs name it ({@code descriptor-drift});
     * {@code null} for one that serves a criterion.
     */
    public String readBy() {
        return readBy;
    }

    public Source source() {
        return source;
    }

    /** The assumed size of a service of {@code role} when the descriptor gives no {@code codeLines}. */
    public static Threshold assumedLines(Role role) {
        return switch (role) {
            case DATA_PLANE -> COST_ASSUMED_LINES_DATA_PLANE;
            case CONTROL_PLANE -> COST_ASSUMED_LINES_CONTROL_PLANE;
            case ADMIN_API -> COST_ASSUMED_LINES_ADMIN_API;
            case ORCHESTRATION -> COST_ASSUMED_LINES_ORCHESTRATION;
            case API -> COST_ASSUMED_LINES_API;
            case WORKER -> COST_ASSUMED_LINES_WORKER;
            case STREAM_PROCESSOR -> COST_ASSUMED_LINES_STREAM_PROCESSOR;
            case PROXY -> COST_ASSUMED_LINES_PROXY;
            case EDGE -> COST_ASSUMED_LINES_EDGE;
            case STORAGE -> COST_ASSUMED_LINES_STORAGE;
            case BATCH -> COST_ASSUMED_LINES_BATCH;
            case TOOLING -> COST_ASSUMED_LINES_TOOLING;
        };
    }

    /** The threshold named {@code id}, or {@code null}. */
    public static Threshold byId(String id) {
        return ById.MAP.get(id);
    }

    /** Every name, in catalogue order. */
    public static List<String> ids() {
        return ById.IDS;
    }

    private static final class ById {
        static final Map<String, Threshold> MAP;
        static final List<String> IDS;

        static {
            Map<String, Threshold> map = new HashMap<>();
            for (Threshold t : values()) {
                map.put(t.id, t);
            }
            MAP = Collections.unmodifiableMap(map);
            IDS = Arrays.stream(values()).map(Threshold::id).toList();
        }
    }
}
