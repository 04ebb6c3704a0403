package dev.rustgo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rustgo.criteria.Criterion.Stakes;
import dev.rustgo.model.Portfolio;
import dev.rustgo.model.Service;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A criterion's row is its whole identity, and the rows are complete: the criteria that measure a
 * requirement are exactly those whose rules demand, and asking one that measures none is an error,
 * never a silent {@code null}.
 */
class CriterionTest {

    private static final int CASES = 2_000;

    @Test
    void theCriteriaThatMeasureARequirementAreExactlyThoseWhoseRulesDemandIt() {
        Random r = new Random(20261208L);
        Set<Criterion> demanding = EnumSet.noneOf(Criterion.class);
        for (int i = 0; i < CASES; i++) {
            Service s = MonotonicityTest.random(r, i);
            Rule.Context context = new Rule.Context(Portfolio.of(List.of(s)), Thresholds.defaults(), Services.TODAY);
            List<Reason> reasons = new ArrayList<>();
            for (Rule rule : RuleCatalog.rules()) {
                rule.evaluate(s, context, reasons); // a demand of a criterion without a requirement throws
            }
            for (Reason reason : reasons) {
                if (reason.strength().demands()) {
                    demanding.add(reason.criterion());
                    assertEquals(Set.of(reason.criterion().requirement()), reason.bears(), reason.toString());
                }
            }
        }
        Set<Criterion> measuring = EnumSet.noneOf(Criterion.class);
        for (Criterion c : Criterion.values()) {
            if (c.measuresRequirement()) {
                measuring.add(c);
            }
        }
        assertEquals(measuring, demanding);
    }

    @Test
    void aCriterionThatMeasuresNoRequirementSaysSoWhenAskedForOne() {
        IllegalStateException e = assertThrows(IllegalStateException.class, Criterion.R_ROLE::requirement);
        assertEquals("R-ROLE measures no central requirement: its evidence cannot demand", e.getMessage());
        assertFalse(Criterion.R_DEFECT_COST.measuresRequirement());
        assertEquals(Requirement.SAFETY, Criterion.R_MEMORY_SAFETY.requirement());
        assertEquals(Requirement.COST, Criterion.R_REPLACE.requirement());
        assertEquals(Requirement.NATIVE, Criterion.R_NATIVE.requirement());
    }

    @Test
    void onlyRustCriteriaMeasureARequirementOrRaiseTheStakes() {
        for (Criterion c : Criterion.values()) {
            if (c.direction() != Direction.RUST) {
                assertFalse(c.measuresRequirement(), c.id());
                assertEquals(Stakes.NONE, c.stakes(), c.id());
            }
        }
    }

    /** Sentence 7 of docs/criteria.md: a costly criticality or fan-in, or a strict-safety requirement. */
    @Test
    void theStakesAreHighOnADefectCostThatCorroboratesAndOnADemandForSafety() {
        for (Strength s : Strength.values()) {
            assertFalse(Stakes.NONE.raisedBy(s), s.id());
            assertEquals(s.demands(), Stakes.DEMANDED.raisedBy(s), s.id());
            assertEquals(s == Strength.CORROBORATES, Stakes.CORROBORATED.raisedBy(s), s.id());
        }
        Set<Criterion> raising = EnumSet.noneOf(Criterion.class);
        for (Criterion c : Criterion.values()) {
            if (c.stakes() != Stakes.NONE) {
                raising.add(c);
            }
        }
        assertEquals(EnumSet.of(Criterion.R_DEFECT_COST, Criterion.R_MEMORY_SAFETY), raising);
        assertEquals(Stakes.CORROBORATED, Criterion.R_DEFECT_COST.stakes());
        assertEquals(Stakes.DEMANDED, Criterion.R_MEMORY_SAFETY.stakes());
    }
}
