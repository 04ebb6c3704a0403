package dev.rustgo.policy;

import static dev.rustgo.criteria.Services.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.criteria.Assessment;
import dev.rustgo.criteria.Rule;
import dev.rustgo.criteria.Scorer;
import dev.rustgo.criteria.Services;
import dev.rustgo.criteria.Thresholds;
import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.model.Concurrency;
import dev.rustgo.model.Criticality;
import dev.rustgo.model.Experience;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Portfolio;
import dev.rustgo.model.Position;
import dev.rustgo.model.Role;
import dev.rustgo.model.Service;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Findings: which rule fires, at which severity and place, with which words. */
class PolicyEngineTest {

    private static Services matcher(Language language) {
        return service("matcher", language, Role.DATA_PLANE)
                .set(Field.P99_LATENCY_MS, 2.0)
                .set(Field.PEAK_RPS, 400_000L)
                .set(Field.CONCURRENCY, Concurrency.HARD)
                .set(Field.CRITICALITY, Criticality.FINANCIAL);
    }

    private static List<Finding> findings(Policy policy, List<Service> services, List<Notice> notices) {
        Portfolio portfolio = Portfolio.of(services);
        Rule.Context context = new Rule.Context(portfolio, policy.thresholds(), Services.TODAY);
        List<Assessment> assessments = portfolio.services().stream()
                .map(s -> Scorer.standard().assess(s, context))
                .toList();
        return new PolicyEngine(policy, Services.TODAY)
                .evaluate(portfolio, assessments, notices)
                .findings();
    }

    private static List<Finding> findings(Service... services) {
        return findings(Policy.defaults(FailOn.ERROR), List.of(services), List.of());
    }

    private static List<String> lines(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.severity().id() + " " + f.place() + " [" + f.rule() + "] " + f.message())
                .toList();
    }

    @Test
    void rustCandidateInGoIsAnErrorAtTheLanguageLine() {
        assertEquals(
                List.of("error services/matcher.yaml:4:5 [rust-candidate-in-go] matcher is a Rust candidate"
                        + " (R-TAIL p99LatencyMs 2, R-THROUGHPUT peakRps 400000, R-CONCURRENCY concurrency hard) but is"
                        + " written in go; record the decision to stay on Go in spec.decision (with its record), or plan"
                        + " the move to Rust"),
                lines(findings(matcher(Language.GO)
                        .set(Field.RUST_EXPERIENCE, Experience.SOME)
                        .build())));
    }

    @Test
    void rustCandidateInJavaIsAWarningAndInRustOrUndecidedNothing() {
        assertEquals(
                List.of("rust-candidate-in-other-language"),
                findings(matcher(Language.JAVA)
                                .set(Field.RUST_EXPERIENCE, Experience.SOME)
                                .build())
                        .stream()
                        .map(Finding::rule)
                        .toList());
        assertEquals(List.of(), findings(matcher(Language.RUST).build()));
        assertEquals(
                List.of(),
                findings(matcher(Language.UNDECIDED)
                        .set(Field.RUST_EXPERIENCE, Experience.SOME)
                        .build()));
    }

    @Test
    void aRecordedDecisionTurnsTheContradictionIntoInformation() {
        Service decided = matcher(Language.GO)
                .set(Field.DECISION_LANGUAGE, Language.GO)
                .set(Field.DECISION_RECORD, "docs/adr/7.md")
                .set(Field.DECISION_DECIDED, LocalDate.of(2026, 10, 1))
                .set(Field.DECISION_EXPIRES, Services.TODAY.plusDays(31))
                .set(Field.RUST_EXPERIENCE, Experience.SOME)
                .build();
        assertEquals(
                List.of("info services/matcher.yaml:10:5 [decision-recorded] matcher has verdict rust and"
                        + " language go; decision recorded: go, docs/adr/7.md, decided 2026-10-01, until 2026-12-25"),
                lines(findings(decided)));
    }

    @Test
    void aDecisionExpiringWithin30DaysIsAWarningThatNamesTheDate() {
        Service decided = matcher(Language.GO)
                .set(Field.DECISION_LANGUAGE, Language.GO)
                .set(Field.DECISION_EXPIRES, Services.TODAY.plusDays(30))
                .set(Field.RUST_EXPERIENCE, Experience.SOME)
                .build();
        assertEquals(
                List.of(
                        "warning services/matcher.yaml:11:5 [decision-expiring] the decision on matcher (go)"
                                + " expires on 2026-12-24, in 30 days",
                        "info services/matcher.yaml:10:5 [decision-recorded] matcher has verdict rust and language go;"
                                + " decision recorded: go, until 2026-12-24"),
                lines(findings(decided)));
    }

    @Test
    void anExpiredDecisionNoLongerCountsAndSaysWhenItExpired() {
        Service expired = matcher(Language.GO)
                .set(Field.DECISION_LANGUAGE, Language.GO)
                .set(Field.DECISION_EXPIRES, Services.TODAY.minusDays(1))
                .set(Field.RUST_EXPERIENCE, Experience.SOME)
                .build();
        assertEquals(
                List.of("rust-candidate-in-go", "decision-expired"),
                findings(expired).stream().map(Finding::rule).toList());
        assertTrue(
                lines(findings(expired))
                        .get(1)
                        .endsWith("[decision-expired] the decision on matcher (go) expired"
                                + " on 2026-11-23; it no longer counts"),
                lines(findings(expired)).toString());
    }

    @Test
    void strongGoFitInRustIsAWarning() {
        Service admin = service("admin", Language.RUST, Role.ADMIN_API).build();
        assertEquals(
                List.of("warning services/admin.yaml:4:5 [go-fit-in-rust] admin is a strong Go fit"
                        + " (G-CONTROL-PLANE role admin-api) but is written in rust; build it in"
                        + " Go while it is new, or record why Rust is needed in spec.decision; if it already runs, say so with"
                        + " spec.lifecycle: production"),
                lines(findings(admin)));
    }

    @Test
    void aRustCandidateWhoseTeamHasNoRustExperienceNeedsAPlan() {
        Service s =
                matcher(Language.GO).set(Field.RUST_EXPERIENCE, Experience.NONE).build();
        assertTrue(
                lines(findings(s))
                        .contains("warning services/matcher.yaml:10:5"
                                + " [rust-candidate-without-rust-experience] matcher is a Rust candidate but its team has no Rust"
                                + " experience; plan the onboarding (about a month for Rust async) or pair the team with"
                                + " Rust-experienced engineers"),
                lines(findings(s)).toString());
    }

    /** The cost model takes unrecorded Rust experience as none; so does the readiness rule, and says so. */
    @Test
    void aRustCandidateWhoseTeamsRustExperienceIsNotRecordedIsTakenAsNone() {
        Service s = matcher(Language.GO).set(Field.INSTANCES, 120L).build();
        assertEquals(
                List.of(
                        "error services/matcher.yaml:4:5 [rust-candidate-in-go]",
                        "warning services/matcher.yaml:3:5 [rust-candidate-without-rust-experience] matcher is a Rust"
                                + " candidate but its team's Rust experience is not recorded, so it is taken as none"
                                + " (onboarding about 45000; the move saves 4000-6857 a month against 45000 of onboarding and"
                                + " 90000 of rewrite: pays back in 19.7-33.8 months, beyond the 12-month horizon); record team.rustExperience, or plan the onboarding (about"
                                + " a month for Rust async) or pair the team with Rust-experienced engineers"),
                lines(findings(s)).stream()
                        .map(l -> l.contains("[rust-candidate-in-go]") ? l.substring(0, l.indexOf("]") + 1) : l)
                        .toList());
        assertEquals(
                List.of("rust-candidate-in-go"),
                findings(matcher(Language.GO)
                                .set(Field.RUST_EXPERIENCE, Experience.STRONG)
                                .build())
                        .stream()
                        .map(Finding::rule)
                        .toList());
    }

    @Test
    void rustShareAboveTheBandIsAPortfolioWarning() {
        List<Service> services = new ArrayList<>();
        services.add(matcher(Language.RUST).build());
        services.add(service("ingest", Language.RUST, Role.PROXY)
                .set(Field.PEAK_RPS, 300_000L)
                .set(Field.P99_LATENCY_MS, 3.0)
                .build());
        for (int i = 0; i < 8; i++) {
            services.add(service("svc-" + i, Language.GO, Role.API).build());
        }
        assertEquals(
                List.of("warning portfolio [rust-share-above-band] Rust candidates and Rust services are 20% of"
                        + " the portfolio (2 of 10), above the 5%-10% band the guides recommend; check the descriptors of the"
                        + " Rust candidates, or tune the thresholds in the policy"),
                lines(findings(Policy.defaults(FailOn.ERROR), services, List.of())));
        services.remove(0);
        assertEquals(List.of(), findings(Policy.defaults(FailOn.ERROR), services, List.of()));
    }

    @Test
    void duplicatesNameBothPlacesAndDanglingReferencesAreWarnings() {
        Service first =
                service("a", Language.GO, Role.API).dependsOn("ghost", "a").build();
        Service second = Service.builder("services/z.yaml", Position.START)
                .put(Field.NAME, "a", new Position(4, 9))
                .put(Field.LANGUAGE, Language.GO, new Position(6, 13))
                .put(Field.ROLE, Role.API, new Position(7, 9))
                .build();
        assertEquals(
                List.of(
                        "error services/z.yaml:4:9 [duplicate-service] service name 'a' is already used at"
                                + " services/a.yaml:3:5; names must be unique across the portfolio",
                        "warning services/a.yaml:6:5 [unknown-dependency] a depends on 'ghost', which is not in the portfolio"),
                lines(findings(first, second)));
    }

    @Test
    void noticesBecomeFindingsAndSeveritiesComeFromThePolicy() {
        Map<PolicyRule, Severity> severities = new EnumMap<>(PolicyRule.class);
        severities.put(PolicyRule.EMPTY_DESCRIPTOR_FILE, Severity.ERROR);
        Policy policy = new Policy(severities, Policy.defaults(FailOn.ERROR).thresholds(), FailOn.ERROR);
        Notice empty =
                new Notice(Notice.Kind.EMPTY_DESCRIPTOR_FILE, new Problem("services/x.yaml", 1, 1, "holds no service"));
        assertEquals(
                List.of("error services/x.yaml:1:1 [empty-descriptor-file] holds no service"),
                lines(findings(policy, List.of(), List.of(empty))));
    }

    @Test
    void failOnDecidesWhichSeveritiesFail() {
        assertTrue(FailOn.ERROR.fails(Severity.ERROR));
        assertFalse(FailOn.ERROR.fails(Severity.WARNING));
        assertTrue(FailOn.WARNING.fails(Severity.WARNING));
        assertFalse(FailOn.WARNING.fails(Severity.INFO));
        assertFalse(FailOn.NEVER.fails(Severity.ERROR));
        assertEquals(FailOn.WARNING, FailOn.parse(" warning "));
        assertEquals(
                "rustgo.failOn must be one of error, warning, never; found 'ERROR'",
                assertThrows(IllegalArgumentException.class, () -> FailOn.parse("ERROR"))
                        .getMessage());
    }

    /** Every rule is raised by one check, in enforcer's shape, or by the waivers (their own rules). */
    @Test
    void everyRuleHasExactlyOneCheckOrIsAWaiversRule() {
        Map<PolicyRule, Integer> raisedBy = new EnumMap<>(PolicyRule.class);
        for (Check check : PolicyEngine.CHECKS) {
            for (PolicyRule rule : check.rules()) {
                raisedBy.merge(rule, 1, Integer::sum);
            }
        }
        for (PolicyRule rule :
                List.of(PolicyRule.WAIVER_EXPIRED, PolicyRule.WAIVER_EXPIRING, PolicyRule.WAIVER_UNUSED)) {
            raisedBy.merge(rule, 1, Integer::sum);
        }
        for (PolicyRule rule : PolicyRule.values()) {
            assertEquals(1, raisedBy.getOrDefault(rule, 0), rule.id());
        }
    }

    /** The share counts Rust candidates and Rust services, by count and by the run cost given. */
    @Test
    void theShareCountsCandidatesAndRustServicesByCountAndByCost() {
        Service candidate =
                matcher(Language.GO).set(Field.MONTHLY_COST, 3_000.0).build();
        Service rust = service("edge", Language.RUST, Role.ADMIN_API)
                .set(Field.MONTHLY_COST, 1_000.0)
                .build();
        Service go = service("api", Language.GO, Role.API)
                .set(Field.MONTHLY_COST, 4_000.0)
                .build();
        Service noCost = service("tool", Language.GO, Role.TOOLING).build();
        Portfolio portfolio = Portfolio.of(List.of(candidate, rust, go, noCost));
        Rule.Context context =
                new Rule.Context(portfolio, Policy.defaults(FailOn.ERROR).thresholds(), Services.TODAY);
        List<Assessment> assessments = portfolio.services().stream()
                .map(s -> Scorer.standard().assess(s, context))
                .toList();
        PolicyEngine.Share share = new PolicyEngine(Policy.defaults(FailOn.ERROR), Services.TODAY).share(assessments);
        assertEquals(new PolicyEngine.Share(4, 2, 0.5, 8_000.0, 4_000.0, 0.5), share);
        PolicyEngine.Share none =
                new PolicyEngine(Policy.defaults(FailOn.ERROR), Services.TODAY).share(assessments.subList(3, 4));
        assertEquals(new PolicyEngine.Share(1, 0, 0.0, 0.0, 0.0, null), none);
        assertEquals(
                new PolicyEngine.Share(0, 0, 0.0, 0.0, 0.0, null),
                new PolicyEngine(Policy.defaults(FailOn.ERROR), Services.TODAY).share(List.of()));
    }

    /** Titles and descriptions say the band and the warning window of the policy in force. */
    @Test
    void ruleTextsSayThePolicysBandAndWarningWindow() {
        assertEquals("Rust share above the 5-10% band", PolicyRule.RUST_SHARE_ABOVE_BAND.title());
        var tuned = Thresholds.defaults().with(Map.of("share.low", 0.02, "share.high", 0.075, "expiry.warnDays", 14.0));
        assertEquals("Rust share above the 2-7.5% band", PolicyRule.RUST_SHARE_ABOVE_BAND.title(tuned));
        assertEquals(
                "Rust candidates and Rust services are a larger share of the portfolio than the 2-7.5% of the"
                        + " architecture the guides reserve for Rust.",
                PolicyRule.RUST_SHARE_ABOVE_BAND.description(tuned));
        assertEquals(
                "The decision recorded for this service expires within 14 days.",
                PolicyRule.DECISION_EXPIRING.description(tuned));
        assertEquals("A waiver of the policy file expires within 30 days.", PolicyRule.WAIVER_EXPIRING.description());
        assertEquals("A Rust candidate written in Go", PolicyRule.RUST_CANDIDATE_IN_GO.title(tuned));
        assertEquals(PolicyRule.GO_FIT_IN_RUST, PolicyRule.byId("go-fit-in-rust"));
        assertThrows(IllegalArgumentException.class, () -> PolicyRule.byId("go-fit"));
    }
}
