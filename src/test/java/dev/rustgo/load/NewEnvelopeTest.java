package dev.rustgo.load;

import static dev.rustgo.load.Descriptors.strings;
import static dev.rustgo.load.Descriptors.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rustgo.diagnostics.Problem;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Portfolio;
import dev.rustgo.model.Role;
import dev.rustgo.model.Service;
import dev.rustgo.yaml.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new envelope is one reader: the loader, the portfolio and the messages ask it for its quirks,
 * and nothing else learns its name.
 */
class NewEnvelopeTest {

    @TempDir
    Path dir;

    /** A made-up catalog: {@code example.com/v1 Widget} documents, each a service named by {@code id}. */
    static final class WidgetReader implements EnvelopeReader {

        @Override
        public boolean accepts(String apiVersion, String kind) {
            return "example.com/v1".equals(apiVersion) && "Widget".equals(kind);
        }

        @Override
        public boolean ownsGroup(String apiVersion) {
            return apiVersion.startsWith("example.com/");
        }

        @Override
        public boolean setAside(YamlNode.Mapping document, String apiVersion, String kind, Aside into) {
            if (!"Shelf".equals(kind)) {
                return false;
            }
            into.catalog();
            return true;
        }

        @Override
        public Problem unsupported(YamlNode.Mapping document, String file, String apiVersion, String kind) {
            return ownsGroup(apiVersion) && "Gadget".equals(kind)
                    ? new Problem(file, document.position(), "a Gadget is not a Widget")
                    : null;
        }

        @Override
        public Service read(YamlNode.Mapping document, String file, List<Problem> problems) {
            String id = ((YamlNode.Scalar) document.get("id")).text();
            return Service.builder(file, document.position())
                    .dialect(this)
                    .put(Field.NAME, id, document.position())
                    .put(Field.LANGUAGE, Language.GO, document.position())
                    .put(Field.ROLE, Role.API, document.position())
                    .put(Field.DEPENDS_ON, List.of("elsewhere"), document.position())
                    .build();
        }

        @Override
        public String written(Field field) {
            return "widget." + field.key();
        }

        @Override
        public String missing(Field field) {
            return "no widget." + field.key();
        }

        @Override
        public boolean externalReferences() {
            return true;
        }
    }

    private LoadResult load(Discovery.SourceFile... files) {
        List<EnvelopeReader> readers = new ArrayList<>(List.of(new NativeReader(), new BackstageReader()));
        readers.add(new WidgetReader());
        return new DescriptorLoader(readers).load(Descriptors.BOUNDARY, List.of(files));
    }

    @Test
    void itsDocumentsAreReadSetAsideOrRefusedByItsReader() {
        LoadResult result = load(
                write(dir, "catalog/widgets.yaml", "apiVersion: example.com/v1\nkind: Widget\nid: cog\n"),
                write(dir, "catalog/shelf.yaml", "apiVersion: example.com/v1\nkind: Shelf\n"),
                write(dir, "catalog/gadget.yaml", "apiVersion: example.com/v2\nkind: Gadget\n"));
        assertEquals(
                List.of("cog"), result.services().stream().map(Service::name).toList());
        assertEquals(List.of("catalog/gadget.yaml:1:1: a Gadget is not a Widget"), strings(result));
        assertEquals(List.of(), result.notices(), "a file of its group alone is no empty descriptor file");
    }

    @Test
    void itsServicesSpeakItsDialect() {
        Service cog = load(write(dir, "catalog/widgets.yaml", "apiVersion: example.com/v1\nkind: Widget\nid: cog\n"))
                .services()
                .get(0);
        assertEquals("widget.language", cog.dialect().written(Field.LANGUAGE));
        assertEquals("no widget.language", cog.dialect().missing(Field.LANGUAGE));
        Portfolio portfolio = Portfolio.of(List.of(cog));
        assertEquals(List.of("elsewhere"), portfolio.externalComponents(cog));
        assertEquals(List.of(), portfolio.dangling());
    }
}
