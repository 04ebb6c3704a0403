package dev.rustgo.criteria;

import dev.rustgo.model.Field;
import dev.rustgo.model.Service;
import dev.rustgo.model.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The verdict on one service and why: the reasons, strongest first, the two pressure scores, the
 * confidence (0-1, higher with a wider margin and more evidence present), the evidence fields
 * that were missing, the single changes that would give another verdict ({@code whatIf}), for a
 * service not written in Rust, the ownership economics of a move ({@code null} without a run cost
 * or instance count), and what to do about it in the terms of its own language ({@link Action}).
 */
public record Assessment(
        Service service,
        Verdict verdict,
        double confidence,
        double rustScore,
        double goScore,
        List<Reason> reasons,
        List<Field> missing,
        String summary,
        List<String> whatIf,
        CostEstimate cost,
        Action action) {

    public Assessment {
        reasons = List.copyOf(reasons);
        missing = List.copyOf(missing);
        whatIf = List.copyOf(whatIf);
    }

    /**
     * A clear Go verdict: nothing at all toward Rust, not even a mild figure, and Go pressure
     * beyond the default (a control-plane role, a loose target, modest traffic, a team new to Rust).
     */
    public boolean strongGoFit() {
        return strongGoFit(verdict, reasons);
    }

    static boolean strongGoFit(Verdict verdict, List<Reason> reasons) {
        boolean pressure = false;
        for (Reason r : reasons) {
            if (r.direction() == Direction.RUST) {
                return false;
            }
            pressure |= r.strength() == Strength.PRESSURE;
        }
        return verdict == Verdict.GO && pressure;
    }

    /**
     * The heaviest reasons of the side the verdict went to (both sides for {@code review}), one per
     * criterion; the Go prior, which every service has, only when nothing else speaks for Go.
     */
    public List<Reason> topReasons(int count) {
        Direction way = verdict == Verdict.RUST ? Direction.RUST : Direction.GO;
        List<Reason> top = new ArrayList<>(count);
        Set<Criterion> named = EnumSet.noneOf(Criterion.class);
        Reason prior = null;
        for (Reason r : reasons) {
            if (verdict != Verdict.REVIEW && r.direction() != way) {
                continue;
            }
            if (r.criterion() == Criterion.G_DEFAULT) {
                prior = prior == null ? r : prior;
            } else if (top.size() < count && named.add(r.criterion())) {
                top.add(r);
            }
        }
        return top.isEmpty() && prior != null && count > 0 ? List.of(prior) : List.copyOf(top);
    }
}
