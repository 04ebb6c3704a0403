package dev.rustgo.evidence;

import dev.rustgo.criteria.Numbers;
import dev.rustgo.criteria.Threshold;
import dev.rustgo.criteria.Thresholds;
import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.evidence.BuildFiles.Build;
import dev.rustgo.evidence.HelmCharts.Chart;
import dev.rustgo.evidence.Manifests.Autoscaler;
import dev.rustgo.evidence.Manifests.Figure;
import dev.rustgo.evidence.Manifests.Workload;
import dev.rustgo.files.Boundary;
import dev.rustgo.load.Discovery;
import dev.rustgo.load.KubernetesKinds;
import dev.rustgo.model.Envelope;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Position;
import dev.rustgo.model.Provenance;
import dev.rustgo.model.RepositoryLinks;
import dev.rustgo.model.Service;
import dev.rustgo.model.Token;
import dev.rustgo.yaml.YamlNode;
import dev.rustgo.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The facts the repository holds about its services: Kubernetes workloads and autoscalers, Helm
 * chart values, and build files. A value the descriptor leaves out is filled from them and marked
 * with its {@link Provenance}; a value the descriptor writes wins, and where the two disagree beyond
 * the policy's tolerance a {@code descriptor-drift} notice says so, at both places. Knows nothing of
 * Maven; reads only inside the project base directory, never follows a link out of it, and never
 * reads a field it does not need.
 */
public final class RepositoryEvidence {

    /**
     * Which files the repository reading looks at, under each descriptor directory, less the descriptor
     * excludes: every YAML file (a look at its bytes tells whether it names a workload).
     */
    public static boolean yaml(String fileName) {
        return fileName.endsWith(".yaml") || fileName.endsWith(".yml");
    }

    private static final String KUBERNETES_ID = "backstage.io/kubernetes-id";
    private static final String APP_NAME = "app.kubernetes.io/name";

    private final YamlReader yaml = YamlReader.forManifests();

    /** What the repository gave: the services with their inferred values, notices and debug notes. */
    public record Result(List<Service> services, List<Notice> notices, List<String> notes, int inferred) {
        public Result {
            services = List.copyOf(services);
            notices = List.copyOf(notices);
            notes = List.copyOf(notes);
        }
    }

    /** Everything read from the manifests and charts, before it is matched to services. */
    private record Repository(
            List<Workload> workloads,
            List<Autoscaler> autoscalers,
            List<Chart> charts,
            List<Notice> notices,
            List<String> notes,
            Index index) {}

    /**
     * The workloads by the values services are matched on, and the charts by name: a portfolio of
     * 10,000 services and as many workloads would otherwise compare every pair.
     */
    private static final class Index {
        final Map<String, List<Workload>> byKubernetesId = new HashMap<>();
        final Map<String, List<Workload>> byNameOrAppLabel = new HashMap<>();
        final Map<String, Chart> chartsByName = new HashMap<>();

        Index(List<Workload> workloads, List<Chart> charts) {
            for (Workload w : workloads) {
                String id = w.labels().get(KUBERNETES_ID);
                if (id != null) {
                    byKubernetesId.computeIfAbsent(id, k -> new ArrayList<>()).add(w);
                }
                byNameOrAppLabel
                        .computeIfAbsent(w.name(), k -> new ArrayList<>())
                        .add(w);
                String app = w.labels().get(APP_NAME);
                if (app != null && !app.equals(w.name())) {
                    byNameOrAppLabel
                            .computeIfAbsent(app, k -> new ArrayList<>())
                            .add(w);
                }
            }
            for (Chart chart : charts) {
                chartsByName.putIfAbsent(chart.name(), chart);
            }
        }
    }

    /**
     * Reads the repository's YAML files (found by {@link Discovery} with {@link #yaml}, in name
     * order) and the services' directories, and applies them to {@code services}.
     *
     * @param boundary the project base directory: nothing outside it is read
     */
    public Result apply(
            Path boundary, List<Discovery.SourceFile> yamlFiles, List<Service> services, Thresholds thresholds)
            throws IOException {
        Path realBoundary = boundary.toRealPath();
        Repository repository = scan(Boundary.of(realBoundary), yamlFiles);
        Map<Path, Integer> servicesPerDirectory = new HashMap<>();
        for (Service s : services) {
            if (s.links().sourceLocation() == null) {
                servicesPerDirectory.merge(folder(realBoundary, s), 1, Integer::sum);
            }
        }
        Map<String, List<Autoscaler>> autoscalers = new HashMap<>();
        for (Autoscaler a : repository.autoscalers()) {
            autoscalers
                    .computeIfAbsent(a.targetKind() + "/" + a.targetName(), k -> new ArrayList<>())
                    .add(a);
        }
        List<ServiceResult> results = services.parallelStream()
                .map(s -> one(realBoundary, s, repository, autoscalers, servicesPerDirectory, thresholds))
                .toList();
        List<Service> out = new ArrayList<>(services.size());
        List<Notice> notices = new ArrayList<>(repository.notices());
        List<String> notes = new ArrayList<>(repository.notes());
        int inferred = 0;
        for (ServiceResult r : results) {
            out.add(r.service);
            notices.addAll(r.notices);
            notes.addAll(r.notes);
            inferred += r.service.inferred().size();
        }
        return new Result(out, notices, notes, inferred);
    }

    // ---- reading the repository

    private Repository scan(Boundary boundary, List<Discovery.SourceFile> yamlFiles) {
        Map<String, Discovery.SourceFile> files = new TreeMap<>();
        yamlFiles.forEach(f -> files.putIfAbsent(f.name(), f));
        List<Notice> notices = new ArrayList<>();
        Set<String> chartDirectories = new TreeSet<>();
        for (String name : files.keySet()) {
            if (name.equals("Chart.yaml") || name.endsWith("/Chart.yaml")) {
                chartDirectories.add(parent(name));
            }
        }
        List<String> notes = new ArrayList<>();
        List<Discovery.SourceFile> manifests = new ArrayList<>();
        for (Discovery.SourceFile file : files.values()) {
            String chart = chartOf(file.name(), chartDirectories);
            if (chart == null) {
                manifests.add(file);
            } else if (file.name().startsWith(prefix(chart) + "templates/")) {
                notes.add(file.name() + ": a template of the Helm chart " + (chart.isEmpty() ? "." : chart)
                        + "; templates are not rendered, so only the chart's values.yaml is read");
            }
        }
        List<Parsed> parsed =
                manifests.parallelStream().map(f -> manifest(boundary, f)).toList();
        List<Workload> workloads = new ArrayList<>();
        List<Autoscaler> autoscalers = new ArrayList<>();
        for (Parsed p : parsed) {
            workloads.addAll(p.workloads);
            autoscalers.addAll(p.autoscalers);
            notices.addAll(p.notices);
            notes.addAll(p.notes);
        }
        List<Chart> charts = new ArrayList<>();
        for (String directory : chartDirectories) {
            Chart chart = chart(boundary, directory, notices);
            if (chart != null) {
                charts.add(chart);
            }
        }
        return new Repository(workloads, autoscalers, charts, notices, notes, new Index(workloads, charts));
    }

    /** What one manifest file held. */
    private static final class Parsed {
        final List<Workload> workloads = new ArrayList<>();
        final List<Autoscaler> autoscalers = new ArrayList<>();
        final List<Notice> notices = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
    }

    private Parsed manifest(Boundary boundary, Discovery.SourceFile file) {
        Parsed result = new Parsed();
        byte[] bytes;
        try {
            bytes = boundary.read(file.path(), YamlReader.MAX_FILE_BYTES);
        } catch (Boundary.Outside e) {
            result.notices.add(outside(file.name(), e));
            return result;
        } catch (IOException e) {
            result.notes.add(file.name() + ": cannot be read (" + e.getClass().getSimpleName() + "); passed over");
            return result;
        }
        // Most YAML files of a repository are not workloads: a look at the bytes saves parsing them.
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (!KubernetesKinds.mentioned(text)) {
            return result;
        }
        YamlReader.Result read = yaml.read(bytes, file.name(), KubernetesKinds::mentioned);
        if (!read.problems().isEmpty()) {
            if (text.contains("{{")) {
                result.notes.add(file.name() + ": holds template expressions ({{ }}) and is not valid YAML as written;"
                        + " templates are not rendered, so it was not read");
            } else {
                Problem first = read.problems().get(0);
                result.notices.add(new Notice(
                        Notice.Kind.MANIFEST_NOT_READ,
                        new Problem(
                                file.name(),
                                first.line(),
                                first.column(),
                                "not read as a Kubernetes manifest: " + first.message()
                                        + "; the audit goes on without it")));
            }
            return result;
        }
        for (YamlNode document : read.documents()) {
            Object found = Manifests.read(document, file.name());
            if (found instanceof Workload w) {
                result.workloads.add(w);
            } else if (found instanceof Autoscaler a) {
                result.autoscalers.add(a);
            }
        }
        return result;
    }

    private Chart chart(Boundary boundary, String directory, List<Notice> notices) {
        String chartFile = prefix(directory) + "Chart.yaml";
        YamlReader.Result chart = inside(boundary, chartFile, notices);
        if (chart == null) {
            return null;
        }
        if (!chart.problems().isEmpty() || chart.documents().isEmpty()) {
            notReadAsChart(chart.problems(), chartFile, notices);
            return null;
        }
        String valuesFile = prefix(directory) + "values.yaml";
        YamlNode values = null;
        YamlReader.Result read =
                Files.isRegularFile(boundary.root().resolve(valuesFile)) ? inside(boundary, valuesFile, notices) : null;
        if (read != null) {
            if (!read.problems().isEmpty()) {
                notReadAsChart(read.problems(), valuesFile, notices);
            } else if (!read.documents().isEmpty()) {
                values = read.documents().get(0);
            }
        }
        return HelmCharts.read(directory, chartFile, chart.documents().get(0), valuesFile, values);
    }

    /**
     * Reads a chart's file only inside the project once links are resolved: a link out is the same
     * warning the discovery walk gives (one finding for both), and nothing of it is read.
     */
    private YamlReader.Result inside(Boundary boundary, String file, List<Notice> notices) {
        Path real;
        try {
            real = boundary.resolve(boundary.root().resolve(file));
        } catch (Boundary.Outside e) {
            notices.add(outside(file, e));
            return null;
        } catch (IOException e) {
            real = boundary.root().resolve(file); // the reader says it cannot be read, at its place
        }
        return yaml.read(real, file);
    }

    /** The warning for a file that leads out of the project: the one the discovery walk gives. */
    private static Notice outside(String file, Boundary.Outside e) {
        return new Notice(
                Notice.Kind.LINK_OUTSIDE_PROJECT,
                new Problem(
                        file, 1, 1, "symbolic link to a place outside the project (" + e.real() + "); not followed"));
    }

    private static void notReadAsChart(List<Problem> problems, String file, List<Notice> notices) {
        if (problems.isEmpty()) {
            return;
        }
        Problem first = problems.get(0);
        notices.add(new Notice(
                Notice.Kind.MANIFEST_NOT_READ,
                new Problem(
                        file,
                        first.line(),
                        first.column(),
                        "not read as a Helm chart file: " + first.message() + "; the audit goes on without it")));
    }

    /** The chart directory {@code name} lies in, the deepest one; {@code null} outside every chart. */
    private static String chartOf(String name, Set<String> chartDirectories) {
        if (chartDirectories.isEmpty()) {
            return null;
        }
        for (String directory = parent(name); ; directory = parent(directory)) {
            if (chartDirectories.contains(directory)) {
                return directory;
            }
            if (directory.isEmpty()) {
                return null;
            }
        }
    }

    // ---- matching one service

    private static final class ServiceResult {
        Service service;
        final List<Notice> notices = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
    }

    private ServiceResult one(
            Path boundary,
            Service service,
            Repository repository,
            Map<String, List<Autoscaler>> autoscalers,
            Map<Path, Integer> servicesPerDirectory,
            Thresholds thresholds) {
        ServiceResult result = new ServiceResult();
        result.service = service;
        Path directory = directory(boundary, service, result.notes);
        boolean ownsDirectory = directory != null
                && (service.links().sourceLocation() != null || servicesPerDirectory.getOrDefault(directory, 0) == 1);

        Figure instances = null;
        Figure memory = null;
        List<Workload> workloads = workloads(service, repository, result.notes);
        for (Workload w : workloads) {
            // An autoscaler's ceiling, where one scales the workload, is what the service costs at peak.
            Figure ceiling = null;
            for (Autoscaler a : autoscalers.getOrDefault(w.kind() + "/" + w.name(), List.of())) {
                if (a.namespace() == null
                        || w.namespace() == null
                        || a.namespace().equals(w.namespace())) {
                    ceiling = larger(ceiling, a.max());
                }
            }
            Figure count = ceiling != null ? ceiling : w.replicas();
            instances = larger(instances, count);
            memory = larger(memory, w.memoryMiB());
        }
        if (workloads.isEmpty()) {
            Chart chart = chart(boundary, service, repository, directory, ownsDirectory);
            if (chart != null) {
                result.notes.add(service.name() + ": Helm chart " + chart.name() + " (" + chart.file() + ")");
                instances = chart.instances();
                memory = chart.memoryMiB();
            }
        }
        Build build = null;
        if (ownsDirectory) {
            try {
                build = BuildFiles.read(directory, name(boundary, directory));
            } catch (IOException | RuntimeException e) {
                result.notes.add(service.name() + ": the build files of " + name(boundary, directory)
                        + " cannot be read (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (build != null) {
            Figure language = new Figure(0, build.buildFile(), Position.START, build.source());
            consider(result, Field.LANGUAGE, build.language(), language, thresholds);
            Language declared = result.service.language();
            boolean same = declared == build.language() || jvm(declared) && jvm(build.language());
            // Lines of another language than the service's would price the wrong rewrite.
            if (build.files() > 0 && same) {
                String lines = Numbers.format(build.lines()) + (build.lines() == 1 ? " line of " : " lines of ")
                        + build.languageName() + " in "
                        + build.files() + (build.files() == 1 ? " file" : " files")
                        + (build.capped() ? " (counting stopped at " + BuildFiles.MAX_FILES + " files)" : "")
                        + ", without tests, vendored or generated code";
                consider(
                        result,
                        Field.CODE_LINES,
                        build.lines(),
                        new Figure(build.lines(), build.buildFile(), Position.START, lines),
                        thresholds);
            }
        }
        if (instances != null) {
            consider(result, Field.INSTANCES, instances.value(), instances, thresholds);
        }
        if (memory != null) {
            consider(result, Field.MEMORY_BUDGET_MIB, memory.value(), memory, thresholds);
        }
        return result;
    }

    private static Figure larger(Figure a, Figure b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.value() > a.value() ? b : a;
    }

    /** Fills a value the descriptor left out, or checks the one it wrote against the repository. */
    private static void consider(ServiceResult result, Field field, Object value, Figure from, Thresholds t) {
        Service s = result.service;
        Provenance provenance = new Provenance(from.file(), from.position(), from.source());
        if (!s.has(field)) {
            if (field == Field.MEMORY_BUDGET_MIB && ((Long) value) <= 0) {
                return;
            }
            result.service = s.inferred(field, value, provenance);
            result.notes.add(s.name() + ": " + field.key() + " " + Token.text(value) + ", inferred from " + provenance);
            return;
        }
        if (!s.written(field)) {
            return;
        }
        String drift = drift(s, field, value, provenance, t);
        if (drift != null) {
            result.notices.add(new Notice(
                    Notice.Kind.DESCRIPTOR_DRIFT,
                    new Problem(s.file(), s.position(field), drift),
                    s.name(),
                    field.key()));
        }
    }

    /** The drift message, or {@code null} within the tolerance. */
    static String drift(Service s, Field field, Object found, Provenance where, Thresholds t) {
        String written = s.envelope() == Envelope.BACKSTAGE && field.annotation() != null
                ? "annotation " + field.annotation()
                : field.path();
        Object declared = s.value(field);
        switch (field) {
            case LANGUAGE -> {
                Language a = (Language) declared;
                Language b = (Language) found;
                if (a == b || jvm(a) && jvm(b)) {
                    return null;
                }
                return written + " says " + a.id() + ", but the build file " + where.file() + " says " + b.id()
                        + "; the code is what ships: fix " + written
                        + ", or point the descriptor at the service's own directory";
            }
            case INSTANCES -> {
                long a = (Long) declared;
                long b = (Long) found;
                if (Math.abs(a - b) <= t.get(Threshold.DRIFT_INSTANCES_SLACK)
                        || Math.max(a, b) <= t.get(Threshold.DRIFT_INSTANCES_RATIO) * Math.min(a, b)) {
                    return null;
                }
                return written + " says " + a + ", but " + where + " gives " + b + " (more than "
                        + Numbers.format(t.get(Threshold.DRIFT_INSTANCES_RATIO))
                        + " times apart, drift.instancesRatio); the repository is what runs: set " + written + " to "
                        + b
                        + ", or fix " + where.file() + " if it is the one that is wrong";
            }
            case MEMORY_BUDGET_MIB -> {
                long a = (Long) declared;
                long b = (Long) found;
                if (Math.max(a, b) <= t.get(Threshold.DRIFT_MEMORY_RATIO) * Math.min(a, b)) {
                    return null;
                }
                return written + " says " + a + " MiB, but " + where + " gives the container " + b + " MiB (more"
                        + " than " + Numbers.format(t.get(Threshold.DRIFT_MEMORY_RATIO))
                        + " times apart, drift.memoryRatio); the repository is what runs: set " + written + " to " + b
                        + ", or fix " + where.file() + " if it is the one that is wrong";
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean jvm(Language language) {
        return language == Language.JAVA || language == Language.KOTLIN;
    }

    /**
     * The workloads of the service, matched as Backstage's Kubernetes plugin matches them: the
     * {@code backstage.io/kubernetes-id} label, or the {@code backstage.io/kubernetes-label-selector};
     * else the {@code app.kubernetes.io/name} label or the workload's name equal to the service's.
     */
    private static List<Workload> workloads(Service service, Repository repository, List<String> notes) {
        RepositoryLinks links = service.links();
        if (links.kubernetesId() != null) {
            return repository.index().byKubernetesId.getOrDefault(links.kubernetesId(), List.of());
        }
        if (links.labelSelector() != null) {
            Map<String, String> selector = selector(links.labelSelector());
            if (selector == null) {
                notes.add(service.name() + ": the label selector '" + links.labelSelector()
                        + "' is not a list of key=value pairs; only those are matched, so no workload is");
                return List.of();
            }
            List<Workload> matched = new ArrayList<>();
            for (Workload w : repository.workloads()) {
                if (w.labels().entrySet().containsAll(selector.entrySet())) {
                    matched.add(w);
                }
            }
            return matched;
        }
        return repository.index().byNameOrAppLabel.getOrDefault(shortName(service.name()), List.of());
    }

    /** {@code app=orders,tier=api}, or {@code null} for a set-based or malformed selector. */
    static Map<String, String> selector(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            if (eq <= 0 || p.contains("!") || p.contains(" ") || p.contains("(")) {
                return null;
            }
            String key = p.substring(0, eq);
            String value = p.substring(p.startsWith("==", eq) ? eq + 2 : eq + 1);
            if (value.contains("=")) {
                return null;
            }
            pairs.put(key, value);
        }
        return pairs.isEmpty() ? null : pairs;
    }

    /** The chart named like the service, else the only chart in the service's own directory. */
    private static Chart chart(Path boundary, Service s, Repository repository, Path directory, boolean ownsDirectory) {
        String id = Objects.requireNonNullElse(s.links().kubernetesId(), shortName(s.name()));
        Chart named = repository.index().chartsByName.get(id);
        if (named != null || !ownsDirectory || repository.charts().isEmpty()) {
            return named;
        }
        String folder = name(boundary, directory);
        Chart found = null;
        for (Chart chart : repository.charts()) {
            if (folder.isEmpty()
                    || chart.directory().equals(folder)
                    || chart.directory().startsWith(folder + "/")) {
                if (found != null) {
                    return null; // two charts: neither is the service's for sure
                }
                found = chart;
            }
        }
        return found;
    }

    // ---- where a service lives

    /** The service's directory: its source location, else its descriptor's folder; {@code null} if unusable. */
    private static Path directory(Path boundary, Service s, List<String> notes) {
        String location = s.links().sourceLocation();
        if (location == null) {
            return folder(boundary, s);
        }
        String target = location.strip();
        for (String type : List.of("dir:", "url:")) {
            if (target.startsWith(type)) {
                target = target.substring(type.length());
            }
        }
        if (target.contains("://") || target.startsWith("/")) {
            notes.add(s.name() + ": source location '" + location
                    + "' is not a path inside the project; its build files are not read");
            return null;
        }
        try {
            Path resolved = folder(boundary, s).resolve(target).normalize();
            if (!resolved.startsWith(boundary)
                    || !Files.isDirectory(resolved)
                    || !resolved.toRealPath().startsWith(boundary)) {
                notes.add(s.name() + ": source location '" + location
                        + "' is not a directory inside the project; its build files are not read");
                return null;
            }
            return resolved;
        } catch (IOException | InvalidPathException e) {
            notes.add(s.name() + ": source location '" + location + "' cannot be followed");
            return null;
        }
    }

    private static Path folder(Path boundary, Service s) {
        Path parent = boundary.resolve(s.file()).normalize().getParent();
        return parent == null ? boundary : parent;
    }

    private static String name(Path boundary, Path directory) {
        return boundary.relativize(directory).toString().replace('\\', '/');
    }

    private static String shortName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static String parent(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    private static String prefix(String directory) {
        return directory.isEmpty() ? "" : directory + "/";
    }
}
