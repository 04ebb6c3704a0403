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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * <tr><td>{@code pyproject.toml}, {@code setup.py}, {@code setup.cfg}, {@code Pipfile}, {@code requirements.txt}</td><td>python</td><td>{@code .py}</td></tr>
 * <tr><td>{@code package.json}</td><td>node (javascript or typescript)</td><td>{@code .js}, {@code .ts} and kin</td></tr>
 * <tr><td>{@code *.csproj}, {@code *.fsproj}, at the top or one directory down</td><td>dotnet</td><td>{@code .cs}, {@code .fs}</td></tr>
 * <tr><td>{@code CMakeLists.txt}, {@code meson.build}; a {@code Makefile} with a C or C++ source at the top or one directory down</td>
 *     <td>cpp, or c where {@code .c} lines outnumber C++ ones ({@code .h} counts for neither side)</td>
 *     <td>{@code .cc}, {@code .cpp}, {@code .cxx}, {@code .hpp}, {@code .hh}, {@code .hxx}; {@code .c}; {@code .h}</td></tr>
 * <tr><td>{@code Gemfile}</td><td>other (Ruby)</td><td>{@code .rb}</td></tr>
 * <tr><td>{@code composer.json}</td><td>other (PHP)</td><td>{@code .php}</td></tr>
 * <tr><td>{@code mix.exs}</td><td>other (Elixir)</td><td>{@code .ex}, {@code .exs}</td></tr>
 * <tr><td>{@code build.sbt}</td><td>other (Scala)</td><td>{@code .scala}</td></tr>
 * </table>
 *
 * <p>The model has no value for the last four: the build says {@code other}, and names the language
 * in its {@link Build#source()} and {@link Build#languageName()}, which reports print.
 *
 * <p>Build files are looked for at the top of the directory only, but for .NET project files, which
 * are named after the project and which .NET's templates put in a folder of their own
 * ({@code src/cartservice.csproj}, tests in {@code tests/}): those are also looked for one directory
 * down, in the same walk. Where one kind has several, the shallowest names the build.
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

    /**
     * Directories that hold no source of the service's own: vendored, built, generated, tooling; and
     * CMake's build trees, {@code cmake-build-*}.
     */
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
            "__pycache__",
            "bin",
            "obj",
            "CMakeFiles",
            "deps",
            "_build");

    private BuildFiles() {}

    /**
     * What the build files tell.
     *
     * @param languageName how reports name the language: its id ({@code go}), or for
     *     {@link Language#OTHER} the language's own name ({@code Ruby})
     * @param buildFile the build file that names the build, relative to the project
     */
    record Build(Language language, String languageName, String buildFile, long lines, int files, boolean capped) {

        /** Where the language comes from, in words: {@code the build file go.mod}, {@code the build file Gemfile (Ruby)}. */
        String source() {
            String file = buildFile.substring(buildFile.lastIndexOf('/') + 1);
            return "the build file " + file + (language == Language.OTHER ? " (" + languageName + ")" : "");
        }
    }

    private enum Kind {
        RUST(Language.RUST, List.of("Cargo.toml"), List.of(".rs")),
        GO(Language.GO, List.of("go.mod"), List.of(".go")),
        JVM(
                Language.JAVA,
                List.of("pom.xml", "build.gradle", "build.gradle.kts"),
                List.of(".java"),
                Language.KOTLIN,
                List.of(".kt"),
                List.of()),
        PYTHON(
                Language.PYTHON,
                List.of("pyproject.toml", "setup.py", "setup.cfg", "Pipfile", "requirements.txt"),
                List.of(".py")),
        NODE(
                Language.NODE,
                List.of("package.json"),
                List.of(".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx")),
        /** A project file's name is the project's: matched by its extension, also one directory down. */
        DOTNET(Language.DOTNET, List.of("*.csproj", "*.fsproj"), List.of(".cs", ".fs")),
        /**
         * C++, or C where {@code .c} lines outnumber C++ ones; headers ({@code .h}) are either's. A
         * Makefile builds anything, so it counts only with C or C++ sources beside it.
         */
        CPP(
                Language.CPP,
                List.of("CMakeLists.txt", "meson.build", "Makefile", "GNUmakefile", "makefile"),
                List.of(".cc", ".cpp", ".cxx", ".hpp", ".hh", ".hxx"),
                Language.C,
                List.of(".c"),
                List.of(".h")),
        RUBY("Ruby", List.of("Gemfile"), List.of(".rb")),
        PHP("PHP", List.of("composer.json"), List.of(".php")),
        ELIXIR("Elixir", List.of("mix.exs"), List.of(".ex", ".exs")),
        SCALA("Scala", List.of("build.sbt"), List.of(".scala"));

        /** Build files of any language: they count only with a source of the kind at the top or one down. */
        private static final Set<String> GENERIC = Set.of("Makefile", "GNUmakefile", "makefile");

        final Language language;
        /** How reports name the language: its id, or for {@link Language#OTHER} its own name. */
        final String display;
        /** By name, or {@code *.ext} by extension; the first listed names the build where several are. */
        final List<String> buildFiles;
        /** The sources of {@link #language}. */
        final List<String> extensions;
        /** The language the build is where the {@link #alternates}' lines outnumber the {@link #extensions}'. */
        final Language alternate;
        /** The sources of {@link #alternate}. */
        final List<String> alternates;
        /** Sources of either language, counted in the total but not in the choice. */
        final List<String> shared;

        Kind(Language language, List<String> buildFiles, List<String> extensions) {
            this(language, buildFiles, extensions, language, List.of(), List.of());
        }

        /** A language the model names {@link Language#OTHER}. */
        Kind(String display, List<String> buildFiles, List<String> extensions) {
            this(Language.OTHER, display, buildFiles, extensions, Language.OTHER, List.of(), List.of());
        }

        Kind(
                Language language,
                List<String> buildFiles,
                List<String> extensions,
                Language alternate,
                List<String> alternates,
                List<String> shared) {
            this(language, null, buildFiles, extensions, alternate, alternates, shared);
        }

        Kind(
                Language language,
                String display,
                List<String> buildFiles,
                List<String> extensions,
                Language alternate,
                List<String> alternates,
                List<String> shared) {
            this.language = language;
            this.display = display;
            this.buildFiles = buildFiles;
            this.extensions = extensions;
            this.alternate = alternate;
            this.alternates = alternates;
            this.shared = shared;
        }
    }

    /** A source file's kind and group by its extension: one look-up per file the walk sees. */
    private static final Map<String, Source> SOURCES = sources();

    /** What an extension is: the kind it belongs to, and whether it is the alternate or a shared one. */
    private record Source(Kind kind, int group) {}

    private static final int MAIN = 0;
    private static final int ALTERNATE = 1;
    private static final int SHARED = 2;

    private static Map<String, Source> sources() {
        Map<String, Source> sources = new HashMap<>();
        for (Kind kind : Kind.values()) {
            kind.extensions.forEach(e -> sources.put(e, new Source(kind, MAIN)));
            kind.alternates.forEach(e -> sources.put(e, new Source(kind, ALTERNATE)));
            kind.shared.forEach(e -> sources.put(e, new Source(kind, SHARED)));
        }
        return Map.copyOf(sources); // shared by the threads that read services' directories
    }

    /** The kind of each build file by its name, and of each project file ({@code *.csproj}) by its extension. */
    private static final Map<String, Kind> BUILD_FILES = buildFiles(false);

    private static final Map<String, Kind> PROJECT_FILES = buildFiles(true);

    private static Map<String, Kind> buildFiles(boolean projects) {
        Map<String, Kind> files = new HashMap<>();
        for (Kind kind : Kind.values()) {
            for (String file : kind.buildFiles) {
                if (file.startsWith("*.") == projects) {
                    files.put(projects ? file.substring(1) : file, kind);
                }
            }
        }
        return Map.copyOf(files);
    }

    /**
     * The build of {@code directory}, or {@code null} when it holds no build file this reader knows with
     * source of its language.
     *
     * @param name how reports name the directory, relative to the project, with {@code /} separators
     */
    static Build read(Path directory, String name) throws IOException {
        return read(directory, name, new ArrayList<>());
    }

    /**
     * The build of {@code directory}, as {@link #read(Path, String)}; a source file that cannot be read
     * is named in {@code unreadable} (relative to the project, with the reason) and left out.
     */
    static Build read(Path directory, String name, List<String> unreadable) throws IOException {
        // One walk: the build files at the top and the candidate sources below, then lines counted for the
        // kinds the build files name (no stat per build file name, no second walk).
        Counter counter = new Counter();
        Files.walkFileTree(directory, counter);
        int kinds = Kind.values().length;
        long[] lines = new long[kinds];
        long[] alternate = new long[kinds];
        long[] shared = new long[kinds];
        int[] files = new int[kinds];
        // Only the kinds a build file names are counted, each file once.
        for (Candidate c : counter.sources) {
            int k = c.kind.ordinal();
            if (counter.buildFiles[k] != null) {
                long count;
                try {
                    count = count(c.path);
                } catch (IOException e) {
                    // One unreadable file costs its own lines, not the whole service's language and size.
                    unreadable.add(prefix(name)
                            + directory.relativize(c.path).toString().replace('\\', '/') + " ("
                            + e.getClass().getSimpleName() + ")");
                    continue;
                }
                if (count >= 0) {
                    lines[k] += count;
                    files[k]++;
                    alternate[k] += c.group == ALTERNATE ? count : 0;
                    shared[k] += c.group == SHARED ? count : 0;
                }
            }
        }
        Build best = null;
        for (Kind kind : Kind.values()) {
            int k = kind.ordinal();
            // A build file with no source of its language beside it (an aggregator pom, the pom.xml of the
            // project that runs the audit) tells nothing about the service.
            if (counter.buildFiles[k] == null || files[k] == 0) {
                continue;
            }
            if (Kind.GENERIC.contains(counter.buildFiles[k]) && !counter.sourceNearTop[k]) {
                continue; // a Makefile of a Go or Python service, or one over vendored C far below
            }
            long main = lines[k] - alternate[k] - shared[k];
            Language language = alternate[k] > main ? kind.alternate : kind.language;
            String languageName = language == Language.OTHER ? kind.display : language.id();
            Build build = new Build(
                    language, languageName, prefix(name) + counter.buildFiles[k], lines[k], files[k], counter.capped);
            if (best == null || build.lines() > best.lines()) {
                best = build;
            }
        }
        return best;
    }

    private static String prefix(String name) {
        return name.isEmpty() || name.equals(".") ? "" : name + "/";
    }

    /** A source file of a kind, not a test, vendored or generated by its name. */
    private record Candidate(Kind kind, Path path, int group) {}

    /** Finds the build files at the top and the source files below, skipping tests, vendored and built code. */
    private static final class Counter extends SimpleFileVisitor<Path> {
        /** Per kind, its build file (relative to the directory), and how that one ranks: depth, then its list's order. */
        final String[] buildFiles = new String[Kind.values().length];

        private final int[] buildDepth = new int[Kind.values().length];
        private final int[] buildRank = new int[Kind.values().length];
        final List<Candidate> sources = new ArrayList<>();
        /** Per kind, whether a source of it (not a shared header) is at the top or one directory down. */
        final boolean[] sourceNearTop = new boolean[Kind.values().length];

        int seen;
        boolean capped;
        private Path root;
        /** How many directories below the root the walk is: 0 for the root's own files. */
        private int depth;

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (root == null) {
                root = dir;
                return FileVisitResult.CONTINUE;
            }
            String name = String.valueOf(dir.getFileName());
            if (name.startsWith(".")
                    || SKIPPED_DIRECTORIES.contains(name)
                    || name.startsWith("cmake-build-")
                    || testDirectory(root.relativize(dir))) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            depth++;
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            depth--;
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
            if (depth <= 1) {
                buildFile(file, name);
            }
            if (attrs.size() > MAX_SOURCE_BYTES || generatedName(name)) {
                return FileVisitResult.CONTINUE;
            }
            Source source = source(name);
            if (source != null && !testFile(name, source.kind())) {
                sources.add(new Candidate(source.kind(), file, source.group()));
                if (depth <= 1 && source.group() != SHARED) {
                    sourceNearTop[source.kind().ordinal()] = true;
                }
            }
            return FileVisitResult.CONTINUE;
        }

        /**
         * Notes a build file: by name at the top; a project file by its extension at the top and one
         * directory down ({@code src/cartservice.csproj}, the layout .NET templates write). The
         * shallowest wins, then the one its kind lists first, then the first by name.
         */
        private void buildFile(Path file, String name) {
            Kind kind = depth == 0 ? BUILD_FILES.get(name) : null;
            String pattern = name;
            if (kind == null) {
                int dot = name.lastIndexOf('.');
                kind = dot > 0 ? PROJECT_FILES.get(name.substring(dot)) : null;
                pattern = kind == null ? null : "*" + name.substring(dot);
            }
            if (kind == null) {
                return;
            }
            int k = kind.ordinal();
            int rank = kind.buildFiles.indexOf(pattern);
            String path = depth == 0 ? name : file.getParent().getFileName() + "/" + name;
            String current = buildFiles[k];
            int order = current == null ? -1 : Integer.compare(depth, buildDepth[k]);
            order = order != 0 ? order : Integer.compare(rank, buildRank[k]);
            if (order < 0 || order == 0 && path.compareTo(current) < 0) {
                buildFiles[k] = path;
                buildDepth[k] = depth;
                buildRank[k] = rank;
            }
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // unreadable: not counted
        }
    }

    /** The source {@code name} is by its extension; {@code null} for none or a TypeScript declaration. */
    private static Source source(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        Source source = SOURCES.get(name.substring(dot));
        return source == null || name.endsWith(".d.ts") ? null : source;
    }

    /**
     * {@code src/test}, {@code tests}, {@code test}, {@code __tests__}, {@code cypress}, {@code e2e},
     * {@code benches}, and .NET's test projects ({@code CartService.Tests}, {@code UnitTests}): test code
     * by convention.
     */
    private static boolean testDirectory(Path relative) {
        String name = String.valueOf(relative.getFileName());
        if (name.endsWith("Tests")) {
            return true;
        }
        String path = relative.toString().replace('\\', '/').toLowerCase(Locale.ROOT);
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.endsWith(".tests")
                || last.endsWith(".test")
                || path.equals("src/test")
                || path.endsWith("/src/test")
                || last.equals("tests")
                || last.equals("test")
                || last.equals("__tests__")
                || last.equals("cypress")
                || last.equals("e2e")
                || last.equals("benches")
                || last.equals("examples");
    }

    private static boolean testFile(String name, Kind kind) {
        return switch (kind) {
            case GO -> name.endsWith("_test.go");
            case PYTHON -> name.startsWith("test_") || name.endsWith("_test.py") || name.equals("conftest.py");
            case NODE -> name.contains(".test.") || name.contains(".spec.");
            case JVM ->
                name.endsWith("Test.java")
                        || name.endsWith("Tests.java")
                        || name.endsWith("Test.kt")
                        || name.endsWith("Tests.kt");
            case DOTNET ->
                name.endsWith("Tests.cs")
                        || name.endsWith("Test.cs")
                        || name.endsWith("Tests.fs")
                        || name.endsWith("Test.fs");
            case CPP -> {
                String base = name.substring(0, name.lastIndexOf('.'));
                yield base.endsWith("_test") || base.endsWith("_unittest");
            }
            case RUBY -> name.endsWith("_spec.rb") || name.endsWith("_test.rb");
            case PHP -> name.endsWith("Test.php");
            case ELIXIR -> name.endsWith("_test.exs");
            case SCALA -> name.endsWith("Spec.scala") || name.endsWith("Test.scala") || name.endsWith("Suite.scala");
            case RUST -> false;
        };
    }

    private static boolean generatedName(String name) {
        return name.endsWith(".pb.go")
                || name.endsWith(".pb.cc")
                || name.endsWith(".pb.h")
                || name.contains("_pb2")
                || name.contains(".generated.")
                || name.contains("_generated.")
                || name.endsWith(".min.js");
    }

    /**
     * Non-blank lines of a source file; -1 for a generated one (a "Code generated ... DO NOT EDIT.",
     * {@code <auto-generated>} or {@code @generated} marker near its top, the conventions of Go, of
     * .NET and of many generators).
     */
    private static long count(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_SOURCE_BYTES); // the walk checked the size; a file that grew is cut
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        if (head.contains("@generated")
                || head.contains("<auto-generated")
                || (head.contains("Code generated") && head.contains("DO NOT EDIT"))) {
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
        int dot = name.lastIndexOf('.');
        return BUILD_FILES.containsKey(name) || dot > 0 && PROJECT_FILES.containsKey(name.substring(dot));
    }

    /** Whether a directory, by its name, holds no source of a service's own (vendored, built, generated). */
    static boolean skipped(String directoryName) {
        return SKIPPED_DIRECTORIES.contains(directoryName);
    }
}
