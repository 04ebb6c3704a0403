package dev.rustgo.evidence;

import dev.rustgo.diagnostics.Notice;
import dev.rustgo.load.Discovery;
import dev.rustgo.model.Field;
import dev.rustgo.model.Provenance;
import dev.rustgo.model.Service;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One kind of file the repository keeps facts about its services in (Kubernetes manifests, Helm
 * charts, Compose files, build files): which files it wants, what it reads from them, and how it
 * matches what it read to a service. A new source is one class and one line in
 * {@link RepositoryEvidence#SOURCES}; matching order, precedence (the first source in that list to
 * give a field wins), drift and provenance are {@link RepositoryEvidence}'s, the same for every
 * source.
 */
interface EvidenceSource {

    /**
     * Reads, once per audit, what this source needs of the repository: the YAML files found by the
     * discovery walk (in name order, each readable only inside the project through
     * {@link Tree#read}), and the directories of the services, which it may read when it matches.
     */
    Reading read(Tree tree);

    /** What one source read: the facts it gives each service, and what it has to say about the files. */
    interface Reading {

        /**
         * The facts this source gives a service, by field; debug notes about the service (which file
         * matched, why none did) go to {@code notes}, warnings about files read for it (a source file
         * that cannot be read) to {@code notices}. Called for many services at once: it must not
         * change the reading.
         */
        Map<Field, Fact> facts(Site site, List<String> notes, List<Notice> notices);

        /** Warnings about the files read (a manifest that is not YAML, a link out of the project). */
        default List<Notice> notices() {
            return List.of();
        }

        /** Debug notes about the files read. */
        default List<String> notes() {
            return List.of();
        }

        /**
         * The services these files show, whether or not a descriptor names them: what a first audit of
         * a repository without descriptors reports, and what {@code rustgo:scaffold
         * -Drustgo.from=repository} writes descriptors for.
         */
        default List<Shown> shown() {
            return List.of();
        }
    }

    /** A reading that keeps the notices and notes of the files it read in two lists. */
    abstract class Collected implements Reading {
        final List<Notice> notices = new java.util.ArrayList<>();
        final List<String> notes = new java.util.ArrayList<>();

        @Override
        public List<Notice> notices() {
            return notices;
        }

        @Override
        public List<String> notes() {
            return notes;
        }
    }

    /**
     * A service a file shows: its name, the kind of thing that shows it ({@code Kubernetes workload}),
     * that thing ({@code Deployment adservice (kubernetes-manifests/adservice.yaml:3:9)}), and its
     * directory where the file says ({@code null} otherwise).
     */
    record Shown(String name, String kind, String what, String directory) {}

    /** A value a source gives, and where it is written. */
    record Fact(Object value, Provenance from) {
        public Fact {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(from, "from");
        }

        /** A whole-number figure of a manifest, a chart or a Compose file. */
        static Fact of(Manifests.Figure figure) {
            return figure == null
                    ? null
                    : new Fact(figure.value(), new Provenance(figure.file(), figure.position(), figure.source()));
        }
    }

    /**
     * A service as the sources match it: its directory (its {@code backstage.io/source-location},
     * else its descriptor's folder; {@code null} when unusable), that directory as reports name it,
     * and whether the directory is the service's own (not shared with other descriptors).
     */
    record Site(Service service, Path directory, String folder, boolean ownsDirectory) {

        /** The name matched against workloads, charts and Compose services: the name without a namespace. */
        String shortName() {
            String name = service.name();
            return name.substring(name.lastIndexOf('/') + 1);
        }
    }

    /** The repository as the sources see it. */
    interface Tree {

        /** The YAML files of the discovery walk, in name order. */
        List<Discovery.SourceFile> yaml();

        /** The project's base directory, real. */
        Path root();

        /** How reports name {@code directory}: relative to the project, {@code /} separators. */
        String name(Path directory);

        /**
         * The bytes of a file, at most {@code limit + 1}, only inside the project once links are
         * resolved.
         *
         * @throws dev.rustgo.files.Boundary.Outside when it leads outside
         */
        byte[] read(Path file, int limit) throws java.io.IOException;
    }
}
