package dev.rustgo.criteria;

import dev.rustgo.model.Field;
import dev.rustgo.model.Service;
import dev.rustgo.model.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The verdict on one service and why: the reasons, strongest first, and those the verdict rests on
 * ({@code basis}); the two pressure scores; the confidence, the share of the robustness grid that
 * agrees with the verdict ({@link Robustness#share()}); the evidence fields that were missing; the
 * single changes that would give another verdict ({@code whatIf}); for a service not written in
 * Rust, the ownership economics of a move ({@code null} without a run cost or instance count); what
 * to do about it in the terms of its own language ({@link Action}); and whether the verdict holds
 * across the ranges of its assumptions ({@link Robustness}).
 */
public record Assessment(
        Service service,
        Verdict verdict,
        double confidence,
        double rustScore,
        double goScore,
        List<Reason> reasons,
        List<Reason> basis,
        List<Field> missing,
        String summary,
        List<String> whatIf,
        CostEstimate cost,
        Action action,
        Robustness robustness) {

    public Assessment {
        reasons = List.copyOf(reasons);
        basis = List.copyOf(basis);
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
     * The heaviest reasons the verdict rests on, one per criterion: the demands and corroborations
     * of a Rust case, the demands and the pressures that answer them in a review, the Go pressures
     * (or the Go prior) of a go verdict. Mild figures count nowhere, so they are never among them.
     */
    public List<Reason> topReasons(int count) {
        List<Reason> top = new ArrayList<>(count);
        Set<Criterion> named = EnumSet.noneOf(Criterion.class);
        for (Reason r : reasons) {
            if (top.size() < count && basis.contains(r) && named.add(r.criterion())) {
                top.add(r);
            }
        }
        return List.copyOf(top);
    }
}
