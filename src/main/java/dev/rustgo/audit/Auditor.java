package dev.rustgo.audit;

import dev.rustgo.criteria.Assessment;
import dev.rustgo.criteria.Rule;
import dev.rustgo.criteria.Scorer;
import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.diagnostics.ProjectPaths;
import dev.rustgo.evidence.RepositoryEvidence;
import dev.rustgo.files.Boundary;
import dev.rustgo.load.DescriptorLoader;
import dev.rustgo.load.Discovery;
import dev.rustgo.load.LoadResult;
import dev.rustgo.load.RequiredFields;
import dev.rustgo.model.Field;
import dev.rustgo.model.Portfolio;
import dev.rustgo.model.Provenance;
import dev.rustgo.model.Service;
import dev.rustgo.policy.Baseline;
import dev.rustgo.policy.Policy;
import dev.rustgo.policy.PolicyEngine;
import dev.rustgo.policy.PolicyReader;
import dev.rustgo.policy.PolicySource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The engine's front door: discovers and loads the descriptors, scores every service and applies
 * the policy. Knows nothing of Maven, and writes nothing: any front end builds an
 * {@link AuditRequest}, reads the {@link AuditResult}, and has the report package write its files.
 */
public final class Auditor {

    private final DescriptorLoader loader;
    private final Scorer scorer;

    public Auditor() {
        this(DescriptorLoader.standard(), Scorer.standard());
    }

    public Auditor(DescriptorLoader loader, Scorer scorer) {
        this.loader = loader;
        this.scorer = scorer;
    }

    private static List<Notice> distinct(List<Notice> notices) {
        return notices.stream()
                .distinct()
                .sorted(Comparator.comparing((Notice n) -> n.where()))
                .toList();
    }

    /**
     * The Components without annotations: scored where their language is known (their not-described
     * notice becomes the scored kind, at info unless the policy says otherwise), left out where it is
     * not (the notice stays a warning). The repository's notices join the loader's, each once, in order.
     */
    private static LoadResult firstRun(LoadResult loaded, List<Service> services, List<Notice> evidenceNotices) {
        Map<String, Service> scored = new HashMap<>();
        List<Service> kept = new ArrayList<>(services.size());
        for (Service s : services) {
            if (s.described() || s.language() != null) {
                kept.add(s);
            }
            if (!s.described() && s.language() != null) {
                scored.put(s.name(), s);
            }
        }
        List<Notice> notices = new ArrayList<>();
        for (Notice n : loaded.notices()) {
            Service s = n.kind() == Notice.Kind.SERVICE_NOT_DESCRIBED ? scored.get(n.service()) : null;
            notices.add(s == null ? n : scoredUndescribed(n, s));
        }
        notices.addAll(distinct(evidenceNotices.stream()
                .filter(n -> !loaded.notices().contains(n))
                .toList()));
        return loaded.withServices(kept).withNotices(distinctInOrder(notices));
    }

    /** The kinds of what shows a service, in the order the finding counts them. */
    private static final List<String> SHOWN_KINDS = List.of(
            "Kubernetes workload",
            "Helm chart",
            "Helm umbrella block",
            "Compose service",
            RepositoryEvidence.BUILD_DIRECTORY);

    /** How many names the no-services finding lists before it counts the rest. */
    private static final int NAMES_LISTED = 30;

    /**
     * Where no descriptor file was found at all: a
     * {@code no-services-found} notice that says what the repository shows instead, and what to run.
     */
    private static LoadResult nothingFound(
            AuditRequest request, LoadResult loaded, java.util.Collection<Discovery.SourceFile> yamlFiles)
            throws AuditException {
        if (loaded.files() > 0) {
            return loaded; // a file was read: what it held, or did not, has its own finding
        }
        Path directory = request.descriptorDirectories().get(0);
        String where = ProjectPaths.relative(directory, request.baseDirectory());
        where = where.isEmpty() ? "." : where;
        String includes =
                String.join(", ", request.includes().isEmpty() ? Discovery.DEFAULT_INCLUDES : request.includes());
        String shows;
        if (!request.infer()) {
            shows = "the repository was not read (rustgo.infer=false)";
        } else {
            List<RepositoryEvidence.Candidate> candidates;
            try {
                candidates =
                        new RepositoryEvidence().survey(request.baseDirectory(), directory, List.copyOf(yamlFiles));
            } catch (IOException e) {
                throw new AuditException("cannot read the repository under " + request.baseDirectory() + ": " + e, e);
            }
            shows = shows(candidates);
        }
        Notice notice = new Notice(
                Notice.Kind.NO_SERVICES_FOUND,
                new Problem(
                        where,
                        1,
                        1,
                        "no service descriptor found under " + where + " (includes " + includes + "); " + shows
                                + "; mvn rustgo:scaffold -Drustgo.from=repository writes a descriptor for each service"
                                + " the repository shows, to fill in"));
        List<Notice> notices = new ArrayList<>(loaded.notices());
        notices.add(notice);
        return loaded.withNotices(notices);
    }

    /** "the repository shows 3 services (2 Kubernetes workloads, 3 build directories): a, b, c". */
    public static String shows(List<RepositoryEvidence.Candidate> candidates) {
        if (candidates.isEmpty()) {
            return "the repository shows no service either (no Kubernetes workload, Helm chart, Compose service built"
                    + " from it, or build file with source beside it)";
        }
        List<String> counts = new ArrayList<>();
        for (String kind : SHOWN_KINDS) {
            long n = candidates.stream().filter(c -> c.kinds().contains(kind)).count();
            if (n > 0) {
                String plural = kind.endsWith("y") ? kind.substring(0, kind.length() - 1) + "ies" : kind + "s";
                counts.add(n + " " + (n == 1 ? kind : plural));
            }
        }
        List<String> names =
                candidates.stream().map(RepositoryEvidence.Candidate::name).toList();
        String listed = String.join(", ", names.subList(0, Math.min(NAMES_LISTED, names.size())))
                + (names.size() > NAMES_LISTED ? " and " + (names.size() - NAMES_LISTED) + " more" : "");
        return "the repository shows " + candidates.size() + (candidates.size() == 1 ? " service" : " services") + " ("
                + String.join(", ", counts) + "): " + listed;
    }

    private static Notice scoredUndescribed(Notice n, Service s) {
        Provenance from = s.provenance(Field.LANGUAGE);
        String language = "language " + s.language().id() + (from == null ? " from its tags" : " from " + from.file());
        String message = s.name() + " is a Component of spec.type service without rustgo.dev/ annotations: it was"
                + " scored on what is known (" + language + "), its role and figures missing; add rustgo.dev/role"
                + " and the figures you know to describe it (mvn rustgo:scaffold -Drustgo.service="
                + s.name().substring(s.name().lastIndexOf('/') + 1)
                + " prints the annotations to add, with what the repository gives)";
        Problem where = n.where();
        return new Notice(
                Notice.Kind.SERVICE_SCORED_UNDESCRIBED,
                new Problem(where.file(), where.line(), where.column(), message),
                n.service(),
                n.about());
    }

    private static List<Notice> distinctInOrder(List<Notice> notices) {
        return List.copyOf(new LinkedHashSet<>(notices));
    }

    /**
     * The result compared with the portfolio as it was at a git revision ({@code origin/main}, a tag,
     * the merge base), audited again with today's policy and settings, or as an earlier
     * {@code audit.json} says (a path ending in {@code .json}): {@link Comparing}.
     */
    public AuditResult compare(AuditRequest request, AuditResult result, String against) throws AuditException {
        return new Comparing(this).compare(request, result, against);
    }

    /**
     * What one discovery walk of the request's directories found: the descriptor files (a Helm chart's
     * passed over), and with {@code yaml} the other YAML files the repository reading reads, each by
     * name; the walk's notices and debug notes.
     */
    private record Walk(
            Map<String, Discovery.SourceFile> descriptors,
            Map<String, Discovery.SourceFile> yaml,
            List<Notice> notices,
            List<String> notes) {}

    private static Walk walk(AuditRequest request, boolean yaml) throws AuditException {
        Map<String, Discovery.SourceFile> files = new TreeMap<>();
        // With the repository reading on, the same walk finds the YAML files it reads (descriptor files too:
        // a manifest under services/ is both).
        Map<String, Discovery.SourceFile> yamlFiles = new TreeMap<>();
        Predicate<String> alsoNamed = yaml ? RepositoryEvidence::yaml : null;
        List<Notice> notices = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path directory : request.descriptorDirectories()) {
            if (!Files.isDirectory(directory)) {
                throw new AuditException("rustgo.descriptorDirectory " + directory + " is not a directory");
            }
            try {
                Discovery.Result found = Discovery.scan(
                        request.baseDirectory(), directory, request.includes(), request.excludes(), alsoNamed);
                // Reactor modules nest inside the root: a file found from two roots is read once.
                List<Discovery.SourceFile> descriptors =
                        Discovery.outsideHelmCharts(request.baseDirectory(), found.files(), notes);
                descriptors.forEach(f -> files.putIfAbsent(f.name(), f));
                if (yaml) {
                    // The YAML files the loader does not read (a Helm chart's among them); a descriptor file
                    // that also holds workloads joins after loading, so no file is read for nothing.
                    Set<String> loaded = new HashSet<>();
                    descriptors.forEach(f -> loaded.add(f.name()));
                    found.files().stream()
                            .filter(f -> !loaded.contains(f.name()))
                            .forEach(f -> yamlFiles.putIfAbsent(f.name(), f));
                    found.others().forEach(f -> yamlFiles.putIfAbsent(f.name(), f));
                }
                notices.addAll(found.notices());
                notes.addAll(found.notes());
            } catch (IOException e) {
                throw new AuditException("cannot search " + directory + ": " + e, e);
            }
        }
        return new Walk(files, yamlFiles, notices, notes);
    }

    /**
     * The services the repository under the request's first descriptor directory shows, whether or not
     * a descriptor names them, in name order, each with the values the repository gives it and their
     * places ({@link RepositoryEvidence#survey}): what {@code rustgo:scaffold -Drustgo.from=repository}
     * starts descriptors from. Reads every YAML file the audit's walk finds, descriptor files too (one
     * may also hold a Deployment), whatever {@code infer} says.
     */
    public List<RepositoryEvidence.Candidate> survey(AuditRequest request) throws AuditException {
        Walk walk = walk(request, true);
        Map<String, Discovery.SourceFile> yamlFiles = new TreeMap<>(walk.yaml());
        walk.descriptors().forEach(yamlFiles::putIfAbsent);
        try {
            return new RepositoryEvidence()
                    .survey(
                            request.baseDirectory(),
                            request.descriptorDirectories().get(0),
                            List.copyOf(yamlFiles.values()));
        } catch (IOException e) {
            throw new AuditException("cannot read the repository under " + request.baseDirectory() + ": " + e, e);
        }
    }

    /** The rules this auditor scores with, for explanations. */
    public Scorer scorer() {
        return scorer;
    }

    /**
     * Audits: discovers and loads the descriptors, scores every service and applies the policy. Writes
     * nothing; {@code dev.rustgo.report.Reports} writes the result's files.
     */
    public AuditResult audit(AuditRequest request) throws AuditException {
        Walk walk = walk(request, request.infer());
        LoadResult loaded = load(request, walk);
        List<Problem> inputProblems = new ArrayList<>(loaded.problems());
        List<String> failedFiles = new ArrayList<>(loaded.failedFiles());
        Policy policy = policy(request, inputProblems, failedFiles);
        Baseline baseline = baseline(request, inputProblems, failedFiles);
        inputProblems.sort(null);
        loaded = loaded.withProblems(inputProblems, failedFiles);
        loaded = infer(request, walk, loaded, policy);
        return assess(request, loaded, policy, baseline);
    }

    /** The descriptors the walk found, loaded, with the walk's notices and notes first. */
    private LoadResult load(AuditRequest request, Walk walk) {
        LoadResult loaded = loader.load(
                request.baseDirectory(), List.copyOf(walk.descriptors().values()));
        List<Notice> notices = new ArrayList<>(distinct(walk.notices()));
        notices.addAll(loaded.notices());
        List<String> notes = new ArrayList<>(new TreeSet<>(walk.notes()));
        notes.addAll(loaded.notes());
        return loaded.withNotices(notices).withNotes(notes);
    }

    /** The policy in force: the defaults, or the configured file or resource; its problems join the input's. */
    private static Policy policy(AuditRequest request, List<Problem> inputProblems, List<String> failedFiles)
            throws AuditException {
        PolicySource source = null;
        if (request.policyFile() != null) {
            source = PolicySource.file(
                    request.policyFile(),
                    ProjectPaths.relative(request.policyFile(), request.baseDirectory()),
                    request.baseDirectory());
        } else if (request.policyResource() != null) {
            try {
                // The plugin's own class loader sees the jars added to the plugin's dependencies.
                source = PolicySource.classpath(request.policyResource(), Auditor.class.getClassLoader());
            } catch (IllegalArgumentException e) {
                throw new AuditException("rustgo.policy: " + e.getMessage(), e);
            }
        }
        if (source == null) {
            return Policy.defaults(request.failOn());
        }
        PolicyReader.Result read = PolicyReader.read(source, request.failOn());
        if (!read.problems().isEmpty()) {
            inputProblems.addAll(read.problems());
            read.problems().stream().map(Problem::file).distinct().forEach(failedFiles::add);
        }
        return read.policy();
    }

    /** The baseline, if one is configured, read inside its boundary; its problems join the input's. */
    private static Baseline baseline(AuditRequest request, List<Problem> inputProblems, List<String> failedFiles) {
        if (request.baselineFile() == null) {
            return null;
        }
        String name = ProjectPaths.relative(request.baselineFile(), request.baseDirectory());
        Baseline.Result read;
        try {
            read = Baseline.read(
                    Boundary.forConfigured(request.baselineFile(), request.baseDirectory())
                            .resolve(request.baselineFile()),
                    name);
        } catch (Boundary.Outside e) {
            read = new Baseline.Result(Baseline.of(List.of()), List.of(new Problem(name, 1, 1, e.getMessage())));
        } catch (IOException e) {
            read = Baseline.read(request.baselineFile(), name); // says it cannot be read, at its place
        }
        if (!read.problems().isEmpty()) {
            inputProblems.addAll(read.problems());
            failedFiles.add(name);
        }
        return read.baseline();
    }

    /**
     * The repository's facts applied (with {@code rustgo.infer}), then the language nothing gave, the
     * Components scored without annotations, and a run that found no descriptor at all.
     */
    private static LoadResult infer(AuditRequest request, Walk walk, LoadResult loaded, Policy policy)
            throws AuditException {
        Map<String, Discovery.SourceFile> yamlFiles = walk.yaml();
        List<Service> services = loaded.services();
        List<Notice> evidenceNotices = new ArrayList<>();
        Map<String, String> lookedForLanguage = Map.of();
        if (request.infer()) {
            for (String name : loaded.workloadFiles()) {
                Discovery.SourceFile known = walk.descriptors().get(name);
                yamlFiles.putIfAbsent(
                        name,
                        known != null
                                ? known
                                : new Discovery.SourceFile(
                                        request.baseDirectory().resolve(name), name));
            }
            RepositoryEvidence.Result evidence;
            try {
                evidence = new RepositoryEvidence()
                        .apply(request.baseDirectory(), List.copyOf(yamlFiles.values()), services, policy.thresholds());
            } catch (IOException e) {
                throw new AuditException("cannot read the repository under " + request.baseDirectory() + ": " + e, e);
            }
            services = evidence.services();
            lookedForLanguage = evidence.lookedForLanguage();
            evidenceNotices.addAll(evidence.notices());
            List<String> evidenceNotes = new ArrayList<>(loaded.notes());
            evidenceNotes.addAll(evidence.notes());
            loaded = loaded.withServices(services).withNotes(evidenceNotes);
        }
        loaded = RequiredFields.check(loaded, services, lookedForLanguage::get);
        loaded = firstRun(loaded, loaded.services(), evidenceNotices);
        return nothingFound(request, loaded, yamlFiles.values());
    }

    /** Every service scored and the policy applied. */
    private AuditResult assess(AuditRequest request, LoadResult loaded, Policy policy, Baseline baseline) {
        Portfolio portfolio = Portfolio.of(loaded.services());
        Rule.Context context = new Rule.Context(portfolio, policy.thresholds(), request.referenceDate());
        List<Assessment> assessments = portfolio.services().parallelStream()
                .map(s -> scorer.assess(s, context))
                .toList();
        PolicyEngine engine = new PolicyEngine(policy, request.referenceDate());
        PolicyEngine.Evaluation evaluation = engine.evaluate(portfolio, assessments, loaded.notices());
        return new AuditResult(
                loaded,
                portfolio,
                assessments,
                evaluation.findings(),
                evaluation.waived(),
                engine.share(assessments),
                policy,
                baseline,
                request.maxAllowedFindings(),
                request.referenceDate(),
                List.of(),
                request.gate(),
                null);
    }
}
