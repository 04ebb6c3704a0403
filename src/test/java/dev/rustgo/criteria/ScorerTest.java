package dev.rustgo.criteria;

import static dev.rustgo.criteria.Services.assess;
import static dev.rustgo.criteria.Services.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.model.Concurrency;
import dev.rustgo.model.Criticality;
import dev.rustgo.model.Deployment;
import dev.rustgo.model.Experience;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Milestone;
import dev.rustgo.model.Role;
import dev.rustgo.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict model keeps the guides' stance: Go by default, Rust only where requirements demand it. */
class ScorerTest {

    @Test
    void aServiceWithNoEvidenceIsGoByDefault() {
        Assessment a = assess(service("plain", Language.GO, Role.WORKER));
        assertEquals(Verdict.GO, a.verdict());
        assertEquals(2.0, a.goScore());
        assertEquals(0.0, a.rustScore());
        assertEquals("Go is the default", a.topReasons(3).get(0).evidence());
        assertEquals(Scorer.EVIDENCE, a.missing());
    }

    @Test
    void matchingEngineIsRust() {
        Assessment a = assess(service("matcher", Language.GO, Role.DATA_PLANE)
                .set(Field.P99_LATENCY_MS, 2.0).set(Field.PEAK_RPS, 400_000L)
                .set(Field.CRITICALITY, Criticality.FINANCIAL).set(Field.CONCURRENCY, Concurrency.HARD));
        assertEquals(Verdict.RUST, a.verdict());
        assertEquals("Rust pressure 10.5 outweighs Go 2", a.summary());
        assertEquals(List.of("R-TAIL", "R-THROUGHPUT", "R-CONCURRENCY"),
                a.topReasons(3).stream().map(r -> r.criterion().id()).toList());
    }

    @Test
    void aHistoryOfGcPausesAloneIsNotDecisive() {
        Assessment a = assess(service("api", Language.GO, Role.API).set(Field.LATENCY_INCIDENTS, 6L));
        assertEquals(Verdict.GO, a.verdict());
    }

    @Test
    void oneStrongSignalAloneIsNotEnoughButAHardTargetIs() {
        Assessment edgeOnly = assess(service("cache", Language.GO, Role.WORKER).set(Field.PEAK_RPS, 1_000_000L)
                .set(Field.P99_LATENCY_MS, 60.0));
        assertEquals(Verdict.GO, edgeOnly.verdict());
        Assessment wasm = assess(service("plugin", Language.RUST, Role.WORKER).set(Field.DEPLOYMENT, Deployment.WASM));
        assertEquals(Verdict.RUST, wasm.verdict());
        Assessment nativeModule = assess(service("ext", Language.RUST, Role.WORKER)
                .set(Field.DEPLOYMENT, Deployment.NATIVE_MODULE));
        assertEquals(Verdict.RUST, nativeModule.verdict());
    }

    /**
     * A hard target weighs exactly verdict.rustMin and is exempt from the two-criteria rule, so it
     * makes rust alone only while Go pressure beyond the prior stays within 1: not decisive.
     */
    @Test
    void aHardTargetAloneMakesRustOnlyWhileTheGoSideStaysSmall() {
        Assessment api = assess(service("filter", Language.GO, Role.API).set(Field.DEPLOYMENT, Deployment.WASM));
        assertEquals(Verdict.RUST, api.verdict());
        assertEquals("Rust pressure 6 outweighs Go 3", api.summary());
        Assessment mvp = assess(service("filter", Language.GO, Role.WORKER).set(Field.DEPLOYMENT, Deployment.WASM)
                .set(Field.FIRST_MILESTONE, Milestone.MVP));
        assertEquals(Verdict.REVIEW, mvp.verdict());
        assertEquals("strong signals both ways: Rust 6, Go 4.5", mvp.summary());
        Assessment loose = assess(service("ext", Language.GO, Role.WORKER)
                .set(Field.DEPLOYMENT, Deployment.NATIVE_MODULE).set(Field.P99_LATENCY_MS, 150.0));
        assertEquals(Verdict.REVIEW, loose.verdict());
        assertEquals("strong signals both ways: Rust 6, Go 3.5", loose.summary());
    }

    @Test
    void adminApiIsGoWhateverItsLanguage() {
        Assessment a = assess(service("admin", Language.RUST, Role.ADMIN_API).set(Field.P99_LATENCY_MS, 300.0));
        assertEquals(Verdict.GO, a.verdict());
        assertEquals(7.5, a.goScore());
    }

    @Test
    void strongPressureBothWaysIsReview() {
        Assessment a = assess(service("mvp", Language.GO, Role.DATA_PLANE)
                .set(Field.P99_LATENCY_MS, 3.0).set(Field.PEAK_RPS, 300_000L)
                .set(Field.FIRST_MILESTONE, Milestone.MVP).set(Field.DEADLINE, Services.TODAY.plusDays(30))
                .set(Field.RUST_EXPERIENCE, Experience.NONE));
        assertEquals(Verdict.REVIEW, a.verdict());
        assertEquals("strong signals both ways: Rust 7.5, Go 9", a.summary());
    }

    @Test
    void aHotPathRoleWithNoFiguresIsReviewForLackOfEvidence() {
        Assessment a = assess(service("store", Language.GO, Role.STORAGE));
        assertEquals(Verdict.REVIEW, a.verdict());
        assertEquals("too little evidence: a storage service with no traffic or resource figures", a.summary());
    }

    /**
     * Where the model is not monotone, on purpose (docs/criteria.md): that review is for missing
     * evidence, so the first figure ends it and the scores decide, even when the figure is Rust
     * pressure: a p99 target of 50 ms (+1) makes a figureless data plane go.
     */
    @Test
    void theFirstFigureEndsATooLittleEvidenceReviewAndTheScoresDecide() {
        assertEquals(Verdict.REVIEW, assess(service("plane", Language.GO, Role.DATA_PLANE)).verdict());
        Assessment a = assess(service("plane", Language.GO, Role.DATA_PLANE).set(Field.P99_LATENCY_MS, 50.0));
        assertEquals(Verdict.GO, a.verdict());
        assertEquals("Go fits: Go 2 against Rust 2.5", a.summary());
    }

    @Test
    void confidenceGrowsWithEvidenceAndMargin() {
        Assessment thin = assess(service("a", Language.GO, Role.DATA_PLANE).set(Field.P99_LATENCY_MS, 2.0)
                .set(Field.PEAK_RPS, 400_000L));
        Assessment rich = assess(service("b", Language.GO, Role.DATA_PLANE).set(Field.P99_LATENCY_MS, 2.0)
                .set(Field.PEAK_RPS, 400_000L).set(Field.MEMORY_BUDGET_MIB, 128L).set(Field.INSTANCES, 120L)
                .set(Field.CRITICALITY, Criticality.FINANCIAL).set(Field.CONCURRENCY, Concurrency.HARD)
                .set(Field.RUST_EXPERIENCE, Experience.STRONG).set(Field.DEPLOYMENT, Deployment.KUBERNETES));
        assertEquals(Verdict.RUST, thin.verdict());
        assertEquals(Verdict.RUST, rich.verdict());
        assertTrue(rich.confidence() > thin.confidence(), rich.confidence() + " > " + thin.confidence());
        assertTrue(rich.confidence() < 1.0);
    }
}
