package dev.rustgo.console;

import dev.rustgo.audit.AuditResult;
import dev.rustgo.criteria.Assessment;
import dev.rustgo.criteria.CostEstimate;
import dev.rustgo.criteria.Criterion;
import dev.rustgo.criteria.Numbers;
import dev.rustgo.criteria.Reason;
import dev.rustgo.criteria.Requirement;
import dev.rustgo.criteria.Robustness;
import dev.rustgo.criteria.Rule;
import dev.rustgo.criteria.Scorer;
import dev.rustgo.criteria.Strength;
import dev.rustgo.criteria.Threshold;
import dev.rustgo.criteria.Thresholds;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.model.Field;
import dev.rustgo.model.Position;
import dev.rustgo.model.Provenance;
import dev.rustgo.model.Service;
import dev.rustgo.model.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The full reasoning for one service, as {@code rustgo:explain} prints it: the verdict and what to
 * do about it, every rule with the evidence it found (or why it found none) and where, the scores against the verdict's thresholds,
 * what would change the verdict, the ownership economics of a move and the findings.
 */
public final class ExplainReport {

    private ExplainReport() {}

    public static List<String> lines(AuditResult result, Assessment a, Scorer scorer) {
        Service s = a.service();
        Thresholds t = result.policy().thresholds();
        List<String> out = new ArrayList<>();
        out.add("rustgo explain: " + s.name());
        out.add(descriptor(s));
        verdict(out, a);
        section(out, "  how:", how(t));
        rules(out, a, scorer.rules());
        if (!s.inferred().isEmpty()) {
            section(out, "  inferred from the repository (rustgo.infer=false turns this off):", inferred(s));
        }
        evidence(out, a);
        List<String> whatIf = scorer.whatIf(s, new Rule.Context(result.portfolio(), t, result.referenceDate()));
        section(
                out,
                whatIf.isEmpty() ? "  what would change it: no single field change would" : "  what would change it:",
                whatIf);
        CostEstimate cost = a.cost();
        if (cost != null) {
            section(out, "  ownership economics of a move to Rust: " + cost.summary(), cost.assumptions());
        }
        List<String> findings = result.findings().stream()
                .filter(f -> s.name().equals(f.service()))
                .map(f -> f.severity().id() + " [" + f.rule() + "] " + f.message())
                .toList();
        section(out, findings.isEmpty() ? "  findings: none" : "  findings:", findings);
        return out;
    }

    /** A heading, then each item on a line of its own. */
    private static void section(List<String> out, String heading, List<String> items) {
        out.add(heading);
        for (String item : items) {
            out.add("    - " + item);
        }
    }

    /** Where the service is described, its language and role, and its owner. */
    private static String descriptor(Service s) {
        return "  descriptor: " + place(s, s.position(Field.NAME)) + "; language "
                + s.language().id() + ", role "
                + (s.role() == null
                        ? "unknown (no rustgo.dev/ annotations)"
                        : s.role().id())
                + (s.owner() == null ? "" : ", owner " + Problem.oneLine(s.owner()));
    }

    /** The verdict, what to do about it, the reasons it rests on, and whether it holds. */
    private static void verdict(List<String> out, Assessment a) {
        out.add("  verdict: " + a.verdict().id() + " (confidence " + String.format(Locale.ROOT, "%.2f", a.confidence())
                + "): " + a.summary());
        out.add("  action (" + a.action().id() + "): " + a.action().text());
        out.add("  rests on: "
                + (a.basis().isEmpty()
                        ? "nothing beyond the default"
                        : a.basis().stream()
                                .map(r -> r.criterion().id() + " " + r.evidence())
                                .collect(Collectors.joining(", "))));
        Robustness robust = a.robustness();
        out.add("  robustness: " + robust.text() + " ("
                + (robust.holds() ? "" : robust.agreeing() + " of " + robust.points() + " grid points agree; ")
                + "the verdict recomputed with each assumed threshold at the ends of its reasoned range, one at a"
                + " time; the confidence is the share that agrees)");
    }

    /** The Go prior, then every rule in catalogue order with what it found, or why it found nothing. */
    private static void rules(List<String> out, Assessment a, List<Rule> rules) {
        Service s = a.service();
        out.add("  rules:");
        for (Reason r : a.reasons()) {
            if (r.criterion() == Criterion.G_DEFAULT) {
                out.add(row("G-DEFAULT", "(prior)", "go prior", r.evidence(), r.position() == null ? "" : place(s, r)));
            }
        }
        for (Rule rule : rules) {
            List<Reason> found = a.reasons().stream()
                    .filter(r -> r.criterion() == rule.criterion())
                    .toList();
            if (found.isEmpty()) {
                out.add(row(rule.criterion().id(), rule.name(), "-", nothing(s, rule), ""));
            }
            for (Reason r : found) {
                out.add(row(
                        rule.criterion().id(),
                        rule.name(),
                        r.direction().id() + " " + r.strength().id(),
                        r.evidence() + bears(r),
                        r.position() == null ? "" : place(s, r)));
            }
        }
    }

    /** The pressure scores, and the evidence fields the descriptor leaves out. */
    private static void evidence(List<String> out, Assessment a) {
        out.add("  pressure: Rust " + Numbers.format(a.rustScore()) + ", Go " + Numbers.format(a.goScore())
                + " (mild 0, corroborates 1, demand 2, strong 3, each requirement once; Go: prior and pressure 1)");
        out.add("  missing evidence: "
                + (a.missing().isEmpty()
                        ? "none"
                        : a.missing().stream().map(Field::path).collect(Collectors.joining(", "))));
    }

    /** The decision rule, as docs/criteria.md states it, with the thresholds in force. */
    private static List<String> how(Thresholds t) {
        return List.of(
                "Go is the default (G-DEFAULT); mild figures count nowhere",
                "a central requirement clearly present (demand) makes it at least review",
                "a Go pressure weighs only against the requirements it answers (good-enough speed: tail latency and"
                        + " throughput; Go meeting the demand in production: all but ownership cost; an MVP, a team new"
                        + " to Rust under a deadline, a control-plane role, a retirement: all)",
                "a corroboration counts only beside a requirement it supports (defect cost: concurrency correctness,"
                        + " strict safety, ownership cost; a hot-path role: tail latency, throughput, memory efficiency;"
                        + " a replacement: what the surface fails)",
                "rust needs, among the demanded requirements no pressure answers, two, a strong one, or one"
                        + " corroborated; for a service in Go, also a payback within "
                        + Numbers.format(t.get(Threshold.COST_PAYBACK_HORIZON_MONTHS))
                        + " months or a high defect or safety cost",
                "a Go service that Go serves in production, or that is being retired, is go where even the high"
                        + " saving repays a move only beyond "
                        + Numbers.format(t.get(Threshold.COST_FAR_PAYBACK_MULTIPLE)) + " horizons",
                "new data-plane work (or a realtime worker) with a criticality is at least review; a role alone never"
                        + " is");
    }

    /** "(supports concurrency correctness, strict safety)" for a corroboration, "(weighs against ...)" for a pressure. */
    private static String bears(Reason r) {
        if (r.strength() != Strength.CORROBORATES && r.strength() != Strength.PRESSURE) {
            return "";
        }
        String what = r.bears().size() == Requirement.values().length
                ? "every requirement"
                : r.bears().stream().map(Requirement::title).collect(Collectors.joining(", "));
        return " (" + (r.strength() == Strength.PRESSURE ? "weighs against " : "supports ") + what + ")";
    }

    private static String row(String id, String rule, String weight, String evidence, String place) {
        return String.format(
                        Locale.ROOT,
                        "    %-16s %-19s %-17s %s%s",
                        id,
                        rule,
                        weight,
                        evidence,
                        place.isEmpty() ? "" : "  (" + place + ")")
                .stripTrailing();
    }

    /** {@code instances 24, inferred from deploy/orders.yaml:9:13 (HorizontalPodAutoscaler orders maxReplicas)}. */
    public static List<String> inferred(Service s) {
        List<String> lines = new ArrayList<>();
        s.inferred()
                .forEach((field, from) ->
                        lines.add(field.key() + " " + value(s.value(field)) + ", inferred from " + from));
        return lines;
    }

    /** Where a reason's evidence is: in the repository for an inferred value, else in the descriptor. */
    private static String place(Service s, Reason r) {
        Provenance from = r.field() == null ? null : s.provenance(r.field());
        return from != null
                ? from.file() + ":" + from.position().line() + ":"
                        + from.position().column() + ", inferred"
                : place(s, r.position());
    }

    private static String place(Service s, Position p) {
        return s.file() + ":" + p.line() + ":" + p.column();
    }

    /** Why a rule found nothing: the values it read, or which fields were missing. */
    private static String nothing(Service s, Rule rule) {
        List<String> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Field f : rule.fields()) {
            if (s.has(f)) {
                present.add(f.key() + " " + value(s.value(f)));
            } else if (f != Field.DEPENDS_ON) {
                missing.add(f.key());
            }
        }
        String text = present.isEmpty() ? "no evidence" : "nothing in " + String.join(", ", present);
        return missing.isEmpty() ? text : text + " (missing: " + String.join(", ", missing) + ")";
    }

    private static String value(Object v) {
        if (v instanceof Token) {
            return Token.text(v);
        }
        if (v instanceof Double d) {
            return Numbers.format(d);
        }
        if (v instanceof Collection<?> c) {
            return "[" + c.stream().map(ExplainReport::value).collect(Collectors.joining(", ")) + "]";
        }
        return String.valueOf(v);
    }
}
