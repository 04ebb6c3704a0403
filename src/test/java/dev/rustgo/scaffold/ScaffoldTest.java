package dev.rustgo.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.diagnostics.Problem;
import dev.rustgo.load.BackstageReader;
import dev.rustgo.load.EnvelopeReader;
import dev.rustgo.load.NativeReader;
import dev.rustgo.model.Field;
import dev.rustgo.model.Service;
import dev.rustgo.yaml.YamlNode;
import dev.rustgo.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A scaffolded descriptor loads as written, and again with every optional field uncommented. */
class ScaffoldTest {

    private static Service load(String text, Scaffold.Envelope envelope) {
        String file = envelope == Scaffold.Envelope.NATIVE ? "services/orders.yaml" : "orders/catalog-info.yaml";
        YamlReader.Result parsed = new YamlReader().read(text.getBytes(StandardCharsets.UTF_8), file);
        assertEquals(List.of(), parsed.problems(), text);
        List<Problem> problems = new ArrayList<>();
        EnvelopeReader reader = envelope == Scaffold.Envelope.NATIVE ? new NativeReader() : new BackstageReader();
        Service service = reader.read((YamlNode.Mapping) parsed.documents().get(0), file, problems);
        assertEquals(List.of(), problems, text);
        return service;
    }

    /** Uncomments every commented field line below the document's start. */
    private static String uncommented(String text) {
        StringBuilder b = new StringBuilder();
        boolean body = false;
        for (String line : text.split("\n", -1)) {
            body |= line.startsWith("apiVersion:");
            b.append(body ? line.replaceFirst("^(\\s*)# (\\s*\\S+:)", "$1$2") : line)
                    .append('\n');
        }
        return b.toString();
    }

    @ParameterizedTest
    @EnumSource(Scaffold.Envelope.class)
    void theScaffoldLoadsAsWrittenWithTheRequiredFields(Scaffold.Envelope envelope) {
        Service s = load(Scaffold.descriptor("orders", "rust", "worker", envelope), envelope);
        assertEquals("orders", s.name());
        assertEquals("rust", s.language().id());
        assertEquals("worker", s.role().id());
    }

    @ParameterizedTest
    @EnumSource(Scaffold.Envelope.class)
    void everyFieldIsInTheScaffoldAndLoadsOnceUncommented(Scaffold.Envelope envelope) {
        Service s = load(uncommented(Scaffold.descriptor("orders", "go", "api", envelope)), envelope);
        for (Field f : Field.values()) {
            if (envelope == Scaffold.Envelope.NATIVE || f.annotation() != null) {
                assertTrue(s.has(f), f.path() + " is not in the " + envelope + " scaffold");
            }
        }
    }

    @Test
    void badNamesLanguagesAndRolesAreRefusedWithTheProperty() {
        assertEquals(
                "rustgo.service must be 1-63 characters of a-z, 0-9 and '-', starting and ending with a letter"
                        + " or digit; found 'Orders'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Scaffold.descriptor("Orders", "go", "api", Scaffold.Envelope.NATIVE))
                        .getMessage());
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> Scaffold.descriptor("orders", "golang", "api", Scaffold.Envelope.NATIVE))
                .getMessage()
                .startsWith("rustgo.language must be one of go, rust,"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> Scaffold.descriptor("orders", "go", "dataplane", Scaffold.Envelope.NATIVE))
                .getMessage()
                .endsWith("did you mean 'data-plane'?"));
    }
}
