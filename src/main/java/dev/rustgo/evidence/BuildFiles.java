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
        List<Kind> kinds = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (String file : kind.buildFiles) {
                if (Files.isRegularFile(directory.resolve(file))) {
                    kinds.add(kind);
                    files.add(file);
                    break;
                }
            }
        }
        if (kinds.isEmpty()) {
            return null;
        }
        Counter counter = new Counter(kinds);
        Files.walkFileTree(directory, counter);
        Build best = null;
        for (int i = 0; i < kinds.size(); i++) {
            Kind kind = kinds.get(i);
            long lines = counter.lines[kind.ordinal()];
            Language language = kind.language;
            if (kind == Kind.JVM && counter.kotlinLines > lines - counter.kotlinLines) {
                language = Language.KOTLIN;
            }
            Build build = new Build(
                    language, prefix(name) + files.get(i), lines, counter.files[kind.ordinal()], counter.capped);
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

    /** Counts the non-blank lines of each kind's sources, skipping tests, vendored and generated code. */
    private static final class Counter extends SimpleFileVisitor<Path> {
        final List<Kind> kinds;
        final long[] lines = new long[Kind.values().length];
        final int[] files = new int[Kind.values().length];
        long kotlinLines;
        int seen;
        boolean capped;
        private Path root;

        Counter(List<Kind> kinds) {
            this.kinds = kinds;
        }

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
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            if (++seen > MAX_FILES) {
                capped = true;
                return FileVisitResult.TERMINATE;
            }
            if (!attrs.isRegularFile() || attrs.size() > MAX_SOURCE_BYTES) {
                return FileVisitResult.CONTINUE;
            }
            String name = String.valueOf(file.getFileName());
            for (Kind kind : kinds) {
                String extension = extension(name, kind);
                if (extension != null && !testFile(name, kind) && !generatedName(name)) {
                    long count = count(file);
                    if (count >= 0) {
                        lines[kind.ordinal()] += count;
                        files[kind.ordinal()]++;
                        if (extension.equals(".kt")) {
                            kotlinLines += count;
                        }
                    }
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
            bytes = in.readNBytes((int) MAX_SOURCE_BYTES);
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
}
