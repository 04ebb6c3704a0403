package dev.rustgo.report;

import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Rollups;
import dev.rustgo.compare.Comparison;
import dev.rustgo.compare.Snapshot;
import dev.rustgo.criteria.Assessment;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.model.Language;
import dev.rustgo.model.Service;
import dev.rustgo.model.Token;
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
 * with the full table folded away; each service with what to do about it. All descriptor text is escaped ({@link Markdown}).
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
        header(b, result);
        if (result.comparison() != null) {
            comparison(b, result);
        }
        rollups(b, "owner", result.owners());
        rollups(b, "system", result.systems());
        problems(b, result);
        findings(b, result);
        candidates(b, result);
        inferred(b, result.assessments());
        allServices(b, result);
        out.write(b.toString());
    }

    /** The outcome and the totals: verdicts, findings, the Rust share and the gate. */
    private static void header(StringBuilder b, AuditResult result) {
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
    }

    /** The input problems, if any. */
    private static void problems(StringBuilder b, AuditResult result) {
        if (result.load().problems().isEmpty()) {
            return;
        }
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

    /** The findings, each marked by whether it fails the gate, is in the baseline, or only tells. */
    private static void findings(StringBuilder b, AuditResult result) {
        if (result.findings().isEmpty()) {
            return;
        }
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

    /** The services whose verdict is not go: what to move and why. */
    private static void candidates(StringBuilder b, AuditResult result) {
        var notGo = result.assessments().stream()
                .filter(a -> a.verdict() != Verdict.GO)
                .toList();
        if (notGo.isEmpty()) {
            return;
        }
        b.append("### Rust candidates and reviews\n\n");
        b.append("| Service | Language | Verdict | Why | Action | Move to Rust |\n|---|---|---|---|---|---|\n");
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
                    .append(Markdown.escape(a.action().text()))
                    .append(" | ")
                    .append(move(a))
                    .append(" |\n");
        }
        b.append('\n');
    }

    /**
     * The table of every service, folded; left out, and the rest cut if need be, where the report
     * would not fit a pull request comment.
     */
    private static void allServices(StringBuilder b, AuditResult result) {
        int beforeTable = b.length();
        b.append("<details><summary>All ").append(result.assessments().size()).append(" services</summary>\n\n");
        table(b, result.assessments());
        b.append("</details>\n");
        if (b.length() > COMMENT_LIMIT) {
            // A pull request comment holds 65,536 characters: the table of every service goes first, then
            // the end of what is left, each with a line that says so.
            b.setLength(beforeTable);
            String note = "_The table of all " + result.assessments().size() + " services is left out to keep this"
                    + " report within GitHub's 65,536-character comment limit; audit.json has every service._\n";
            if (b.length() + note.length() > COMMENT_LIMIT) {
                String cut = "\n\n_Cut here to stay within GitHub's 65,536-character comment limit; audit.json has the"
                        + " whole report._\n\n";
                int end = b.lastIndexOf("\n", COMMENT_LIMIT - note.length() - cut.length());
                b.setLength(Math.max(0, end));
                b.append(cut);
            }
            b.append(note);
        }
    }

    /** GitHub's limit on a pull request comment, in characters. */
    static final int COMMENT_LIMIT = 65_536;

    /** What the change's section may take, so the rest of the report fits beside it. */
    private static final int CHANGE_BUDGET = 32_000;

    /**
     * What this change moves: a line of totals, then one row per change (services added and removed,
     * verdicts changed with the reasons that came and went, findings new and fixed), cut with a line
     * that says so when the rows would take more than {@link #CHANGE_BUDGET} characters.
     */
    private static void comparison(StringBuilder b, AuditResult result) {
        Comparison c = result.comparison();
        b.append("### What this change moves (against ")
                .append(Markdown.code(c.against()))
                .append(")\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "Rust share %.1f%% → %.1f%% · %d added, %d removed · %d verdicts changed · %d new"
                                + " findings, %d fixed\n\n",
                        c.shareBefore() * 100,
                        c.shareAfter() * 100,
                        c.added().size(),
                        c.removed().size(),
                        c.changed().size(),
                        c.newFindings().size(),
                        c.fixed().size()));
        if (c.empty()) {
            b.append("Nothing the audit sees moved.\n\n");
            return;
        }
        List<String> rows = changeRows(c, result);
        b.append("| Change | Service | What |\n|---|---|---|\n");
        int used = 0;
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i);
            if (used + row.length() > CHANGE_BUDGET) {
                b.append("\n_")
                        .append(rows.size() - i)
                        .append(" more changes are left out to keep this report within GitHub's 65,536-character"
                                + " comment limit; audit.json has them all._\n");
                break;
            }
            b.append(row).append('\n');
            used += row.length() + 1;
        }
        b.append('\n');
    }

    /** One table row per change: services added and removed, verdicts changed, findings new and fixed. */
    private static List<String> changeRows(Comparison c, AuditResult result) {
        List<String> rows = new ArrayList<>();
        for (String name : c.added()) {
            Assessment a = result.assessment(name);
            rows.add("| ➕ added | " + Markdown.escape(name) + " | "
                    + (a == null
                            ? ""
                            : "verdict **" + a.verdict().id() + "**, written in "
                                    + a.service().language().id())
                    + " |");
        }
        for (String name : c.removed()) {
            rows.add("| ➖ removed | " + Markdown.escape(name) + " | |");
        }
        for (Comparison.VerdictChange v : c.changed()) {
            rows.add("| 🔀 verdict | " + Markdown.escape(v.service()) + " | " + v.before() + " → **" + v.after() + "**"
                    + (v.gained().isEmpty() ? "" : "; now " + Markdown.escape(String.join(", ", v.gained())))
                    + (v.lost().isEmpty() ? "" : "; no longer " + Markdown.escape(String.join(", ", v.lost())))
                    + " |");
        }
        for (Finding f : result.findings()) {
            if (c.isNew(f.fingerprint())) {
                rows.add("| " + (result.fails(f) ? "❌" : f.severity() == Severity.INFO ? "ℹ️" : "⚠️") + " new "
                        + f.severity().id() + " | "
                        + Markdown.escape(f.service() == null ? f.place() : f.service()) + " | **"
                        + Markdown.escape(f.rule()) + "** " + Markdown.escape(f.message()) + " |");
            }
        }
        for (Snapshot.FindingState f : c.fixed()) {
            rows.add("| ✅ fixed " + f.severity() + " | " + Markdown.escape(f.service() == null ? "" : f.service())
                    + " | **" + Markdown.escape(f.rule()) + "** " + Markdown.escape(f.message()) + " |");
        }
        return rows;
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
                            + Markdown.escape(field.key() + " " + Token.text(s.value(field))) + " | "
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
        b.append("| Service | Language | Verdict | Confidence | Action | Top reasons |\n|---|---|---|---|---|---|\n");
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
                    .append(Markdown.escape(a.action().text()))
                    .append(" | ")
                    .append(Markdown.escape(reasons))
                    .append(" |\n");
        }
        b.append('\n');
    }
}
