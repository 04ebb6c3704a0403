package dev.rustgo.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/**
 * The one layout of every JSON file the plugin writes (audit.json, SARIF, the baseline): two-space
 * indents, {@code \n} line ends, {@code "key": value}, so the same content is the same bytes on
 * every machine.
 */
public final class JsonLayout {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonLayout() {}

    /** A generator with the layout; closing it does not close {@code out}. */
    public static JsonGenerator generator(Writer out) throws IOException {
        return generator(out, "");
    }

    /** The same layout, every line after the first indented by {@code margin}. */
    public static JsonGenerator generator(Writer out, String margin) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n" + margin);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        JsonGenerator json = FACTORY.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(printer);
        return json;
    }
}
