package dev.rustgo.criteria;

import dev.rustgo.model.Concurrency;
import dev.rustgo.model.Experience;
import dev.rustgo.model.Field;
import dev.rustgo.model.Milestone;
import dev.rustgo.model.Service;
import dev.rustgo.model.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * "What would change the verdict": the smallest single-field changes, at the thresholds of the
 * rules, that give the service another verdict. Each candidate is scored like a real descriptor,
 * so the answer is exact for the current thresholds, not a guess. Fields the descriptor leaves out
 * are named first: adding evidence is the cheapest change.
 */
final class WhatIf {

    /** One change and the verdict it gives. */
    record Change(Field field, String condition, Verdict verdict) {
        String text() {
            return condition + " would make this " + verdict.id();
        }
    }

    /** A candidate value of a field, how to say it (only said if it flips the verdict), and which way it pushes. */
    private record Candidate(Field field, Object value, Supplier<String> condition, boolean towardRust) {}

    private static int rank(Verdict v) {
        return switch (v) {
            case GO -> 0;
            case REVIEW -> 1;
            case RUST -> 2;
        };
    }

    private WhatIf() {}

    static List<String> find(
            Service service, Verdict current, int limit, Function<Service, Verdict> score, Thresholds t) {
        List<Change> missing = new ArrayList<>();
        List<Change> present = new ArrayList<>();
        Set<Field> flipped = EnumSet.noneOf(Field.class);
        for (Candidate c : candidates(service, t)) {
            if (flipped.contains(c.field())) {
                continue; // the weakest change of a field that flips is the one worth saying
            }
            Verdict v = score.apply(service.with(c.field(), c.value()));
            // Only a flip in the direction the change pushes is an answer: a tighter latency target
            // that "makes this go" only says the target was missing, and would mislead.
            boolean flips = c.towardRust() ? rank(v) > rank(current) : rank(v) < rank(current);
            if (flips) {
                flipped.add(c.field());
                (service.has(c.field()) ? present : missing)
                        .add(new Change(c.field(), c.condition().get(), v));
            }
        }
        List<String> result = new ArrayList<>();
        for (Change change : missing) {
            result.add(change.text());
        }
        for (Change change : present) {
            result.add(change.text());
        }
        return List.copyOf(result.subList(0, Math.min(limit, result.size())));
    }

    /** Candidates from the weakest to the strongest change of each field. */
    private static List<Candidate> candidates(Service s, Thresholds t) {
        List<Candidate> list = new ArrayList<>();
        Double p99 = s.p99LatencyMs();
        for (Threshold edge : List.of(Threshold.TAIL_DEMANDING_MS, Threshold.TAIL_STRICT_MS)) {
            double ms = t.get(edge);
            if (p99 == null || p99 > ms) {
                list.add(new Candidate(
                        Field.P99_LATENCY_MS, ms, () -> "a p99LatencyMs of " + Numbers.format(ms) + " or less", true));
            }
        }
        double loose = t.get(Threshold.GOOD_ENOUGH_LOOSE_P99_MS);
        if (p99 == null || p99 < loose) {
            list.add(new Candidate(
                    Field.P99_LATENCY_MS,
                    loose,
                    () -> "a p99LatencyMs of " + Numbers.format(loose) + " or more",
                    false));
        }
        Long rps = s.peakRps();
        long demanding = (long) t.get(Threshold.THROUGHPUT_DEMANDING_RPS);
        if (rps == null || rps < demanding) {
            list.add(new Candidate(Field.PEAK_RPS, demanding, () -> "a peakRps of " + demanding + " or more", true));
        }
        long modest = (long) t.get(Threshold.GOOD_ENOUGH_MODEST_RPS);
        if (rps == null || rps >= modest) {
            list.add(new Candidate(Field.PEAK_RPS, modest - 1, () -> "a peakRps under " + modest, false));
        }
        Long mib = s.memoryBudgetMiB();
        long tight = (long) t.get(Threshold.MEMORY_DEMANDING_MIB);
        if (mib == null || mib > tight) {
            list.add(new Candidate(
                    Field.MEMORY_BUDGET_MIB, tight, () -> "a memoryBudgetMiB of " + tight + " or less", true));
        }
        long many = (long) t.get(Threshold.SCALE_MANY_INSTANCES);
        if (s.instances() == null || s.instances() < many) {
            list.add(new Candidate(Field.INSTANCES, many, () -> many + " instances or more", true));
        }
        if (s.concurrency() != Concurrency.HARD) {
            list.add(new Candidate(Field.CONCURRENCY, Concurrency.HARD, () -> "concurrency: hard", true));
        }
        if (s.rustExperience() != Experience.NONE) {
            list.add(new Candidate(
                    Field.RUST_EXPERIENCE, Experience.NONE, () -> "a team with no Rust experience", false));
        }
        if (s.rustExperience() != Experience.STRONG) {
            list.add(new Candidate(
                    Field.RUST_EXPERIENCE, Experience.STRONG, () -> "a team with strong Rust experience", true));
        }
        if (s.firstMilestone() != Milestone.MVP) {
            list.add(new Candidate(Field.FIRST_MILESTONE, Milestone.MVP, () -> "firstMilestone: mvp", false));
        }
        if (s.firstMilestone() != Milestone.REPLACE_UNSTABLE && s.firstMilestone() != Milestone.REPLACE_EXPENSIVE) {
            list.add(new Candidate(
                    Field.FIRST_MILESTONE, Milestone.REPLACE_UNSTABLE, () -> "firstMilestone: replace-unstable", true));
        }
        return list;
    }
}
