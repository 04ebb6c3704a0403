package dev.rustgo.load;

import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.model.Dialect;
import dev.rustgo.model.Service;
import dev.rustgo.yaml.YamlNode;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the services of one descriptor envelope (the native {@code rustgo.dev/v1} one; Backstage's
 * catalog), and owns its quirks: which API group is its own, which of its documents are set aside
 * rather than read, what its unsupported documents are told, and (as the {@link Dialect} of the
 * services it reads) how messages name its fields and what its references mean. The loader asks
 * each reader in turn; a new envelope is one class and one line in {@link DescriptorLoader#standard}.
 */
public interface EnvelopeReader extends Dialect {

    /** Whether a document of this {@code apiVersion} and {@code kind} is in this envelope. */
    boolean accepts(String apiVersion, String kind);

    /**
     * Whether {@code apiVersion} is of this envelope's API group: a file holding one is this
     * envelope's (a catalog file, say), never a Kubernetes manifest.
     */
    default boolean ownsGroup(String apiVersion) {
        return false;
    }

    /**
     * Takes a document of this envelope that is not read as a service but says something about
     * other files (Backstage's scaffolder {@code Template} and {@code Location}), before anything
     * else is done with it.
     *
     * @return whether the document was taken; then nothing else is done with it
     */
    default boolean setAside(YamlNode.Mapping document, String apiVersion, String kind, Aside into) {
        return false;
    }

    /**
     * The problem with a document of this envelope's group that no reader accepts (an unsupported
     * version or kind), or {@code null} to pass it over as another tool's.
     */
    default Problem unsupported(YamlNode.Mapping document, String file, String apiVersion, String kind) {
        return null;
    }

    /**
     * Reads one document of this envelope. Every problem found is added to {@code problems}; the
     * service is returned only when it could be read without any.
     *
     * @return the service, or {@code null} when the document is not a service or had problems
     */
    Service read(YamlNode.Mapping document, String file, List<Problem> problems);

    /**
     * Reads one document as {@link #read(YamlNode.Mapping, String, List)} does, adding to
     * {@code notices} what is not an error but should be heard of.
     */
    default Service read(YamlNode.Mapping document, String file, List<Problem> problems, List<Notice> notices) {
        return read(document, file, problems);
    }

    /** What a document {@linkplain #setAside set aside} may tell of its file. */
    interface Aside {

        /** The file, relative to the project base directory. */
        String file();

        /** The file's directory. */
        Path directory();

        /** Whether the file may hold only native descriptors ({@code *.rustgo.yaml}). */
        boolean nativeOnly();

        /** The file is a catalog file: no "holds no service" notice for it. */
        void catalog();

        /** The file defines a scaffolder Template. */
        void template(Templates.Template template);

        /** The file points at another one to load. */
        void location(YamlNode.Scalar target);

        void problem(Problem problem);
    }
}
