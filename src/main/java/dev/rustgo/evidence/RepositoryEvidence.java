package dev.rustgo.evidence;

import dev.rustgo.criteria.Numbers;
import dev.rustgo.criteria.Threshold;
import dev.rustgo.criteria.Thresholds;
import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.files.Boundary;
import dev.rustgo.load.Discovery;
import dev.rustgo.load.RequiredFields;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Position;
import dev.rustgo.model.Provenance;
import dev.rustgo.model.Service;
import dev.rustgo.model.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
     * The sources, in precedence order: for each field, the first source that gives a service a value
     * is the one used. A new source is one class and one line here.
     */
    static final List<EvidenceSource> SOURCES =
            List.of(new KubernetesSource(), new HelmSource(), new ComposeSource(), new BuildFileSource());

    /** The order values are filled in, and noted in the debug log. */
    private static final List<Field> FIELDS =
            List.of(Field.LANGUAGE, Field.CODE_LINES, Field.INSTANCES, Field.MEMORY_BUDGET_MIB);

    /**
     * Which files the repository reading looks at, under each descriptor directory, less the descriptor
     * excludes: every YAML file (a look at its bytes tells whether it names a workload).
     */
    public static boolean yaml(String fileName) {
        return fileName.endsWith(".yaml") || fileName.endsWith(".yml");
    }

    /**
     * What the repository gave: the services with their inferred values, notices and debug notes; and,
     * for each described service it gave no language, where it looked (by {@code RequiredFields.key}).
     */
    public record Result(
            List<Service> services,
            List<Notice> notices,
            List<String> notes,
            int inferred,
            Map<String, String> lookedForLanguage) {
        public Result {
            services = List.copyOf(services);
            notices = List.copyOf(notices);
            notes = List.copyOf(notes);
            lookedForLanguage = Map.copyOf(lookedForLanguage);
        }
    }

    /**
     * Reads the repository's YAML files (found by {@link Discovery} with {@link #yaml}, in name
     * order) and the services' directories through every source, and applies them to {@code services}.
     *
     * @param boundary the project base directory: nothing outside it is read
     */
    public Result apply(
            Path boundary, List<Discovery.SourceFile> yamlFiles, List<Service> services, Thresholds thresholds)
            throws IOException {
        Path realBoundary = boundary.toRealPath();
        List<Notice> notices = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<EvidenceSource.Reading> readings = readAll(realBoundary, yamlFiles, notices, notes);
        Map<Path, Integer> servicesPerDirectory = new HashMap<>();
        for (Service s : services) {
            if (s.links().sourceLocation() == null) {
                servicesPerDirectory.merge(folder(realBoundary, s), 1, Integer::sum);
            }
        }
        Repository repository = new Repository(realBoundary, readings, servicesPerDirectory, thresholds);
        List<ServiceResult> results =
                services.parallelStream().map(repository::one).toList();
        List<Service> out = new ArrayList<>(services.size());
        int inferred = 0;
        Map<String, String> lookedFor = new HashMap<>();
        for (ServiceResult r : results) {
            out.add(r.service);
            notices.addAll(r.notices);
            notes.addAll(r.notes);
            inferred += r.service.inferred().size();
            if (r.lookedFor != null) {
                lookedFor.put(RequiredFields.key(r.service), r.lookedFor);
            }
        }
        return new Result(out, notices, notes, inferred, lookedFor);
    }

    /** Every source's reading of the repository, in precedence order, with their notices and notes. */
    private static List<EvidenceSource.Reading> readAll(
            Path realBoundary, List<Discovery.SourceFile> yamlFiles, List<Notice> notices, List<String> notes)
            throws IOException {
        Boundary inside = Boundary.of(realBoundary);
        Map<String, Discovery.SourceFile> byName = new TreeMap<>();
        yamlFiles.forEach(f -> byName.putIfAbsent(f.name(), f));
        List<Discovery.SourceFile> files = List.copyOf(byName.values());
        EvidenceSource.Tree tree = new EvidenceSource.Tree() {
            @Override
            public List<Discovery.SourceFile> yaml() {
                return files;
            }

            @Override
            public Path root() {
                return realBoundary;
            }

            @Override
            public String name(Path directory) {
                return RepositoryEvidence.name(realBoundary, directory);
            }

            @Override
            public byte[] read(Path file, int limit) throws IOException {
                return inside.read(file, limit);
            }
        };
        List<EvidenceSource.Reading> readings = new ArrayList<>();
        for (EvidenceSource source : SOURCES) {
            EvidenceSource.Reading reading = source.read(tree);
            readings.add(reading);
            notices.addAll(reading.notices());
            notes.addAll(reading.notes());
        }
        return readings;
    }

    /** The kind of a candidate shown by its build files. */
    public static final String BUILD_DIRECTORY = "build directory";

    /** How deep under the descriptor directory a build directory is looked for by {@link #survey}. */
    static final int SURVEY_DEPTH = 4;

    /**
     * A service the repository shows, whether or not a descriptor names it: its name, its directory
     * (where its build files are, or its Compose build context; {@code null} when nothing says), what
     * shows it, and the values the repository gives it, each with its place (an undescribed service,
     * so nothing else).
     */
    public record Candidate(String name, String directory, List<String> kinds, List<String> shownBy, Service service) {
        public Candidate {
            kinds = List.copyOf(kinds);
            shownBy = List.copyOf(shownBy);
        }
    }

    /**
     * The services the repository under {@code root} shows, in name order: Kubernetes workloads, Helm
     * charts and umbrella blocks, Compose services built from the repository, and directories up to
     * {@value #SURVEY_DEPTH} levels down whose build files name a language with source beside them;
     * one candidate per name (names compared as umbrella blocks are, {@code adService} is
     * {@code adservice}), its figures matched exactly as a descriptor's would be.
     */
    public List<Candidate> survey(Path boundary, Path root, List<Discovery.SourceFile> yamlFiles) throws IOException {
        Path realBoundary = boundary.toRealPath();
        List<EvidenceSource.Reading> readings = readAll(realBoundary, yamlFiles, new ArrayList<>(), new ArrayList<>());
        Map<String, Draft> drafts = drafts(readings, buildDirectories(realBoundary, root.toRealPath()));
        List<Service> services = undescribed(drafts.values());
        Map<Path, Integer> perDirectory = new HashMap<>();
        for (Service s : services) {
            perDirectory.merge(folder(realBoundary, s), 1, Integer::sum);
        }
        Repository repository = new Repository(realBoundary, readings, perDirectory, Thresholds.defaults());
        List<Candidate> candidates = new ArrayList<>();
        int i = 0;
        for (Draft d : drafts.values()) {
            if (serviceName(d.name) == null) {
                continue;
            }
            Service s = repository.one(services.get(i++)).service;
            // A build directory whose build file has no source of its language beside it shows no service.
            if (!d.shownBy.isEmpty() || s.language() != null) {
                candidates.add(candidate(d, s));
            }
        }
        candidates.sort(java.util.Comparator.comparing(Candidate::name));
        return List.copyOf(candidates);
    }

    /** What each source shows, and the build directories, merged by name (as umbrella blocks compare them). */
    private static Map<String, Draft> drafts(List<EvidenceSource.Reading> readings, List<String> buildDirectories) {
        Map<String, Draft> drafts = new TreeMap<>();
        for (EvidenceSource.Reading reading : readings) {
            for (EvidenceSource.Shown shown : reading.shown()) {
                Draft d = drafts.computeIfAbsent(HelmCharts.normalised(shown.name()), k -> new Draft(shown.name()));
                d.shownBy.add(shown.what());
                if (!d.kinds.contains(shown.kind())) {
                    d.kinds.add(shown.kind());
                }
                if (d.directory == null && shown.directory() != null) {
                    d.directory = shown.directory();
                }
            }
        }
        for (String directory : buildDirectories) {
            String leaf = leaf(directory);
            Draft d = drafts.computeIfAbsent(HelmCharts.normalised(leaf), k -> new Draft(leaf));
            if (d.directory == null) {
                d.directory = directory;
            }
        }
        return drafts;
    }

    /**
     * An undescribed service for each draft with a name the contract allows, named so, with the
     * descriptor file scaffold would write for it; the draft takes that name.
     */
    private static List<Service> undescribed(java.util.Collection<Draft> drafts) {
        List<Service> services = new ArrayList<>();
        for (Draft d : drafts) {
            String name = serviceName(d.name);
            if (name == null) {
                continue;
            }
            String file = (d.directory == null ? "services" : d.directory) + "/" + name + ".rustgo.yaml";
            services.add(Service.builder(file, Position.START)
                    .undescribed()
                    .put(Field.NAME, name, Position.START)
                    .build());
            d.name = name;
        }
        return services;
    }

    /** The candidate a draft makes, with its build directory among what shows it where it gave the language. */
    private static Candidate candidate(Draft d, Service s) {
        List<String> shownBy = new ArrayList<>(d.shownBy);
        List<String> kinds = new ArrayList<>(d.kinds);
        if (s.language() != null && s.provenance(Field.LANGUAGE) != null) {
            shownBy.add(s.provenance(Field.LANGUAGE).source() + " ("
                    + s.provenance(Field.LANGUAGE).file() + ")");
            kinds.add(BUILD_DIRECTORY);
        }
        return new Candidate(s.name(), d.directory, kinds, shownBy, s);
    }

    /** A candidate while its sources are merged. */
    private static final class Draft {
        String name;
        String directory;
        final List<String> kinds = new ArrayList<>();
        final List<String> shownBy = new ArrayList<>();

        Draft(String name) {
            this.name = name;
        }
    }

    /** A name as the contract allows it (a-z, 0-9 and '-'), or {@code null} when nothing of it is left. */
    public static String serviceName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("-+", "-");
        n = n.replaceAll("^-+|-+$", "");
        if (n.length() > 63) {
            n = n.substring(0, 63).replaceAll("-+$", "");
        }
        return n.isEmpty() ? null : n;
    }

    /** Directories under {@code root}, up to {@link #SURVEY_DEPTH} levels, that hold a build file; in name order. */
    private static List<String> buildDirectories(Path boundary, Path root) throws IOException {
        List<String> found = new ArrayList<>();
        java.nio.file.Files.walkFileTree(
                root,
                java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class),
                SURVEY_DEPTH + 1,
                new java.nio.file.SimpleFileVisitor<>() {
                    @Override
                    public java.nio.file.FileVisitResult preVisitDirectory(
                            Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                        String n = String.valueOf(dir.getFileName());
                        if (!dir.equals(root)
                                && (n.startsWith(".")
                                        || Discovery.NEVER_SEARCHED.contains(n)
                                        || BuildFiles.skipped(n))) {
                            return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                        }
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFile(
                            Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                        String n = String.valueOf(file.getFileName());
                        if (attrs.isRegularFile() && BuildFiles.isBuildFile(n)) {
                            Path parent = file.getParent();
                            // A .NET project one level down (src/cartservice/src/cartservice.csproj) is the
                            // service's above it, as the build-file reader reads it.
                            if ((n.endsWith("proj"))
                                    && "src".equals(String.valueOf(parent.getFileName()))
                                    && !parent.equals(root)) {
                                parent = parent.getParent();
                            }
                            String dir = name(boundary, parent);
                            if (!dir.isEmpty()
                                    && (found.isEmpty()
                                            || !found.get(found.size() - 1).equals(dir))) {
                                found.add(dir);
                            }
                        }
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                });
        return found.stream().distinct().sorted().toList();
    }

    /** The warning for a file that leads out of the project: the one the discovery walk gives. */
    static Notice outside(String file, Boundary.Outside e) {
        return new Notice(
                Notice.Kind.LINK_OUTSIDE_PROJECT,
                new Problem(
                        file, 1, 1, "symbolic link to a place outside the project (" + e.real() + "); not followed"));
    }

    // ---- one service

    private static final class ServiceResult {
        Service service;
        String lookedFor;
        final List<Notice> notices = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
    }

    /**
     * The repository as read for the services: its sources' readings in precedence order, how many
     * services have their descriptor in each directory (a directory is a service's own only when it
     * holds one), and the thresholds drift is measured with.
     */
    private record Repository(
            Path boundary,
            List<EvidenceSource.Reading> readings,
            Map<Path, Integer> servicesPerDirectory,
            Thresholds thresholds) {

        /** One service with what the repository gives it: values filled in, drifts, where the language was sought. */
        ServiceResult one(Service service) {
            ServiceResult result = new ServiceResult();
            result.service = service;
            Path directory = directory(boundary, service, result.notes);
            boolean ownsDirectory = directory != null
                    && (service.links().sourceLocation() != null
                            || servicesPerDirectory.getOrDefault(directory, 0) == 1);
            EvidenceSource.Site site = new EvidenceSource.Site(
                    service, directory, directory == null ? null : name(boundary, directory), ownsDirectory);
            // Precedence, in one place: the first source to give a field is the one used.
            Map<Field, EvidenceSource.Fact> chosen = new EnumMap<>(Field.class);
            for (EvidenceSource.Reading reading : readings) {
                reading.facts(site, result.notes, result.notices).forEach(chosen::putIfAbsent);
            }
            for (Field field : FIELDS) {
                EvidenceSource.Fact fact = chosen.get(field);
                if (fact != null) {
                    consider(result, field, fact.value(), fact.from(), thresholds);
                }
            }
            if (result.service.described() && result.service.language() == null) {
                result.lookedFor = lookedForLanguage(boundary, directory, ownsDirectory);
            }
            return result;
        }
    }

    /** Where the language was looked for and not found, as the end of the problem's sentence. */
    private static String lookedForLanguage(Path boundary, Path directory, boolean ownsDirectory) {
        if (directory == null) {
            return "its backstage.io/source-location is not a directory of the project, so no build file was read";
        }
        String folder = name(boundary, directory);
        String named = folder.isEmpty() ? "the project's top folder" : folder;
        if (!ownsDirectory) {
            return named + " holds other services' descriptors too, so no build file there is taken as this one's;"
                    + " give the service a folder of its own, or a backstage.io/source-location";
        }
        return "no build file at the top of " + named + " names one (go.mod, Cargo.toml, pom.xml, build.gradle,"
                + " package.json, pyproject.toml and the others docs/descriptors.md lists, with source of their"
                + " language beside them)";
    }

    /** Fills a value the descriptor left out, or checks the one it wrote against the repository. */
    private static void consider(ServiceResult result, Field field, Object value, Provenance provenance, Thresholds t) {
        Service s = result.service;
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
        String written = s.dialect().written(field);
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

    static boolean jvm(Language language) {
        return language == Language.JAVA || language == Language.KOTLIN;
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

    static String parent(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    static String leaf(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    static String prefix(String directory) {
        return directory.isEmpty() ? "" : directory + "/";
    }
}
