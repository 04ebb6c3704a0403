package dev.rustgo.bench;

import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.load.Discovery;
import dev.rustgo.policy.FailOn;
import dev.rustgo.report.Reports;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The engine against its floor, in one JVM: {@link #audit} is the whole engine as the goal runs it
 * (discovery, loading, scoring, the policy and {@code audit.json}), with the parallelism it has;
 * {@link #bareCompose} reads the same files with a bare SnakeYAML {@code compose}, single-threaded,
 * and does nothing else. Their ratio is the first target of docs/performance.md. Portfolios come
 * from {@link PortfolioGenerator} and are written once under {@code target/bench/}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class EngineBenchmark {

    @Param({"1000", "10000"})
    public int services;

    private Path project;
    private List<Path> files;
    private AuditRequest request;

    @Setup
    public void setUp() throws IOException {
        project = portfolio(services);
        files = Discovery.scan(project, project, List.of(), List.of()).files().stream()
                .map(Discovery.SourceFile::path)
                .toList();
        request = new AuditRequest(
                project,
                project,
                List.of(),
                List.of(),
                FailOn.NEVER,
                project.resolve("target/rustgo"),
                Set.of(),
                LocalDate.of(2026, 12, 1));
    }

    /** The portfolio of {@code services} services under {@code target/bench/}, written on first use. */
    static Path portfolio(int services) throws IOException {
        Path dir =
                Path.of(System.getProperty("rustgo.bench.dir", "target/bench")).resolve("portfolio-" + services);
        if (!Files.isRegularFile(dir.resolve("pom.xml"))) {
            new PortfolioGenerator(42, System.getProperty("rustgo.bench.pluginVersion", "0.1.0-SNAPSHOT"))
                    .write(dir, services);
        }
        return dir.toAbsolutePath();
    }

    @Benchmark
    public AuditResult audit() throws Exception {
        return Reports.write(new Auditor().audit(request), request);
    }

    @Benchmark
    public void bareCompose(Blackhole hole) throws IOException {
        Yaml yaml = new Yaml(new LoaderOptions());
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                for (Node node : yaml.composeAll(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    hole.consume(node);
                }
            }
        }
    }
}
