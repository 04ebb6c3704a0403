package dev.rustgo.load;

import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.load.Discovery.SourceFile;
import dev.rustgo.model.Position;
import dev.rustgo.model.Service;
import dev.rustgo.yaml.YamlNode;
import dev.rustgo.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads descriptor files into services. Each file is read on its own (in parallel, results kept
 * in file order), so one bad file never hides what the others hold. Which documents are services
 * is decided by their {@code apiVersion} and {@code kind}: a reader of the matching envelope reads
 * them; in a {@code *.rustgo.yaml} file every document must be native; elsewhere, documents of
 * other tools (a Kubernetes manifest, a Backstage API) are passed over with a debug note.
 */
public final class DescriptorLoader {

    private final List<EnvelopeReader> readers;
    private final YamlReader yaml = new YamlReader();

    public DescriptorLoader(List<EnvelopeReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** A loader for every envelope this plugin reads. */
    public static DescriptorLoader standard() {
        return new DescriptorLoader(List.of(new NativeReader(), new BackstageReader()));
    }

    /**
     * Loads the files, and the files that Backstage {@code Location} entities in them point to,
     * wave by wave until no new file is named (so a Location cycle ends), never outside
     * {@code boundary}.
     */
    public LoadResult load(Path boundary, List<SourceFile> files) {
        Set<String> seen = new HashSet<>();
        List<SourceFile> wave = new ArrayList<>();
        for (SourceFile file : files) {
            if (seen.add(file.name())) {
                wave.add(file);
            }
        }
        List<FileResult> results = new ArrayList<>();
        List<Notice> locationNotices = new ArrayList<>();
        while (!wave.isEmpty()) {
            List<FileResult> loaded = wave.parallelStream().map(this::load).toList();
            results.addAll(loaded);
            List<SourceFile> next = new ArrayList<>();
            for (FileResult result : loaded) {
                for (LocationTarget target : result.locations) {
                    for (SourceFile file : Locations.resolve(boundary, target, locationNotices)) {
                        if (seen.add(file.name())) {
                            next.add(file);
                        }
                    }
                }
            }
            next.sort(Comparator.comparing(SourceFile::name));
            wave = next;
        }
        results.sort(Comparator.comparing(r -> r.file));
        List<Notice> templateNotices = Templates.passOver(boundary, results);

        List<Service> services = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<Notice> notices = new ArrayList<>(locationNotices);
        notices.addAll(templateNotices);
        List<String> notes = new ArrayList<>();
        for (FileResult result : results) {
            if (result.template != null) {
                notes.add(result.file + ": content of the scaffolder Template " + result.template + "; not read");
                continue;
            }
            services.addAll(result.services);
            problems.addAll(result.problems);
            if (!result.problems.isEmpty()) {
                failed.add(result.file);
            }
            notices.addAll(result.notices);
            notes.addAll(result.notes);
        }
        problems.sort(null);
        List<String> workloads = new ArrayList<>();
        for (FileResult result : results) {
            if (result.workloads && result.template == null) {
                workloads.add(result.file);
            }
        }
        return new LoadResult(results.size(), services, problems, failed, notices, notes, workloads);
    }

    /** A Location's target, as written, and where. */
    record LocationTarget(String file, Path directory, YamlNode.Scalar target) {}

    /** What one file held. */
    static final class FileResult implements EnvelopeReader.Aside {
        final String file;
        final Path path;
        /** The scaffolder Templates the file defines. */
        final List<Templates.Template> templates = new ArrayList<>();
        /** Where the documents holding template expressions start; they were not read. */
        final List<Position> templated = new ArrayList<>();
        /** The Template whose content this file is, once known: then nothing of it counts. */
        String template;
        /** Whether a document passed over is a Kubernetes workload or autoscaler. */
        boolean workloads;

        final List<Service> services = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        final List<Notice> notices = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<LocationTarget> locations = new ArrayList<>();
        boolean catalog;
        boolean nativeOnly;

        FileResult(String file, Path path) {
            this.file = file;
            this.path = path;
        }

        @Override
        public String file() {
            return file;
        }

        @Override
        public Path directory() {
            return path.getParent();
        }

        @Override
        public boolean nativeOnly() {
            return nativeOnly;
        }

        @Override
        public void catalog() {
            catalog = true;
        }

        @Override
        public void template(Templates.Template template) {
            templates.add(template);
        }

        @Override
        public void location(YamlNode.Scalar target) {
            locations.add(new LocationTarget(file, directory(), target));
        }

        @Override
        public void problem(Problem problem) {
            problems.add(problem);
        }
    }

    private FileResult load(SourceFile source) {
        FileResult result = new FileResult(source.name(), source.path());
        if (KubernetesKinds.composeFile(source.name())) {
            // Classified before judged: a service's compose.yaml under services/ is no descriptor.
            result.workloads = true;
            result.notes.add(source.name() + ": a Compose file, not a descriptor; read as a Compose file");
            return result;
        }
        YamlReader.Result parsed = yaml.read(source.path(), source.name());
        boolean nativeOnly =
                source.name().endsWith(".rustgo.yaml") || source.name().endsWith(".rustgo.yml");
        result.nativeOnly = nativeOnly;
        if (!parsed.problems().isEmpty() && !nativeOnly && kubernetesManifest(source.path())) {
            // Classified before judged: a Deployment under services/ that is too deep, uses anchors, or is a
            // Helm template is no bad descriptor; the repository reading reads it with the manifest limits.
            result.workloads = true;
            result.notes.add(source.name() + ": a Kubernetes manifest (its apiVersion is no descriptor's), not"
                    + " valid as a descriptor (" + parsed.problems().get(0).message() + "); read as a manifest");
            return result;
        }
        result.problems.addAll(parsed.problems());
        int index = 0;
        for (YamlNode document : parsed.documents()) {
            index++;
            readDocument(document, index, result);
        }
        if (result.services.isEmpty() && result.problems.isEmpty() && !result.catalog && result.templated.isEmpty()) {
            result.notices.add(new Notice(
                    Notice.Kind.EMPTY_DESCRIPTOR_FILE,
                    new Problem(
                            source.name(),
                            1,
                            1,
                            "matched the descriptor includes but holds no service; exclude it or add a descriptor")));
        }
        return result;
    }

    private static final java.util.regex.Pattern API_VERSION =
            java.util.regex.Pattern.compile("(?m)^apiVersion:[ \\t]*[\"']?([^\\s\"'#]+)");

    /**
     * A look at the text of a file that is not valid as a descriptor: whether every {@code apiVersion}
     * at the start of a line is a Kubernetes one (of no envelope's group), and there is one.
     */
    boolean kubernetesManifest(Path file) {
        String text;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            text = new String(in.readNBytes(YamlReader.MAX_FILE_BYTES), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return false;
        }
        java.util.regex.Matcher m = API_VERSION.matcher(text);
        boolean any = false;
        while (m.find()) {
            String group = m.group(1);
            if (ownGroup(group)) {
                return false;
            }
            any = true;
        }
        return any && text.contains("kind:");
    }

    /** Whether some envelope read here owns the API group of {@code apiVersion}. */
    private boolean ownGroup(String apiVersion) {
        for (EnvelopeReader reader : readers) {
            if (reader.ownsGroup(apiVersion)) {
                return true;
            }
        }
        return false;
    }

    private void readDocument(YamlNode document, int index, FileResult result) {
        if (document instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return; // an empty document, such as a trailing '---'
        }
        String apiVersion = null;
        String kind = null;
        if (document instanceof YamlNode.Mapping mapping) {
            // "apiVersion:" or "kind: ~" is no value, as for every other field: missing, not the text "" or "~".
            apiVersion = mapping.get("apiVersion") instanceof YamlNode.Scalar s && !s.isNull() ? s.text() : null;
            kind = mapping.get("kind") instanceof YamlNode.Scalar s && !s.isNull() ? s.text() : null;
            if (readEnvelope(mapping, index, apiVersion, kind, result)) {
                return;
            }
            for (EnvelopeReader reader : readers) {
                Problem problem = reader.unsupported(mapping, result.file, apiVersion, kind);
                if (problem != null) {
                    result.problems.add(problem);
                    return;
                }
            }
        }
        if (result.nativeOnly) {
            result.problems.add(new Problem(
                    result.file,
                    document.position(),
                    "document " + index + " is not a native"
                            + " descriptor (apiVersion: " + NativeReader.API_VERSION + ", kind: " + NativeReader.KIND
                            + "), and a *.rustgo.yaml file holds only those; found "
                            + describe(document, apiVersion, kind)));
        } else {
            result.workloads |= KubernetesKinds.read(kind);
            result.notes.add(result.file + ": document " + index + " (" + describe(document, apiVersion, kind)
                    + ") is not a service descriptor; passed over");
        }
    }

    /**
     * Reads a document an envelope takes: set aside, or held back for its template expressions, or
     * read by the reader that accepts it.
     *
     * @return whether some envelope took the document
     */
    private boolean readEnvelope(
            YamlNode.Mapping mapping, int index, String apiVersion, String kind, FileResult result) {
        for (EnvelopeReader reader : readers) {
            if (reader.setAside(mapping, apiVersion, kind, result)) {
                return true;
            }
        }
        if (Templates.holdsExpressions(mapping)) {
            result.templated.add(mapping.position());
            return true;
        }
        if (!result.nativeOnly && apiVersion != null && ownGroup(apiVersion)) {
            result.catalog = true; // a catalog file, even if it holds only APIs or Systems
        }
        for (EnvelopeReader reader : readers) {
            if (reader.accepts(apiVersion, kind)) {
                int before = result.problems.size();
                int noticed = result.notices.size();
                Service service = reader.read(mapping, result.file, result.problems, result.notices);
                if (service != null) {
                    result.services.add(service);
                } else if (result.problems.size() == before && result.notices.size() == noticed) {
                    result.notes.add(result.file + ": document " + index + " (" + describe(mapping, apiVersion, kind)
                            + ") is not a service of the audit; passed over");
                }
                return true;
            }
        }
        return false;
    }

    private static String describe(YamlNode document, String apiVersion, String kind) {
        if (!(document instanceof YamlNode.Mapping)) {
            return document.describe();
        }
        return "apiVersion " + Objects.requireNonNullElse(apiVersion, "(none)") + ", kind "
                + Objects.requireNonNullElse(kind, "(none)");
    }
}
