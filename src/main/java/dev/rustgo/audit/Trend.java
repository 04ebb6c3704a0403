package dev.rustgo.audit;

import dev.rustgo.compare.GitRevision;
import dev.rustgo.compare.History;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.model.Language;
import dev.rustgo.model.Verdict;
import dev.rustgo.policy.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The portfolio over time: the descriptors audited at each commit that changed them, with today's
 * policy, one point per commit. The repository reading is left out (it describes what runs today,
 * not then), so each point is what the descriptors said.
 */
public final class Trend {

    /** One commit's audit, in figures. */
    public record Point(
            String commit,
            LocalDate date,
            int services,
            long rust,
            long go,
            long review,
            double shareByCount,
            Double shareByCost,
            long candidatesInGo,
            long errors,
            long warnings,
            long infos) {}

    /** The points, oldest first, and the warnings to log: each one line. */
    public record Result(List<Point> points, List<String> warnings) {
        public Result {
            points = List.copyOf(points);
            warnings = List.copyOf(warnings);
        }
    }

    private Trend() {}

    /**
     * The points of the commits that changed the request's base directory: since {@code since}, else
     * the last {@code count}; oldest first. A file git cannot read at a commit is a warning.
     */
    public static Result of(Auditor auditor, AuditRequest request, LocalDate since, int count) throws AuditException {
        Path tree = request.outputDirectory().resolve("history-tree");
        List<Point> points = new ArrayList<>();
        Set<String> warnings = new LinkedHashSet<>();
        try {
            List<History.Commit> commits = History.commits(request.baseDirectory(), since, count);
            String previous = null;
            for (History.Commit commit : commits) {
                GitRevision.Written written = History.advance(request.baseDirectory(), previous, commit.sha(), tree);
                for (Problem p : written.unread()) {
                    warnings.add(p.toString());
                }
                previous = commit.sha();
                AuditResult result = auditor.audit(Auditor.rebased(request, tree, false));
                long candidatesInGo = result.assessments().stream()
                        .filter(a -> a.verdict() == Verdict.RUST && a.service().language() == Language.GO)
                        .count();
                points.add(new Point(
                        commit.sha(),
                        commit.date(),
                        result.assessments().size(),
                        result.count(Verdict.RUST),
                        result.count(Verdict.GO),
                        result.count(Verdict.REVIEW),
                        result.share().byCount(),
                        result.share().byCost(),
                        candidatesInGo,
                        result.count(Severity.ERROR),
                        result.count(Severity.WARNING),
                        result.count(Severity.INFO)));
            }
        } catch (GitRevision.Unavailable e) {
            throw new AuditException("rustgo:history: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new AuditException("rustgo:history: cannot read the history from git: " + e, e);
        }
        return new Result(points, List.copyOf(warnings));
    }
}
