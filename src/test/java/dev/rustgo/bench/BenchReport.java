package dev.rustgo.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summarises a run of {@code bench/run} as Markdown: the JMH figures of the engine against its
 * floor, the medians of the Maven processes, their ratios, and the targets of docs/performance.md
 * with whether this run met them. {@code java dev.rustgo.bench.BenchReport target/bench "machine"}.
 */
public final class BenchReport {

    private BenchReport() {}

    /** Median wall time, CPU time and peak RSS of one goal on one portfolio. */
    private record Process(double wall, double cpu, long rssKib) {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        String machine = args.length > 1 ? args[1] : "";
        StringBuilder md = new StringBuilder();
        md.append("# rustgo benchmark, ").append(LocalDate.now()).append("\n\n");
        md.append("Machine: ").append(machine).append("\n\n");
        List<String> verdicts = new ArrayList<>();

        Map<Integer, double[]> engine = new TreeMap<>(); // services -> audit, error, compose, error
        Path jmh = out.resolve("jmh.json");
        if (Files.isRegularFile(jmh)) {
            for (JsonNode run : new ObjectMapper().readTree(jmh.toFile())) {
                int services = run.path("params").path("services").asInt();
                double[] row = engine.computeIfAbsent(services, k -> new double[4]);
                int at = run.path("benchmark").asText().endsWith(".audit") ? 0 : 2;
                row[at] = run.path("primaryMetric").path("score").asDouble();
                row[at + 1] = run.path("primaryMetric").path("scoreError").asDouble();
            }
            md.append("## The engine against its floor (JMH, ms per run, one JVM)\n\n");
            md.append("| services | engine: discover, load, score, policy, audit.json | bare SnakeYAML compose,"
                    + " 1 thread | engine / floor |\n|---:|---:|---:|---:|\n");
            engine.forEach((n, r) -> md.append(String.format(
                    Locale.ROOT,
                    "| %,d | %.1f ± %.1f | %.1f ± %.1f | %.2f |%n",
                    n,
                    r[0],
                    r[1],
                    r[2],
                    r[3],
                    r[0] / r[2])));
            md.append('\n');
            double[] tenK = engine.get(10_000);
            if (tenK != null) {
                verdicts.add(target("engine on 10,000 services at most 1.0x the floor", tenK[0] / tenK[2], 1.0));
            }
            double[] hundredK = engine.get(100_000);
            if (tenK != null && hundredK != null) {
                verdicts.add(
                        target("engine time from 10,000 to 100,000 services at most 11x", hundredK[0] / tenK[0], 11));
            }
        }

        Map<Integer, Map<String, List<double[]>>> runs = new TreeMap<>();
        List<String> lines = Files.readAllLines(out.resolve("processes.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (f[2].equals("0")) {
                continue; // the warm-up run
            }
            runs.computeIfAbsent(Integer.parseInt(f[0]), k -> new TreeMap<>())
                    .computeIfAbsent(f[1], k -> new ArrayList<>())
                    .add(new double[] {Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5])});
        }
        Map<Integer, Long> heap = new TreeMap<>();
        Path heapFile = out.resolve("heap.tsv");
        if (Files.isRegularFile(heapFile)) {
            for (String line : Files.readAllLines(heapFile)) {
                String[] f = line.split("\t");
                heap.put(Integer.parseInt(f[0]), Long.parseLong(f[1]));
            }
        }
        md.append("## Whole Maven processes (median of ")
                .append(runs.values().stream()
                        .findFirst()
                        .map(m -> m.values().iterator().next().size())
                        .orElse(0))
                .append(" runs each, alternating)\n\n");
        md.append("| services | mvn validate | mvn rustgo:audit | audit / validate | audit CPU | validate CPU |"
                + " peak RSS validate | peak RSS audit | peak heap audit |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Map<Integer, double[]> own = new TreeMap<>();
        runs.forEach((n, goals) -> {
            Process validate = median(goals.get("validate"));
            Process audit = median(goals.get("rustgo:audit"));
            own.put(n, new double[] {audit.wall - validate.wall, audit.wall / validate.wall});
            md.append(String.format(
                    Locale.ROOT,
                    "| %,d | %.2f s | %.2f s | %.2f | %.2f s | %.2f s | %d MiB | %d MiB | %s |%n",
                    n,
                    validate.wall,
                    audit.wall,
                    audit.wall / validate.wall,
                    audit.cpu,
                    validate.cpu,
                    validate.rssKib / 1024,
                    audit.rssKib / 1024,
                    heap.containsKey(n) ? heap.get(n) + " MiB" : "-"));
        });
        md.append('\n');
        Map<String, List<double[]>> one = runs.get(1);
        if (one != null && one.containsKey("rustgo:help")) {
            Process validate = median(one.get("validate"));
            Process help = median(one.get("rustgo:help"));
            Process audit = median(one.get("rustgo:audit"));
            md.append(String.format(
                    Locale.ROOT,
                    "On the one-service project, `mvn rustgo:help` (Maven loading the plugin"
                            + " and running a goal that audits nothing) took %.2f s, %.2fx `mvn validate`: the plugin's"
                            + " start-up is %.2f s and the audit itself %.2f s of the %.2f s that `rustgo:audit` adds.%n%n",
                    help.wall,
                    help.wall / validate.wall,
                    help.wall - validate.wall,
                    audit.wall - help.wall,
                    audit.wall - validate.wall));
        }
        if (own.containsKey(1)) {
            verdicts.add(target("mvn rustgo:audit on 1 service at most 1.15x mvn validate", own.get(1)[1], 1.15));
        }
        if (own.containsKey(10_000)) {
            verdicts.add(
                    target("mvn rustgo:audit on 10,000 services at most 2.0x mvn validate", own.get(10_000)[1], 2.0));
        }
        if (own.containsKey(10_000) && own.containsKey(100_000)) {
            md.append(String.format(
                    Locale.ROOT,
                    "The audit's own time (audit minus validate) grows %.1fx from 10,000 to" + " 100,000 services.%n%n",
                    own.get(100_000)[0] / own.get(10_000)[0]));
        }
        if (!heap.isEmpty()) {
            int largest = ((TreeMap<Integer, Long>) heap).lastKey();
            verdicts.add(String.format(
                    Locale.ROOT,
                    "- %,d services audited within -Xmx1g (peak heap %d MiB): met",
                    largest,
                    heap.get(largest)));
        }
        md.append("## Targets\n\n");
        verdicts.forEach(v -> md.append(v).append('\n'));
        System.out.print(md);
    }

    private static String target(String what, double value, double limit) {
        return String.format(Locale.ROOT, "- %s: %.2f, %s", what, value, value <= limit ? "met" : "missed");
    }

    private static Process median(List<double[]> runs) {
        return new Process(median(runs, 0), median(runs, 1), (long) median(runs, 2));
    }

    private static double median(List<double[]> runs, int field) {
        double[] values = runs.stream().mapToDouble(r -> r[field]).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
