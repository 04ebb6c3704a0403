package dev.rustgo.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dev.rustgo.audit.AuditException;
import dev.rustgo.audit.AuditRequest;
import dev.rustgo.audit.AuditResult;
import dev.rustgo.audit.Auditor;
import dev.rustgo.policy.FailOn;
import dev.rustgo.report.Reports;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the engine linear without timing anything: the memory it allocates per service, counted
 * on one thread, must not grow with the portfolio, as it would with any quadratic step (a list
 * copied per service, a string per pair of services, a scan of the portfolio per edge). Also the
 * reports of a generated portfolio, with Backstage catalogs, dependency chains and cycles, are the
 * same bytes whatever the thread count. The timed figures are in docs/performance.md.
 */
class ScalingTest {

    private static final int SMALL = 250;
    private static final int LARGE = 4_000;

    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() throws Exception {
        PortfolioGenerator generator = new PortfolioGenerator(42, "0");
        generator.write(dir.resolve("small"), SMALL);
        generator.write(dir.resolve("large"), LARGE);
    }

    private static AuditRequest request(Path base, Path out) {
        return new AuditRequest(
                base,
                base,
                List.of(),
                List.of(),
                FailOn.NEVER,
                out,
                Set.of("sarif", "junit", "markdown", "html"),
                LocalDate.of(2026, 12, 1));
    }

    /** Bytes allocated by one whole audit, all reports written, on a single thread. */
    private static long allocated(Path base, Path out) throws Exception {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        ForkJoinPool pool = new ForkJoinPool(1);
        try {
            return pool.submit(() -> {
                        long id = Thread.currentThread().getId();
                        long before = threads.getThreadAllocatedBytes(id);
                        run(request(base, out));
                        return threads.getThreadAllocatedBytes(id) - before;
                    })
                    .get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theMemoryAllocatedPerServiceDoesNotGrowWithThePortfolio() throws Exception {
        allocated(dir.resolve("small"), dir.resolve("out/warm"));
        double small = (double) allocated(dir.resolve("small"), dir.resolve("out/small")) / SMALL;
        double large = (double) allocated(dir.resolve("large"), dir.resolve("out/large")) / LARGE;
        // Linear work allocates the same per service at any size (about 95 KB, reports included; a
        // little less at the larger size, where fixed costs are spread thinner). A quadratic step
        // allocates sixteen times as much per service here, at sixteen times the services: copying
        // the list of the portfolio's services once per service (16 KB each at 4,000) fails this.
        assertTrue(
                large <= small * 1.1,
                String.format(
                        Locale.ROOT, "%.0f bytes per service at %d services, %.0f at %d", small, SMALL, large, LARGE));
    }

    @Test
    void everyReportIsTheSameBytesWhateverTheThreadCount() throws Exception {
        Path base = dir.resolve("large");
        run(new ForkJoinPool(1), base, dir.resolve("threads/1"));
        run(new ForkJoinPool(4), base, dir.resolve("threads/4"));
        for (String report : List.of("audit.json", "audit.sarif", "TEST-rustgo.xml", "audit.md", "audit.html")) {
            assertArrayEquals(
                    Files.readAllBytes(dir.resolve("threads/1").resolve(report)),
                    Files.readAllBytes(dir.resolve("threads/4").resolve(report)),
                    report);
        }
    }

    private static void run(ForkJoinPool pool, Path base, Path out) throws Exception {
        try {
            pool.submit(() -> run(request(base, out))).get();
        } finally {
            pool.shutdown();
        }
    }

    /** What the audit goal does: audit, then write the reports. */
    private static AuditResult run(AuditRequest request) throws AuditException {
        return Reports.write(new Auditor().audit(request), request);
    }
}
