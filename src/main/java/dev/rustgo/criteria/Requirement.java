package dev.rustgo.criteria;

/**
 * The central requirements of the guides, each of which can make Rust worth it ("Choose Rust when
 * latency, memory efficiency, concurrency correctness, or native integration are central
 * requirements", 000; "when the performance or safety requirements demand it", 001). Criteria that
 * measure the same thing belong to one requirement and count once: peak rps, instances and monthly
 * cost all measure scale.
 */
public enum Requirement {
    LATENCY("tail latency"),
    SCALE("throughput and scale"),
    MEMORY("memory efficiency"),
    CONCURRENCY("concurrency correctness"),
    SAFETY("strict safety"),
    NATIVE("native integration and constrained targets");

    private final String title;

    Requirement(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
