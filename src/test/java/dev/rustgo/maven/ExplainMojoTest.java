package dev.rustgo.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.verify;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** The explain goal: the reasoning for one service, or a clear error for an unknown one. */
@MojoTest
class ExplainMojoTest {

    @Test
    @Basedir("/unit/fail")
    @InjectMojo(goal = "explain", pom = "pom.xml")
    @MojoParameter(name = "service", value = "matcher")
    void explainsEveryRuleWithItsEvidenceAndPlace(ExplainMojo mojo) throws Exception {
        mojo.execute();

        verify(mojo.getLog()).info("rustgo explain: matcher");
        verify(mojo.getLog())
                .info("  verdict: rust (confidence 1.00): Rust is demanded (tail latency, throughput, concurrency"
                        + " correctness), corroborated by R-DEFECT-COST criticality financial, R-ROLE role data-plane;"
                        + " nothing presses for Go; for a service running in Go, its defect or safety cost makes the move"
                        + " worth it (R-DEFECT-COST criticality financial)");
        verify(mojo.getLog())
                .info("  rests on: R-TAIL p99LatencyMs 2, R-THROUGHPUT peakRps 400000, R-CONCURRENCY concurrency"
                        + " hard, R-DEFECT-COST criticality financial, R-ROLE role data-plane");
        verify(mojo.getLog())
                .info("  robustness: holds across the 6 points of its assumptions' ranges (the verdict"
                        + " recomputed with each assumed threshold at the ends of its reasoned range, one at a time;"
                        + " the confidence is the share that agrees)");
        verify(mojo.getLog())
                .info("    - a Go pressure weighs only against the requirements it answers (good-enough speed: tail"
                        + " latency and throughput; Go meeting the demand in production: all but ownership cost; an"
                        + " MVP, a team new to Rust under a deadline, a control-plane role, a retirement: all)");
        verify(mojo.getLog())
                .info("    R-DEFECT-COST    defect-cost         rust corroborates criticality financial (supports"
                        + " concurrency correctness, strict safety, ownership cost)  (services/matcher.yaml:12:16)");
        verify(mojo.getLog())
                .info("  action (consider-rust): consider a move to Rust; write spec.resources.monthlyCost or"
                        + " instances to see its payback");
        verify(mojo.getLog())
                .info("    R-TAIL           tail-latency        rust demand       p99LatencyMs 2"
                        + "  (services/matcher.yaml:10:19)");
        verify(mojo.getLog())
                .info("    R-MEMORY         memory-budget       -                 no evidence"
                        + " (missing: memoryBudgetMiB)");
        verify(mojo.getLog())
                .info("  pressure: Rust 8, Go 1 (mild 0, corroborates 1, demand 2, strong 3, each"
                        + " requirement once; Go: prior and pressure 1)");
    }

    /** A Component in the catalog that could not be scored: what to write first, not "no service named". */
    @Test
    @Basedir("/unit/unscored")
    @InjectMojo(goal = "explain", pom = "pom.xml")
    @MojoParameter(name = "service", value = "search")
    void aComponentThatIsNotScoredSaysWhatToWriteFirst(ExplainMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "rustgo.service: search is not scored, so there is nothing to explain yet; describe it first:"
                        + " catalog-info.yaml:4:9: search is a Component of spec.type service without rustgo.dev/"
                        + " annotations, so it is not audited; add rustgo.dev/role and rustgo.dev/language (or one"
                        + " language tag) to describe it (mvn rustgo:scaffold -Drustgo.service=search prints the"
                        + " annotations to add, with what the repository gives)",
                e.getMessage());
    }

    @Test
    @Basedir("/unit/fail")
    @InjectMojo(goal = "explain", pom = "pom.xml")
    @MojoParameter(name = "service", value = "matchr")
    void anUnknownServiceIsAConfigurationErrorWithASuggestion(ExplainMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "rustgo.service: no service named 'matchr' in the portfolio; did you mean 'matcher'?", e.getMessage());
    }
}
