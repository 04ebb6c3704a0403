package dev.rustgo.audit;

import dev.rustgo.compare.Comparison;
import dev.rustgo.compare.GitRevision;
import dev.rustgo.compare.History;
import dev.rustgo.compare.Snapshot;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.files.Boundary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An audit compared with an earlier one: the portfolio as an earlier {@code audit.json} says, or as
 * it was at a git revision, written out and audited again with today's policy and settings (which
 * {@code rustgo:history} does for each revision it walks).
 */
final class Comparing {

    private final Auditor auditor;

    Comparing(Auditor auditor) {
        this.auditor = auditor;
    }

    /**
     * The result compared with the portfolio as it was at a git revision ({@code origin/main}, a tag,
     * the merge base), audited again with today's policy and settings, or as an earlier
     * {@code audit.json} says (a path ending in {@code .json}).
     */
    public AuditResult compare(AuditRequest request, AuditResult result, String against) throws AuditException {
        Snapshot before;
        List<Problem> unread = List.of();
        Path report = request.baseDirectory().resolve(against);
        if (against.endsWith(".json") && Files.isRegularFile(report)) {
            try {
                before = Snapshot.read(
                        Boundary.forConfigured(report, request.baseDirectory()).resolve(report));
            } catch (Boundary.Outside e) {
                throw new AuditException("rustgo.compareTo: " + against + " " + e.getMessage(), e);
            } catch (IOException e) {
                throw new AuditException(
                        "rustgo.compareTo: " + Problem.oneLine(against) + " is not a readable audit.json ("
                                + Problem.oneLine(e.getMessage()) + ")",
                        e);
            }
        } else {
            Path old = request.outputDirectory().resolve("compare");
            try {
                History.deleteTree(old);
                GitRevision.Written written = GitRevision.write(request.baseDirectory(), against, old);
                unread = written.unread();
                AuditRequest then = rebased(request, old, request.infer(), "rustgo.compareTo");
                before = auditor.audit(then).snapshot();
            } catch (GitRevision.Unavailable e) {
                throw new AuditException("rustgo.compareTo: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new AuditException("rustgo.compareTo: cannot read " + against + " from git: " + e, e);
            } finally {
                deleteQuietly(old);
            }
        }
        return result.withComparison(Comparison.of(against, before, result.snapshot(), unread));
    }

    /**
     * Deletes a tree written from git once it has been audited, also when the audit failed: a failure
     * to delete it is not what the goal should report then, so it is left for the next run (which
     * deletes it before writing).
     */
    static void deleteQuietly(Path tree) {
        try {
            History.deleteTree(tree);
        } catch (IOException e) {
            // the next run deletes it first
        }
    }

    /**
     * The request, for the same portfolio written out under {@code tree} (a revision read from git):
     * its descriptor directories at the same places under it, its policy and settings, no baseline,
     * no report formats. A descriptor directory outside the project is not in what was read from git,
     * and nothing is made outside {@code tree}: that is an error, named by {@code goal}.
     */
    static AuditRequest rebased(AuditRequest request, Path tree, boolean infer, String goal)
            throws IOException, AuditException {
        List<Path> directories = new ArrayList<>();
        Path base = request.baseDirectory().toAbsolutePath().normalize();
        Path top = tree.toAbsolutePath().normalize();
        for (Path directory : request.descriptorDirectories()) {
            Path absolute = directory.toAbsolutePath().normalize();
            Path mapped = top.resolve(base.relativize(absolute).toString()).normalize();
            if (!absolute.startsWith(base) || !mapped.startsWith(top)) {
                throw new AuditException(goal + ": the descriptor directory " + Problem.oneLine(directory.toString())
                        + " is outside the project (" + Problem.oneLine(base.toString())
                        + "), and only the project's files are read from git"
                        + (goal.equals("rustgo.compareTo") ? "; compare with a previous audit.json instead" : ""));
            }
            Files.createDirectories(mapped);
            directories.add(mapped);
        }
        return new AuditRequest(
                tree,
                directories,
                request.includes(),
                request.excludes(),
                request.failOn(),
                tree.resolve("target"),
                Set.of(),
                request.referenceDate(),
                request.policyFile(),
                null,
                0,
                infer,
                request.gate(),
                request.policyResource());
    }
}
