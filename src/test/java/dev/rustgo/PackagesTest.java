package dev.rustgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package says its one job in a {@code package-info.java}, and the maps a newcomer reads
 * name every package: the README's Development table and CONTRIBUTING's list of the engine.
 */
class PackagesTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/rustgo");

    private static List<String> packages() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            return dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyPackageSaysItsJob() throws IOException {
        List<String> without = packages().stream()
                .filter(p -> !Files.isRegularFile(SOURCES.resolve(p).resolve("package-info.java")))
                .toList();
        assertEquals(List.of(), without, "packages without a package-info.java");
    }

    @Test
    void theReadmeDevelopmentTableNamesEveryPackage() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("## Development"));
        List<String> missing = packages().stream()
                .filter(p -> !table.contains("| `dev.rustgo." + p + "` |"))
                .toList();
        assertEquals(List.of(), missing, "packages the README's Development table leaves out");
    }

    @Test
    void contributingNamesEveryEnginePackage() throws IOException {
        String contributing = Files.readString(Path.of("CONTRIBUTING.md"));
        String section = contributing.substring(contributing.indexOf("## Where things go"));
        String where = section.substring(0, section.indexOf("imports nothing from Maven"));
        List<String> missing = packages().stream()
                .filter(p -> !p.equals("maven") && !where.contains("`" + p + "`"))
                .toList();
        assertEquals(List.of(), missing, "engine packages CONTRIBUTING's map leaves out");
    }
}
