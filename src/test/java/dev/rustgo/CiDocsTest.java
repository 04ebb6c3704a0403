package dev.rustgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The CI docs' workflows are real YAML, and every action they use is at its current major, as
 * {@code src/test/resources/ci/actions.txt} lists them (the one place to raise a major).
 */
class CiDocsTest {

    private static final Pattern YAML_BLOCK = Pattern.compile("(?m)^```ya?ml\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern USES = Pattern.compile("([^@\\s]+)@v(\\d+)(?:[.\\d]*)");

    /** The current majors, by action. */
    static Map<String, Integer> currentMajors() throws IOException {
        Map<String, Integer> majors = new TreeMap<>();
        try (InputStream in = CiDocsTest.class.getResourceAsStream("/ci/actions.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.trim().split("\\s+");
                majors.put(parts[0], Integer.parseInt(parts[1].substring(1)));
            }
        }
        return majors;
    }

    /** Every {@code uses:} value in a parsed workflow or snippet, wherever it is. */
    private static void uses(Object node, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("uses".equals(key) && value instanceof String s) {
                    found.add(s);
                } else {
                    uses(value, found);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> uses(item, found));
        }
    }

    /**
     * What is wrong with the actions a YAML text uses, a line each: not YAML at all, an action the list
     * does not know, or one older than its current major.
     */
    static List<String> problems(String where, String yaml, Map<String, Integer> majors, Set<String> seen) {
        List<String> problems = new ArrayList<>();
        List<String> found = new ArrayList<>();
        try {
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
                uses(document, found);
            }
        } catch (RuntimeException e) {
            problems.add(
                    where + ": not YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return problems;
        }
        for (String use : found) {
            if (use.startsWith("./") || use.startsWith("docker://")) {
                continue;
            }
            Matcher m = USES.matcher(use);
            if (!m.matches()) {
                problems.add(where + ": " + use + " names no major version (name@vN)");
                continue;
            }
            String action = m.group(1);
            int major = Integer.parseInt(m.group(2));
            Integer current = majors.get(action);
            seen.add(action);
            if (current == null) {
                problems.add(where + ": " + action + " is not in src/test/resources/ci/actions.txt; add it with its"
                        + " current major");
            } else if (major < current) {
                problems.add(where + ": " + use + " is older than the current major, v" + current);
            }
        }
        return problems;
    }

    @Test
    void everyWorkflowInTheDocsIsYamlAndUsesTheCurrentMajorOfEachAction() throws IOException {
        Map<String, Integer> majors = currentMajors();
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md"), Path.of("CONTRIBUTING.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        Path workflows = Path.of(".github/workflows");
        if (Files.isDirectory(workflows)) {
            try (Stream<Path> ws = Files.list(workflows)) {
                ws.sorted().forEach(files::add);
            }
        }
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        int snippets = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            if (file.toString().endsWith(".md")) {
                Matcher block = YAML_BLOCK.matcher(text);
                while (block.find()) {
                    int line = (int) text.substring(0, block.start()).lines().count() + 1;
                    problems.addAll(problems(file + ":" + line, block.group(1), majors, seen));
                    snippets++;
                }
            } else {
                problems.addAll(problems(file.toString(), text, majors, seen));
                snippets++;
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(snippets >= 6, "the docs' workflow snippets were found: " + snippets);
        // Every action of the list is in use: the list says what the docs use, no more.
        assertEquals(majors.keySet(), seen);
    }

    @Test
    void anOlderMajorAnUnknownActionAndBrokenYamlAreEachOneLine() throws IOException {
        Map<String, Integer> majors = currentMajors();
        String old = """
                steps:
                  - uses: actions/checkout@v4
                  - uses: github/codeql-action/upload-sarif@v3.28.1
                  - uses: actions/setup-java@v5
                  - uses: someone/else@v2
                  - uses: actions/upload-artifact@main
                """;
        assertEquals(
                List.of(
                        "docs/x.md:3: actions/checkout@v4 is older than the current major, v6",
                        "docs/x.md:3: github/codeql-action/upload-sarif@v3.28.1 is older than the current major, v4",
                        "docs/x.md:3: someone/else is not in src/test/resources/ci/actions.txt; add it with its current"
                                + " major",
                        "docs/x.md:3: actions/upload-artifact@main names no major version (name@vN)"),
                problems("docs/x.md:3", old, majors, new TreeSet<>()));
        assertEquals(
                List.of("docs/x.md:9: not YAML: while parsing a flow mapping"),
                problems("docs/x.md:9", "with: { a: b\n", majors, new TreeSet<>()));
    }
}
