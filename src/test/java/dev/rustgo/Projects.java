package dev.rustgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rustgo.audit.AuditRequest;
import dev.rustgo.policy.FailOn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Test helpers for a project a test makes on disk: its files, its native descriptors, the request
 * that audits it, and git run in it.
 */
public final class Projects {

    /** The day the tests' requests measure deadlines and expiry against. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 12, 1);

    private Projects() {}

    /** Writes {@code text} to {@code file} under {@code dir}, making the directories it needs. */
    public static void write(Path dir, String file, String text) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    /** Writes {@code services/NAME.yaml}, a native descriptor of {@code name} with {@code spec} as its spec. */
    public static void service(Path dir, String name, String spec) throws IOException {
        write(
                dir,
                "services/" + name + ".yaml",
                "apiVersion: rustgo.dev/v1\nkind: Service\nmetadata: {name: " + name + "}\nspec: " + spec + "\n");
    }

    /**
     * The request that audits {@code dir} as its own descriptor directory: the default includes, the
     * built-in policy, no report formats, failing on errors, on {@link #REFERENCE_DATE}.
     */
    public static AuditRequest request(Path dir) {
        return new AuditRequest(
                dir, dir, List.of(), List.of(), FailOn.ERROR, dir.resolve("target/rustgo"), Set.of(), REFERENCE_DATE);
    }

    /**
     * Runs git in {@code dir} as a fixed author and without signing (a later {@code -c} in {@code args}
     * overrides either), asserts that it succeeds, and returns what it printed.
     */
    public static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes());
        String err = new String(p.getErrorStream().readAllBytes());
        assertEquals(0, p.waitFor(), out + err);
        return out;
    }
}
