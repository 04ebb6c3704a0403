package dev.rustgo.report;

import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Rollups;
import dev.rustgo.criteria.Assessment;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.model.Language;
import dev.rustgo.model.Service;
import dev.rustgo.model.Verdict;
import dev.rustgo.policy.Finding;
import dev.rustgo.policy.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code audit.md}: a summary fit for a pull-request comment or a GitHub job summary: the result,
 * the counts, the findings (failing ones first) and a table of the services that are not plain Go,
 * with the full table folded away. All descriptor text is escaped ({@link Markdown}).
 */
public final class MarkdownReport implements Report {

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String fileName() {
        return "audit.md";
    }

    @Override
    public void write(AuditResult result, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        String icon = switch (result.outcome()) {
            case PASS -> "✅";
            case WARN -> "⚠️";
            case FAIL, BAD_INPUT -> "❌";
        };
        b.append("## ")
                .append(icon)
                .append(" rustgo audit: ")
                .append(result.outcome().word())
                .append("\n\n");
        b.append(result.assessments().size())
                .append(" services: ")
                .append(result.count(Verdict.RUST))
                .append(" rust, ")
                .append(result.count(Verdict.GO))
                .append(" go, ")
                .append(result.count(Verdict.REVIEW))
                .append(" review · findings: ")
                .append(result.count(Severity.ERROR))
                .append(" error, ")
                .append(result.count(Severity.WARNING))
                .append(" warning, ")
                .append(result.count(Severity.INFO))
                .append(" info · Rust share ")
                .append(String.format(Locale.ROOT, "%.1f%%", result.share().byCount() * 100))
                .append(" (band ")
                .append(result.policy().thresholds().shareBand())
                .append(") · gate: failOn=")
                .append(result.failOn().id())
                .append("\n\n");
        rollups(b, "owner", Rollups.byOwner(result));
        rollups(b, "system", Rollups.bySystem(result));
        if (!result.load().problems().isEmpty()) {
            b.append("### Input problems\n\n");
            for (Problem p : result.load().problems()) {
                b.append("- ❌ ")
                        .append(Markdown.code(p.file() + ":" + p.line() + ":" + p.column()))
                        .append(' ')
                        .append(Markdown.escape(p.message()))
                        .append('\n');
            }
            b.append('\n');
        }
        if (!result.findings().isEmpty()) {
            b.append("### Findings\n\n");
            for (Finding f : result.findings()) {
                String mark = result.fails(f)
                        ? "❌"
                        : result.baselined(f)
                                ? "➖"
                                : switch (f.severity()) {
                                    case ERROR, WARNING -> "⚠️";
                                    case INFO -> "ℹ️";
                                };
                b.append("- ")
                        .append(mark)
                        .append(' ')
                        .append(Markdown.code(f.place()))
                        .append(" **")
                        .append(Markdown.escape(f.rule()))
                        .append("** ")
                        .append(result.baselined(f) ? "(in the baseline) " : "")
                        .append(Markdown.escape(f.message()))
                        .append('\n');
            }
            b.append('\n');
        }
        var notGo = result.assessments().stream()
                .filter(a -> a.verdict() != Verdict.GO)
                .toList();
        if (!notGo.isEmpty()) {
            b.append("### Rust candidates and reviews\n\n");
            b.append("| Service | Language | Verdict | Why | Move to Rust |\n|---|---|---|---|---|\n");
            for (Assessment a : notGo) {
                b.append("| ")
                        .append(Markdown.escape(a.service().name()))
                        .append(" | ")
                        .append(a.service().language().id())
                        .append(" | **")
                        .append(a.verdict().id())
                        .append("**")
                        .append(" | ")
                        .append(Markdown.escape(a.summary()))
                        .append(" | ")
                        .append(move(a))
                        .append(" |\n");
            }
            b.append('\n');
        }
        inferred(b, result.assessments());
        b.append("<details><summary>All ").append(result.assessments().size()).append(" services</summary>\n\n");
        table(b, result.assessments());
        b.append("</details>\n");
        out.write(b.toString());
    }

    /** Rows past which a roll-up table is folded, to keep a pull request comment readable. */
    private static final int OPEN_ROWS = 25;

    /**
     * The portfolio by owner or by system, when it has more than one: each one's services, verdicts,
     * Rust share, findings and what expires within the warning window.
     */
    private static void rollups(StringBuilder b, String what, List<Rollups.Rollup> rollups) {
        if (rollups.size() < 2) {
            return;
        }
        String title = "By " + what + " (" + rollups.size() + ")";
        boolean fold = rollups.size() > OPEN_ROWS;
        b.append(fold ? "<details><summary>" + title + "</summary>\n\n" : "### " + title + "\n\n");
        b.append("| ")
                .append(Character.toUpperCase(what.charAt(0)))
                .append(what.substring(1))
                .append(" | Services | rust · go · review | Rust share | Findings (error · warning · info) |"
                        + " Expiring (decisions · waivers) |\n|---|---|---|---|---|---|\n");
        for (Rollups.Rollup r : rollups) {
            b.append("| ")
                    .append(r.name() == null ? "_(none)_" : Markdown.escape(r.name()))
                    .append(" | ")
                    .append(r.services())
                    .append(" | ")
                    .append(r.rust())
                    .append(" · ")
                    .append(r.go())
                    .append(" · ")
                    .append(r.review())
                    .append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f%%", r.share() * 100))
                    .append(" | ")
                    .append(r.errors())
                    .append(" · ")
                    .append(r.warnings())
                    .append(" · ")
                    .append(r.infos())
                    .append(" | ")
                    .append(r.decisionsExpiring())
                    .append(" · ")
                    .append(r.waiversExpiring())
                    .append(" |\n");
        }
        b.append(fold ? "\n</details>\n\n" : "\n");
    }

    /** The values read from the repository, each with its place, folded: they are there to be checked. */
    private static void inferred(StringBuilder b, List<Assessment> assessments) {
        List<String> rows = new ArrayList<>();
        for (Assessment a : assessments) {
            Service s = a.service();
            s.inferred()
                    .forEach((field, from) -> rows.add("| " + Markdown.escape(s.name()) + " | "
                            + Markdown.escape(field.key() + " " + Inferred.value(s.value(field))) + " | "
                            + Markdown.code(from.file() + ":" + from.position().line() + ":"
                                    + from.position().column())
                            + " " + Markdown.escape(from.source()) + " |\n"));
        }
        if (rows.isEmpty()) {
            return;
        }
        b.append("<details><summary>")
                .append(rows.size())
                .append(rows.size() == 1 ? " value" : " values")
                .append(" inferred from the repository</summary>\n\n")
                .append("| Service | Value | From |\n|---|---|---|\n");
        rows.forEach(b::append);
        b.append("\n</details>\n\n");
    }

    /** The ownership estimate of a move to Rust, or why there is none. */
    private static String move(Assessment a) {
        if (a.cost() != null) {
            return Markdown.escape(a.cost().summary());
        }
        return a.service().language() == Language.RUST
                ? "already in Rust"
                : "no monthlyCost or instances to estimate it";
    }

    private static void table(StringBuilder b, List<Assessment> assessments) {
        b.append("| Service | Language | Verdict | Confidence | Top reasons |\n|---|---|---|---|---|\n");
        for (Assessment a : assessments) {
            String reasons = a.topReasons(3).stream()
                    .map(r -> r.criterion().id() + " " + r.evidence())
                    .collect(Collectors.joining("; "));
            b.append("| ")
                    .append(Markdown.escape(a.service().name()))
                    .append(" | ")
                    .append(a.service().language().id())
                    .append(" | ")
                    .append(
                            a.verdict() == Verdict.GO
                                    ? "go"
                                    : "**" + a.verdict().id() + "**")
                    .append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", a.confidence()))
                    .append(" | ")
                    .append(Markdown.escape(reasons))
                    .append(" |\n");
        }
        b.append('\n');
    }
}
