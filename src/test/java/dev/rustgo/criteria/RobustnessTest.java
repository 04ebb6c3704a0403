package dev.rustgo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.model.Portfolio;
import dev.rustgo.model.Service;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The robustness grid settles most of its points without scoring again (docs/criteria.md,
 * "Robustness"); these properties hold the shortcuts to the exhaustive answer over generated
 * descriptors, so a shortcut that is wrong fails here.
 */
class RobustnessTest {

    private static final int CASES = 3_000;

    @Test
    void theShortcutsGiveTheExhaustiveGridPointForPoint() {
        Random r = new Random(20261207L);
        Scorer scorer = Scorer.standard();
        int flipped = 0;
        for (int i = 0; i < CASES; i++) {
            Service s = MonotonicityTest.random(r, i);
            Rule.Context context = new Rule.Context(Portfolio.of(List.of(s)), Thresholds.defaults(), Services.TODAY);
            Robustness fast = scorer.assess(s, context).robustness();
            assertEquals(scorer.exhaustiveRobustness(s, context), fast, s.toString());
            flipped += fast.holds() ? 0 : 1;
        }
        assertTrue(flipped > CASES / 50, "the property sees flips: " + flipped);
    }

    /**
     * A rule that does not say which thresholds it reads is run again wherever any threshold moves:
     * slower, never wrong. The catalogue's rules, hiding what they read, give the same grid.
     */
    @Test
    void aRuleThatDoesNotSayWhatItReadsIsRunAgainForEveryThreshold() {
        Scorer hiding = new Scorer(
                RuleCatalog.rules().stream().map(RobustnessTest::hiding).toList());
        Scorer standard = Scorer.standard();
        Random r = new Random(20261207L);
        int flipped = 0;
        for (int i = 0; i < CASES / 6; i++) {
            Service s = MonotonicityTest.random(r, i);
            Rule.Context context = new Rule.Context(Portfolio.of(List.of(s)), Thresholds.defaults(), Services.TODAY);
            Robustness robustness = hiding.assess(s, context).robustness();
            assertEquals(standard.assess(s, context).robustness(), robustness, s.toString());
            flipped += robustness.holds() ? 0 : 1;
        }
        assertTrue(flipped > CASES / 300, "the property sees flips: " + flipped);
    }

    /** {@code rule} without its {@link Rule#thresholds()}. */
    private static Rule hiding(Rule rule) {
        return new Rule() {
            @Override
            public Criterion criterion() {
                return rule.criterion();
            }

            @Override
            public String name() {
                return rule.name();
            }

            @Override
            public List<dev.rustgo.model.Field> fields() {
                return rule.fields();
            }

            @Override
            public void evaluate(Service service, Context context, List<Reason> reasons) {
                rule.evaluate(service, context, reasons);
            }

            @Override
            public void weigh(Service service, Context context, List<Reason> reasons) {
                rule.weigh(service, context, reasons);
            }
        };
    }

    /** The payback's answers without an estimate are the estimate's, at every point of the grid. */
    @Test
    void thePaybackAnswersAreTheEstimates() {
        Random r = new Random(20261208L);
        List<Thresholds.Point> grid = Thresholds.defaults().grid();
        for (int i = 0; i < CASES; i++) {
            Service s = MonotonicityTest.random(r, i);
            for (Thresholds t : List.of(
                    Thresholds.defaults(), grid.get(r.nextInt(grid.size())).thresholds())) {
                CostEstimate e = CostModel.estimate(s, t);
                int expected = e == null
                        ? -1
                        : (e.paysBack() ? 1 : 0) | (e.beyond(t.get(Threshold.COST_FAR_PAYBACK_MULTIPLE)) ? 2 : 0);
                assertEquals(expected, CostModel.answers(s, t), s.toString());
            }
        }
    }

    /** Every point of the grid is one ranged threshold at one value its range gives, the rest at their defaults. */
    @Test
    void theGridIsEachRangedThresholdAtEachOfItsPoints() {
        List<Thresholds.Point> grid = Thresholds.defaults().grid();
        int expected = 0;
        for (Threshold t : Threshold.values()) {
            if (t.range() != null) {
                expected += t.range().points(t.defaultValue()).size();
            }
        }
        assertEquals(expected, grid.size());
        for (Thresholds.Point p : grid) {
            for (Threshold t : Threshold.values()) {
                assertEquals(
                        t == p.threshold() ? p.value() : t.defaultValue(),
                        p.thresholds().get(t),
                        t.id());
            }
        }
        assertTrue(grid.stream().noneMatch(p -> p.threshold() == Threshold.TAIL_STRICT_MS));
    }
}
