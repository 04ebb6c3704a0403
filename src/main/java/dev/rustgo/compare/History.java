package dev.rustgo.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The commits that changed a directory's files over a period, oldest first, and the directory as it
 * was at each: written once in full at the first commit, then changed file by file (only what each
 * commit changed is read from git), so hundreds of commits cost hundreds of small diffs, not hundreds
 * of checkouts. Nothing is checked out; the working tree is never touched.
 */
public final class History {

    /** One commit: its id and the day it was committed. */
    public record Commit(String sha, LocalDate date) {}

    private History() {}

    /**
     * The commits that changed files under {@code directory}, oldest first: since {@code since} (if not
     * {@code null}), else the last {@code count}.
     */
    public static List<Commit> commits(Path directory, LocalDate since, int count)
            throws GitRevision.Unavailable, IOException {
        Path root = root(directory);
        String prefix = prefix(root, directory);
        List<String> args = new ArrayList<>(List.of("log", "--no-show-signature", "--format=%H %cs", "--first-parent"));
        if (since != null) {
            args.add("--since=" + since);
        } else {
            args.add("-n");
            args.add(String.valueOf(count));
        }
        args.add("--");
        args.add(prefix.isEmpty() ? "." : prefix);
        GitRevision.Result log = GitRevision.git(root, args);
        if (log.code() != 0) {
            throw new GitRevision.Unavailable("git log failed: " + log.error().strip());
        }
        List<Commit> commits = new ArrayList<>();
        for (String line : log.text().split("\n")) {
            String[] parts = line.strip().split(" ");
            if (parts.length == 2) {
                commits.add(0, new Commit(parts[0], LocalDate.parse(parts[1]))); // git gives the newest first
            }
        }
        return List.copyOf(commits);
    }

    /**
     * Brings {@code target} (the directory as it was at {@code previous}, or empty when it is
     * {@code null}) to {@code commit}: the whole tree the first time, then only the files the commit
     * added, changed or deleted.
     */
    public static void advance(Path directory, String previous, String commit, Path target)
            throws GitRevision.Unavailable, IOException {
        if (previous == null) {
            deleteTree(target);
            GitRevision.write(directory, commit, target);
            return;
        }
        Path root = root(directory);
        String prefix = prefix(root, directory);
        GitRevision.Result diff = GitRevision.git(
                root,
                List.of(
                        "diff",
                        "--no-ext-diff",
                        "--no-textconv",
                        "--name-status",
                        "-z",
                        "--no-renames",
                        previous,
                        commit,
                        "--",
                        prefix.isEmpty() ? "." : prefix));
        if (diff.code() != 0) {
            throw new GitRevision.Unavailable("git diff failed: " + diff.error().strip());
        }
        String[] fields = diff.text().split("\0");
        Path base = target.toAbsolutePath().normalize();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            String status = fields[i];
            String path = fields[i + 1];
            String relative = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
            Path file = base.resolve(relative).normalize();
            if (!file.startsWith(base)) {
                continue;
            }
            if (status.startsWith("D")) {
                Files.deleteIfExists(file);
            } else {
                changed.add(relative);
            }
        }
        GitRevision.writeFiles(root, prefix, commit, changed, base);
    }

    static Path root(Path directory) throws GitRevision.Unavailable, IOException {
        return GitRevision.root(directory, "");
    }

    static String prefix(Path root, Path directory) throws IOException {
        return root.relativize(directory.toRealPath()).toString().replace('\\', '/');
    }

    /** Deletes a directory and everything under it; nothing when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
