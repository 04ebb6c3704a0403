package dev.rustgo.criteria;

import dev.rustgo.model.Token;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The central requirements of the guides, each of which can make Rust worth it ("Choose Rust when
 * latency, memory efficiency, concurrency correctness, or native integration are central
 * requirements", 000; "when the performance or safety requirements demand it", 001; "cheaper to
 * own after launch", 000). Criteria that measure the same thing belong to one requirement and count
 * once: instances and monthly cost both measure what the service costs to run.
 *
 * <p>Evidence that is no requirement itself is typed by the requirements it bears on: a
 * corroboration by those it supports, a Go pressure by those it weighs against (docs/criteria.md,
 * "The verdict, sentence by sentence").
 */
public enum Requirement implements Token {
    LATENCY("tail latency"),
    THROUGHPUT("throughput"),
    MEMORY("memory efficiency"),
    CONCURRENCY("concurrency correctness"),
    SAFETY("strict safety"),
    NATIVE("native integration and constrained targets"),
    COST("ownership cost");

    /** Every requirement: what a retirement, an MVP or the split's placement weighs against. */
    public static final Set<Requirement> ALL = Collections.unmodifiableSet(EnumSet.allOf(Requirement.class));

    /** Speed: what "good enough" is about (000: "Go often performs well enough"). */
    public static final Set<Requirement> SPEED = Collections.unmodifiableSet(EnumSet.of(LATENCY, THROUGHPUT));

    /** What a defect cost supports: compile-time safety, concurrency correctness, and the cost of runtime debugging. */
    public static final Set<Requirement> DEFECTS = Collections.unmodifiableSet(EnumSet.of(CONCURRENCY, SAFETY, COST));

    /** What a hot-path role supports: the performance requirements of a data plane. */
    public static final Set<Requirement> HOT_PATH =
            Collections.unmodifiableSet(EnumSet.of(LATENCY, THROUGHPUT, MEMORY));

    /** What an expensive surface fails: the cost to run it, from its efficiency. */
    public static final Set<Requirement> EFFICIENCY = Collections.unmodifiableSet(EnumSet.of(COST, THROUGHPUT, MEMORY));

    /** What an unstable surface fails: the requirements whose failures are incidents (p99 spikes, races, crashes). */
    public static final Set<Requirement> STABILITY =
            Collections.unmodifiableSet(EnumSet.of(LATENCY, CONCURRENCY, SAFETY));

    /** All but the run cost: what Go meeting the demand in production answers. */
    public static final Set<Requirement> MET_IN_PRODUCTION =
            Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(COST)));

    private final String title;

    Requirement(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
