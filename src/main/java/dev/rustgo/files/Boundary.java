package dev.rustgo.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The one containment rule for every file the audit reads by a path a repository can choose (a
 * policy it extends, a Helm chart's values, a baseline, a compared report): the file must lie inside
 * the boundary once symbolic links are resolved. The boundary is the project base directory, or,
 * for a file the build's own configuration names outside the project, that file's directory. A path
 * that leaves it is refused before anything is read, with a message that quotes the path and never
 * the content, so no line of a pull request can copy {@code ~/.netrc} into a public CI log.
 *
 * <p>Files found by walking the tree are held to the same rule by {@code load.Discovery}, which
 * passes over a link that leaves the project.
 */
public final class Boundary {

    private final Path root;
    private final Path written;

    private Boundary(Path root, Path written) {
        this.root = root;
        this.written = written;
    }

    /** The boundary at {@code directory}, which must exist; its links are resolved once here. */
    public static Boundary of(Path directory) throws IOException {
        return new Boundary(directory.toRealPath(), directory.toAbsolutePath().normalize());
    }

    /**
     * The boundary for a file the build's configuration names: the project's when the file is inside
     * the project as written, else the file's own directory (what the configuration chose to trust).
     */
    public static Boundary forConfigured(Path file, Path project) throws IOException {
        Path written = file.toAbsolutePath().normalize();
        Path base = project.toAbsolutePath().normalize();
        if (written.startsWith(base)) {
            return of(project);
        }
        Path parent = written.getParent();
        return of(parent == null ? written : parent);
    }

    /** The boundary's real path. */
    public Path root() {
        return root;
    }

    /** Whether {@code path}, as written (after {@code ..} is removed, before links), lies inside. */
    public boolean containsAsWritten(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(written) || p.startsWith(root);
    }

    /**
     * The real path of {@code file}, which must be inside the boundary.
     *
     * @throws Outside when it, or the link it is, leads outside
     * @throws IOException when it does not exist or cannot be resolved
     */
    public Path resolve(Path file) throws IOException {
        Path real = file.toRealPath();
        if (!real.startsWith(root)) {
            throw new Outside(file, real);
        }
        return real;
    }

    /**
     * Reads at most {@code limit + 1} bytes of {@code file}, which must be inside the boundary (so a
     * caller tells a file over its limit from one exactly at it).
     */
    public byte[] read(Path file, int limit) throws IOException {
        Path real = resolve(file);
        try (InputStream in = Files.newInputStream(real)) {
            return in.readNBytes(limit + 1);
        }
    }

    /** A file that leads outside the boundary: its message names where, never what it holds. */
    public static final class Outside extends IOException {
        private static final long serialVersionUID = 1L;

        private final transient Path real;

        Outside(Path file, Path real) {
            super(
                    Objects.equals(file.toAbsolutePath().normalize(), real)
                            ? "is outside the project (" + real + "); not read"
                            : "is a symbolic link to a place outside the project (" + real + "); not read");
            this.real = real;
        }

        /** Where the path leads. */
        public Path real() {
            return real;
        }
    }
}
