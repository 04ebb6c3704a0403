package dev.rustgo.policy;

import dev.rustgo.files.Boundary;
import dev.rustgo.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a policy is read from: a file, or a resource of the plugin's classpath
 * ({@code classpath:company/rustgo-policy.yaml}, in a jar added to the plugin's dependencies, the
 * convention maven-checkstyle-plugin uses for shared configurations). Its {@link #name} is how
 * problems name it: a file relative to the project, a resource as the jar it is in and its path in it
 * ({@code company-policy-1.0.jar!/company/rustgo-policy.yaml}). Reading is bounded: at most the YAML
 * reader's limit, plus one byte to tell it was exceeded.
 */
public interface PolicySource {

    /** The prefix of a classpath resource in {@code rustgo.policy} and {@code extends}. */
    String CLASSPATH = "classpath:";

    String name();

    byte[] read() throws IOException;

    /**
     * The policy an {@code extends} of this one names: {@code classpath:...} from the plugin's
     * classpath, else a path relative to this one (a file beside a file, a resource beside a resource).
     *
     * @throws IllegalArgumentException with the message a user sees, when it names nothing
     */
    PolicySource resolve(String reference);

    /**
     * A policy file; {@code name} is how problems name it. The file and what it extends must lie in its
     * own directory once links are resolved.
     */
    static PolicySource file(Path path, String name) {
        Path parent = path.toAbsolutePath().normalize().getParent();
        return new FileSource(path, name, parent == null ? path : parent);
    }

    /**
     * A policy file the build's configuration names; {@code name} is how problems name it. When it is
     * inside {@code project} as written, it and every file it extends must be inside the project once
     * links are resolved; a file configured outside the project is trusted where it is, and what it
     * extends must be beside or below it.
     */
    static PolicySource file(Path path, String name, Path project) {
        Path written = path.toAbsolutePath().normalize();
        Path base = project.toAbsolutePath().normalize();
        Path parent = written.getParent();
        return new FileSource(path, name, written.startsWith(base) || parent == null ? base : parent);
    }

    /**
     * A resource of {@code loader}, by its path ({@code company/rustgo-policy.yaml}, without
     * {@code classpath:}).
     *
     * @throws IllegalArgumentException when the classpath has no such resource
     */
    static PolicySource classpath(String resource, ClassLoader loader) {
        String path = resource.strip();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        String normal;
        try {
            normal = Path.of(path).normalize().toString().replace('\\', '/');
        } catch (InvalidPathException e) {
            normal = "";
        }
        // A policy is one YAML file: never the root of a jar, a directory of one, or a class file.
        if (normal.isEmpty() || path.endsWith("/") || !(normal.endsWith(".yaml") || normal.endsWith(".yml"))) {
            throw new IllegalArgumentException("'" + CLASSPATH + resource + "' names no policy file; name a .yaml"
                    + " resource of a jar in the plugin's <dependencies>, like " + CLASSPATH
                    + "company/rustgo-policy.yaml");
        }
        if (normal.startsWith("..")) {
            throw new IllegalArgumentException("'" + CLASSPATH + resource + "' leaves the classpath");
        }
        path = normal;
        URL url = loader.getResource(path);
        if (url == null) {
            throw new IllegalArgumentException("no policy " + CLASSPATH + path + " on the plugin's classpath; add the"
                    + " jar that holds it to the plugin's <dependencies> in the pom");
        }
        return new ClasspathSource(path, url, loader);
    }

    /** Reads at most {@code limit + 1} bytes. */
    private static byte[] bounded(InputStream in) throws IOException {
        return in.readNBytes(YamlReader.MAX_FILE_BYTES + 1);
    }

    /**
     * A policy file, read only inside {@code boundary} (a directory) once links are resolved.
     */
    record FileSource(Path path, String name, Path boundary) implements PolicySource {
        public FileSource {
            Objects.requireNonNull(path);
            Objects.requireNonNull(name);
            Objects.requireNonNull(boundary);
        }

        @Override
        public byte[] read() throws IOException {
            return Boundary.of(boundary).read(path, YamlReader.MAX_FILE_BYTES);
        }

        @Override
        public PolicySource resolve(String reference) {
            if (reference.startsWith(CLASSPATH)) {
                return classpath(reference.substring(CLASSPATH.length()), PolicySource.class.getClassLoader());
            }
            Path target;
            try {
                target = path.toAbsolutePath().getParent().resolve(reference).normalize();
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("extends " + reference + ", which is not a path");
            }
            // The path is checked as written before the file system is asked anything about it.
            Boundary within;
            try {
                within = Boundary.of(boundary);
                if (!within.containsAsWritten(target)) {
                    throw new IllegalArgumentException(outside(reference));
                }
                within.resolve(target);
            } catch (Boundary.Outside e) {
                throw new IllegalArgumentException(outside(reference) + " (it is a symbolic link to " + e.real() + ")");
            } catch (IOException e) {
                throw new IllegalArgumentException("extends " + reference + ", which is not a file");
            }
            if (!Files.isRegularFile(target)) {
                throw new IllegalArgumentException("extends " + reference + ", which is not a file");
            }
            int slash = name.lastIndexOf('/');
            String targetName = slash < 0 ? reference : name.substring(0, slash + 1) + reference;
            return new FileSource(
                    target, Path.of(targetName).normalize().toString().replace('\\', '/'), boundary);
        }

        private static String outside(String reference) {
            return "extends " + reference + ", which is outside the project; a policy extends a file inside the"
                    + " project, or " + CLASSPATH
                    + "company/rustgo-policy.yaml from a jar of the plugin's dependencies";
        }
    }

    record ClasspathSource(String resource, URL url, ClassLoader loader) implements PolicySource {

        /** {@code company-policy-1.0.jar!/company/rustgo-policy.yaml}, or the resource's path outside a jar. */
        @Override
        public String name() {
            String text = url.toString();
            int bang = text.indexOf("!/");
            if (text.startsWith("jar:") && bang > 0) {
                String jar = text.substring(0, bang);
                return jar.substring(jar.lastIndexOf('/') + 1) + "!/" + resource;
            }
            return CLASSPATH + resource;
        }

        @Override
        public byte[] read() throws IOException {
            try (InputStream in = url.openStream()) {
                return bounded(in);
            }
        }

        @Override
        public PolicySource resolve(String reference) {
            if (reference.startsWith(CLASSPATH)) {
                return classpath(reference.substring(CLASSPATH.length()), loader);
            }
            int slash = resource.lastIndexOf('/');
            String sibling = Path.of(slash < 0 ? reference : resource.substring(0, slash + 1) + reference)
                    .normalize()
                    .toString()
                    .replace('\\', '/');
            if (sibling.startsWith("..")) {
                throw new IllegalArgumentException("extends " + reference + ", which leaves the classpath");
            }
            return classpath(sibling, loader);
        }
    }
}
