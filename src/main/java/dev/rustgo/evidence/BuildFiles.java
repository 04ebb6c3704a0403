package dev.rustgo.evidence;

import dev.rustgo.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The language of a service from the build files at the top of its directory, and the size of its
 * source in that language: non-blank lines, without tests, vendored or generated code.
 *
 * <table>
 * <caption>Build files</caption>
 * <tr><th>file</th><th>language</th><th>sources</th></tr>
 * <tr><td>{@code Cargo.toml}</td><td>rust</td><td>{@code .rs}</td></tr>
 * <tr><td>{@code go.mod}</td><td>go</td><td>{@code .go}</td></tr>
 * <tr><td>{@code pom.xml}, {@code build.gradle(.kts)}</td><td>java, or kotlin where {@code .kt} lines are more</td><td>{@code .java}, {@code .kt}</td></tr>
 * <tr><td>{@code pyproject.toml}, {@code setup.py}</td><td>python</td><td>{@code .py}</td></tr>
 * <tr><td>{@code package.json}</td><td>node (javascript or typescript)</td><td>{@code .js}, {@code .ts} and kin</td></tr>
 * </table>
 *
 * <p>With several build files the language with the most source lines wins. Symbolic links are
 * not followed, so nothing outside the directory is read; the walk stops after
 * {@value #MAX_FILES} files.
 */
final class BuildFiles {

    /** Files looked at under one service's directory before counting stops. */
    static final int MAX_FILES = 20_000;

    /** Source files larger than this are data or generated code, not counted. */
    private static final long MAX_SOURCE_BYTES = 1024 * 1024;

    /** Directories that hold no source of the service's own: vendored, built, generated, tooling. */
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(
            "vendor",
            "third_party",
            "third-party",
            "node_modules",
            "target",
            "build",
            "dist",
            "out",
            "generated",
            "testdata",
            "venv",
            "__pycache__");

    private BuildFiles() {}

    /** What the build files tell. */
    record Build(Language language, String buildFile, long lines, int files, boolean capped) {}

    private enum Kind {
        RUST(Language.RUST, List.of("Cargo.toml"), List.of(".rs")),
        GO(Language.GO, List.of("go.mod"), List.of(".go")),
        JVM(Language.JAVA, List.of("pom.xml", "build.gradle", "build.gradle.kts"), List.of(".java", ".kt")),
        PYTHON(Language.PYTHON, List.of("pyproject.toml", "setup.py"), List.of(".py")),
        NODE(
                Language.NODE,
                List.of("package.json"),
                List.of(".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"));

        final Language language;
        final List<String> buildFiles;
        final List<String> extensions;

        Kind(Language language, List<String> buildFiles, List<String> extensions) {
            this.language = language;
            this.buildFiles = buildFiles;
            this.extensions = extensions;
        }
    }

    /**
     * The build of {@code directory}, or {@code null} when it holds no build file this reader knows with
     * source of its language.
     *
     * @param name how reports name the directory, relative to the project, with {@code /} separators
     */
    static Build read(Path directory, String name) throws IOException {
        // One walk: the build files at the top and the candidate sources below, then lines counted for the
        // kinds the build files name (no stat per build file name, no second walk).
        Counter counter = new Counter();
        Files.walkFileTree(directory, counter);
        Build best = null;
        for (Kind kind : Kind.values()) {
            String buildFile = counter.buildFiles[kind.ordinal()];
            if (buildFile == null) {
                continue;
            }
            long lines = 0;
            long kotlin = 0;
            int files = 0;
            for (Candidate c : counter.sources) {
                if (c.kind == kind) {
                    long count = count(c.path);
                    if (count >= 0) {
                        lines += count;
                        files++;
                        kotlin += c.kotlin ? count : 0;
                    }
                }
            }
            Language language = kind == Kind.JVM && kotlin > lines - kotlin ? Language.KOTLIN : kind.language;
            Build build = new Build(language, prefix(name) + buildFile, lines, files, counter.capped);
            // A build file with no source of its language beside it (an aggregator pom, the pom.xml of the
            // project that runs the audit) tells nothing about the service.
            if (build.files() > 0 && (best == null || build.lines() > best.lines())) {
                best = build;
            }
        }
        return best;
    }

    private static String prefix(String name) {
        return name.isEmpty() || name.equals(".") ? "" : name + "/";
    }

    /** A source file of a kind, not a test, vendored or generated by its name. */
    private record Candidate(Kind kind, Path path, boolean kotlin) {}

    /** Finds the build files at the top and the source files below, skipping tests, vendored and built code. */
    private static final class Counter extends SimpleFileVisitor<Path> {
        final String[] buildFiles = new String[Kind.values().length];
        final List<Candidate> sources = new ArrayList<>();
        int seen;
        boolean capped;
        private Path root;

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (root == null) {
                root = dir;
                return FileVisitResult.CONTINUE;
            }
            String name = String.valueOf(dir.getFileName());
            if (name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name) || testDirectory(root.relativize(dir))) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (++seen > MAX_FILES) {
                capped = true;
                return FileVisitResult.TERMINATE;
            }
            if (!attrs.isRegularFile()) {
                return FileVisitResult.CONTINUE;
            }
            String name = String.valueOf(file.getFileName());
            if (root.equals(file.getParent())) {
                for (Kind kind : Kind.values()) {
                    // The first build file of a kind, in the order the kind lists them.
                    int rank = kind.buildFiles.indexOf(name);
                    String current = buildFiles[kind.ordinal()];
                    if (rank >= 0 && (current == null || kind.buildFiles.indexOf(current) > rank)) {
                        buildFiles[kind.ordinal()] = name;
                    }
                }
            }
            if (attrs.size() > MAX_SOURCE_BYTES || generatedName(name)) {
                return FileVisitResult.CONTINUE;
            }
            for (Kind kind : Kind.values()) {
                String extension = extension(name, kind);
                if (extension != null && !testFile(name, kind)) {
                    sources.add(new Candidate(kind, file, extension.equals(".kt")));
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // unreadable: not counted
        }
    }

    private static String extension(String name, Kind kind) {
        for (String extension : kind.extensions) {
            if (name.endsWith(extension) && name.length() > extension.length()) {
                return name.endsWith(".d.ts") ? null : extension;
            }
        }
        return null;
    }

    /** {@code src/test}, {@code tests}, {@code test}, {@code __tests__}, {@code benches}: test code by convention. */
    private static boolean testDirectory(Path relative) {
        String path = relative.toString().replace('\\', '/').toLowerCase(Locale.ROOT);
        String last = path.substring(path.lastIndexOf('/') + 1);
        return path.equals("src/test")
                || path.endsWith("/src/test")
                || last.equals("tests")
                || last.equals("test")
                || last.equals("__tests__")
                || last.equals("benches")
                || last.equals("examples");
    }

    private static boolean testFile(String name, Kind kind) {
        return switch (kind) {
            case GO -> name.endsWith("_test.go");
            case PYTHON -> name.startsWith("test_") || name.endsWith("_test.py") || name.equals("conftest.py");
            case NODE -> name.contains(".test.") || name.contains(".spec.");
            case JVM -> name.endsWith("Test.java") || name.endsWith("Test.kt") || name.endsWith("Tests.java");
            case RUST -> false;
        };
    }

    private static boolean generatedName(String name) {
        return name.endsWith(".pb.go")
                || name.contains("_pb2")
                || name.contains(".generated.")
                || name.contains("_generated.")
                || name.endsWith(".min.js");
    }

    /**
     * Non-blank lines of a source file; -1 for a generated one (a "Code generated ... DO NOT EDIT."
     * or {@code @generated} marker near its top, the conventions of Go and of many generators).
     */
    private static long count(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_SOURCE_BYTES); // the walk checked the size; a file that grew is cut
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        if (head.contains("@generated") || (head.contains("Code generated") && head.contains("DO NOT EDIT"))) {
            return -1;
        }
        long lines = 0;
        boolean blank = true;
        for (byte b : bytes) {
            if (b == '\n') {
                if (!blank) {
                    lines++;
                }
                blank = true;
            } else if (b != ' ' && b != '\t' && b != '\r') {
                blank = false;
            }
        }
        return blank ? lines : lines + 1;
    }

    /** Whether a file, by its name, is a build file this reader knows. */
    static boolean isBuildFile(String name) {
        for (Kind kind : Kind.values()) {
            if (kind.buildFiles.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a directory, by its name, holds no source of a service's own (vendored, built, generated). */
    static boolean skipped(String directoryName) {
        return SKIPPED_DIRECTORIES.contains(directoryName);
    }
}
