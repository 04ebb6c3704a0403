package dev.rustgo.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a synthetic but realistic portfolio of N services as a Maven project the audit can run
 * on: a {@code pom.xml} with the plugin, native descriptors under {@code services/<system>/} and
 * Backstage catalogs under {@code catalog/<system>/catalog-info.yaml} (a System, an API, a
 * Resource and the system's Components in one file, as teams keep them). Services come in systems
 * of about eight; their {@code dependsOn} edges go mostly to earlier services of the same system,
 * then to a few platform hubs that most of the portfolio calls (so fan-in is skewed, as it is in
 * real portfolios), then anywhere, with the odd back edge that makes a cycle. Roles, traffic,
 * budgets and teams are drawn per role, so verdicts, findings and reasons are as varied as in a
 * real audit: mostly Go, a few Rust candidates, some of them written in Rust and some kept in Go
 * by a recorded decision.
 *
 * <p>With {@code --evidence}, each service also gets what a monorepo holds beside it, for the
 * repository reading ({@code rustgo.infer}): its own directory with build files and a little
 * source in its language (tests beside it), and under {@code deploy/<system>/} a Kubernetes
 * manifest (a Deployment, a Service and a ConfigMap; an autoscaler for a third), or for one in ten a
 * Helm chart under {@code charts/}, or for another one in ten a Compose file in its directory; Go
 * services keep a Makefile, half the Python ones a requirements.txt, Node ones a Cypress suite. The descriptors say the same as without it; they sit one
 * directory deeper, and Backstage components point at theirs with
 * {@code backstage.io/source-location}.
 *
 * <p>The same arguments always write the same bytes. Run from the test classes:
 * {@code java -cp target/test-classes dev.rustgo.bench.PortfolioGenerator DIR N [--seed S]
 * [--plugin-version V] [--evidence]}.
 */
public final class PortfolioGenerator {

    /** The share of systems kept as Backstage catalogs rather than native descriptors. */
    static final double BACKSTAGE_SHARE = 0.4;

    private static final int SYSTEM_SIZE = 8;
    private static final String[] DOMAINS = {
        "orders",
        "payments",
        "search",
        "catalog",
        "identity",
        "billing",
        "shipping",
        "pricing",
        "ledger",
        "media",
        "messaging",
        "analytics",
        "risk",
        "fraud",
        "inventory",
        "profile"
    };
    private static final String[] PARTS = {
        "api",
        "gateway",
        "worker",
        "store",
        "indexer",
        "router",
        "matcher",
        "scheduler",
        "sync",
        "cache",
        "ingest",
        "export",
        "admin",
        "console",
        "stream",
        "proxy",
        "cli",
        "batch"
    };

    private final long seed;
    private final String pluginVersion;
    private final boolean evidence;

    public PortfolioGenerator(long seed, String pluginVersion) {
        this(seed, pluginVersion, false);
    }

    public PortfolioGenerator(long seed, String pluginVersion, boolean evidence) {
        this.seed = seed;
        this.pluginVersion = pluginVersion;
        this.evidence = evidence;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: PortfolioGenerator DIR SERVICES [--seed S] [--plugin-version V]");
            System.exit(2);
        }
        long seed = 42;
        String version = "0.1.0-SNAPSHOT";
        boolean evidence = false;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--plugin-version" -> version = args[++i];
                case "--evidence" -> evidence = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dir = Path.of(args[0]);
        Summary summary = new PortfolioGenerator(seed, version, evidence).write(dir, Integer.parseInt(args[1]));
        System.out.println(summary);
    }

    /** What was written. */
    public record Summary(Path directory, int services, int nativeFiles, int catalogFiles, long bytes, long edges) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%s: %d services in %d native files and %d catalog files, %.1f MiB," + " %d dependsOn edges",
                    directory,
                    services,
                    nativeFiles,
                    catalogFiles,
                    bytes / 1048576.0,
                    edges);
        }
    }

    /** One service, drawn before it is written in either envelope. */
    private record Drawn(
            int index,
            String name,
            String system,
            String role,
            String language,
            String owner,
            List<String> lines,
            List<String> dependsOn,
            boolean k8s) {}

    /** Writes the project: {@code pom.xml} and {@code services} services under {@code dir}. */
    public Summary write(Path dir, int services) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pom.xml"), pom(services), StandardCharsets.UTF_8);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = new ArrayList<>(services);
        for (int i = 0; i < services; i++) {
            names.add(name(i));
        }
        int hubs = Math.max(1, services / 50);
        int systems = (services + SYSTEM_SIZE - 1) / SYSTEM_SIZE;
        int nativeFiles = 0;
        int catalogFiles = 0;
        long bytes = 0;
        long edges = 0;
        for (int s = 0; s < systems; s++) {
            String system = system(s);
            boolean backstage = random.nextDouble() < BACKSTAGE_SHARE;
            List<Drawn> members = new ArrayList<>();
            for (int i = s * SYSTEM_SIZE; i < Math.min(services, (s + 1) * SYSTEM_SIZE); i++) {
                Drawn drawn = draw(random, i, names, system, s * SYSTEM_SIZE, hubs);
                edges += drawn.dependsOn().size();
                members.add(drawn);
            }
            if (backstage) {
                Path file = dir.resolve("catalog").resolve(system).resolve("catalog-info.yaml");
                bytes += write(file, catalog(system, members));
                catalogFiles++;
                if (evidence) {
                    for (Drawn drawn : members) {
                        bytes += repository(dir, file.getParent().resolve(drawn.name()), drawn, true);
                    }
                }
            } else {
                for (Drawn drawn : members) {
                    Path folder = dir.resolve("services").resolve(system);
                    Path file = (evidence ? folder.resolve(drawn.name()) : folder).resolve(drawn.name() + ".yaml");
                    bytes += write(file, nativeDescriptor(drawn));
                    nativeFiles++;
                    if (evidence) {
                        bytes += repository(dir, file.getParent(), drawn, false);
                    }
                }
            }
        }
        return new Summary(dir, services, nativeFiles, catalogFiles, bytes, edges);
    }

    /**
     * What the repository holds for one service: build files and source in its directory, and its
     * manifest or chart. Drawn from a generator of its own, so the descriptors are the same bytes
     * with or without it.
     */
    private long repository(Path dir, Path folder, Drawn d, boolean backstage) {
        SplittableRandom r = new SplittableRandom(seed * 31 + d.index());
        long bytes = 0;
        String body = source(r, 40 + r.nextInt(160));
        String test = source(r, 20 + r.nextInt(40));
        switch (d.language()) {
            case "go" -> {
                bytes += write(folder.resolve("go.mod"), "module example.com/" + d.name() + "\n\ngo 1.22\n");
                bytes += write(folder.resolve("main.go"), "package main\n\nfunc main() {\n" + body + "}\n");
                bytes += write(folder.resolve("main_test.go"), "package main\n\n" + test);
                // Many Go services keep a Makefile: a build file the reader must not take for C.
                bytes += write(folder.resolve("Makefile"), "build:\n\tgo build ./...\n");
            }
            case "rust" -> {
                bytes += write(folder.resolve("Cargo.toml"), "[package]\nname = \"" + d.name() + "\"\n");
                bytes += write(folder.resolve("src/main.rs"), "fn main() {\n" + body + "}\n");
                bytes += write(folder.resolve("tests/it.rs"), test);
            }
            case "java" -> {
                bytes += write(folder.resolve("pom.xml"), "<project/>\n");
                bytes += write(folder.resolve("src/main/java/App.java"), "class App {\n" + body + "}\n");
                bytes += write(folder.resolve("src/test/java/AppTest.java"), test);
            }
            case "kotlin" -> {
                bytes += write(folder.resolve("build.gradle.kts"), "plugins { kotlin(\"jvm\") }\n");
                bytes += write(folder.resolve("src/main/kotlin/App.kt"), "fun main() {\n" + body + "}\n");
            }
            case "python" -> {
                bytes += r.nextBoolean()
                        ? write(folder.resolve("pyproject.toml"), "[project]\nname = \"" + d.name() + "\"\n")
                        : write(folder.resolve("requirements.txt"), "grpcio==1.66.1\njinja2==3.1.4\n");
                bytes += write(folder.resolve("app.py"), "def main():\n" + body);
                bytes += write(folder.resolve("test_app.py"), test);
            }
            default -> {
                bytes += write(folder.resolve("package.json"), "{\"name\": \"" + d.name() + "\"}\n");
                bytes += write(folder.resolve("index.js"), "function main() {\n" + body + "}\n");
                bytes += write(folder.resolve("index.test.js"), test);
                bytes += write(folder.resolve("cypress/e2e/app.cy.js"), test);
            }
        }
        String replicas = figure(d, "resources.instances: ", String.valueOf(1 + r.nextInt(12)));
        String memory = figure(d, "resources.memoryBudgetMiB: ", String.valueOf(128 << r.nextInt(4))) + "Mi";
        int place = r.nextInt(100);
        if (place >= 90) {
            // One in ten runs from a Compose file in its own directory, in Docker's units.
            bytes += write(
                    folder.resolve("compose.yaml"),
                    "x-logging: &logging {driver: json-file}\nservices:\n  " + d.name() + ":\n    build: .\n"
                            + "    deploy:\n      replicas: " + replicas + "\n      resources:\n        limits:\n"
                            + "          memory: " + memory.replace("Mi", "M") + "\n    logging: *logging\n");
            return bytes;
        }
        if (place < 10) {
            Path chart = dir.resolve("charts").resolve(d.name());
            bytes += write(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: " + d.name() + "\nversion: 1.0.0\n");
            bytes += write(
                    chart.resolve("values.yaml"),
                    "replicaCount: " + replicas + "\nimage:\n  repository: registry.example.com/" + d.name()
                            + "\nautoscaling:\n  enabled: false\n  maxReplicas: 100\nresources:\n  limits:\n"
                            + "    memory: " + memory + "\n");
            bytes += write(
                    chart.resolve("templates/deployment.yaml"),
                    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n"
                            + "  replicas: {{ .Values.replicaCount }}\n");
            return bytes;
        }
        String label = backstage ? "backstage.io/kubernetes-id" : "app.kubernetes.io/name";
        StringBuilder m = new StringBuilder(1024);
        m.append("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ")
                .append(d.name())
                .append("\n  labels:\n    ")
                .append(label)
                .append(": ")
                .append(d.name())
                .append("\nspec:\n  replicas: ")
                .append(replicas)
                .append("\n  selector:\n    matchLabels: {app: ")
                .append(d.name())
                .append("}\n  template:\n    metadata:\n      labels: {app: ")
                .append(d.name())
                .append("}\n    spec:\n      affinity:\n        nodeAffinity:\n")
                .append("          requiredDuringSchedulingIgnoredDuringExecution:\n            nodeSelectorTerms:\n")
                .append("              - matchExpressions:\n                  - key: pool\n")
                .append("                    operator: In\n                    values: [general]\n")
                .append("      containers:\n        - name: ")
                .append(d.name())
                .append("\n          image: registry.example.com/")
                .append(d.name())
                .append(":1.0.0\n          envFrom: [{configMapRef: {name: ")
                .append(d.name())
                .append("}}]\n          resources:\n            requests: {cpu: 250m, memory: 128Mi}\n")
                .append("            limits: {memory: ")
                .append(memory)
                .append("}\n        - name: istio-proxy\n          image: istio/proxyv2:1.22.0\n")
                .append("          resources: {limits: {memory: 1Gi}}\n");
        m.append("---\napiVersion: v1\nkind: Service\nmetadata: {name: ")
                .append(d.name())
                .append("}\nspec:\n  selector: {app: ")
                .append(d.name())
                .append("}\n  ports: [{port: 80, targetPort: 8080}]\n");
        m.append("---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: ")
                .append(d.name())
                .append("}\ndata: {LOG_LEVEL: info}\n");
        if (r.nextInt(3) == 0) {
            m.append("---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: ")
                    .append(d.name())
                    .append("}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ")
                    .append(d.name())
                    .append("}\n  minReplicas: ")
                    .append(replicas)
                    .append("\n  maxReplicas: ")
                    .append(Integer.parseInt(replicas) + r.nextInt(4))
                    .append('\n');
        }
        bytes += write(dir.resolve("deploy").resolve(d.system()).resolve(d.name() + ".yaml"), m.toString());
        return bytes;
    }

    /** The descriptor's figure where it has one (the manifest agrees with it), else {@code drawn}. */
    private static String figure(Drawn d, String prefix, String drawn) {
        for (String line : d.lines()) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        return drawn;
    }

    /** Lines of plausible code, most of them non-blank. */
    private static String source(SplittableRandom r, int lines) {
        StringBuilder b = new StringBuilder(lines * 32);
        for (int i = 0; i < lines; i++) {
            if (r.nextInt(8) == 0) {
                b.append('\n');
            } else {
                b.append("    value")
                        .append(i)
                        .append(" = compute(")
                        .append(r.nextInt(1000))
                        .append(")\n");
            }
        }
        return b.toString();
    }

    private static long write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            byte[] data = text.getBytes(StandardCharsets.UTF_8);
            Files.write(file, data);
            return data.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(int index) {
        return DOMAINS[index % DOMAINS.length] + "-" + PARTS[(index / DOMAINS.length) % PARTS.length] + "-"
                + Integer.toString(index, 36);
    }

    private static String system(int index) {
        return "sys-" + DOMAINS[index % DOMAINS.length] + "-" + Integer.toString(index, 36);
    }

    /** The role mix of a typical portfolio: mostly APIs and workers, a little of everything else. */
    private static String role(SplittableRandom r) {
        int roll = r.nextInt(100);
        if (roll < 30) return "api";
        if (roll < 45) return "worker";
        if (roll < 52) return "control-plane";
        if (roll < 57) return "admin-api";
        if (roll < 62) return "orchestration";
        if (roll < 69) return "batch";
        if (roll < 74) return "tooling";
        if (roll < 80) return "storage";
        if (roll < 86) return "stream-processor";
        if (roll < 92) return "data-plane";
        if (roll < 96) return "proxy";
        return "edge";
    }

    private Drawn draw(SplittableRandom r, int index, List<String> names, String system, int systemStart, int hubs) {
        String role = role(r);
        boolean hot = role.equals("data-plane")
                || role.equals("proxy")
                || role.equals("edge")
                || role.equals("stream-processor");
        // Hot-path services with hard targets are the Rust candidates; most are in Rust already,
        // some stay in Go for now with a recorded decision.
        boolean demanding = hot && r.nextInt(100) < 45;
        String language = demanding ? (r.nextInt(100) < 60 ? "rust" : "go") : otherLanguage(r);
        List<String> lines = new ArrayList<>();
        // Lines are "path: value" pairs, written natively as nested YAML or as Backstage annotations.
        if (demanding) {
            lines.add("traffic.peakRps: " + (50_000 + r.nextInt(900_000)));
            lines.add("traffic.p99LatencyMs: " + (1 + r.nextInt(9)));
            lines.add("resources.memoryBudgetMiB: " + (64 << r.nextInt(3)));
            lines.add("resources.instances: " + (20 + r.nextInt(200)));
            lines.add("resources.monthlyCost: " + (5_000 + r.nextInt(60_000)));
            lines.add("criticality: " + (r.nextBoolean() ? "[realtime]" : "[financial, realtime]"));
            lines.add("deployment: " + (role.equals("edge") ? "[edge, wasm]" : "[kubernetes]"));
            lines.add("concurrency: hard");
            lines.add("team.rustExperience: " + (language.equals("rust") ? "strong" : "some"));
            lines.add("team.goExperience: strong");
            lines.add("history.latencyIncidents: " + r.nextInt(6));
        } else {
            if (r.nextInt(100) < 85) {
                lines.add("traffic.peakRps: " + (hot ? 2_000 + r.nextInt(40_000) : 5 + r.nextInt(5_000)));
                lines.add("traffic.p99LatencyMs: " + (hot ? 20 + r.nextInt(80) : 100 + 50 * r.nextInt(30)));
            }
            if (r.nextInt(100) < 60) {
                lines.add("resources.memoryBudgetMiB: " + (256 << r.nextInt(4)));
                lines.add("resources.instances: " + (1 + r.nextInt(12)));
                lines.add("resources.monthlyCost: " + (100 + r.nextInt(4_000)));
            }
            if (role.equals("tooling") && r.nextBoolean()) {
                lines.add("resources.startupBudgetMs: " + (100 + r.nextInt(400)));
                lines.add("deployment: [cli]");
            } else if (r.nextInt(100) < 70) {
                lines.add("deployment: [" + (r.nextInt(10) < 8 ? "kubernetes" : "vm") + "]");
            }
            if (r.nextInt(100) < 20) {
                lines.add("criticality: [" + (r.nextBoolean() ? "ingestion" : "security-boundary") + "]");
            }
            lines.add("concurrency: " + (r.nextInt(100) < 70 ? "simple" : "moderate"));
            lines.add("team.rustExperience: " + experience(r, 70, 25));
            lines.add("team.goExperience: " + experience(r, 5, 35));
            if (r.nextInt(100) < 25) {
                lines.add("delivery.firstMilestone: " + (r.nextBoolean() ? "mvp" : "evolve"));
                lines.add("delivery.deadline: 2027-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10));
            }
            if (r.nextInt(100) < 10) {
                lines.add("history.latencyIncidents: " + r.nextInt(3));
                lines.add("history.concurrencyIncidents: " + r.nextInt(2));
            }
        }
        lines.add("team.size: " + (3 + r.nextInt(9)));
        if (demanding && language.equals("go")) {
            lines.add("decision.language: go");
            lines.add(
                    "decision.record: docs/adr/" + String.format(Locale.ROOT, "%04d", index % 10_000) + "-language.md");
            lines.add("decision.decided: 2026-0" + (1 + r.nextInt(9)) + "-01");
            lines.add("decision.expires: 2028-0" + (1 + r.nextInt(9)) + "-01");
        }
        if (index < hubs) {
            lines.add("externalDependents: " + (1 + r.nextInt(20)));
        }
        return new Drawn(
                index,
                names.get(index),
                system,
                role,
                language,
                "team-" + system.substring(4),
                lines,
                dependsOn(r, index, names, systemStart, hubs),
                r.nextInt(100) < 10);
    }

    private static String otherLanguage(SplittableRandom r) {
        int roll = r.nextInt(100);
        if (roll < 82) return "go";
        if (roll < 88) return "java";
        if (roll < 93) return "python";
        if (roll < 96) return "node";
        if (roll < 98) return "kotlin";
        return "rust";
    }

    private static String experience(SplittableRandom r, int none, int some) {
        int roll = r.nextInt(100);
        return roll < none ? "none" : roll < none + some ? "some" : "strong";
    }

    private static List<String> dependsOn(
            SplittableRandom r, int index, List<String> names, int systemStart, int hubs) {
        List<String> targets = new ArrayList<>();
        int count = r.nextInt(5);
        for (int k = 0; k < count; k++) {
            int roll = r.nextInt(100);
            int target;
            if (roll < 55 && index > systemStart) {
                target = systemStart + r.nextInt(index - systemStart); // an earlier service of its system
            } else if (roll < 85) {
                target = r.nextInt(hubs); // a platform hub
            } else if (roll < 97 && index > 0) {
                target = r.nextInt(index); // anywhere before it
            } else {
                target = r.nextInt(names.size()); // anywhere: now and then a cycle
            }
            String name = names.get(target);
            if (target != index && !targets.contains(name)) {
                targets.add(name);
            }
        }
        return targets;
    }

    private static String nativeDescriptor(Drawn d) {
        StringBuilder b = new StringBuilder(1024);
        b.append("# ")
                .append(d.name())
                .append(": ")
                .append(d.role())
                .append(" of ")
                .append(d.system())
                .append('\n');
        b.append("apiVersion: rustgo.dev/v1\nkind: Service\nmetadata:\n  name: ")
                .append(d.name())
                .append('\n');
        b.append("  owner: ").append(d.owner()).append('\n');
        b.append("  description: The ")
                .append(d.role())
                .append(" of ")
                .append(d.system())
                .append('\n');
        b.append("spec:\n  language: ")
                .append(d.language())
                .append("\n  role: ")
                .append(d.role())
                .append('\n');
        b.append("  lifecycle: production\n");
        // "traffic.peakRps: 5" lines, grouped under their section in the order sections first appear.
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (String line : d.lines()) {
            int dot = line.indexOf('.');
            int colon = line.indexOf(':');
            if (dot > 0 && dot < colon) {
                sections.computeIfAbsent(line.substring(0, dot), k -> new ArrayList<>())
                        .add(line.substring(dot + 1));
            } else {
                sections.computeIfAbsent("", k -> new ArrayList<>()).add(line);
            }
        }
        sections.forEach((section, entries) -> {
            if (!section.isEmpty()) {
                b.append("  ").append(section).append(":\n");
            }
            String indent = section.isEmpty() ? "  " : "    ";
            entries.forEach(entry -> b.append(indent).append(entry).append('\n'));
        });
        if (!d.dependsOn().isEmpty()) {
            b.append("  dependsOn: [").append(String.join(", ", d.dependsOn())).append("]\n");
        }
        if (d.k8s()) {
            // A Kubernetes manifest kept beside the descriptor: passed over by the audit.
            b.append("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ")
                    .append(d.name())
                    .append('\n');
            b.append("spec:\n  selector:\n    app: ").append(d.name()).append("\n  ports:\n    - port: 8080\n");
        }
        return b.toString();
    }

    private String catalog(String system, List<Drawn> members) {
        StringBuilder b = new StringBuilder(1024 * members.size());
        b.append("apiVersion: backstage.io/v1alpha1\nkind: System\nmetadata:\n  name: ")
                .append(system)
                .append('\n');
        b.append("spec:\n  owner: team-").append(system.substring(4)).append('\n');
        b.append("---\napiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: ")
                .append(system)
                .append("-api\nspec:\n  type: openapi\n  lifecycle: production\n  owner: team-")
                .append(system.substring(4))
                .append("\n  system: ")
                .append(system)
                .append('\n')
                .append("  definition:\n    $text: ./openapi.yaml\n");
        b.append("---\napiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata:\n  name: ")
                .append(system)
                .append("-db\nspec:\n  type: database\n  owner: team-")
                .append(system.substring(4))
                .append("\n  system: ")
                .append(system)
                .append('\n');
        for (Drawn d : members) {
            b.append("---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ")
                    .append(d.name())
                    .append("\n  description: The ")
                    .append(d.role())
                    .append(" of ")
                    .append(system)
                    .append('\n');
            b.append("  tags: [").append(d.language()).append(", http]\n");
            b.append("  annotations:\n    github.com/project-slug: acme/")
                    .append(d.name())
                    .append('\n');
            if (evidence) {
                b.append("    backstage.io/source-location: dir:./")
                        .append(d.name())
                        .append('\n');
                b.append("    backstage.io/kubernetes-id: ").append(d.name()).append('\n');
            }
            b.append("    rustgo.dev/role: \"").append(d.role()).append("\"\n");
            for (String line : d.lines()) {
                int colon = line.indexOf(':');
                String key = line.substring(line.indexOf('.') + 1, colon);
                String value = line.substring(colon + 2);
                if (value.startsWith("[")) {
                    value = value.substring(1, value.length() - 1);
                }
                b.append("    rustgo.dev/")
                        .append(annotation(key))
                        .append(": \"")
                        .append(value)
                        .append("\"\n");
            }
            b.append("spec:\n  type: service\n  lifecycle: production\n  owner: ")
                    .append(d.owner())
                    .append("\n  system: ")
                    .append(system)
                    .append('\n');
            b.append("  providesApis: [").append(system).append("-api]\n");
            b.append("  dependsOn: [resource:default/").append(system).append("-db");
            for (String target : d.dependsOn()) {
                b.append(", component:").append(target);
            }
            b.append("]\n");
        }
        return b.toString();
    }

    /** {@code rustExperience} becomes {@code rust-experience}, as the Backstage annotations are spelt. */
    private static String annotation(String key) {
        if (key.equals("memoryBudgetMiB")) {
            return "memory-budget-mib";
        }
        if (key.equals("size")) {
            return "team-size";
        }
        String kebab = key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return switch (kebab) {
            case "language", "record", "decided", "expires" -> "decision-" + kebab;
            default -> kebab;
        };
    }

    private String pom(int services) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <!-- A synthetic portfolio of %d services, written by PortfolioGenerator (seed %d). -->
                  <groupId>dev.rustgo.bench</groupId>
                  <artifactId>portfolio-%d</artifactId>
                  <version>1.0.0</version>
                  <packaging>pom</packaging>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.rustgo</groupId>
                        <artifactId>rustgo-maven-plugin</artifactId>
                        <version>%s</version>
                        <configuration>
                          <!-- The benchmark measures the audit, not the gate: a synthetic portfolio has findings. -->
                          <failOn>never</failOn>
                          <referenceDate>2026-12-01</referenceDate>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(services, seed, services, pluginVersion);
    }
}
