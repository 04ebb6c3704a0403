package dev.rustgo.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.Projects;
import dev.rustgo.policy.FailOn;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio by owner and by system, and a gate narrowed to one team's services. */
class RollupsTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Projects.write(dir, name, text);
    }

    /** Payments: a Rust candidate kept in Go by a decision that expired; search: one still valid, in Backstage. */
    private void portfolio() throws IOException {
        write("services/matcher.yaml", """
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata: {name: matcher, owner: payments, system: trading}
                spec:
                  language: go
                  role: data-plane
                  traffic: {peakRps: 400000, p99LatencyMs: 2}
                  concurrency: hard
                  criticality: [financial]
                  decision: {language: go, record: docs/adr/1.md, decided: 2025-01-01, expires: 2026-11-01}
                """);
        write("services/ledger.yaml", """
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata: {name: ledger, owner: "group:default/payments", system: trading}
                spec: {language: go, role: api}
                """);
        write("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: ranker
                  annotations:
                    rustgo.dev/language: go
                    rustgo.dev/role: data-plane
                    rustgo.dev/peak-rps: "300000"
                    rustgo.dev/p99-latency-ms: "2"
                    rustgo.dev/concurrency: hard
                    rustgo.dev/criticality: financial
                    rustgo.dev/decision-language: go
                    rustgo.dev/decision-record: docs/adr/2.md
                    rustgo.dev/decision-decided: "2026-01-01"
                    rustgo.dev/decision-expires: "2026-12-20"
                spec: {type: service, owner: group:default/search, system: system:default/discovery}
                """);
    }

    private AuditResult audit(Selection gate) throws Exception {
        return new Auditor()
                .audit(new AuditRequest(
                                dir,
                                dir,
                                List.of(),
                                List.of(),
                                FailOn.WARNING,
                                dir.resolve("target/rustgo"),
                                Set.of(),
                                LocalDate.of(2026, 12, 1))
                        .withGate(gate));
    }

    @Test
    void eachOwnerAndSystemHasItsServicesVerdictsShareFindingsAndWhatExpiresSoon() throws Exception {
        portfolio();
        AuditResult result = audit(Selection.ALL);
        assertEquals(
                List.of(
                        new Rollups.Rollup("payments", 2, 1, 1, 0, 0, 0.5, 1, 2, 0, 1, 0),
                        new Rollups.Rollup("search", 1, 1, 0, 0, 0, 1.0, 0, 2, 1, 1, 0)),
                Rollups.byOwner(result),
                "group:default/payments and payments are one owner; the expired and the expiring decision count");
        assertEquals(
                List.of("discovery", "trading"),
                Rollups.bySystem(result).stream().map(Rollups.Rollup::name).toList());
    }

    @Test
    void aTeamsGateFailsOnItsOwnExpiredDecisionOnly() throws Exception {
        portfolio();
        AuditResult payments = audit(Selection.of(List.of("group:default/payments"), List.of()));
        assertEquals(AuditResult.Outcome.FAIL, payments.outcome());
        // The expired decision no longer counts: the candidate left in Go is an error again, with it.
        assertEquals(
                List.of(
                        "rust-candidate-in-go matcher",
                        "rust-candidate-without-rust-experience matcher",
                        "decision-expired matcher"),
                payments.findings().stream()
                        .filter(payments::fails)
                        .map(f -> f.rule() + " " + f.service())
                        .toList());
        AuditResult search = audit(Selection.of(List.of("search"), List.of()));
        assertEquals(AuditResult.Outcome.FAIL, search.outcome(), "its own decision expires within the window");
        assertFalse(search.findings().stream().filter(search::fails).anyMatch(f -> "matcher".equals(f.service())));
        AuditResult nobody = audit(Selection.of(List.of("platform"), List.of()));
        assertEquals(0, nobody.gatedCount());
        assertTrue(nobody.findings().size() > 0, "every finding is still reported");
        assertEquals(
                AuditResult.Outcome.WARN, nobody.outcome(), "the other teams' findings warn, never fail the build");
        AuditResult trading = audit(Selection.of(List.of(), List.of("system:default/trading")));
        assertEquals(3, trading.gatedCount(), "matcher's three, by its system");
    }
}
