package dev.rustgo.criteria;

import dev.rustgo.model.Field;
import dev.rustgo.model.Service;
import dev.rustgo.model.Verdict;
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
        List<Reason> side = reasons.stream()
                .filter(r -> verdict == Verdict.REVIEW || r.direction() == (verdict == Verdict.RUST ? Direction.RUST : Direction.GO))
                .toList();
        List<Reason> specific = side.stream().filter(r -> r.criterion() != Criterion.G_DEFAULT).toList();
        return (specific.isEmpty() ? side : specific).stream().limit(count).toList();
    }
}
