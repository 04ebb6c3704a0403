package dev.rustgo.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The commits that changed what the audit reads of a directory over a period, oldest first, and the
 * directory as it was at each: written once at the first commit, then changed file by file (only what
 * each commit changed is read from git), so hundreds of commits cost hundreds of small diffs, not
 * hundreds of checkouts. Nothing is checked out; the working tree is never touched. Every listing is
 * NUL-separated and every file is read by its object name (see {@link GitRevision}).
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
        return commits(directory, since, count, path -> true);
    }

    /**
     * The commits of the first-parent line that changed a file under {@code directory} that
     * {@code reads} accepts (given its path relative to {@code directory}), oldest first: since
     * {@code since} (if not {@code null}), else the last {@code count}. A commit that changed only
     * other files (a README beside the descriptors) is not one of them.
     */
    public static List<Commit> commits(Path directory, LocalDate since, int count, Predicate<String> reads)
            throws GitRevision.Unavailable, IOException {
        GitRevision.WorkTree work = GitRevision.WorkTree.of(directory, "");
        Path root = work.root();
        String prefix = work.prefix();
        List<String> args = new ArrayList<>(List.of(
                "log",
                "--no-show-signature",
                "--no-ext-diff",
                "--no-textconv",
                "--first-parent",
                "--format=%H %cs",
                "--raw",
                "--no-abbrev",
                "--no-renames",
                "-z"));
        if (since != null) {
            args.add("--since=" + since);
        }
        args.add("--");
        args.add(prefix.isEmpty() ? "." : prefix);
        GitRevision.Result log = GitRevision.git(root, args);
        if (log.code() != 0) {
            throw new GitRevision.Unavailable("git log failed: " + log.error().strip());
        }
        // "SHA DATE" NUL, then for each file changed ":MODE MODE OBJECT OBJECT STATUS" NUL PATH NUL (the
        // first of them after a line break): a path is taken by its place after a status, never by its text.
        List<Commit> newestFirst = new ArrayList<>();
        String[] tokens = log.text().split("\0", -1);
        Commit current = null;
        boolean counts = false;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i].startsWith("\n") ? tokens[i].substring(1) : tokens[i];
            if (token.startsWith(":")) {
                String path = i + 1 < tokens.length ? tokens[++i] : "";
                String relative = GitRevision.under(prefix, path);
                counts |= current != null && relative != null && reads.test(relative);
            } else if (!token.isEmpty()) {
                if (current != null && counts) {
                    newestFirst.add(current);
                }
                current = commit(token);
                counts = false;
            }
        }
        if (current != null && counts) {
            newestFirst.add(current);
        }
        List<Commit> commits = new ArrayList<>(
                since == null ? newestFirst.subList(0, Math.min(count, newestFirst.size())) : newestFirst);
        java.util.Collections.reverse(commits);
        return List.copyOf(commits);
    }

    /** A commit from {@code SHA DATE}, or {@code null} when the line is not one. */
    private static Commit commit(String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 2 || !parts[0].matches("[0-9a-f]{40}|[0-9a-f]{64}")) {
            return null;
        }
        try {
            return new Commit(parts[0], LocalDate.parse(parts[1]));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Brings {@code target} (the directory as it was at {@code previous}, or empty when it is
     * {@code null}) to {@code commit}: the whole tree the first time, then only the files the commit
     * added, changed or deleted.
     */
    public static GitRevision.Written advance(Path directory, String previous, String commit, Path target)
            throws GitRevision.Unavailable, IOException {
        return advance(directory, previous, commit, target, path -> true);
    }

    /**
     * Brings {@code target} (the files of the directory that {@code reads} accepts as they were at
     * {@code previous}, or empty when it is {@code null}) to {@code commit}: the whole tree the first
     * time, then only the files the commit added, changed or deleted, each read by its object name. A
     * path that changed kind (a directory that became a file, or the other way) is replaced.
     *
     * @return how many files were written, and those git could not read, each a warning at its path
     */
    public static GitRevision.Written advance(
            Path directory, String previous, String commit, Path target, Predicate<String> reads)
            throws GitRevision.Unavailable, IOException {
        if (previous == null) {
            deleteTree(target);
            return GitRevision.write(directory, commit, target, reads);
        }
        GitRevision.WorkTree work = GitRevision.WorkTree.of(directory, "");
        Path root = work.root();
        String prefix = work.prefix();
        GitRevision.Result diff = GitRevision.git(
                root,
                List.of(
                        "diff",
                        "--no-ext-diff",
                        "--no-textconv",
                        "--raw",
                        "--no-abbrev",
                        "-z",
                        "--no-renames",
                        previous,
                        commit,
                        "--",
                        prefix.isEmpty() ? "." : prefix));
        if (diff.code() != 0) {
            throw new GitRevision.Unavailable("git diff failed: " + diff.error().strip());
        }
        Path base = target.toAbsolutePath().normalize();
        List<GitRevision.Blob> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        String[] tokens = diff.text().split("\0", -1);
        for (int i = 0; i + 1 < tokens.length; i++) {
            String status = tokens[i];
            if (!status.startsWith(":")) {
                continue;
            }
            String relative = GitRevision.under(prefix, tokens[++i]);
            String[] meta = status.substring(1).split(" "); // MODE MODE OBJECT OBJECT STATUS
            if (relative == null || meta.length != 5) {
                continue;
            }
            if (meta[4].startsWith("D") || !GitRevision.regular(meta[1])) {
                removed.add(relative); // deleted, or now a link or a submodule
            } else if (reads.test(relative)) {
                changed.add(new GitRevision.Blob(meta[3], relative));
            }
        }
        // Deletions first: a directory whose files went may be a file's place now.
        for (String relative : removed) {
            remove(base, relative);
        }
        return GitRevision.read(root, changed, base, commit, List.of());
    }

    /**
     * How many of {@code files} (paths relative to {@code directory}, {@code /}-separated) the last
     * commit ({@code HEAD}) does not hold: all of them in a repository without a commit.
     */
    public static int uncommitted(Path directory, Collection<String> files)
            throws GitRevision.Unavailable, IOException {
        if (files.isEmpty()) {
            return 0;
        }
        GitRevision.WorkTree work = GitRevision.WorkTree.of(directory, "");
        Path root = work.root();
        String prefix = work.prefix();
        GitRevision.Result tree = GitRevision.git(
                root,
                List.of("ls-tree", "-r", "-z", "--name-only", "HEAD", "--", prefix.isEmpty() ? "." : prefix + "/"));
        Set<String> committed = new HashSet<>();
        if (tree.code() == 0) {
            for (String path : tree.text().split("\0")) {
                String relative = GitRevision.under(prefix, path);
                if (relative != null) {
                    committed.add(relative);
                }
            }
        }
        return (int) files.stream().filter(f -> !committed.contains(f)).count();
    }

    /** Deletes what is at {@code relative} under {@code base}: a file, or a directory and all under it. */
    private static void remove(Path base, String relative) throws IOException {
        Path file = base.resolve(relative).normalize();
        if (!file.startsWith(base) || file.equals(base) || !Files.isDirectory(file.getParent())) {
            return;
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(file);
        } else {
            Files.deleteIfExists(file);
        }
    }

    /** Deletes a directory and everything under it; nothing when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
