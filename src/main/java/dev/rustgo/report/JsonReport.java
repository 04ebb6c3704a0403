package dev.rustgo.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Rollups;
import dev.rustgo.compare.Comparison;
import dev.rustgo.compare.Snapshot;
import dev.rustgo.criteria.Assessment;
import dev.rustgo.criteria.CostEstimate;
import dev.rustgo.criteria.Reason;
import dev.rustgo.criteria.Robustness;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.json.JsonLayout;
import dev.rustgo.model.Field;
import dev.rustgo.model.Portfolio;
import dev.rustgo.model.Provenance;
import dev.rustgo.model.Service;
import dev.rustgo.model.Token;
import dev.rustgo.model.Verdict;
import dev.rustgo.policy.Baseline;
import dev.rustgo.policy.Finding;
import dev.rustgo.policy.PolicyEngine;
import dev.rustgo.policy.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * {@code audit.json}, as docs/report.md documents it field by field: the JSON report of the contract's
 * plugin.md (schemaVersion 1 there, 2 here since the decision model v2), plus the scores, missing
 * evidence, files and share. Fields are written in a fixed order with {@code \n} line ends, so the
 * same input gives the same bytes on every machine.
 */
public final class JsonReport implements Report {

    /** The report's file name: every run writes it, and the console's closing line names it. */
    public static final String FILE_NAME = "audit.json";

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    /** Services written at a time: each batch is written in parallel, then copied out in order. */
    private static final int BATCH = 512;

    /** Where a service sits in the report: inside the top object's {@code services} array. */
    private static final String SERVICE_INDENT = "    ";

    /** A payback in months, or {@code null} where the move never pays back. */
    private static void months(JsonGenerator json, String name, Double months) throws IOException {
        if (months == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, months);
        }
    }

    @Override
    public void write(AuditResult result, Writer out) throws IOException {
        try (JsonGenerator json = JsonLayout.generator(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", 2);
            json.writeStringField("referenceDate", result.referenceDate().toString());
            services(json, result);
            findings(json, result);
            waived(json, result.waived());
            if (result.hasBaseline()) {
                fixed(json, result.fixed());
            }
            problems(json, "errors", result.load().problems());
            files(json, result);
            share(json, result.share());
            if (result.comparison() != null) {
                comparison(json, result.comparison());
            }
            rollups(json, "owners", "owner", result.owners());
            rollups(json, "systems", "system", result.systems());
            summary(json, result);
            json.writeEndObject();
        }
        out.write('\n');
    }

    /**
     * The services, most of the report: each is written on its own, in parallel, with the indentation
     * it has in the whole, then copied into place in order; the same bytes.
     */
    private static void services(JsonGenerator json, AuditResult result) throws IOException {
        json.writeArrayFieldStart("services");
        List<Assessment> assessments = result.assessments();
        for (int from = 0; from < assessments.size(); from += BATCH) {
            List<String> written =
                    assessments.subList(from, Math.min(assessments.size(), from + BATCH)).parallelStream()
                            .map(a -> service(a, result))
                            .toList();
            for (String service : written) {
                json.writeRawValue(service);
            }
        }
        json.writeEndArray();
    }

    private static void findings(JsonGenerator json, AuditResult result) throws IOException {
        json.writeArrayFieldStart("findings");
        for (Finding f : result.findings()) {
            finding(json, f, result);
        }
        json.writeEndArray();
    }

    /** The findings a waiver suppressed, each with its waiver. */
    private static void waived(JsonGenerator json, List<PolicyEngine.Waived> waived) throws IOException {
        json.writeArrayFieldStart("waived");
        for (PolicyEngine.Waived w : waived) {
            json.writeStartObject();
            json.writeStringField("rule", w.finding().rule());
            json.writeStringField("service", w.finding().service());
            json.writeStringField("file", w.finding().file());
            json.writeNumberField("line", w.finding().line());
            json.writeStringField("message", w.finding().message());
            json.writeObjectFieldStart("waiver");
            json.writeStringField("service", w.waiver().service());
            json.writeStringField("reason", w.waiver().reason());
            json.writeStringField("owner", w.waiver().owner());
            json.writeStringField("expires", w.waiver().expires().toString());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The baseline's accepted findings no longer reported. */
    private static void fixed(JsonGenerator json, List<Baseline.Entry> fixed) throws IOException {
        json.writeArrayFieldStart("fixed");
        for (Baseline.Entry e : fixed) {
            json.writeStartObject();
            json.writeStringField("fingerprint", e.fingerprint());
            json.writeStringField("rule", e.rule());
            if (e.service() != null) {
                json.writeStringField("service", e.service());
            }
            json.writeStringField("message", e.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Input problems, {@code file:line:column} and message: the run's {@code errors}, a comparison's {@code unread}. */
    private static void problems(JsonGenerator json, String field, List<Problem> problems) throws IOException {
        json.writeArrayFieldStart(field);
        for (Problem p : problems) {
            json.writeStartObject();
            json.writeStringField("file", p.file());
            json.writeNumberField("line", p.line());
            json.writeNumberField("column", p.column());
            json.writeStringField("message", p.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** How many files were read, and which could not be. */
    private static void files(JsonGenerator json, AuditResult result) throws IOException {
        json.writeObjectFieldStart("files");
        json.writeNumberField("read", result.load().files());
        strings(json, "failed", result.load().failedFiles());
        json.writeEndObject();
    }

    /** One service's object, laid out as it is inside the report. */
    private static String service(Assessment a, AuditResult result) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator json = JsonLayout.generator(out, SERVICE_INDENT)) {
            service(json, a, result);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Whether the verdict holds across the ranges of its assumptions: the grid points that bear on
     * the service, how many agree, and each assumption that flips it, with the verdicts along its
     * range.
     */
    private static void robustness(JsonGenerator json, Robustness r) throws IOException {
        json.writeObjectFieldStart("robustness");
        json.writeBooleanField("holds", r.holds());
        json.writeNumberField("points", r.points());
        json.writeNumberField("agreeing", r.agreeing());
        json.writeArrayFieldStart("flips");
        for (Robustness.Flip f : r.flips()) {
            json.writeStartObject();
            json.writeStringField("assumption", f.threshold().id());
            json.writeNumberField("value", f.value());
            json.writeStringField("text", f.text());
            json.writeArrayFieldStart("tried");
            for (Robustness.Tried t : f.tried()) {
                json.writeStartObject();
                json.writeNumberField("value", t.value());
                json.writeStringField("verdict", t.verdict().id());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void service(JsonGenerator json, Assessment a, AuditResult result) throws IOException {
        Service s = a.service();
        json.writeStartObject();
        identity(json, s);
        verdict(json, a, result);
        reasons(json, s, a.reasons());
        if (!s.inferred().isEmpty()) {
            inferred(json, s);
        }
        strings(json, "missing", a.missing().stream().map(Field::path).toList());
        strings(json, "whatWouldChange", a.whatIf());
        robustness(json, a.robustness());
        externalDependencies(json, s, result.portfolio());
        if (a.cost() != null) {
            cost(json, a.cost());
        }
        if (s.decisionLanguage() != null) {
            decision(json, s);
        }
        json.writeEndObject();
    }

    /** Which service it is, where it is described, and what it is: name, place, language, role, owner, system. */
    private static void identity(JsonGenerator json, Service s) throws IOException {
        json.writeStringField("name", s.name());
        json.writeStringField("file", s.file());
        json.writeNumberField("line", s.position(Field.NAME).line());
        if (s.entity() != null) {
            json.writeStringField("entityRef", s.entity().ref());
        }
        json.writeStringField("language", s.language().id());
        if (s.role() != null) {
            json.writeStringField("role", s.role().id());
        } else {
            json.writeNullField("role"); // a Component scored without annotations
        }
        if (!s.described()) {
            json.writeBooleanField("described", false);
        }
        if (s.owner() != null) {
            json.writeStringField("owner", s.owner());
        }
        if (s.system() != null) {
            json.writeStringField("system", s.system());
        }
    }

    /** The verdict and its figures, what to do about it, and the service's status under the policy. */
    private static void verdict(JsonGenerator json, Assessment a, AuditResult result) throws IOException {
        json.writeStringField("verdict", a.verdict().id());
        json.writeNumberField("confidence", a.confidence());
        json.writeNumberField("rustScore", a.rustScore());
        json.writeNumberField("goScore", a.goScore());
        json.writeStringField("summary", a.summary());
        json.writeObjectFieldStart("action");
        json.writeStringField("id", a.action().id());
        json.writeStringField("text", a.action().text());
        json.writeEndObject();
        json.writeStringField("status", result.status(a.service().name()).word());
    }

    /** Every reason, with its field and place: the repository's where the value was inferred from it. */
    private static void reasons(JsonGenerator json, Service s, List<Reason> reasons) throws IOException {
        json.writeArrayFieldStart("reasons");
        for (Reason r : reasons) {
            json.writeStartObject();
            json.writeStringField("criterion", r.criterion().id());
            json.writeStringField("direction", r.direction().id());
            json.writeStringField("strength", r.strength().id());
            json.writeStringField("evidence", r.evidence());
            if (r.field() != null) {
                json.writeStringField("field", r.field().path());
            }
            Provenance from = r.field() == null ? null : s.provenance(r.field());
            if (from != null) {
                json.writeStringField("file", from.file());
                json.writeNumberField("line", from.position().line());
                json.writeNumberField("column", from.position().column());
                json.writeStringField("inferredFrom", from.source());
            } else if (r.position() != null) {
                json.writeNumberField("line", r.position().line());
                json.writeNumberField("column", r.position().column());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The values the repository gave that the descriptor leaves out, each with where it was read. */
    private static void inferred(JsonGenerator json, Service s) throws IOException {
        json.writeArrayFieldStart("inferred");
        for (Map.Entry<Field, Provenance> e : s.inferred().entrySet()) {
            json.writeStartObject();
            json.writeStringField("field", e.getKey().path());
            Object value = s.value(e.getKey());
            if (value instanceof Long n) {
                json.writeNumberField("value", n);
            } else {
                json.writeStringField("value", Token.text(value));
            }
            json.writeStringField("file", e.getValue().file());
            json.writeNumberField("line", e.getValue().position().line());
            json.writeNumberField("column", e.getValue().position().column());
            json.writeStringField("source", e.getValue().source());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The references that are no edge of the portfolio: other kinds as written, then other catalogs' components. */
    private static void externalDependencies(JsonGenerator json, Service s, Portfolio portfolio) throws IOException {
        json.writeArrayFieldStart("externalDependencies");
        for (String reference : s.externalDependencies()) {
            json.writeString(reference);
        }
        for (String target : portfolio.externalComponents(s)) {
            json.writeString("component:" + target); // a component of another catalog: no edge of the portfolio
        }
        json.writeEndArray();
    }

    /** The ownership economics of a move to Rust, and what the figures rest on, as figures. */
    private static void cost(JsonGenerator json, CostEstimate c) throws IOException {
        json.writeObjectFieldStart("cost");
        json.writeNumberField("monthlyCost", c.monthlyCost());
        json.writeNumberField("monthlySavingLow", c.savingLow());
        json.writeNumberField("monthlySavingHigh", c.savingHigh());
        json.writeNumberField("onboardingCost", c.onboardingCost());
        json.writeNumberField("rewriteCost", c.rewriteCost());
        months(json, "paybackMonthsLow", c.paybackMonthsLow());
        months(json, "paybackMonthsHigh", c.paybackMonthsHigh());
        json.writeNumberField("horizonMonths", c.horizonMonths());
        json.writeBooleanField("paysBack", c.paysBack());
        // What the figures rest on, as figures: the words are rustgo:explain's.
        CostEstimate.Basis b = c.basis();
        json.writeObjectFieldStart("basis");
        json.writeStringField("runCost", b.instances() == null ? "monthlyCost" : "instances");
        json.writeNumberField("teamSize", b.teamSize());
        json.writeBooleanField("teamSizeAssumed", b.teamSizeAssumed());
        json.writeNumberField("onboardingWeeksPerEngineer", b.onboardingWeeks());
        if (b.rewriteLines() != null) {
            json.writeNumberField("rewriteLines", b.rewriteLines());
            json.writeBooleanField("rewriteLinesAssumed", b.rewriteLinesAssumed());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The recorded decision: the language, and the record, date and expiry where given. */
    private static void decision(JsonGenerator json, Service s) throws IOException {
        json.writeObjectFieldStart("decision");
        json.writeStringField("language", s.decisionLanguage().id());
        if (s.decisionRecord() != null) {
            json.writeStringField("record", s.decisionRecord());
        }
        if (s.decisionDecided() != null) {
            json.writeStringField("decided", s.decisionDecided().toString());
        }
        if (s.decisionExpires() != null) {
            json.writeStringField("expires", s.decisionExpires().toString());
        }
        json.writeEndObject();
    }

    private static void finding(JsonGenerator json, Finding f, AuditResult result) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", f.rule());
        json.writeStringField("severity", f.severity().id());
        if (f.criterion() != null) {
            json.writeStringField("criterion", f.criterion().id());
        }
        if (f.service() != null) {
            json.writeStringField("service", f.service());
        }
        if (f.file() != null) {
            json.writeStringField("file", f.file());
            json.writeNumberField("line", f.line());
            json.writeNumberField("column", f.column());
        }
        json.writeStringField("message", f.message());
        json.writeStringField("fingerprint", f.fingerprint());
        if (result.hasBaseline()) {
            json.writeBooleanField("baselined", result.baselined(f));
        }
        if (result.comparison() != null) {
            json.writeBooleanField("new", result.comparison().isNew(f.fingerprint()));
        }
        json.writeBooleanField("failsBuild", result.fails(f));
        json.writeEndObject();
    }

    private static void share(JsonGenerator json, PolicyEngine.Share share) throws IOException {
        json.writeObjectFieldStart("share");
        json.writeNumberField("services", share.services());
        json.writeNumberField("rust", share.rust());
        json.writeNumberField("byCount", share.byCount());
        if (share.byCost() != null) {
            json.writeNumberField("byCost", share.byCost());
        }
        json.writeEndObject();
    }

    /** What the change moves: against what, services added and removed, verdicts changed, findings new and fixed. */
    private static void comparison(JsonGenerator json, Comparison c) throws IOException {
        json.writeObjectFieldStart("compare");
        json.writeStringField("against", c.against());
        json.writeNumberField("shareBefore", c.shareBefore());
        json.writeNumberField("shareAfter", c.shareAfter());
        strings(json, "added", c.added());
        strings(json, "removed", c.removed());
        json.writeArrayFieldStart("changed");
        for (Comparison.VerdictChange v : c.changed()) {
            json.writeStartObject();
            json.writeStringField("service", v.service());
            json.writeStringField("before", v.before());
            json.writeStringField("after", v.after());
            strings(json, "gained", v.gained());
            strings(json, "lost", v.lost());
            json.writeEndObject();
        }
        json.writeEndArray();
        strings(json, "newFindings", c.newFindings());
        json.writeArrayFieldStart("fixedFindings");
        for (Snapshot.FindingState f : c.fixed()) {
            json.writeStartObject();
            json.writeStringField("rule", f.rule());
            if (f.service() != null) {
                json.writeStringField("service", f.service());
            }
            json.writeStringField("severity", f.severity());
            json.writeStringField("message", f.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (!c.unread().isEmpty()) {
            problems(json, "unread", c.unread());
        }
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, Iterable<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** The portfolio by owner or by system: one object each, named ones first, then {@code null}. */
    private static void rollups(JsonGenerator json, String field, String key, List<Rollups.Rollup> rollups)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (Rollups.Rollup r : rollups) {
            json.writeStartObject();
            if (r.name() == null) {
                json.writeNullField(key);
            } else {
                json.writeStringField(key, r.name());
            }
            json.writeNumberField("services", r.services());
            json.writeNumberField("rust", r.rust());
            json.writeNumberField("go", r.go());
            json.writeNumberField("review", r.review());
            json.writeNumberField("share", r.share());
            json.writeObjectFieldStart("findings");
            json.writeNumberField("error", r.errors());
            json.writeNumberField("warning", r.warnings());
            json.writeNumberField("info", r.infos());
            json.writeEndObject();
            json.writeObjectFieldStart("expiring");
            json.writeNumberField("decisions", r.decisionsExpiring());
            json.writeNumberField("waivers", r.waiversExpiring());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void summary(JsonGenerator json, AuditResult result) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("services", result.assessments().size());
        json.writeNumberField("rust", result.count(Verdict.RUST));
        json.writeNumberField("go", result.count(Verdict.GO));
        json.writeNumberField("review", result.count(Verdict.REVIEW));
        json.writeNumberField("errors", result.load().problems().size());
        json.writeObjectFieldStart("findings");
        json.writeNumberField("error", result.count(Severity.ERROR));
        json.writeNumberField("warning", result.count(Severity.WARNING));
        json.writeNumberField("info", result.count(Severity.INFO));
        json.writeEndObject();
        json.writeStringField("failOn", result.failOn().id());
        json.writeStringField("policy", result.policy().source());
        if (result.maxAllowedFindings() > 0) {
            json.writeNumberField("maxAllowedFindings", result.maxAllowedFindings());
        }
        if (!result.gate().all()) {
            json.writeObjectFieldStart("gate");
            strings(json, "owners", result.gate().owners());
            strings(json, "systems", result.gate().systems());
            json.writeEndObject();
        }
        json.writeNumberField("gated", result.gatedCount());
        json.writeStringField("result", result.outcome().word());
        json.writeEndObject();
    }
}
