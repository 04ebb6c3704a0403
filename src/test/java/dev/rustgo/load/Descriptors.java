package dev.rustgo.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.model.Service;
import dev.rustgo.yaml.YamlNode;
import dev.rustgo.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Test helpers: parse YAML text, read it as a native descriptor, load files as the plugin does. */
public final class Descriptors {

    /** The project boundary for loads in these tests; it only matters to Backstage Locations. */
    static final Path BOUNDARY = Path.of("").toAbsolutePath();

    /** The name problems carry when a test reads text rather than a file. */
    public static final String FILE = "services/svc.yaml";

    /** The envelope lines every native descriptor starts with (lines 1 and 2). */
    static final String HEADER = "apiVersion: rustgo.dev/v1\nkind: Service\n";

    private Descriptors() {}

    public static YamlReader.Result parse(String yaml) {
        return new YamlReader().read(yaml.getBytes(StandardCharsets.UTF_8), FILE);
    }

    /** The one document of {@code yaml}, which must parse without problems. */
    static YamlNode.Mapping document(String yaml) {
        YamlReader.Result result = parse(yaml);
        assertEquals(List.of(), strings(result.problems()), "the YAML itself should be fine");
        assertEquals(1, result.documents().size());
        return assertInstanceOf(YamlNode.Mapping.class, result.documents().get(0));
    }

    /** What {@link NativeReader} makes of the one document of {@code yaml}. */
    static Read readNative(String yaml) {
        List<Problem> problems = new ArrayList<>();
        var service = new NativeReader().read(document(yaml), FILE, problems);
        return new Read(service, sorted(problems));
    }

    record Read(Service service, List<String> problems) {}

    /** Problems as users see them, {@code file:line:column: message}, in report order. */
    static List<String> sorted(List<Problem> problems) {
        return problems.stream().sorted().map(Problem::toString).toList();
    }

    public static List<String> strings(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    static List<String> strings(LoadResult result) {
        return strings(result.problems());
    }

    static List<String> notices(List<Notice> notices) {
        return notices.stream()
                .map(n -> n.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + n.where())
                .toList();
    }

    /** Writes {@code text} to {@code dir/name} and returns it as a source file named {@code name}. */
    static Discovery.SourceFile write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Discovery.SourceFile write(Path dir, String name, byte[] bytes) {
        try {
            Path path = dir.resolve(name);
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
            return new Discovery.SourceFile(path, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads one file of {@code text} named {@code name}, as the plugin would. */
    static LoadResult load(Path dir, String name, String text) {
        return DescriptorLoader.standard().load(Descriptors.BOUNDARY, List.of(write(dir, name, text)));
    }

    /** A file of the test class path, e.g. {@code hostile/alias-bomb.yaml}. */
    static Path resource(String name) {
        URL url = Descriptors.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads a test resource, named in problems as it is named on the class path. */
    static LoadResult loadResource(String name) {
        return DescriptorLoader.standard()
                .load(Descriptors.BOUNDARY, List.of(new Discovery.SourceFile(resource(name), name)));
    }
}
