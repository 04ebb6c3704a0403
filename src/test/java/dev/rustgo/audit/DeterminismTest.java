package dev.rustgo.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.load.DescriptorLoader;
import dev.rustgo.load.Discovery;
import dev.rustgo.load.LoadResult;
import dev.rustgo.policy.FailOn;
import dev.rustgo.report.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identical input gives byte-identical reports, in every format: over repeated runs, whatever the
 * number of threads, the default locale (Turkish dotless i, German decimal comma, Arabic and Thai
 * digits, the Japanese calendar) or time zone, the order in which files were created or listed,
 * and the order in which a reactor's module directories are given.
 *
 * <p>The portfolio is the bundled example plus what exercises sorting: a Backstage catalog whose
 * Location follows a glob to three team files, and two broken descriptors (problems in several
 * files, findings from several rules).
 */
class DeterminismTest {

    private static final Path EXAMPLE = Paths.get("examples/portfolio/services").toAbsolutePath();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Set<String> EVERY_FORMAT = Set.of("sarif", "junit", "markdown");

    /** The files of the portfolio, by name, in the order they are first written. */
    private static final Map<String, byte[]> FILES = new TreeMap<>();

    @TempDir
    static Path temp;

    @BeforeAll
    static void portfolio() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLE)) {
            for (Path file : files.toList()) {
                FILES.put("services/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
        put("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata: {name: teams}
                spec:
                  targets: [./teams/*.yaml]
                """);
        for (String team : List.of("search", "media", "billing")) {
            put("teams/" + team + ".yaml", """
                    apiVersion: backstage.io/v1alpha1
                    kind: Component
                    metadata:
                      name: %s-api
                      tags: [golang]
                      annotations:
                        rustgo.dev/role: "api"
                        rustgo.dev/peak-rps: "%d"
                        rustgo.dev/p99-latency-ms: "%d"
                    spec:
                      type: service
                      owner: team-%s
                      dependsOn: [component:ledger, component:%s-worker]
                    """.formatted(team, team.length() * 40_000, 12 - team.length(), team, team));
        }
        put("services/broken.yaml", """
                apiVersion: rustgo.dev/v1
                kind: Service
                metadata: {name: Broken_Name}
                spec: {language: Go, role: api, traffic: {peakRps: lots}, traffik: {}}
                """);
        put("services/also-broken.yaml", "apiVersion: rustgo.dev/v1\nkind: Service\nmetadata: [\n");
        // The repository's facts: workloads matched by name (one descriptor drifts from them), an
        // autoscaler, a Helm chart matched by name, a manifest that cannot be read.
        for (String name : List.of("cart-api", "ledger", "checkout-api", "email-worker")) {
            put("deploy/" + name + ".yaml", """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: %s}
                    spec:
                      replicas: %d
                      template:
                        spec:
                          containers: [{name: %s, resources: {limits: {memory: %dMi}}}]
                    ---
                    apiVersion: autoscaling/v2
                    kind: HorizontalPodAutoscaler
                    metadata: {name: %s}
                    spec: {scaleTargetRef: {kind: Deployment, name: %s}, maxReplicas: %d}
                    """.formatted(
                            name, name.length(), name, 64 * name.length(), name, name, 3 * name.length()));
        }
        put("charts/media-api/Chart.yaml", "apiVersion: v2\nname: media-api\nversion: 1.0.0\n");
        put("charts/media-api/values.yaml", "autoscaling: {enabled: true, maxReplicas: 12}\n");
        put("deploy/broken.yaml", "kind: Deployment\nmetadata: [\n");
    }

    private static void put(String name, String text) {
        FILES.put(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the portfolio into a new directory, in the given order of file names. */
    private static Path write(String directory, List<String> order) throws IOException {
        Path base = Files.createDirectories(temp.resolve(directory));
        for (String name : order) {
            Path file = base.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, FILES.get(name));
        }
        return base;
    }

    /** Audits {@code base} in a pool of {@code threads} threads and returns every report, by file name. */
    private static Map<String, String> reports(Path base, List<Path> directories, int threads, Path out)
            throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            AuditResult result = pool.submit(() -> run(new AuditRequest(
                            base,
                            directories,
                            List.of(),
                            List.of(),
                            FailOn.ERROR,
                            out,
                            EVERY_FORMAT,
                            TODAY,
                            null,
                            null,
                            0)))
                    .get();
            assertEquals(AuditResult.Outcome.BAD_INPUT, result.outcome(), "the broken files are in the portfolio");
            Map<String, String> reports = new TreeMap<>();
            for (Path report : result.reports()) {
                reports.put(report.getFileName().toString(), Files.readString(report, StandardCharsets.UTF_8));
            }
            assertEquals(
                    List.of("TEST-rustgo.xml", "audit.json", "audit.md", "audit.sarif"), List.copyOf(reports.keySet()));
            return reports;
        } finally {
            pool.shutdown();
        }
    }

    private static Map<String, String> reports(Path base, int threads, Path out) throws Exception {
        return reports(base, List.of(base), threads, out);
    }

    @Test
    void everyReportIsByteIdenticalOverRepeatedRunsAndThreadCounts() throws Exception {
        Path base = write("threads", List.copyOf(FILES.keySet()));
        Map<String, String> reference = reports(base, 1, temp.resolve("out-threads-1"));
        assertTrue(reference.get("audit.json").contains("\"inferred\""), "the repository's facts are read");
        assertTrue(reference.get("audit.json").contains("manifest-not-read"), "and a bad manifest noticed");
        assertEquals(reference, reports(base, 1, temp.resolve("out-threads-1-again")), "a second run");
        for (int threads : new int[] {2, 4, 16}) {
            assertEquals(
                    reference, reports(base, threads, temp.resolve("out-threads-" + threads)), threads + " threads");
        }
    }

    @Test
    void everyReportIsByteIdenticalWhateverTheDefaultLocaleAndTimeZone() throws Exception {
        Path base = write("locales", List.copyOf(FILES.keySet()));
        Map<String, String> reference = reports(base, 2, temp.resolve("out-root"));
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            for (String tag : List.of(
                    "tr-TR", "de-DE", "ar-SA", "th-TH-u-nu-thai", "hi-IN-u-nu-deva", "ja-JP-u-ca-japanese", "fa-IR")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                TimeZone.setDefault(TimeZone.getTimeZone(tag.startsWith("ja") ? "Pacific/Kiritimati" : "America/Adak"));
                assertEquals(reference, reports(base, 2, temp.resolve("out-" + tag)), tag);
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void reportsDoNotDependOnTheOrderFilesWereCreatedIn() throws Exception {
        List<String> order = new ArrayList<>(FILES.keySet());
        Map<String, String> sorted = reports(write("sorted", order), 2, temp.resolve("out-sorted"));
        Collections.reverse(order);
        assertEquals(sorted, reports(write("reversed", order), 2, temp.resolve("out-reversed")), "reversed");
        Collections.shuffle(order, new Random(6));
        assertEquals(sorted, reports(write("shuffled", order), 2, temp.resolve("out-shuffled")), "shuffled");
        // The portfolio really is what the reports say: every file was read, the broken ones failed.
        String json = sorted.get("audit.json");
        assertTrue(json.contains("\"read\": 50,"), json);
        assertTrue(
                json.contains("\"failed\": [\n      \"services/also-broken.yaml\",\n"
                        + "      \"services/broken.yaml\"\n    ]"),
                json);
        assertFalse(json.contains(temp.toString()), "no absolute path in the report");
    }

    @Test
    void theLoaderGivesTheSameResultWhateverOrderItIsGivenTheFilesIn() throws Exception {
        Path base = write("loader", List.copyOf(FILES.keySet()));
        List<Discovery.SourceFile> files =
                new ArrayList<>(Discovery.scan(base, base, List.of(), List.of()).files());
        String reference = describe(DescriptorLoader.standard().load(base, files));
        Random random = new Random(4);
        for (int i = 0; i < 8; i++) {
            Collections.shuffle(files, random);
            assertEquals(reference, describe(DescriptorLoader.standard().load(base, files)), "order " + files);
        }
    }

    /** Everything a load result says, in its order. */
    private static String describe(LoadResult r) {
        return r.files() + "\n"
                + r.services().stream()
                        .map(s -> s.name() + " " + s.file() + ":" + s.position())
                        .toList() + "\n" + r.problems() + "\n" + r.failedFiles() + "\n" + r.notices() + "\n"
                + r.notes();
    }

    @Test
    void aReactorGivesTheSameReportsWhateverOrderItsModulesAreListedIn() throws Exception {
        Path base = write("reactor", List.copyOf(FILES.keySet()));
        List<Path> modules = List.of(base, base.resolve("services"), base.resolve("teams"));
        Map<String, String> reference = reports(base, modules, 2, temp.resolve("out-modules"));
        assertEquals(
                reference,
                reports(
                        base,
                        List.of(modules.get(2), modules.get(0), modules.get(1)),
                        2,
                        temp.resolve("out-modules-reordered")));
        assertEquals(
                reports(base, 2, temp.resolve("out-base-only")),
                reference,
                "module directories inside the base add nothing");
    }

    /** What the audit goal does: audit, then write the reports. */
    private static AuditResult run(AuditRequest request) throws AuditException {
        return Reports.write(new Auditor().audit(request), request);
    }
}
