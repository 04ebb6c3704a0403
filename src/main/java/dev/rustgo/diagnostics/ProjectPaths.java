package dev.rustgo.diagnostics;

import java.nio.file.Path;

/** How a file of the build is named in messages, the log and reports. */
public final class ProjectPaths {

    private ProjectPaths() {}

    /**
     * {@code file} relative to {@code base}, with {@code /} separators, as problems, findings and
     * the log name files; a file outside {@code base} keeps its absolute path.
     */
    public static String relative(Path file, Path base) {
        Path b = base.toAbsolutePath().normalize();
        Path p = file.toAbsolutePath().normalize();
        return (p.startsWith(b) ? b.relativize(p) : p).toString().replace('\\', '/');
    }
}
