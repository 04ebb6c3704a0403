package dev.rustgo.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.diagnostics.Problem;
import dev.rustgo.load.BackstageReader;
import dev.rustgo.load.EnvelopeReader;
import dev.rustgo.load.NativeReader;
import dev.rustgo.model.Envelope;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Position;
import dev.rustgo.model.Provenance;
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

    private static Service load(String text, Envelope envelope) {
        String file = envelope == Envelope.NATIVE ? "services/orders.yaml" : "orders/catalog-info.yaml";
        return load(text, file, envelope);
    }

    private static Service load(String text, String file, Envelope envelope) {
        YamlReader.Result parsed = new YamlReader().read(text.getBytes(StandardCharsets.UTF_8), file);
        assertEquals(List.of(), parsed.problems(), text);
        List<Problem> problems = new ArrayList<>();
        EnvelopeReader reader = envelope == Envelope.NATIVE ? new NativeReader() : new BackstageReader();
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
    @EnumSource(Envelope.class)
    void theScaffoldLoadsAsWrittenWithTheRequiredFields(Envelope envelope) {
        Service s = load(Scaffold.descriptor("orders", "rust", "worker", envelope), envelope);
        assertEquals("orders", s.name());
        assertEquals("rust", s.language().id());
        assertEquals("worker", s.role().id());
    }

    @ParameterizedTest
    @EnumSource(Envelope.class)
    void everyFieldIsInTheScaffoldAndLoadsOnceUncommented(Envelope envelope) {
        Service s = load(uncommented(Scaffold.descriptor("orders", "go", "api", envelope)), envelope);
        for (Field f : Field.values()) {
            if (envelope == Envelope.NATIVE || f.annotation() != null) {
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
                                () -> Scaffold.descriptor("Orders", "go", "api", Envelope.NATIVE))
                        .getMessage());
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> Scaffold.descriptor("orders", "golang", "api", Envelope.NATIVE))
                .getMessage()
                .startsWith("rustgo.language must be one of go, rust,"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> Scaffold.descriptor("orders", "go", "dataplane", Envelope.NATIVE))
                .getMessage()
                .endsWith("did you mean 'data-plane'?"));
    }

    // ---- from the repository

    private static final Provenance CSPROJ = new Provenance(
            "src/cartservice/src/cartservice.csproj", Position.START, "the build file cartservice.csproj");
    private static final Provenance LIMIT = new Provenance(
            "kubernetes-manifests/cartservice.yaml",
            new Position(28, 23),
            "Deployment cartservice container server memory limit 128Mi");
    private static final Provenance LINES = new Provenance(
            "src/cartservice/src/cartservice.csproj",
            Position.START,
            "8 lines of dotnet in 1 file, without tests, vendored or generated code");
    private static final List<String> SHOWN_BY = List.of(
            "Deployment cartservice (kubernetes-manifests/cartservice.yaml:1:1)",
            "the build file cartservice.csproj (src/cartservice/src/cartservice.csproj)");

    /** cartservice as the repository shows it: its language, memory limit and lines inferred. */
    private static Service cartservice() {
        return Service.builder("src/cartservice/cartservice.rustgo.yaml", Position.START)
                .undescribed()
                .put(Field.NAME, "cartservice", Position.START)
                .build()
                .inferred(Field.LANGUAGE, Language.DOTNET, CSPROJ)
                .inferred(Field.MEMORY_BUDGET_MIB, 128L, LIMIT)
                .inferred(Field.CODE_LINES, 8L, LINES);
    }

    private static Service shownWithoutLanguage() {
        return Service.builder("services/redis-cart.rustgo.yaml", Position.START)
                .undescribed()
                .put(Field.NAME, "redis-cart", Position.START)
                .build()
                .inferred(Field.MEMORY_BUDGET_MIB, 256L, LIMIT);
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }

    @Test
    void anInferredValueIsACommentedSuggestionThatNamesItsPlace() {
        List<String> lines = lines(Scaffold.fromRepository(cartservice(), SHOWN_BY, true, Envelope.NATIVE));
        assertTrue(
                lines.contains("  # language: dotnet              # from src/cartservice/src/cartservice.csproj:1:1"
                        + " (the build file cartservice.csproj); the audit reads it from there, write it only to"
                        + " override"),
                String.join("\n", lines));
        assertTrue(lines.contains("  #   memoryBudgetMiB: 128        # from kubernetes-manifests/cartservice.yaml:28:23"
                + " (Deployment cartservice container server memory limit 128Mi); the audit reads it from there, write"
                + " it only to override"));
        assertTrue(lines.contains("  # codeLines: 8                  # from src/cartservice/src/cartservice.csproj:1:1"
                + " (8 lines of dotnet in 1 file, without tests, vendored or generated code); the audit reads it from"
                + " there, write it only to override"));
        // The required role, a default to confirm; a field only a person knows, a prompt with its unit.
        assertTrue(lines.contains("  role: api                       # the guides' \"general backend\" default:"
                + " confirm it, or pick one of data-plane | control-plane | admin-api | orchestration | api | worker"
                + " | stream-processor | proxy | edge | storage | batch | tooling"));
        assertTrue(lines.contains(
                "  #   peakRps: 5000               # whole number >= 0: peak requests (or events) per second"));
        assertTrue(lines.contains("  #   instances: 4                # whole number >= 0: instances at peak"));
        // The header names what shows the service, and says why its values stay comments.
        assertEquals(
                List.of(
                        "# Service descriptor for the rustgo audit (the native envelope, rustgo.dev/v1), started by",
                        "# mvn rustgo:scaffold -Drustgo.from=repository from what the repository shows of"
                                + " cartservice:",
                        "#   Deployment cartservice (kubernetes-manifests/cartservice.yaml:1:1)",
                        "#   the build file cartservice.csproj (src/cartservice/src/cartservice.csproj)"),
                lines.subList(0, 4));
        assertTrue(String.join("\n", lines)
                .contains("the audit reads it from there on every run, so the repository" + " stays its one source"));
    }

    @Test
    void withItsLanguageCommentedTheDescriptorLoadsAndUncommentedItLoadsEveryValue() {
        String text = Scaffold.fromRepository(cartservice(), SHOWN_BY, true, Envelope.NATIVE);
        Service asWritten = load(text, "src/cartservice/cartservice.rustgo.yaml", Envelope.NATIVE);
        assertEquals("api", asWritten.role().id());
        assertEquals(null, asWritten.language(), "the audit takes it from the build files");
        assertEquals(null, asWritten.memoryBudgetMiB());
        Service uncommented = load(uncommented(text), "src/cartservice/cartservice.rustgo.yaml", Envelope.NATIVE);
        assertEquals(Language.DOTNET, uncommented.language());
        assertEquals(128L, uncommented.memoryBudgetMiB());
        assertEquals(8L, uncommented.codeLines());
        for (Field f : Field.values()) {
            assertTrue(uncommented.has(f), f.path() + " is not in the scaffold");
        }
    }

    @Test
    void aLanguageNothingGivesIsUndecidedAndPrompted() {
        String text = Scaffold.fromRepository(shownWithoutLanguage(), List.of(), true, Envelope.NATIVE);
        assertTrue(
                lines(text)
                        .contains("  language: undecided             # nothing in the repository names it: write the"
                                + " language it is in, or will be; go | rust | java | kotlin | python | node | dotnet"
                                + " | cpp | c | other | undecided"),
                text);
        assertTrue(text.contains("# Nothing in the repository says what it is built from: if it is not a service of"
                + " yours\n# (a database, a third-party image), delete this file.\n"));
        assertEquals(Language.UNDECIDED, load(text, Envelope.NATIVE).language());
    }

    @Test
    void outsideItsOwnFolderALanguageFromTheBuildFilesIsWrittenIn() {
        String text = Scaffold.fromRepository(cartservice(), SHOWN_BY, false, Envelope.NATIVE);
        assertTrue(
                lines(text)
                        .contains("  language: dotnet                # from src/cartservice/src/cartservice.csproj:1:1"
                                + " (the build file cartservice.csproj); written in, as the audit reads build files"
                                + " only beside a descriptor alone in its folder"),
                text);
        assertTrue(lines(text)
                .contains("  # codeLines: 8                  # from src/cartservice/src/cartservice.csproj:1:1 (8 lines"
                        + " of dotnet in 1 file, without tests, vendored or generated code); the audit reads build"
                        + " files only beside a descriptor alone in its folder: uncomment it to use it"));
        assertEquals(Language.DOTNET, load(text, Envelope.NATIVE).language());
    }

    @Test
    void theBackstageEntityCarriesTheSameSuggestionsAsAnnotationsAndLeavesItsOwnerToFill() {
        String text = Scaffold.fromRepository(cartservice(), SHOWN_BY, true, Envelope.BACKSTAGE);
        List<String> lines = lines(text);
        assertTrue(
                lines.contains("    # rustgo.dev/language: \"dotnet\"           # from"
                        + " src/cartservice/src/cartservice.csproj:1:1 (the build file cartservice.csproj); the audit"
                        + " reads it from there, write it only to override"),
                text);
        assertTrue(lines.contains("    # rustgo.dev/memory-budget-mib: \"128\"     # from"
                + " kubernetes-manifests/cartservice.yaml:28:23 (Deployment cartservice container server memory limit"
                + " 128Mi); the audit reads it from there, write it only to override"));
        assertTrue(lines.contains("    rustgo.dev/role: \"api\"                    # the guides' \"general backend\""
                + " default: confirm it, or pick one of data-plane | control-plane | admin-api | orchestration | api"
                + " | worker | stream-processor | proxy | edge | storage | batch | tooling"));
        assertTrue(lines.contains("  # owner: my-team                # Backstage requires it: the owning group"));
        Service s = load(text, "src/cartservice/catalog-info.yaml", Envelope.BACKSTAGE);
        assertTrue(s.described());
        assertEquals(null, s.owner(), "no owner is made up");
        Service uncommented = load(uncommented(text), "src/cartservice/catalog-info.yaml", Envelope.BACKSTAGE);
        assertEquals(Language.DOTNET, uncommented.language());
        assertEquals("my-team", uncommented.owner());
    }

    @Test
    void theAnnotationsToAddAreTheRoleAndTheInferredValuesWithTheirPlaces() {
        assertEquals(
                List.of(
                        "    rustgo.dev/role: \"api\"                    # required; the guides' \"general backend\""
                                + " default: confirm it, or pick one of data-plane | control-plane | admin-api |"
                                + " orchestration | api | worker | stream-processor | proxy | edge | storage | batch |"
                                + " tooling",
                        "    # rustgo.dev/language: \"dotnet\"           # from"
                                + " src/cartservice/src/cartservice.csproj:1:1 (the build file cartservice.csproj); the"
                                + " audit reads it from there, write it only to override",
                        "    # rustgo.dev/memory-budget-mib: \"128\"     # from"
                                + " kubernetes-manifests/cartservice.yaml:28:23 (Deployment cartservice container server"
                                + " memory limit 128Mi); the audit reads it from there, write it only to override",
                        "    # rustgo.dev/code-lines: \"8\"              # from"
                                + " src/cartservice/src/cartservice.csproj:1:1 (8 lines of dotnet in 1 file, without"
                                + " tests, vendored or generated code); the audit reads it from there, write it only to"
                                + " override"),
                Scaffold.annotationsToAdd(cartservice(), null, null));
        // A Component whose language the audit finds nowhere beside it: the language is required.
        assertEquals(
                "    rustgo.dev/language: \"dotnet\"             # required: the audit reads no build file beside"
                        + " it, and src/cartservice/src/cartservice.csproj:1:1 (the build file cartservice.csproj)"
                        + " names dotnet",
                Scaffold.annotationsToAdd(null, Language.DOTNET, CSPROJ).get(1));
        assertTrue(Scaffold.annotationsToAdd(null, null, null)
                .get(1)
                .startsWith("    rustgo.dev/language: \"\"                   # required, and nothing the audit reads"
                        + " beside it names it: one of go | rust"));
    }
}
