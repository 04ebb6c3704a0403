package dev.rustgo.criteria;

/**
 * Every criterion of the two guides, with the ids of the contract's criteria.md. A row is the
 * criterion's whole identity: its id, the way it pushes, its title, the central requirement it
 * measures when its evidence demands, and when its evidence makes a move worth it without a payback
 * (its stakes). The rule catalogue and the scorer read the rows; neither names a criterion to know
 * what it is.
 */
public enum Criterion {
    R_TAIL("R-TAIL", Direction.RUST, "tail latency is a central requirement", Requirement.LATENCY, Stakes.NONE),
    R_THROUGHPUT("R-THROUGHPUT", Direction.RUST, "high throughput", Requirement.THROUGHPUT, Stakes.NONE),
    R_MEMORY("R-MEMORY", Direction.RUST, "tight memory budget", Requirement.MEMORY, Stakes.NONE),
    R_SCALE_COST(
            "R-SCALE-COST", Direction.RUST, "scale makes runtime overhead expensive", Requirement.COST, Stakes.NONE),
    /** Only corroborates: it says why correctness and cost matter more, and makes the stakes high. */
    R_DEFECT_COST("R-DEFECT-COST", Direction.RUST, "defects are expensive", null, Stakes.CORROBORATED),
    R_CONCURRENCY(
            "R-CONCURRENCY", Direction.RUST, "concurrency is the hard part", Requirement.CONCURRENCY, Stakes.NONE),
    R_MEMORY_SAFETY(
            "R-MEMORY-SAFETY", Direction.RUST, "memory unsafety is costly", Requirement.SAFETY, Stakes.DEMANDED),
    R_TARGET("R-TARGET", Direction.RUST, "edge, Wasm or constrained target", Requirement.NATIVE, Stakes.NONE),
    /** Only corroborates: the hot path supports the performance requirements. */
    R_ROLE("R-ROLE", Direction.RUST, "data-plane or realtime role", null, Stakes.NONE),
    /** Replacing an expensive surface demands ownership cost where the move pays back. */
    R_REPLACE("R-REPLACE", Direction.RUST, "replacing an unstable or expensive backend", Requirement.COST, Stakes.NONE),
    R_NATIVE("R-NATIVE", Direction.RUST, "native integration is central", Requirement.NATIVE, Stakes.NONE),
    G_DEFAULT("G-DEFAULT", Direction.GO, "Go is the default", null, Stakes.NONE),
    G_CONTROL_PLANE("G-CONTROL-PLANE", Direction.GO, "control-plane, admin or orchestration role", null, Stakes.NONE),
    G_TIME_TO_MARKET("G-TIME-TO-MARKET", Direction.GO, "time to market", null, Stakes.NONE),
    G_TEAM("G-TEAM", Direction.GO, "team and hiring", null, Stakes.NONE),
    G_GOOD_ENOUGH("G-GOOD-ENOUGH", Direction.GO, "Go performs well enough", null, Stakes.NONE),
    P_SHARE("P-SHARE", Direction.PORTFOLIO, "Rust for 5-10% of the architecture", null, Stakes.NONE),
    P_SPLIT("P-SPLIT", Direction.PORTFOLIO, "Rust and Go in the right places", null, Stakes.NONE),
    P_READINESS("P-READINESS", Direction.PORTFOLIO, "Rust adoption needs a plan", null, Stakes.NONE);

    /**
     * When a criterion's evidence makes a service's defect or safety cost high: then a service
     * running in Go moves to Rust without a payback within the horizon (docs/criteria.md, sentence 7).
     */
    public enum Stakes {
        /** Its evidence never raises the stakes. */
        NONE,
        /** Evidence that demands its requirement does (a security boundary, a memory-safety incident). */
        DEMANDED,
        /** Evidence that corroborates does (a costly criticality, many dependents). */
        CORROBORATED;

        /** Whether evidence of {@code strength} raises the stakes. */
        public boolean raisedBy(Strength strength) {
            return switch (this) {
                case NONE -> false;
                case DEMANDED -> strength.demands();
                case CORROBORATED -> strength == Strength.CORROBORATES;
            };
        }
    }

    private final String id;
    private final Direction direction;
    private final String title;
    private final Requirement requirement;
    private final Stakes stakes;

    Criterion(String id, Direction direction, String title, Requirement requirement, Stakes stakes) {
        this.id = id;
        this.direction = direction;
        this.title = title;
        this.requirement = requirement;
        this.stakes = stakes;
    }

    /** The id of criteria.md, e.g. {@code R-TAIL}. */
    public String id() {
        return id;
    }

    public Direction direction() {
        return direction;
    }

    public String title() {
        return title;
    }

    /**
     * Whether the criterion measures a central requirement, so that its evidence can demand: not the
     * criteria that only corroborate (defect cost, role), the Go criteria and the portfolio ones.
     */
    public boolean measuresRequirement() {
        return requirement != null;
    }

    /**
     * The central requirement the criterion measures when it demands. A criterion that measures none
     * has no evidence that demands: asking it is an error, not a silent {@code null}.
     *
     * @throws IllegalStateException for a criterion that measures no requirement
     */
    public Requirement requirement() {
        if (requirement == null) {
            throw new IllegalStateException(id + " measures no central requirement: its evidence cannot demand");
        }
        return requirement;
    }

    /** When the criterion's evidence makes the defect or safety cost high. */
    public Stakes stakes() {
        return stakes;
    }
}
