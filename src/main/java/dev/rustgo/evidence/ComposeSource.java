package dev.rustgo.evidence;

import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.evidence.Manifests.Figure;
import dev.rustgo.files.Boundary;
import dev.rustgo.load.Discovery;
import dev.rustgo.model.Field;
import dev.rustgo.yaml.YamlNode;
import dev.rustgo.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Docker Compose files ({@code compose.yaml}, {@code compose.yml}, {@code docker-compose.yml} and
 * their override and variant files such as {@code compose.override.yaml} or
 * {@code docker-compose.prod.yml}): per Compose service, {@code deploy.replicas} and the memory of
 * {@code deploy.resources.limits.memory}, else {@code deploy.resources.reservations.memory}, else
 * {@code mem_limit}, in Docker's units. A service matches the Compose service of its name, the one
 * whose {@code container_name} is its name, or the one whose {@code build} context is its directory.
 * An override file (its name says {@code override}) changes the figures of the same Compose service
 * in the same directory, as {@code docker compose} merges them.
 */
final class ComposeSource implements EvidenceSource {

    private final YamlReader yaml = YamlReader.forCompose();

    /** Whether a file, by its name, is a Compose file. */
    static boolean isComposeFile(String name) {
        return dev.rustgo.load.KubernetesKinds.composeFile(name);
    }

    /** One Compose service, with the figures its files give. */
    private static final class Entry {
        final String directory;
        final String name;
        final String file;
        String containerName;
        String context;
        boolean built;
        Figure replicas;
        Figure memory;

        Entry(String directory, String name, String file) {
            this.directory = directory;
            this.name = name;
            this.file = file;
        }
    }

    @Override
    public Reading read(Tree tree) {
        List<Discovery.SourceFile> files = new ArrayList<>();
        for (Discovery.SourceFile file : tree.yaml()) {
            if (isComposeFile(file.name())) {
                files.add(file);
            }
        }
        // The base files first, then their overrides, then other variants (docker-compose.prod.yml), each in
        // name order: an override replaces a figure, a variant only gives one the others do not.
        files.sort(Comparator.comparing((Discovery.SourceFile f) -> rank(f.name()))
                .thenComparing(Discovery.SourceFile::name));
        Found found = new Found();
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Discovery.SourceFile file : files) {
            read(tree, file, entries, found);
        }
        for (Entry e : entries.values()) {
            found.byName.computeIfAbsent(key(e.name), k -> new ArrayList<>()).add(e);
            if (e.containerName != null && !key(e.containerName).equals(key(e.name))) {
                found.byName
                        .computeIfAbsent(key(e.containerName), k -> new ArrayList<>())
                        .add(e);
            }
            if (e.context != null) {
                found.byContext
                        .computeIfAbsent(e.context, k -> new ArrayList<>())
                        .add(e);
            }
        }
        return found;
    }

    /** 0 for a base file, 1 for an override, 2 for another variant. */
    private static int rank(String name) {
        String leaf = RepositoryEvidence.leaf(name).toLowerCase(Locale.ROOT);
        if (leaf.matches("(docker-)?compose\\.ya?ml")) {
            return 0;
        }
        return leaf.contains("override") ? 1 : 2;
    }

    private void read(Tree tree, Discovery.SourceFile file, Map<String, Entry> entries, Found found) {
        boolean replaces = rank(file.name()) < 2;
        YamlReader.Result read = parse(tree, file, found);
        if (read == null) {
            return;
        }
        String directory = RepositoryEvidence.parent(file.name());
        for (YamlNode document : read.documents()) {
            YamlNode.Mapping services = Nodes.mapping(document, "services");
            if (services == null) {
                continue;
            }
            for (YamlNode.Entry s : services.entries()) {
                if (!(s.value() instanceof YamlNode.Mapping service)) {
                    continue;
                }
                service(s.key().text(), service, directory, file, replaces, entries, found);
            }
        }
    }

    /** The file's documents, or {@code null} with a notice when it cannot be read or is not YAML we read. */
    private YamlReader.Result parse(Tree tree, Discovery.SourceFile file, Found found) {
        byte[] bytes;
        try {
            bytes = tree.read(file.path(), YamlReader.MAX_FILE_BYTES);
        } catch (Boundary.Outside e) {
            found.notices.add(RepositoryEvidence.outside(file.name(), e));
            return null;
        } catch (IOException e) {
            found.notices.add(new Notice(
                    Notice.Kind.MANIFEST_NOT_READ,
                    new Problem(
                            file.name(),
                            1,
                            1,
                            "cannot be read (" + e.getClass().getSimpleName() + "); the audit goes on without it")));
            return null;
        }
        YamlReader.Result read = yaml.read(bytes, file.name());
        if (!read.problems().isEmpty()) {
            Problem first = read.problems().get(0);
            found.notices.add(new Notice(
                    Notice.Kind.MANIFEST_NOT_READ,
                    new Problem(
                            file.name(),
                            first.line(),
                            first.column(),
                            "not read as a Compose file: " + first.message() + "; the audit goes on without it")));
            return null;
        }
        return read;
    }

    /**
     * One Compose service into its entry: its container name, build context and, where this file
     * {@code replaces} what an earlier one said or nothing was said, its replicas and memory.
     */
    private static void service(
            String name,
            YamlNode.Mapping service,
            String directory,
            Discovery.SourceFile file,
            boolean replaces,
            Map<String, Entry> entries,
            Found found) {
        Entry entry = entries.computeIfAbsent(directory + "/" + name, k -> new Entry(directory, name, file.name()));
        String container = Nodes.text(service, "container_name");
        if (container != null) {
            entry.containerName = container;
        }
        String context = service.get("build") instanceof YamlNode.Scalar b && !b.isNull()
                ? b.text()
                : Nodes.text(service, "build", "context");
        if (context != null) {
            entry.context = context(directory, context);
        }
        entry.built |= service.get("build") != null;
        Figure replicas = Checked.count(
                Nodes.scalar(service, "deploy", "replicas"),
                file.name(),
                "Compose service " + name + " deploy.replicas",
                0,
                found.notices);
        if (replicas != null && (replaces || entry.replicas == null)) {
            entry.replicas = replicas;
        }
        Figure memory = memory(service, file.name(), name, found.notices);
        if (memory != null && (replaces || entry.memory == null)) {
            entry.memory = memory;
        }
    }

    private static Figure memory(YamlNode.Mapping service, String file, String name, List<Notice> notices) {
        List<String[]> paths = List.of(
                new String[] {"deploy", "resources", "limits", "memory"},
                new String[] {"deploy", "resources", "reservations", "memory"},
                new String[] {"mem_limit"});
        for (String[] path : paths) {
            Figure figure = Checked.memory(
                    Nodes.scalar(service, path),
                    file,
                    "Compose service " + name + " " + String.join(".", path),
                    true,
                    notices);
            if (figure != null) {
                return figure;
            }
        }
        return null;
    }

    /** A build context as reports name directories: relative to the project; {@code null} for a URL or one outside. */
    static String context(String composeDirectory, String context) {
        String c = context.strip();
        if (c.contains("://") || c.startsWith("/") || c.contains("${")) {
            return null;
        }
        try {
            Path p = Path.of(composeDirectory.isEmpty() ? "." : composeDirectory)
                    .resolve(c)
                    .normalize();
            String s = p.toString().replace('\\', '/');
            if (s.startsWith("..")) {
                return null;
            }
            return s.equals(".") ? "" : s;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static final class Found extends Collected {
        final Map<String, List<Entry>> byName = new HashMap<>();
        final Map<String, List<Entry>> byContext = new HashMap<>();

        /** The Compose services built from the repository's code; an image pulled as it is is nobody's service here. */
        @Override
        public List<Shown> shown() {
            List<Shown> shown = new ArrayList<>();
            for (List<Entry> entries : byName.values()) {
                for (Entry e : entries) {
                    if (e.built && byName.get(key(e.name)) == entries) {
                        shown.add(new Shown(
                                e.name,
                                "Compose service",
                                "Compose service " + e.name + " (" + e.file + ")",
                                e.context == null || e.context.isEmpty() ? null : e.context));
                    }
                }
            }
            return shown;
        }

        @Override
        public Map<Field, Fact> facts(Site site, List<String> serviceNotes, List<Notice> serviceNotices) {
            List<Entry> matched = byName.get(key(site.shortName()));
            if (matched == null && site.directory() != null && site.ownsDirectory()) {
                matched = byContext.get(site.folder());
            }
            Map<Field, Fact> facts = new EnumMap<>(Field.class);
            if (matched == null) {
                return facts;
            }
            Entry e = matched.get(0);
            serviceNotes.add(site.service().name() + ": Compose service " + e.name + " (" + e.file + ")");
            if (e.replicas != null) {
                facts.put(Field.INSTANCES, Fact.of(e.replicas));
            }
            if (e.memory != null) {
                facts.put(Field.MEMORY_BUDGET_MIB, Fact.of(e.memory));
            }
            return facts;
        }
    }
}
