package dev.rustgo.compare;

import dev.rustgo.diagnostics.Problem;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads the files of a directory as they were at a git revision, straight from the object database
 * (no checkout: the working tree and the index are never touched), with the {@code git} executable:
 * it is on every CI runner that cloned the repository, it reads shallow and partial clones,
 * alternates and the user's configuration exactly as the checkout did, and it costs the plugin no
 * dependency (JGit would add some 3 MB and its own reading of packs and refs). Only blobs of at most
 * {@link #MAX_BLOB_BYTES} are read; links and submodules are passed over; nothing is fetched.
 *
 * <p>Git's output is read as data a repository chooses: every listing is NUL-separated ({@code -z}),
 * so a file name may hold any character; objects are read by their object name, never by a path,
 * so no path goes through {@code cat-file}'s line-based input; a size git cannot tell ({@code BAD},
 * {@code -}) or an object it cannot read is a warning at the file's path, and the rest is read.
 */
public final class GitRevision {

    /** Largest file read from the revision: what the readers would refuse anyway. */
    static final long MAX_BLOB_BYTES = 1024 * 1024;

    /** An object name, SHA-1 or SHA-256. */
    private static final Pattern OBJECT = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    /** A size as git prints it: digits, and few enough of them to be a long. */
    private static final Pattern SIZE = Pattern.compile("[0-9]{1,18}");

    private GitRevision() {}

    /** A revision that cannot be read, with the one line that says why and what to do. */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    /**
     * What was written: how many files, and each file that git could not read, as a warning at its
     * path (relative to the directory read, {@code /}-separated).
     */
    public record Written(int files, List<Problem> unread) {
        public Written {
            unread = List.copyOf(unread);
        }
    }

    /** A file to read: its object name, and its path relative to the directory read. */
    record Blob(String object, String path) {}

    /**
     * Writes the files under {@code directory} (in a git work tree) as they were at {@code ref} into
     * {@code target}, at the same paths relative to {@code directory}.
     */
    public static Written write(Path directory, String ref, Path target) throws Unavailable, IOException {
        return write(directory, ref, target, path -> true);
    }

    /**
     * Writes the files under {@code directory} (in a git work tree) as they were at {@code ref} that
     * {@code wanted} accepts (given their paths relative to {@code directory}) into {@code target}, at
     * the same paths relative to {@code directory}.
     */
    public static Written write(Path directory, String ref, Path target, Predicate<String> wanted)
            throws Unavailable, IOException {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new Unavailable("'" + ref + "' is not a revision");
        }
        WorkTree work = WorkTree.of(directory, "; compare with a previous audit.json instead");
        Path root = work.root();
        String sha = commit(root, ref);
        String prefix = work.prefix();
        List<String> args = new ArrayList<>(List.of("ls-tree", "-r", "-z", "--long", sha));
        args.add("--");
        args.add(prefix.isEmpty() ? "." : prefix + "/");
        Result tree = git(root, args);
        if (tree.code != 0) {
            throw new Unavailable(
                    "git ls-tree " + ref + " failed: " + tree.error().strip());
        }
        List<Problem> unread = new ArrayList<>();
        List<Blob> blobs = blobs(tree.text(), prefix, ref, wanted, unread);
        return read(root, blobs, target.toAbsolutePath().normalize(), ref, unread);
    }

    /** The commit {@code ref} names; what to fetch when this clone does not have it. */
    private static String commit(Path root, String ref) throws Unavailable, IOException {
        Result commit = git(root, List.of("rev-parse", "--verify", "--quiet", ref + "^{commit}"));
        if (commit.code != 0) {
            boolean shallow = git(root, List.of("rev-parse", "--is-shallow-repository"))
                    .text()
                    .strip()
                    .equals("true");
            throw new Unavailable(ref + " is not in this " + (shallow ? "shallow clone" : "clone")
                    + "; fetch it first: " + fetch(ref));
        }
        return commit.text().strip();
    }

    /**
     * The files of an {@code ls-tree -r -z --long} listing the audit reads, as blobs to read; a link,
     * an object git cannot size or a file over {@link #MAX_BLOB_BYTES} joins {@code unread}.
     */
    private static List<Blob> blobs(
            String listing, String prefix, String ref, Predicate<String> wanted, List<Problem> unread) {
        List<Blob> blobs = new ArrayList<>();
        for (String entry : listing.split("\0")) {
            int tab = entry.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String[] meta = entry.substring(0, tab).trim().split(" +");
            String relative = under(prefix, entry.substring(tab + 1));
            if (meta.length != 4 || relative == null || !wanted.test(relative)) {
                continue; // (never, with the pathspec) a file outside the directory, or one the audit does not read
            }
            if (meta[0].equals("120000")) {
                unread.add(left(
                        relative, ref, "is a symbolic link there, and links are not followed in a tree read from git"));
            } else if (!regular(meta[0]) || !meta[1].equals("blob")) {
                continue; // a submodule: another repository
            } else if (!OBJECT.matcher(meta[2]).matches()
                    || !SIZE.matcher(meta[3]).matches()) {
                // git prints "BAD" (or "-") for a size it cannot read: the object is missing or corrupt
                unread.add(unreadable(relative, meta[2], ref));
            } else if (Long.parseLong(meta[3]) > MAX_BLOB_BYTES) {
                unread.add(oversized(relative, ref));
            } else {
                blobs.add(new Blob(meta[2], relative));
            }
        }
        return blobs;
    }

    /** The warning for a file over {@link #MAX_BLOB_BYTES} at a revision. */
    private static Problem oversized(String path, String at) {
        return left(
                path, at, "is larger than " + MAX_BLOB_BYTES / 1024 + " KiB there, more than any file the audit reads");
    }

    /**
     * Reads {@code blobs} by their object names and writes each at its path under {@code base}; an
     * object git cannot read joins {@code unread} (at its path, as read {@code at}), and the rest are
     * read all the same.
     */
    static Written read(Path root, List<Blob> blobs, Path base, String at, List<Problem> unread) throws IOException {
        Files.createDirectories(base);
        List<Problem> warnings = new ArrayList<>(unread);
        int written = 0;
        int next = 0;
        while (next < blobs.size()) {
            Batch batch = batch(root, blobs, next, base, at, warnings);
            written += batch.written;
            next = batch.next;
        }
        return new Written(written, warnings);
    }

    record Batch(int written, int next) {}

    /**
     * One {@code git cat-file --batch} for {@code blobs} from {@code from} on, until the end or until
     * git stops answering (it ends the batch on an object whose content it cannot read): that object
     * is a warning, and the next batch starts after it.
     */
    private static Batch batch(Path root, List<Blob> blobs, int from, Path base, String at, List<Problem> unread)
            throws IOException {
        StringBuilder input = new StringBuilder();
        for (Blob blob : blobs.subList(from, blobs.size())) {
            input.append(blob.object()).append('\n'); // hexadecimal: never a line break
        }
        Process process = start(root, List.of("cat-file", "--batch"), root, true);
        Thread feeder = new Thread(() -> {
            try (OutputStream in = process.getOutputStream()) {
                in.write(input.toString().getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                // the reader below sees the short output
            }
        });
        feeder.start();
        try (InputStream out = process.getInputStream()) {
            return answers(out, blobs, from, base, at, unread);
        } finally {
            process.destroy();
        }
    }

    /**
     * Reads {@code git cat-file --batch}'s answers for {@code blobs} from {@code from} on and writes
     * each blob at its path under {@code base}. An object git says is missing is a warning; an answer
     * cut short ends the batch with a warning for its object; an answer for another object than the
     * one asked is an error (the answers can no longer be matched to paths).
     */
    static Batch answers(InputStream answers, List<Blob> blobs, int from, Path base, String at, List<Problem> unread)
            throws IOException {
        int written = 0;
        int i = from;
        DataInputStream out = new DataInputStream(answers);
        for (; i < blobs.size(); i++) {
            Blob blob = blobs.get(i);
            String header = line(out);
            if (header == null) {
                unread.add(unreadable(blob.path(), blob.object(), at));
                return new Batch(written, i + 1);
            }
            String[] parts = header.split(" ");
            if (!parts[0].equals(blob.object())) {
                throw new IOException("git cat-file answered for another object than " + blob.object());
            }
            if (parts.length != 3 || !SIZE.matcher(parts[2]).matches()) {
                unread.add(unreadable(blob.path(), blob.object(), at)); // "<object> missing"
                continue;
            }
            long size = Long.parseLong(parts[2]);
            if (!parts[1].equals("blob") || size > MAX_BLOB_BYTES) {
                if (size > MAX_BLOB_BYTES) {
                    unread.add(oversized(blob.path(), at));
                }
                try {
                    out.skipNBytes(size + 1);
                } catch (EOFException e) {
                    return new Batch(written, i + 1); // git stopped half-way
                }
                continue;
            }
            byte[] content = out.readNBytes((int) size);
            if (content.length < size || out.read() != '\n') {
                unread.add(unreadable(blob.path(), blob.object(), at)); // git stopped half-way
                return new Batch(written, i + 1);
            }
            if (place(base, blob.path(), content)) {
                written++;
            }
        }
        return new Batch(written, i);
    }

    /** The warning for a file of the revision that is left out, and why. */
    private static Problem left(String path, String at, String why) {
        return new Problem(Problem.oneLine(path), 1, 1, "at " + at + " " + why + "; left out");
    }

    /** The warning for a file whose object git cannot read. */
    private static Problem unreadable(String path, String object, String at) {
        String name = object.length() > 12 ? object.substring(0, 12) : object;
        return new Problem(
                Problem.oneLine(path),
                1,
                1,
                "cannot be read from git at " + at + " (object " + name + " is missing or corrupt); left out");
    }

    /**
     * Writes {@code content} at {@code relative} under {@code base}, replacing what is in the way: a
     * directory where the file goes, or a file where one of its directories goes (a path that changed
     * kind between two commits). Nothing is written outside {@code base}.
     *
     * @return whether it was written
     */
    static boolean place(Path base, String relative, byte[] content) throws IOException {
        Path file = base.resolve(relative).normalize();
        if (!file.startsWith(base) || file.equals(base)) {
            return false; // git refuses such paths; never write outside the target
        }
        for (Path dir = file.getParent(); !dir.equals(base); dir = dir.getParent()) {
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(dir); // was a file at the earlier commit, is a directory now
            }
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            History.deleteTree(file); // was a directory at the earlier commit, is a file now
        }
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return true;
    }

    /** {@code path} (from the top of the repository) relative to {@code prefix}, or {@code null} when outside it. */
    static String under(String prefix, String path) {
        if (prefix.isEmpty()) {
            return path;
        }
        return path.startsWith(prefix + "/") && path.length() > prefix.length() + 1
                ? path.substring(prefix.length() + 1)
                : null;
    }

    /** A regular file's mode (a link is 120000, a submodule 160000). */
    static boolean regular(String mode) {
        return mode.equals("100644") || mode.equals("100755");
    }

    /**
     * Where a directory is in git, worked out once: the top of its work tree (its real path, see
     * {@link #root}) and the directory's path from there, {@code /}-separated, empty at the top.
     */
    record WorkTree(Path root, String prefix) {

        /** @param advice what to do instead, after "is not in a git repository" */
        static WorkTree of(Path directory, String advice) throws Unavailable, IOException {
            Path top = GitRevision.root(directory, advice);
            return new WorkTree(
                    top, top.relativize(directory.toRealPath()).toString().replace('\\', '/'));
        }
    }

    /** The fetch that brings {@code ref} into a shallow clone. */
    static String fetch(String ref) {
        if (ref.startsWith("origin/")) {
            return "git fetch --depth=1 origin " + ref.substring("origin/".length());
        }
        return "git fetch --depth=1 origin " + ref;
    }

    /** A line of cat-file's answers, or {@code null} when git stopped before it. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                return null;
            }
            b.write(c);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    record Result(int code, String text, String error) {}

    /**
     * The top of the work tree {@code directory} is in (its real path). This is the one git call that
     * reads the system and global configuration: they say which repositories the user trusts
     * ({@code safe.directory}); every later call trusts this root by name and reads neither.
     *
     * @param advice what to do instead, after "is not in a git repository"
     */
    static Path root(Path directory, String advice) throws Unavailable, IOException {
        Result top = run(directory, List.of("rev-parse", "--show-toplevel"), null);
        if (top.code != 0) {
            throw new Unavailable(directory + " is not in a git repository" + advice);
        }
        return Path.of(top.text().strip()).toRealPath();
    }

    /**
     * Settings given on every call's command line, where they override the repository's own
     * configuration: with them git starts no program and opens no connection. A repository's
     * {@code .git/config} could otherwise run its {@code gpg.program} through {@code log.showSignature},
     * a {@code core.fsmonitor} hook, a pager, an external diff, or fetch a missing object of a partial
     * clone through a remote helper. The list, and why each is there, is in docs/hardening.md.
     */
    static final List<String> SAFE_CONFIG = List.of(
            "core.fsmonitor=false",
            "core.pager=cat",
            "log.showSignature=false",
            "diff.external=",
            "protocol.allow=never",
            "core.hooksPath=" + (File.separatorChar == '\\' ? "NUL" : "/dev/null"));

    /**
     * Starts git under {@link #SAFE_CONFIG}, with pathspecs taken literally (a directory named
     * {@code a*} or {@code :x} means itself, never a pattern or magic); with {@code trusted} (the work
     * tree's root, found by {@link #root}) without the system and global configuration, trusting that
     * root by name.
     */
    private static Process start(Path directory, List<String> args, Path trusted, boolean discardErrors)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(args, trusted)).directory(directory.toFile());
        if (discardErrors) {
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        environment(builder.environment(), trusted);
        return builder.start();
    }

    /** The command line of a git call: {@link #SAFE_CONFIG}, literal pathspecs, and {@code trusted} by name. */
    static List<String> command(List<String> args, Path trusted) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.add("--literal-pathspecs");
        for (String setting : SAFE_CONFIG) {
            command.add("-c");
            command.add(setting);
        }
        if (trusted != null) {
            command.add("-c");
            command.add("safe.directory=" + trusted);
        }
        command.addAll(args);
        return command;
    }

    /**
     * The environment of a git call, from the user's: no prompt, no lock, no lazy fetch, no pager, no
     * external diff or pattern pathspecs; with {@code trusted}, no system or global configuration.
     */
    static void environment(Map<String, String> env, Path trusted) {
        env.put("GIT_TERMINAL_PROMPT", "0"); // never wait for a password
        env.put("GIT_OPTIONAL_LOCKS", "0");
        env.put("GIT_NO_LAZY_FETCH", "1"); // a partial clone's missing object is missing, not fetched
        env.put("GIT_PAGER", "cat");
        env.remove("GIT_EXTERNAL_DIFF");
        env.remove("GIT_GLOB_PATHSPECS");
        env.remove("GIT_ICASE_PATHSPECS");
        if (trusted != null) {
            env.put("GIT_CONFIG_NOSYSTEM", "1");
            env.put("GIT_CONFIG_GLOBAL", File.separatorChar == '\\' ? "NUL" : "/dev/null");
        }
    }

    /** Runs git in {@code root}, the work tree's top from {@link #root}, as data: see {@link #SAFE_CONFIG}. */
    static Result git(Path root, List<String> args) throws IOException, Unavailable {
        return run(root, args, root);
    }

    private static Result run(Path directory, List<String> args, Path trusted) throws IOException, Unavailable {
        Process process;
        try {
            process = start(directory, args, trusted, false);
        } catch (IOException e) {
            throw new Unavailable(
                    "git is not installed (or not on the PATH); compare with a previous audit.json instead");
        }
        process.getOutputStream().close();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errors = new Thread(() -> {
            try {
                process.getErrorStream().transferTo(err);
            } catch (IOException e) {
                // nothing more to say
            }
        });
        errors.start();
        byte[] out = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new Unavailable("git " + args.get(0) + " did not finish in 60 s");
            }
            errors.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return new Result(
                process.exitValue(), new String(out, StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
