package dev.rustgo.criteria;

import dev.rustgo.model.Field;
import dev.rustgo.model.Service;
import dev.rustgo.model.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict on one service and why: the reasons in order of weight, the two scores, the
 * confidence (0-1, higher with a wider margin and more evidence present), the evidence fields
 * that were missing, the single changes that would give another verdict ({@code whatIf}, for
 * {@code review} and borderline verdicts), and for a Rust candidate not yet in Rust the cost of
 * ownership of the move ({@code null} without a run cost or instance count).
 */
public record Assessment(Service service, Verdict verdict, double confidence, double rustScore, double goScore,
        List<Reason> reasons, List<Field> missing, String summary, List<String> whatIf, CostEstimate cost) {

    public Assessment {
        reasons = List.copyOf(reasons);
        missing = List.copyOf(missing);
        whatIf = List.copyOf(whatIf);
    }

    /**
     * The heaviest reasons of the side the verdict went to (both sides for {@code review}); the Go
     * prior, which every service has, only when nothing else speaks for Go.
     */
    public List<Reason> topReasons(int count) {
        Direction way = verdict == Verdict.RUST ? Direction.RUST : Direction.GO;
        List<Reason> top = new ArrayList<>(count);
        Reason prior = null;
        for (Reason r : reasons) {
            if (verdict != Verdict.REVIEW && r.direction() != way) {
                continue;
            }
            if (r.criterion() == Criterion.G_DEFAULT) {
                prior = prior == null ? r : prior;
            } else if (top.size() < count) {
                top.add(r);
            }
        }
        return top.isEmpty() && prior != null && count > 0 ? List.of(prior) : List.copyOf(top);
    }
}
