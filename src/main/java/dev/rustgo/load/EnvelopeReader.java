package dev.rustgo.load;

import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.model.Service;
import dev.rustgo.yaml.YamlNode;
import java.util.List;

/**
 * Reads the services of one descriptor envelope (the native {@code rustgo.dev/v1} one; Backstage's
 * catalog). The loader asks each reader in turn whether it {@link #accepts} a document.
 */
public interface EnvelopeReader {

    /** Whether a document of this {@code apiVersion} and {@code kind} is in this envelope. */
    boolean accepts(String apiVersion, String kind);

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
}
