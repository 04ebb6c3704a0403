package dev.rustgo.scaffold;

import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.console.ConsoleReport.Level;
import dev.rustgo.console.ConsoleReport.Line;
import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.diagnostics.ProjectPaths;
import dev.rustgo.evidence.RepositoryEvidence;
import dev.rustgo.load.Discovery;
import dev.rustgo.model.Envelope;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Position;
import dev.rustgo.model.Provenance;
import dev.rustgo.model.Service;
import dev.rustgo.model.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code rustgo:scaffold} writes, and what it says: the descriptors to write (where, and their
 * text), and the log lines. Decided against the portfolio as the audit reads it, so no second entity
 * is ever written for a service the portfolio already has; written with {@code CREATE_NEW}, so no file
 * is ever overwritten. Knows nothing of Maven.
 */
public final class ScaffoldPlan {

    /**
     * A descriptor to write: its path relative to the base directory, its text, what the log says of it
     * ({@code null} for a new service), and whether its language is {@code undecided}.
     */
    public record Draft(String file, String text, String summary, boolean undecided) {}

    /** A scaffold that cannot be written, and why: a one-line message, after the lines to log first. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        /** Not serialised: the lines are logged where the exception is caught, never sent anywhere. */
        private final transient List<Line> lines;

        Refused(String message, List<Line> lines) {
            super(message);
            this.lines = List.copyOf(lines);
        }

        /** What to log before the message: the problems, or the annotations to add. */
        public List<Line> lines() {
            return lines;
        }
    }

    private final Path base;
    private final List<Draft> drafts;
    private final List<Line> before;
    /**
     * The closing line: for the descriptors from the repository, what follows the count of files
     * written; for a new service, what follows the file's name.
     */
    private final String closing;
    /** Whether it is the descriptor of one new service, whose file must not exist. */
    private final boolean single;

    private ScaffoldPlan(Path base, List<Draft> drafts, List<Line> before, String closing, boolean single) {
        this.base = base;
        this.drafts = List.copyOf(drafts);
        this.before = List.copyOf(before);
        this.closing = closing;
        this.single = single;
    }

    /** The descriptors to write, in name order. */
    public List<Draft> drafts() {
        return drafts;
    }

    // ---- the services the portfolio already has

    /**
     * A service of the portfolio: its name, where it is described (file, line, column), the service as
     * the audit read it ({@code null} for a Component left out, its language unknown), and whether it is
     * described for the audit (a Component without {@code rustgo.dev/} annotations is not).
     */
    private record Known(String name, String file, String where, Service service, boolean described) {

        /** The name as the scaffold would write it: case, {@code _} and {@code .} aside, as Portfolio compares. */
        String written() {
            return RepositoryEvidence.serviceName(name.substring(name.lastIndexOf('/') + 1));
        }

        String folder() {
            int slash = file.lastIndexOf('/');
            return slash < 0 ? "" : file.substring(0, slash);
        }
    }

    private static List<Known> known(AuditResult result) {
        List<Known> known = new ArrayList<>();
        for (Service s : result.load().services()) {
            known.add(new Known(s.name(), s.file(), where(s.file(), s.position(Field.NAME)), s, s.described()));
        }
        for (Notice n : result.load().notices()) {
            // A Component without annotations whose language nothing gives is left out of the services.
            if (n.kind() == Notice.Kind.SERVICE_NOT_DESCRIBED && n.service() != null) {
                Problem at = n.where();
                known.add(new Known(
                        n.service(), at.file(), where(at.file(), new Position(at.line(), at.column())), null, false));
            }
        }
        return known;
    }

    private static String where(String file, Position at) {
        return file + ":" + at.line() + ":" + at.column();
    }

    /** The input problems, as lines, and the refusal: a descriptor that does not load may be the one. */
    private static void refuseBadInput(AuditResult result) throws Refused {
        List<Problem> problems = result.load().problems();
        if (!problems.isEmpty()) {
            throw new Refused(
                    "rustgo: nothing was written: " + problems.size() + " input problem(s) above; a descriptor"
                            + " that does not load may already describe the service, so fix them and run again",
                    problems.stream()
                            .map(p -> new Line(Level.ERROR, p.toString()))
                            .toList());
        }
    }

    /** The portfolio's service the candidate is: by name, by the folder it lives in, or by its build file. */
    private static Known describing(RepositoryEvidence.Candidate c, List<Known> known) {
        for (Known k : known) {
            if (k.written().equals(c.name())) {
                return k;
            }
        }
        Provenance build = c.service().provenance(Field.LANGUAGE);
        for (Known k : known) {
            if (c.directory() != null && c.directory().equals(k.folder())) {
                return k;
            }
            if (build != null && k.service() != null) {
                for (Field f : List.of(Field.LANGUAGE, Field.CODE_LINES)) {
                    Provenance p = k.service().provenance(f);
                    if (p != null && p.file().equals(build.file())) {
                        return k;
                    }
                }
            }
        }
        return null;
    }

    /** The log lines for a Component of the catalog without annotations: the annotations to add. */
    private static List<Line> annotate(Known k, RepositoryEvidence.Candidate c) {
        Provenance language = c == null ? null : c.service().provenance(Field.LANGUAGE);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(
                Level.INFO,
                "rustgo: " + k.name() + " is in the catalog without rustgo.dev/ annotations (" + k.where()
                        + "); add these to its metadata.annotations:"));
        for (String line : Scaffold.annotationsToAdd(
                k.service(), language == null ? null : c.service().language(), language)) {
            lines.add(new Line(Level.INFO, line));
        }
        lines.add(new Line(
                Level.INFO,
                "  and those only a person knows, as far as you know them: "
                        + String.join(", ", Scaffold.promptedAnnotations())));
        return lines;
    }

    // ---- from the repository

    /**
     * A descriptor for each service the repository shows that the portfolio does not have: in the
     * service's own directory ({@code <directory>/<name>.rustgo.yaml}, or its {@code catalog-info.yaml}),
     * else under {@code scaffoldDirectory}. A candidate the portfolio has (by name, by the folder its
     * descriptor is in, or by the build file the audit reads for it) gets nothing; one a Component
     * without annotations describes gets the annotations to add, in the log.
     *
     * @param request the audit's request: where descriptors are found, which the written ones must be
     * @param result the audit of the portfolio as it is
     * @param candidates what the repository shows ({@link Auditor#survey})
     * @throws Refused when a descriptor of the portfolio does not load: it may be one of these services
     */
    public static ScaffoldPlan fromRepository(
            AuditRequest request,
            AuditResult result,
            List<RepositoryEvidence.Candidate> candidates,
            Path scaffoldDirectory,
            Envelope envelope)
            throws Refused {
        refuseBadInput(result);
        List<Line> before = new ArrayList<>();
        Triage triage = triage(candidates, known(result), before);
        Map<RepositoryEvidence.Candidate, String> targets =
                targets(request, triage.open(), scaffoldDirectory, envelope, before);
        List<Draft> drafts = drafts(request, targets, envelope, before);
        return new ScaffoldPlan(request.baseDirectory(), drafts, before, closing(candidates, triage), false);
    }

    /**
     * The candidates the portfolio does not have yet, how many it has already, and how many of those are
     * Components without annotations.
     */
    private record Triage(List<RepositoryEvidence.Candidate> open, int already, int toAnnotate) {}

    /**
     * Sorts the candidates into those the portfolio has and those it does not; logs the annotations to add
     * to a Component without them, and where a candidate is described under another name.
     */
    private static Triage triage(List<RepositoryEvidence.Candidate> candidates, List<Known> known, List<Line> before) {
        List<RepositoryEvidence.Candidate> open = new ArrayList<>();
        int already = 0;
        int toAnnotate = 0;
        for (RepositoryEvidence.Candidate c : candidates) {
            Known k = describing(c, known);
            if (k == null) {
                open.add(c);
                continue;
            }
            already++;
            if (!k.described()) {
                toAnnotate++;
                before.addAll(annotate(k, c));
            } else if (!k.written().equals(c.name())) {
                before.add(new Line(
                        Level.INFO,
                        "rustgo: the repository's " + c.name() + " is already described, as " + k.name() + ", at "
                                + k.where()));
            }
        }
        return new Triage(open, already, toAnnotate);
    }

    /**
     * Where each descriptor goes: the service's own directory where the audit finds it there, else the
     * scaffold directory; a candidate whose own file an exclude takes out is passed over, in the log.
     */
    private static Map<RepositoryEvidence.Candidate, String> targets(
            AuditRequest request,
            List<RepositoryEvidence.Candidate> open,
            Path scaffoldDirectory,
            Envelope envelope,
            List<Line> before) {
        Map<RepositoryEvidence.Candidate, String> targets = new LinkedHashMap<>();
        for (RepositoryEvidence.Candidate c : open) {
            String target = null;
            if (c.directory() != null) {
                String own = prefix(c.directory())
                        + (envelope == Envelope.NATIVE ? c.name() + ".rustgo.yaml" : "catalog-info.yaml");
                if (excluded(request, own)) {
                    before.add(new Line(
                            Level.INFO, "rustgo: " + c.name() + " passed over: rustgo.excludes takes out " + own));
                    continue;
                }
                if (finds(request, own) && !targets.containsValue(own)) {
                    target = own;
                }
            }
            if (target == null) {
                target = ProjectPaths.relative(
                        scaffoldDirectory.resolve(Scaffold.fileName(c.name(), envelope)), request.baseDirectory());
            }
            targets.put(c, target);
        }
        return targets;
    }

    /**
     * A draft per target, written as the only service of its folder where it is; a warning for each the
     * includes and excludes would not find.
     */
    private static List<Draft> drafts(
            AuditRequest request,
            Map<RepositoryEvidence.Candidate, String> targets,
            Envelope envelope,
            List<Line> before) {
        Map<String, Integer> perFolder = new HashMap<>();
        targets.values().forEach(target -> perFolder.merge(folder(target), 1, Integer::sum));
        List<Draft> drafts = new ArrayList<>();
        for (Map.Entry<RepositoryEvidence.Candidate, String> e : targets.entrySet()) {
            RepositoryEvidence.Candidate c = e.getKey();
            String target = e.getValue();
            boolean ownFolder = folder(target).equals(c.directory()) && perFolder.get(folder(target)) == 1;
            String text = Scaffold.fromRepository(c.service(), c.shownBy(), ownFolder, envelope);
            Service s = c.service();
            drafts.add(new Draft(target, text, summary(s), s.language() == null));
            if (!finds(request, target)) {
                before.add(new Line(
                        Level.WARNING,
                        "rustgo: rustgo.includes and rustgo.excludes do not find " + target + ": add it to"
                                + " rustgo.includes, or the audit will not read it"));
            }
        }
        return drafts;
    }

    /** What the log says of a draft: the values the repository gave, and an undecided language. */
    private static String summary(Service s) {
        List<String> values = new ArrayList<>();
        s.inferred().keySet().forEach(f -> values.add(f.key() + " " + Token.text(s.value(f))));
        return (values.isEmpty() ? "nothing from the repository" : "from the repository: " + String.join(", ", values))
                + (s.language() == null ? "; language " + Language.UNDECIDED.id() : "");
    }

    /** What follows the count of files written: the services already described, and what to do next. */
    private static String closing(List<RepositoryEvidence.Candidate> candidates, Triage triage) {
        StringBuilder closing = new StringBuilder("; ")
                .append(triage.already())
                .append(triage.already() == 1 ? " service" : " services")
                .append(" already described");
        if (triage.toAnnotate() > 0) {
            closing.append(" (")
                    .append(triage.toAnnotate())
                    .append(triage.toAnnotate() == 1 ? " Component" : " Components")
                    .append(" to annotate, above)");
        }
        if (candidates.isEmpty()) {
            closing.append("; ")
                    .append(Auditor.shows(candidates))
                    .append("; mvn rustgo:scaffold -Drustgo.service=NAME writes a descriptor for a new service");
        } else {
            closing.append("; fill in what you know, then run mvn rustgo:audit");
        }
        return closing.toString();
    }

    /** Whether an exclude takes out the file at {@code target}, relative to the base directory. */
    private static boolean excluded(AuditRequest request, String target) {
        Path file = request.baseDirectory().resolve(target).toAbsolutePath().normalize();
        Path top = request.descriptorDirectories().get(0).toAbsolutePath().normalize();
        return file.startsWith(top) && Discovery.excluded(ProjectPaths.relative(file, top), request.excludes());
    }

    /** Whether the audit's walk finds the file at {@code target}, relative to the base directory. */
    private static boolean finds(AuditRequest request, String target) {
        Path file = request.baseDirectory().resolve(target).toAbsolutePath().normalize();
        Path top = request.descriptorDirectories().get(0).toAbsolutePath().normalize();
        return file.startsWith(top)
                && Discovery.finds(ProjectPaths.relative(file, top), request.includes(), request.excludes());
    }

    private static String prefix(String directory) {
        return directory.isEmpty() ? "" : directory + "/";
    }

    private static String folder(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    // ---- one new service

    /**
     * The descriptor of one new service, under {@code scaffoldDirectory}: its language as given, else as
     * the build files of the service of that name the repository shows give it, else {@code go}.
     *
     * @param language the language asked for, or {@code null}
     * @param candidates what the repository shows ({@link Auditor#survey}); empty where it was not read
     * @throws Refused when the portfolio describes a service of that name already, or a descriptor of it
     *     does not load; a Component of that name without annotations gets no file, but the annotations
     *     to add, in the log
     * @throws IllegalArgumentException when the name, language or role is not one the contract allows
     */
    public static ScaffoldPlan single(
            AuditRequest request,
            AuditResult result,
            List<RepositoryEvidence.Candidate> candidates,
            Path scaffoldDirectory,
            Envelope envelope,
            String name,
            String language,
            String role)
            throws Refused {
        Scaffold.check(name, language, role);
        refuseBadInput(result);
        String written = RepositoryEvidence.serviceName(name);
        RepositoryEvidence.Candidate shown = candidates.stream()
                .filter(c -> c.name().equals(written))
                .findFirst()
                .orElse(null);
        Known k = known(result).stream()
                .filter(known -> known.written().equals(written))
                .findFirst()
                .orElse(null);
        if (k != null) {
            return alreadyKnown(request, name, k, shown);
        }
        List<Line> before = new ArrayList<>();
        String chosen = language != null ? language : shownLanguage(name, shown, before);
        Path base = request.baseDirectory();
        String file = ProjectPaths.relative(scaffoldDirectory.resolve(Scaffold.fileName(name, envelope)), base);
        return new ScaffoldPlan(
                base,
                List.of(new Draft(file, Scaffold.descriptor(name, chosen, role, envelope), null, false)),
                before,
                "fill in what you know, then run mvn rustgo:explain -Drustgo.service=" + name,
                true);
    }

    /**
     * A new service the portfolio has already: refused where it is described; a Component waiting for its
     * annotations gets what to add, not a new file.
     */
    private static ScaffoldPlan alreadyKnown(
            AuditRequest request, String name, Known k, RepositoryEvidence.Candidate shown) throws Refused {
        if (k.described()) {
            throw new Refused(
                    name + " is already in the portfolio: " + k.where() + " describes it; edit it there, or"
                            + " pick another rustgo.service",
                    List.of());
        }
        return new ScaffoldPlan(
                request.baseDirectory(),
                List.of(),
                annotate(k, shown),
                "rustgo: wrote nothing: " + name + " is already in the catalog at " + k.where()
                        + "; add the annotations above to it, then run mvn rustgo:explain -Drustgo.service="
                        + name,
                true);
    }

    /** The language no one asked for: the one the build files the repository shows give, else Go; logged. */
    private static String shownLanguage(String name, RepositoryEvidence.Candidate shown, List<Line> before) {
        Provenance from = shown == null ? null : shown.service().provenance(Field.LANGUAGE);
        if (from != null) {
            String chosen = shown.service().language().id();
            before.add(new Line(
                    Level.INFO, "rustgo: language " + chosen + " from " + from + " (-Drustgo.language sets another)"));
            return chosen;
        }
        String chosen = Language.GO.id();
        before.add(new Line(
                Level.INFO,
                "rustgo: language " + chosen + ", the default: the repository shows no build file of " + name
                        + " (-Drustgo.language sets another)"));
        return chosen;
    }

    // ---- writing

    /**
     * Writes the descriptors, none over an existing file, and returns what to log: the lines decided
     * with the plan, one line per file written (or passed over, as it exists), and the closing line.
     *
     * @throws Refused for a new service whose file exists
     * @throws IOException when a file cannot be written
     */
    public List<Line> write() throws IOException, Refused {
        List<Line> lines = new ArrayList<>(before);
        int written = 0;
        int undecided = 0;
        for (Draft d : drafts) {
            Path file = base.resolve(d.file());
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, d.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                if (single) {
                    throw new Refused(d.file() + " already exists; edit it, or pick another rustgo.service", lines);
                }
                lines.add(new Line(
                        Level.WARNING,
                        "rustgo: " + d.file() + " exists and describes none of these services; nothing written"
                                + " there (a file is never overwritten)"));
                continue;
            }
            written++;
            undecided += d.undecided() ? 1 : 0;
            lines.add(new Line(
                    Level.INFO,
                    single
                            ? "rustgo: wrote " + d.file() + "; " + closing
                            : "rustgo: wrote " + d.file() + " (" + d.summary() + ")"));
        }
        if (!single) {
            String what = written == 0
                    ? ""
                    : " (role " + Scaffold.DEFAULT_ROLE + " to confirm in each"
                            + (undecided == 0 ? "" : "; language undecided in " + undecided) + ")";
            lines.add(new Line(
                    Level.INFO,
                    "rustgo: wrote " + written + (written == 1 ? " descriptor" : " descriptors") + what + closing));
        } else if (drafts.isEmpty()) {
            lines.add(new Line(Level.INFO, closing));
        }
        return lines;
    }
}
