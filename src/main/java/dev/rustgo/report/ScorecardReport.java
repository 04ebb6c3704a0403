package dev.rustgo.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Rollups;
import dev.rustgo.criteria.Action;
import dev.rustgo.criteria.Assessment;
import dev.rustgo.criteria.Reason;
import dev.rustgo.json.JsonLayout;
import dev.rustgo.model.CatalogEntity;
import dev.rustgo.model.EntityRef;
import dev.rustgo.model.Service;
import dev.rustgo.policy.Finding;
import dev.rustgo.policy.PolicyEngine;
import dev.rustgo.policy.Severity;
import dev.rustgo.policy.Waiver;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The audit where teams look, in Backstage and the scorecard tools beside it: the {@code scorecard}
 * format writes, under {@code scorecard/} in the output directory,
 *
 * <ul>
 *   <li>one file per catalog entity in the layout of the open-source score-card plugin
 *       ({@code @oriflame/backstage-plugin-score-card}): {@code {namespace}/{kind}/{name}.json}, lower-case,
 *       each an {@code EntityScore}, and {@code all.json}, every entity's headline;
 *   <li>{@code facts.json}: one fact per entity in the body Soundcheck's Facts API takes
 *       ({@code {"facts": [{factRef, entityRef, data, timestamp}]}}), which the Tech Insights, Cortex,
 *       OpsLevel, Port and Roadie recipes of docs/backstage.md read too.
 * </ul>
 *
 * Only services that are catalog entities (Backstage Components) are written: the tools join on the
 * entity, and a native descriptor declares none. The timestamp is the audit's reference date at
 * midnight UTC, so the same input gives the same bytes. A file of an entity no longer in the
 * portfolio is removed, so the directory is always this audit's.
 */
public final class ScorecardReport implements Report {

    /** The format's directory under the output directory: publish it as it is. */
    public static final String DIRECTORY = "scorecard";

    /** The score-card plugin's file of every entity's headline. */
    public static final String ALL = "all.json";

    /** The facts, in Soundcheck's shape. */
    public static final String FACTS = "facts.json";

    /** Soundcheck's fact reference of the facts: {@code rustgo:default/audit}. */
    static final String FACT_SOURCE = "rustgo";

    static final String FACT_SCOPE = "default";
    static final String FACT_NAME = "audit";

    /** The score-card plugin's colour bands, from a score. */
    private static final Map<Integer, String> SUCCESS =
            Map.of(100, "success", 75, "almost-success", 50, "partial", 25, "almost-failure", 0, "failure");

    /** The fixed ids of areas and entries that are not findings (a finding's id comes from its fingerprint). */
    private static final int LANGUAGE_AREA = 1;

    private static final int POLICY_AREA = 2;
    private static final int ACTION_ENTRY = 101;
    private static final int NO_FINDINGS_ENTRY = 200;

    @Override
    public String format() {
        return "scorecard";
    }

    @Override
    public String fileName() {
        return DIRECTORY + "/" + FACTS;
    }

    /** The facts file: the part of the format that is one file. */
    @Override
    public void write(AuditResult result, Writer out) throws IOException {
        new Facts(result).write(out);
    }

    @Override
    public List<Path> writeFiles(AuditResult result, Path directory) throws IOException {
        Path root = directory.resolve(DIRECTORY);
        Facts facts = new Facts(result);
        List<Path> written = new ArrayList<>();
        List<Scored> scored = new ArrayList<>();
        for (Assessment a : facts.entities) {
            Scored s = score(a, result);
            scored.add(s);
            CatalogEntity e = a.service().entity();
            Path file = root.resolve(CatalogEntity.lower(e.namespace()))
                    .resolve(CatalogEntity.lower(e.kind()))
                    .resolve(CatalogEntity.lower(e.name()) + ".json");
            written.add(ReportFiles.write(file, out -> entityScore(s, result, true, out)));
        }
        removeStale(root, new HashSet<>(written));
        written.add(ReportFiles.write(root.resolve(ALL), out -> all(scored, result, out)));
        written.add(ReportFiles.write(root.resolve(FACTS), facts::write));
        return written;
    }

    /** An entity's score: its two areas, each with its entries, and the lower of the two. */
    record Scored(Assessment assessment, Area language, Area policy) {
        int percent() {
            return Math.min(language.percent(), policy.percent());
        }
    }

    /** An area of the score card: its entries and a label; its score is its lowest entry's. */
    record Area(int id, String title, String label, List<Entry> entries) {
        int percent() {
            return entries.stream().mapToInt(Entry::percent).min().orElse(100);
        }
    }

    /** One check of an area. */
    record Entry(long id, String title, String label, int percent, List<String> hints, String details) {}

    /** How much attention an action asks for: none, a look, or a person's answer. */
    static int percent(Action.Kind action) {
        return switch (action) {
            case KEEP, BUILD_GO, BUILD_RUST -> 100;
            case CONSIDER_RUST, RECONSIDER_RUST -> 50;
            case REVIEW, DESCRIBE -> 25;
        };
    }

    static Scored score(Assessment a, AuditResult result) {
        Service s = a.service();
        Area policy = new Area(POLICY_AREA, "Policy", result.status(s.name()).word(), policyEntries(s, result));
        return new Scored(a, languageArea(a), policy);
    }

    /** The language area: one entry, the verdict and its action, with the reasons and any decision recorded. */
    private static Area languageArea(Assessment a) {
        Service s = a.service();
        List<String> hints = new ArrayList<>();
        hints.add("verdict " + a.verdict().id());
        hints.add("confidence " + a.confidence());
        hints.add("language " + s.language().id());
        for (Reason r : a.topReasons(3)) {
            hints.add(r.criterion().id() + " " + r.evidence());
        }
        StringBuilder details = new StringBuilder()
                .append(Markdown.escape(a.summary()))
                .append("\n\n**Action** ")
                .append(Markdown.code(a.action().id()))
                .append(": ")
                .append(Markdown.escape(a.action().text()));
        if (s.decisionLanguage() != null) {
            details.append("\n\n**Decision recorded**: ")
                    .append(s.decisionLanguage().id());
            if (s.decisionRecord() != null) {
                details.append(", ").append(Markdown.escape(s.decisionRecord()));
            }
            if (s.decisionExpires() != null) {
                details.append(", until ").append(s.decisionExpires());
            }
        }
        Entry action = new Entry(
                ACTION_ENTRY,
                "Verdict and action",
                a.action().id(),
                percent(a.action().kind()),
                List.copyOf(hints),
                details.toString());
        return new Area(LANGUAGE_AREA, "Language", a.action().id(), List.of(action));
    }

    /** The policy area's entries: the service's findings and waived findings, or one saying there are none. */
    private static List<Entry> policyEntries(Service s, AuditResult result) {
        List<Entry> entries = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (s.name().equals(f.service())) {
                boolean fails = result.fails(f);
                entries.add(new Entry(
                        id(f),
                        f.rule(),
                        f.severity().id(),
                        fails ? 0 : f.severity() == Severity.INFO ? 100 : 50,
                        List.of(fails ? "fails the build" : "does not fail the build", f.place()),
                        Markdown.escape(f.message())));
            }
        }
        for (PolicyEngine.Waived w : result.waived()) {
            if (s.name().equals(w.finding().service())) {
                Waiver waiver = w.waiver();
                entries.add(new Entry(
                        id(w.finding()),
                        w.finding().rule(),
                        "waived",
                        75,
                        List.of("waived until " + waiver.expires(), w.finding().place()),
                        Markdown.escape(w.finding().message()) + "\n\n**Waived** until " + waiver.expires()
                                + (waiver.owner() == null ? "" : " by " + Markdown.escape(waiver.owner()))
                                + (waiver.reason() == null ? "" : ": " + Markdown.escape(waiver.reason()))));
            }
        }
        if (entries.isEmpty()) {
            entries.add(new Entry(
                    NO_FINDINGS_ENTRY,
                    "No findings",
                    "pass",
                    100,
                    List.of(),
                    "No rule of the policy in force reports anything about this service."));
        }
        return List.copyOf(entries);
    }

    /** A finding's entry id: the first 48 bits of its fingerprint, stable across runs and exact in JavaScript. */
    static long id(Finding f) {
        return Long.parseLong(f.fingerprint().substring(0, 12), 16);
    }

    private static String success(int percent) {
        return SUCCESS.get(percent);
    }

    /** The time the facts hold at: the reference date, midnight UTC. */
    static String timestamp(AuditResult result) {
        return result.referenceDate() + "T00:00:00Z";
    }

    /** An {@code EntityScore}; with {@code entries} false, the headline {@code all.json} holds. */
    private static void entityScore(Scored s, AuditResult result, boolean entries, Writer out) throws IOException {
        try (JsonGenerator json = JsonLayout.generator(out)) {
            entityScore(json, s, result, entries);
        }
        out.write('\n');
    }

    private static void all(List<Scored> scored, AuditResult result, Writer out) throws IOException {
        try (JsonGenerator json = JsonLayout.generator(out)) {
            json.writeStartArray();
            for (Scored s : scored) {
                entityScore(json, s, result, false);
            }
            json.writeEndArray();
        }
        out.write('\n');
    }

    private static void entityScore(JsonGenerator json, Scored s, AuditResult result, boolean entries)
            throws IOException {
        CatalogEntity e = s.assessment().service().entity();
        json.writeStartObject();
        json.writeObjectFieldStart("entityRef");
        json.writeStringField("kind", CatalogEntity.lower(e.kind()));
        json.writeStringField("namespace", e.namespace());
        json.writeStringField("name", e.name());
        json.writeEndObject();
        json.writeStringField("generatedDateTimeUtc", timestamp(result));
        json.writeNumberField("scorePercent", s.percent());
        json.writeStringField("scoreSuccess", success(s.percent()));
        json.writeArrayFieldStart("areaScores");
        for (Area area : List.of(s.language(), s.policy())) {
            json.writeStartObject();
            json.writeNumberField("id", area.id());
            json.writeStringField("title", area.title());
            json.writeNumberField("scorePercent", area.percent());
            json.writeStringField("scoreLabel", area.label());
            json.writeStringField("scoreSuccess", success(area.percent()));
            if (entries) {
                json.writeArrayFieldStart("scoreEntries");
                for (Entry entry : area.entries()) {
                    json.writeStartObject();
                    json.writeNumberField("id", entry.id());
                    json.writeStringField("title", entry.title());
                    json.writeBooleanField("isOptional", false);
                    json.writeNumberField("scorePercent", entry.percent());
                    json.writeStringField("scoreLabel", entry.label());
                    json.writeStringField("scoreSuccess", success(entry.percent()));
                    json.writeArrayFieldStart("scoreHints");
                    for (String hint : entry.hints()) {
                        json.writeString(hint);
                    }
                    json.writeEndArray();
                    json.writeStringField("details", entry.details());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * Removes the entity files of an earlier run ({@code namespace/kind/name.json}) that this run did
     * not write, then the folders that left empty; nothing else under the directory is touched.
     */
    private static void removeStale(Path root, Set<Path> written) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 3)) {
            files.filter(p -> root.relativize(p).getNameCount() == 3
                            && p.getFileName().toString().endsWith(".json")
                            && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                            && !written.contains(p))
                    .forEach(stale::add);
        }
        for (Path file : stale) {
            Files.deleteIfExists(file);
            for (Path folder = file.getParent(); !folder.equals(root); folder = folder.getParent()) {
                try (DirectoryStream<Path> left = Files.newDirectoryStream(folder)) {
                    if (left.iterator().hasNext()) {
                        break;
                    }
                }
                Files.delete(folder);
            }
        }
    }

    /** The facts file, one fact per catalog entity. */
    static final class Facts {
        private final AuditResult result;
        private final List<Assessment> entities = new ArrayList<>();
        private final Map<String, Double> ownerShare = new HashMap<>();

        Facts(AuditResult result) {
            this.result = result;
            for (Assessment a : result.assessments()) {
                if (a.service().entity() != null) {
                    entities.add(a);
                }
            }
            for (Rollups.Rollup r : result.owners()) {
                if (r.name() != null) {
                    ownerShare.put(r.name(), r.share());
                }
            }
        }

        void write(Writer out) throws IOException {
            try (JsonGenerator json = JsonLayout.generator(out)) {
                json.writeStartObject();
                json.writeArrayFieldStart("facts");
                for (Assessment a : entities) {
                    fact(json, a);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            out.write('\n');
        }

        private void fact(JsonGenerator json, Assessment a) throws IOException {
            Service s = a.service();
            json.writeStartObject();
            json.writeObjectFieldStart("factRef");
            json.writeStringField("source", FACT_SOURCE);
            json.writeStringField("scope", FACT_SCOPE);
            json.writeStringField("name", FACT_NAME);
            json.writeEndObject();
            json.writeStringField("entityRef", s.entity().ref());
            json.writeObjectFieldStart("data");
            json.writeStringField("service", s.name());
            json.writeStringField("language", s.language().id());
            json.writeStringField("verdict", a.verdict().id());
            json.writeNumberField("confidence", a.confidence());
            json.writeStringField("action", a.action().id());
            json.writeStringField("actionText", a.action().text());
            json.writeStringField("status", result.status(s.name()).word());
            owner(json, s);
            findingCounts(json, s);
            decision(json, s);
            waivers(json, s);
            json.writeEndObject();
            json.writeStringField("timestamp", timestamp(result));
            json.writeEndObject();
        }

        /** The owner as a canonical group reference, and its Rust share; null for neither. */
        private void owner(JsonGenerator json, Service s) throws IOException {
            if (s.owner() == null) {
                json.writeNullField("owner");
                json.writeNullField("ownerRustShare");
            } else {
                String owner = EntityRef.canonical(s.owner(), "group", "default");
                json.writeStringField("owner", owner);
                json.writeNumberField("ownerRustShare", ownerShare.get(owner));
            }
        }

        /** The service's findings by severity. */
        private void findingCounts(JsonGenerator json, Service s) throws IOException {
            int[] bySeverity = new int[Severity.values().length];
            for (Finding f : result.findings()) {
                if (s.name().equals(f.service())) {
                    bySeverity[f.severity().ordinal()]++;
                }
            }
            json.writeObjectFieldStart("findings");
            json.writeNumberField("error", bySeverity[Severity.ERROR.ordinal()]);
            json.writeNumberField("warning", bySeverity[Severity.WARNING.ordinal()]);
            json.writeNumberField("info", bySeverity[Severity.INFO.ordinal()]);
            json.writeEndObject();
        }

        /** The decision recorded in the descriptor, or null. */
        private void decision(JsonGenerator json, Service s) throws IOException {
            if (s.decisionLanguage() == null) {
                json.writeNullField("decision");
            } else {
                json.writeObjectFieldStart("decision");
                json.writeStringField("language", s.decisionLanguage().id());
                text(json, "record", s.decisionRecord());
                text(
                        json,
                        "decided",
                        s.decisionDecided() == null ? null : s.decisionDecided().toString());
                text(
                        json,
                        "expires",
                        s.decisionExpires() == null ? null : s.decisionExpires().toString());
                json.writeEndObject();
            }
        }

        /** The waivers in force for the service's findings, each once, and the earliest expiry. */
        private void waivers(JsonGenerator json, Service s) throws IOException {
            Map<Waiver, Boolean> waivers = new LinkedHashMap<>();
            for (PolicyEngine.Waived w : result.waived()) {
                if (s.name().equals(w.finding().service())) {
                    waivers.putIfAbsent(w.waiver(), true);
                }
            }
            String earliest = null;
            json.writeArrayFieldStart("waivers");
            for (Waiver w : waivers.keySet()) {
                json.writeStartObject();
                json.writeStringField("rule", w.rule().id());
                text(json, "owner", w.owner());
                text(json, "reason", w.reason());
                json.writeStringField("expires", w.expires().toString());
                json.writeEndObject();
                String expires = w.expires().toString();
                earliest = earliest == null || expires.compareTo(earliest) < 0 ? expires : earliest;
            }
            json.writeEndArray();
            text(json, "waiverExpires", earliest);
        }

        private static void text(JsonGenerator json, String field, String value) throws IOException {
            if (value == null) {
                json.writeNullField(field);
            } else {
                json.writeStringField(field, value);
            }
        }
    }
}
