package dev.rustgo.criteria;

/** Every criterion of the two guides, with the ids of the contract's criteria.md. */
public enum Criterion {
    R_TAIL("R-TAIL", Direction.RUST, "tail latency is a central requirement"),
    R_THROUGHPUT("R-THROUGHPUT", Direction.RUST, "high throughput"),
    R_MEMORY("R-MEMORY", Direction.RUST, "tight memory budget"),
    R_SCALE_COST("R-SCALE-COST", Direction.RUST, "scale makes runtime overhead expensive"),
    R_DEFECT_COST("R-DEFECT-COST", Direction.RUST, "defects are expensive"),
    R_CONCURRENCY("R-CONCURRENCY", Direction.RUST, "concurrency is the hard part"),
    R_MEMORY_SAFETY("R-MEMORY-SAFETY", Direction.RUST, "memory unsafety is costly"),
    R_TARGET("R-TARGET", Direction.RUST, "edge, Wasm or constrained target"),
    R_ROLE("R-ROLE", Direction.RUST, "data-plane or realtime role"),
    R_REPLACE("R-REPLACE", Direction.RUST, "replacing an unstable or expensive backend"),
    R_NATIVE("R-NATIVE", Direction.RUST, "native integration is central"),
    G_DEFAULT("G-DEFAULT", Direction.GO, "Go is the default"),
    G_CONTROL_PLANE("G-CONTROL-PLANE", Direction.GO, "control-plane, admin or orchestration role"),
    G_TIME_TO_MARKET("G-TIME-TO-MARKET", Direction.GO, "time to market"),
    G_TEAM("G-TEAM", Direction.GO, "team and hiring"),
    G_GOOD_ENOUGH("G-GOOD-ENOUGH", Direction.GO, "Go performs well enough"),
    P_SHARE("P-SHARE", Direction.PORTFOLIO, "Rust for 5-10% of the architecture"),
    P_SPLIT("P-SPLIT", Direction.PORTFOLIO, "Rust and Go in the right places"),
    P_READINESS("P-READINESS", Direction.PORTFOLIO, "Rust adoption needs a plan");

    private final String id;
    private final Direction direction;
    private final String title;

    Criterion(String id, Direction direction, String title) {
        this.id = id;
        this.direction = direction;
        this.title = title;
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
     * The central requirement the criterion measures when it demands, or {@code null} for the
     * criteria that only corroborate (defect cost, role), the Go criteria and the portfolio ones. A
     * replacement of an expensive surface demands ownership cost where the move pays back.
     */
    public Requirement requirement() {
        return switch (this) {
            case R_TAIL -> Requirement.LATENCY;
            case R_THROUGHPUT -> Requirement.THROUGHPUT;
            case R_SCALE_COST, R_REPLACE -> Requirement.COST;
            case R_MEMORY -> Requirement.MEMORY;
            case R_CONCURRENCY -> Requirement.CONCURRENCY;
            case R_MEMORY_SAFETY -> Requirement.SAFETY;
            case R_TARGET, R_NATIVE -> Requirement.NATIVE;
            default -> null;
        };
    }
}
