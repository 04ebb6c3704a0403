package dev.rustgo.compare;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads the files of a directory as they were at a git revision, straight from the object database
 * (no checkout: the working tree and the index are never touched), with the {@code git} executable:
 * it is on every CI runner that cloned the repository, it reads shallow and partial clones,
 * alternates and the user's configuration exactly as the checkout did, and it costs the plugin no
 * dependency (JGit would add some 3 MB and its own reading of packs and refs). Only blobs of at most
 * {@link #MAX_BLOB_BYTES} are read; links and submodules are passed over; nothing is fetched.
 */
public final class GitRevision {

    /** Largest file read from the revision: what the readers would refuse anyway. */
    static final long MAX_BLOB_BYTES = 1024 * 1024;

    private GitRevision() {}

    /** A revision that cannot be read, with the one line that says why and what to do. */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    /**
     * Writes the files under {@code directory} (in a git work tree) as they were at {@code ref} into
     * {@code target}, at the same paths relative to {@code directory}.
     *
     * @return how many files were written
     */
    public static int write(Path directory, String ref, Path target) throws Unavailable, IOException {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new Unavailable("'" + ref + "' is not a revision");
        }
        Path root = root(directory, "; compare with a previous audit.json instead");
        Result commit = git(root, List.of("rev-parse", "--verify", "--quiet", ref + "^{commit}"));
        if (commit.code != 0) {
            boolean shallow = git(root, List.of("rev-parse", "--is-shallow-repository"))
                    .text()
                    .strip()
                    .equals("true");
            throw new Unavailable(ref + " is not in this " + (shallow ? "shallow clone" : "clone")
                    + "; fetch it first: " + fetch(ref));
        }
        String sha = commit.text().strip();
        String prefix = root.relativize(directory.toRealPath()).toString().replace('\\', '/');
        List<String> args = new ArrayList<>(List.of("ls-tree", "-r", "-z", "--long", sha));
        if (!prefix.isEmpty()) {
            args.add("--");
            args.add(prefix + "/");
        }
        Result tree = git(root, args);
        if (tree.code != 0) {
            throw new Unavailable(
                    "git ls-tree " + ref + " failed: " + tree.error().strip());
        }
        List<String[]> blobs = new ArrayList<>(); // {object, path under the directory}
        for (String entry : tree.text().split("\0")) {
            int tab = entry.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String[] meta = entry.substring(0, tab).trim().split("\\s+");
            String path = entry.substring(tab + 1);
            if (meta.length < 4 || !meta[1].equals("blob") || meta[0].equals("120000") || meta[3].equals("-")) {
                continue;
            }
            if (Long.parseLong(meta[3]) > MAX_BLOB_BYTES) {
                continue;
            }
            String relative = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
            blobs.add(new String[] {meta[2], relative});
        }
        List<String> names = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (String[] blob : blobs) {
            names.add(blob[0]);
            paths.add(blob[1]);
        }
        return batch(root, names, paths, target.toAbsolutePath().normalize());
    }

    /** Writes the files at {@code relative} paths under {@code prefix}, as they are at {@code commit}. */
    static int writeFiles(Path root, String prefix, String commit, List<String> relative, Path base)
            throws IOException {
        List<String> names = new ArrayList<>();
        for (String path : relative) {
            names.add(commit + ":" + (prefix.isEmpty() ? path : prefix + "/" + path));
        }
        return batch(root, names, relative, base);
    }

    /**
     * Reads objects with one {@code git cat-file --batch} and writes each at its path under
     * {@code base}; a missing object, a link or a blob over {@link #MAX_BLOB_BYTES} is passed over.
     */
    private static int batch(Path root, List<String> names, List<String> paths, Path base) throws IOException {
        StringBuilder input = new StringBuilder();
        for (String name : names) {
            input.append(name).append('\n');
        }
        Files.createDirectories(base);
        Process process = start(root, List.of("cat-file", "--batch"), root);
        Thread feeder = new Thread(() -> {
            try (OutputStream in = process.getOutputStream()) {
                in.write(input.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the reader below sees the short output
            }
        });
        feeder.start();
        int written = 0;
        try (DataInputStream out = new DataInputStream(process.getInputStream())) {
            for (String path : paths) {
                String header = line(out);
                String[] parts = header.split(" ");
                if (parts.length < 3) {
                    continue; // "<name> missing": a path that is not a file at that commit
                }
                long size = Long.parseLong(parts[2]);
                if (!parts[1].equals("blob") || size > MAX_BLOB_BYTES) {
                    out.skipNBytes(size + 1);
                    continue;
                }
                byte[] content = out.readNBytes((int) size);
                out.read(); // the line break after the content
                Path file = base.resolve(path).normalize();
                if (!file.startsWith(base)) {
                    continue; // git refuses such paths; never write outside the target
                }
                Files.createDirectories(file.getParent());
                Files.write(file, content);
                written++;
            }
        } finally {
            process.destroy();
        }
        return written;
    }

    /** The fetch that brings {@code ref} into a shallow clone. */
    static String fetch(String ref) {
        if (ref.startsWith("origin/")) {
            return "git fetch --depth=1 origin " + ref.substring("origin/".length());
        }
        return "git fetch --depth=1 origin " + ref;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("git cat-file ended early");
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
     * Starts git under {@link #SAFE_CONFIG}; with {@code trusted} (the work tree's root, found by
     * {@link #root}) without the system and global configuration, trusting that root by name.
     */
    private static Process start(Path directory, List<String> args, Path trusted) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("git");
        for (String setting : SAFE_CONFIG) {
            command.add("-c");
            command.add(setting);
        }
        if (trusted != null) {
            command.add("-c");
            command.add("safe.directory=" + trusted);
        }
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        Map<String, String> env = builder.environment();
        env.put("GIT_TERMINAL_PROMPT", "0"); // never wait for a password
        env.put("GIT_OPTIONAL_LOCKS", "0");
        env.put("GIT_NO_LAZY_FETCH", "1"); // a partial clone's missing object is missing, not fetched
        env.put("GIT_PAGER", "cat");
        env.remove("GIT_EXTERNAL_DIFF");
        if (trusted != null) {
            env.put("GIT_CONFIG_NOSYSTEM", "1");
            env.put("GIT_CONFIG_GLOBAL", File.separatorChar == '\\' ? "NUL" : "/dev/null");
        }
        return builder.start();
    }

    /** Runs git in {@code root}, the work tree's top from {@link #root}, as data: see {@link #SAFE_CONFIG}. */
    static Result git(Path root, List<String> args) throws IOException, Unavailable {
        return run(root, args, root);
    }

    private static Result run(Path directory, List<String> args, Path trusted) throws IOException, Unavailable {
        Process process;
        try {
            process = start(directory, args, trusted);
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
