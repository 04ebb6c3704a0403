package dev.rustgo.audit;

import dev.rustgo.compare.GitRevision;
import dev.rustgo.compare.History;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.evidence.RepositoryEvidence;
import dev.rustgo.load.Discovery;
import dev.rustgo.model.Language;
import dev.rustgo.model.Verdict;
import dev.rustgo.policy.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

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

    /** Where the tree of each commit is written while it is audited; deleted when the history is done. */
    static final String TREE = "history-tree";

    private Trend() {}

    /**
     * The points of the commits that changed what the audit reads under the request's base
     * directory: since {@code since}, else the last {@code count}; oldest first. What the audit reads,
     * with the repository reading off: the files the includes match under the descriptor directories,
     * and every YAML file (a Helm chart's {@code Chart.yaml}, a Backstage Location's target, a
     * scaffolder Template); only those are read from git, and only a commit that changed one of them
     * is a point. Descriptor files of the working tree that the last commit does not hold are a warning.
     * The tree written for each commit is deleted when the history is done, or fails.
     */
    public static Result of(Auditor auditor, AuditRequest request, LocalDate since, int count) throws AuditException {
        Path tree = request.outputDirectory().resolve(TREE);
        List<Point> points = new ArrayList<>();
        Set<String> warnings = new LinkedHashSet<>();
        Predicate<String> reads = reads(request);
        try {
            int uncommitted = History.uncommitted(request.baseDirectory(), descriptorFiles(request));
            if (uncommitted > 0) {
                warnings.add(String.format(
                        Locale.ROOT,
                        "rustgo: the working tree has %d descriptor %s that the last commit does not hold; history"
                                + " reads only what is committed",
                        uncommitted,
                        uncommitted == 1 ? "file" : "files"));
            }
            List<History.Commit> commits = History.commits(request.baseDirectory(), since, count, reads);
            String previous = null;
            for (History.Commit commit : commits) {
                GitRevision.Written written =
                        History.advance(request.baseDirectory(), previous, commit.sha(), tree, reads);
                for (Problem p : written.unread()) {
                    warnings.add(p.toString());
                }
                previous = commit.sha();
                AuditResult result = auditor.audit(Comparing.rebased(request, tree, false, "rustgo:history"));
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
        } finally {
            Comparing.deleteQuietly(tree);
        }
        return new Result(points, List.copyOf(warnings));
    }

    /**
     * What the audit of a tree reads, with the repository reading off, by path relative to the base
     * directory: a file the includes match under a descriptor directory, or any YAML file.
     */
    static Predicate<String> reads(AuditRequest request) {
        Path base = request.baseDirectory().toAbsolutePath().normalize();
        Predicate<String> matched = Discovery.matcher(request.includes(), request.excludes());
        List<String> directories = new ArrayList<>();
        for (Path directory : request.descriptorDirectories()) {
            Path d = directory.toAbsolutePath().normalize();
            if (d.startsWith(base)) {
                directories.add(base.relativize(d).toString().replace('\\', '/'));
            }
        }
        return path -> {
            if (RepositoryEvidence.yaml(path.substring(path.lastIndexOf('/') + 1))) {
                return true;
            }
            for (String d : directories) {
                if (d.isEmpty() && matched.test(path)) {
                    return true;
                }
                if (!d.isEmpty() && path.startsWith(d + "/") && matched.test(path.substring(d.length() + 1))) {
                    return true;
                }
            }
            return false;
        };
    }

    /** The descriptor files of the working tree, by path relative to the base directory. */
    private static Set<String> descriptorFiles(AuditRequest request) throws IOException {
        Set<String> files = new TreeSet<>();
        for (Path directory : request.descriptorDirectories()) {
            if (java.nio.file.Files.isDirectory(directory)) {
                Discovery.scan(request.baseDirectory(), directory, request.includes(), request.excludes())
                        .files()
                        .forEach(f -> files.add(f.name()));
            }
        }
        return files;
    }
}
