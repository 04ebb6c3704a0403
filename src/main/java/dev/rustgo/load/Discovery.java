package dev.rustgo.load;

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
import java.util.List;
import java.util.Set;
import org.codehaus.plexus.util.SelectorUtils;

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

    /** Directories never searched, whatever the excludes say. */
    public static final Set<String> NEVER_SEARCHED = Set.of("target", ".git", "node_modules");

    /** One file found: where it is, and how reports name it. */
    public record SourceFile(Path path, String name) {}

    /** The files found, in name order, and what was passed over on the way. */
    public record Result(List<SourceFile> files, List<Notice> notices, List<String> notes) {}

    private Discovery() {}

    /**
     * @param boundary the project base directory: nothing outside it is read, and reported names
     *     are relative to it
     * @param root where to search (the descriptor directory), inside or equal to the boundary
     */
    public static Result scan(Path boundary, Path root, List<String> includes, List<String> excludes)
            throws IOException {
        Path realBoundary = boundary.toRealPath();
        Path realRoot = root.toRealPath();
        Path limit = realRoot.startsWith(realBoundary) ? realBoundary : realRoot;
        List<String> in = normalize(includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        List<String> out = normalize(excludes);
        List<SourceFile> files = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        java.util.Set<Path> seen = new java.util.HashSet<>();

        Files.walkFileTree(realRoot, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                        if (!dir.equals(realRoot) && NEVER_SEARCHED.contains(String.valueOf(dir.getFileName()))) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return escapes(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        String relative = slashes(realRoot.relativize(file));
                        if (attrs.isRegularFile() && matches(relative, in) && !matches(relative, out) && !escapes(file)) {
                            // A file reached both directly and through a link inside the project is read once.
                            if (seen.add(file.toRealPath())) {
                                files.add(new SourceFile(file, name(file)));
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

                    private boolean escapes(Path path) throws IOException {
                        if (!Files.isSymbolicLink(path)) {
                            return false;
                        }
                        Path target = path.toRealPath();
                        if (target.startsWith(limit)) {
                            return false;
                        }
                        notices.add(new Notice("link-outside-project", new Problem(name(path), 1, 1,
                                "symbolic link to a place outside the project (" + target
                                        + "); not followed")));
                        return true;
                    }

                    private String name(Path path) {
                        return slashes(realBoundary.relativize(path));
                    }
                });
        files.sort(Comparator.comparing(SourceFile::name));
        notices.sort(Comparator.comparing(n -> n.where().file()));
        notes.sort(Comparator.naturalOrder());
        return new Result(List.copyOf(files), List.copyOf(notices), List.copyOf(notes));
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

    static boolean matches(String relative, List<String> patterns) {
        for (String pattern : patterns) {
            if (SelectorUtils.matchPath(pattern, relative, "/", true)) {
                return true;
            }
        }
        return false;
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
