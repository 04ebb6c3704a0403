package dev.rustgo.load;

import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.codehaus.plexus.util.MatchPatterns;

/**
 * Finds descriptor files under a directory with Ant-style include and exclude globs (the
 * {@code **}/{@code *} patterns Maven users know). Never descends into {@code target/},
 * {@code .git/} or {@code node_modules/}; follows symbolic links only while they stay inside the
 * boundary (the project base directory), and a link loop is detected, not walked. The result is
 * sorted, so it does not depend on the file system's order.
 */
public final class Discovery {

    /** The includes used when none are configured. */
    public static final List<String> DEFAULT_INCLUDES = List.of(
            "**/catalog-info.yaml", "**/catalog-info.yml",
            "**/*.rustgo.yaml", "**/*.rustgo.yml",
            "services/**/*.yaml", "services/**/*.yml");

    /** The file that makes a directory a Helm chart, for discovery and the repository reading alike. */
    public static final String HELM_CHART = "Chart.yaml";

    /** Whether a file, by its name as reports give it ({@code charts/api/Chart.yaml}), is a Helm chart's. */
    public static boolean helmChart(String name) {
        return name.equals(HELM_CHART) || name.endsWith("/" + HELM_CHART);
    }

    /** Directories never searched, whatever the excludes say. */
    public static final Set<String> NEVER_SEARCHED = Set.of("target", ".git", "node_modules");

    /** One file found: where it is, and how reports name it. */
    public record SourceFile(Path path, String name) {}

    /**
     * The files found, in name order, and what was passed over on the way; {@code others}: the files
     * whose names the walk's second test accepted instead (the repository reading's YAML files), also
     * in name order.
     */
    public record Result(List<SourceFile> files, List<Notice> notices, List<String> notes, List<SourceFile> others) {
        public Result(List<SourceFile> files, List<Notice> notices, List<String> notes) {
            this(files, notices, notes, List.of());
        }
    }

    private Discovery() {}

    /**
     * @param boundary the project base directory: nothing outside it is read, and reported names
     *     are relative to it
     * @param root where to search (the descriptor directory), inside or equal to the boundary
     */
    public static Result scan(Path boundary, Path root, List<String> includes, List<String> excludes)
            throws IOException {
        return scan(boundary, root, includes, excludes, null);
    }

    /**
     * Searches once for the files {@code includes} match and, among the others, those whose file name
     * {@code alsoNamed} accepts ({@code null}: none), both less {@code excludes}: one walk of a large tree
     * instead of two. A test of the name, not a glob: it runs on every file of the tree.
     */
    public static Result scan(
            Path boundary, Path root, List<String> includes, List<String> excludes, Predicate<String> alsoNamed)
            throws IOException {
        Path realBoundary = boundary.toRealPath();
        Path realRoot = root.toRealPath();
        Walk walk = new Walk(
                realBoundary,
                realRoot,
                patterns(includes.isEmpty() ? DEFAULT_INCLUDES : includes),
                patterns(excludes),
                alsoNamed);
        Files.walkFileTree(realRoot, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
        return walk.result();
    }

    /**
     * One walk of the tree: what it takes, in the order met, and what it passes over. It never enters a
     * directory never searched, and follows a link only while it stays inside the limit: the boundary,
     * or the root where the root lies outside it.
     */
    private static final class Walk extends SimpleFileVisitor<Path> {
        private final Path realBoundary;
        private final Path realRoot;
        private final Path limit;
        private final MatchPatterns in;
        private final MatchPatterns out;
        private final Predicate<String> alsoNamed;
        private final List<SourceFile> files = new ArrayList<>();
        private final List<SourceFile> others = new ArrayList<>();
        private final List<Notice> notices = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final Set<Path> seen = new HashSet<>();
        /** How many of the directories being walked were reached through a link. */
        private int linked;

        Walk(Path realBoundary, Path realRoot, MatchPatterns in, MatchPatterns out, Predicate<String> alsoNamed) {
            this.realBoundary = realBoundary;
            this.realRoot = realRoot;
            this.limit = realRoot.startsWith(realBoundary) ? realBoundary : realRoot;
            this.in = in;
            this.out = out;
            this.alsoNamed = alsoNamed;
        }

        /** What the walk found and passed over, each list in name order. */
        Result result() {
            files.sort(Comparator.comparing(SourceFile::name));
            others.sort(Comparator.comparing(SourceFile::name));
            notices.sort(Comparator.comparing(n -> n.where().file()));
            notes.sort(Comparator.naturalOrder());
            return new Result(List.copyOf(files), List.copyOf(notices), List.copyOf(notes), List.copyOf(others));
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            if (!dir.equals(realRoot) && NEVER_SEARCHED.contains(String.valueOf(dir.getFileName()))) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (!Files.isSymbolicLink(dir)) {
                return FileVisitResult.CONTINUE;
            }
            if (escapes(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            linked++;
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (linked > 0 && Files.isSymbolicLink(dir)) {
                linked--;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            if (!attrs.isRegularFile()) {
                return FileVisitResult.CONTINUE;
            }
            String relative = realRoot.relativize(file).toString();
            boolean descriptor = in.matches(relative, true);
            if ((descriptor || alsoNamed != null && alsoNamed.test(String.valueOf(file.getFileName())))
                    && !out.matches(relative, true)) {
                boolean link = Files.isSymbolicLink(file);
                if (link && escapes(file)) {
                    return FileVisitResult.CONTINUE;
                }
                // A file reached both directly and through a link inside the project is read
                // once. Off links, the path is already real: the walk starts from a real one.
                if (seen.add(link || linked > 0 ? file.toRealPath() : file)) {
                    (descriptor ? files : others).add(new SourceFile(file, name(file)));
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
                notes.add(name(file) + ": symbolic link loop, not followed");
            } else if (e instanceof NoSuchFileException) {
                notes.add(name(file) + ": broken symbolic link, passed over");
            } else {
                notes.add(name(file) + ": cannot be searched (" + e.getClass().getSimpleName() + ")");
            }
            return FileVisitResult.CONTINUE;
        }

        /** Whether a symbolic link points outside the project, which is then noted. */
        private boolean escapes(Path path) throws IOException {
            Path target = path.toRealPath();
            if (target.startsWith(limit)) {
                return false;
            }
            notices.add(new Notice(
                    Notice.Kind.LINK_OUTSIDE_PROJECT,
                    new Problem(
                            name(path),
                            1,
                            1,
                            "symbolic link to a place outside the project (" + target + "); not followed")));
            return true;
        }

        private String name(Path path) {
            return slashes(realBoundary.relativize(path));
        }
    }

    /**
     * The files that are not part of a Helm chart: a directory that holds a {@code Chart.yaml} (up to
     * {@code root}) is a chart, whose {@code values.yaml} and templates are never descriptors
     * (templates are not even YAML before rendering). Each file passed over is a debug note.
     */
    public static List<SourceFile> outsideHelmCharts(Path root, List<SourceFile> files, List<String> notes) {
        Path top;
        try {
            top = root.toRealPath(); // the files' paths are real: the walk starts from a real path
        } catch (IOException e) {
            top = root.toAbsolutePath().normalize();
        }
        Map<Path, Boolean> charts = new HashMap<>();
        List<SourceFile> kept = new ArrayList<>(files.size());
        for (SourceFile file : files) {
            Path chart = null;
            for (Path dir = file.path().toAbsolutePath().normalize().getParent();
                    dir != null && dir.startsWith(top);
                    dir = dir.getParent()) {
                if (charts.computeIfAbsent(dir, d -> Files.isRegularFile(d.resolve(HELM_CHART)))) {
                    chart = dir;
                    break;
                }
            }
            if (chart == null) {
                kept.add(file);
            } else {
                notes.add(file.name() + ": part of the Helm chart in " + slashes(top.relativize(chart))
                        + ", not a descriptor; passed over");
            }
        }
        return kept;
    }

    /** Splits a comma-separated list of globs, as the {@code rustgo.includes} property gives them. */
    public static List<String> split(String globs) {
        if (globs == null || globs.isBlank()) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String glob : globs.split(",")) {
            if (!glob.isBlank()) {
                result.add(glob.strip());
            }
        }
        return List.copyOf(result);
    }

    /**
     * Whether a walk from a descriptor directory finds the file at {@code relative} to it ({@code /}
     * separators): the includes (the defaults when empty) match it, no exclude does, and no directory on
     * its way is one never searched. How a tool that writes a descriptor knows the audit will read it.
     */
    public static boolean finds(String relative, List<String> includes, List<String> excludes) {
        return !List.of(relative.split("/")).contains("..")
                && matcher(includes, excludes).test(relative);
    }

    /** Whether an exclude takes out the file at {@code relative} to the descriptor directory. */
    public static boolean excluded(String relative, List<String> excludes) {
        return !excludes.isEmpty() && matches(relative, excludes);
    }

    /**
     * Whether the walk would take a file, by its {@code /}-separated path relative to the directory
     * searched: the includes ({@link #DEFAULT_INCLUDES} when none) match it, the excludes do not, and
     * it lies in no directory the walk never searches.
     */
    public static Predicate<String> matcher(List<String> includes, List<String> excludes) {
        MatchPatterns in = patterns(includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        MatchPatterns out = patterns(excludes);
        return relative -> {
            String[] segments = relative.split("/");
            for (int i = 0; i < segments.length - 1; i++) {
                if (NEVER_SEARCHED.contains(segments[i])) {
                    return false;
                }
            }
            String local = relative.replace('/', File.separatorChar);
            return in.matches(local, true) && !out.matches(local, true);
        };
    }

    /** Whether a {@code /}-separated relative path matches one of the globs. */
    static boolean matches(String relative, List<String> patterns) {
        return patterns(patterns).matches(relative.replace('/', File.separatorChar), true);
    }

    /** The globs, normalised and parsed once for the whole walk, in the platform's separators. */
    private static MatchPatterns patterns(List<String> globs) {
        return MatchPatterns.from(normalize(globs).stream()
                .map(p -> p.replace('/', File.separatorChar))
                .toList());
    }

    private static List<String> normalize(List<String> patterns) {
        List<String> result = new ArrayList<>();
        for (String pattern : patterns) {
            String p = pattern.strip().replace('\\', '/');
            while (p.startsWith("./")) {
                p = p.substring(2);
            }
            if (p.endsWith("/")) {
                p = p + "**"; // Ant's rule: a trailing slash means everything below
            }
            result.add(p);
        }
        return result;
    }

    private static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
