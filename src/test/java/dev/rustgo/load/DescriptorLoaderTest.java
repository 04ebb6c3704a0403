package dev.rustgo.load;

import static dev.rustgo.load.Descriptors.HEADER;
import static dev.rustgo.load.Descriptors.notices;
import static dev.rustgo.load.Descriptors.strings;
import static dev.rustgo.load.Descriptors.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rustgo.load.Discovery.SourceFile;
import dev.rustgo.model.Field;
import dev.rustgo.model.Position;
import dev.rustgo.model.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorLoaderTest {

    private static final String EMPTY =
            "matched the descriptor includes but holds no service; exclude it or add a" + " descriptor";

    @TempDir
    Path dir;

    private static String service(String name) {
        return HEADER + "metadata:\n  name: " + name + "\nspec:\n  language: go\n  role: api\n";
    }

    private static List<String> names(LoadResult result) {
        return result.services().stream().map(Service::name).toList();
    }

    private LoadResult load(SourceFile... files) {
        return DescriptorLoader.standard().load(Descriptors.BOUNDARY, List.of(files));
    }

    @Test
    void oneBadFileNeverHidesTheServicesOfTheOthers() {
        LoadResult result = load(
                write(dir, "a.rustgo.yaml", service("alpha")),
                write(dir, "services/broken.yaml", "metadata: [unclosed\n"),
                write(dir, "services/invalid.yaml", service("Bad_Name")),
                write(dir, "services/ledger.yaml", service("ledger") + "---\n" + service("ledger-replica")),
                write(dir, "services/nul.yaml", "a: \0\n"),
                write(dir, "services/zeta.yaml", service("zeta")));
        assertEquals(List.of("alpha", "ledger", "ledger-replica", "zeta"), names(result));
        assertEquals(
                List.of(
                        "services/broken.yaml:2:1: invalid YAML: expected ',' or ']', but got <stream end>"
                                + " (while parsing a flow sequence started at line 1, column 11)",
                        "services/invalid.yaml:4:9: metadata.name must be 1-63 characters of a-z, 0-9 and '-', starting and"
                                + " ending with a letter or digit; found 'Bad_Name'",
                        "services/nul.yaml:1:4: control character U+0000 is not allowed in a descriptor"),
                strings(result));
        assertEquals(
                List.of("services/broken.yaml", "services/invalid.yaml", "services/nul.yaml"), result.failedFiles());
        assertEquals(6, result.files());
        assertEquals(List.of(), result.notices(), "a file with problems is not also said to be empty");
    }

    @Test
    void aBadDocumentNeverHidesTheOtherDocumentsOfItsFile() {
        LoadResult result = load(write(
                dir,
                "services/three.yaml",
                service("first") + "---\n" + service("Second") + "---\n" + service("third")));
        assertEquals(List.of("first", "third"), names(result));
        assertEquals(
                List.of("services/three.yaml:12:9: metadata.name must be 1-63 characters of a-z, 0-9 and '-',"
                        + " starting and ending with a letter or digit; found 'Second'"),
                strings(result));
    }

    @Test
    void severalDocumentsGiveServicesInOrderEachAtItsOwnPlace() {
        LoadResult result = load(write(
                dir,
                "services/pair.yaml",
                "# two services\n---\n" + service("one") + "---\n" + service("two") + "---\n"));
        assertEquals(List.of("one", "two"), names(result));
        assertEquals(new Position(3, 1), result.services().get(0).position());
        assertEquals(new Position(11, 1), result.services().get(1).position());
        assertEquals(new Position(14, 9), result.services().get(1).position(Field.NAME));
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), result.notes(), "the empty document after the last '---' is nothing to mention");
    }

    @Test
    void anotherDocumentInARustgoYamlFileIsAnError() {
        LoadResult result = load(write(dir, "ledger.rustgo.yaml", service("ledger") + """
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: ledger
                """));
        assertEquals(List.of("ledger"), names(result));
        assertEquals(
                List.of("ledger.rustgo.yaml:9:1: document 2 is not a native descriptor (apiVersion: rustgo.dev/v1,"
                        + " kind: Service), and a *.rustgo.yaml file holds only those; found apiVersion apps/v1, kind"
                        + " Deployment"),
                strings(result));
    }

    @Test
    void aDocumentWithoutApiVersionInARustgoYmlFileIsAnError() {
        LoadResult result = load(write(dir, "x.rustgo.yml", "kind: Service\nmetadata:\n  name: x\n"));
        assertEquals(
                List.of("x.rustgo.yml:1:1: document 1 is not a native descriptor (apiVersion: rustgo.dev/v1,"
                        + " kind: Service), and a *.rustgo.yaml file holds only those; found apiVersion (none), kind"
                        + " Service"),
                strings(result));
    }

    @Test
    void aKubernetesManifestElsewhereIsPassedOverAndTheFileSaidToHoldNoService() {
        LoadResult result = DescriptorLoader.standard()
                .load(
                        Descriptors.BOUNDARY,
                        List.of(new SourceFile(
                                Descriptors.resource("descriptors/kubernetes-only.yaml"), "services/deployment.yaml")));
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), result.services());
        assertEquals(
                List.of("services/deployment.yaml: document 1 (apiVersion apps/v1, kind Deployment) is not a"
                        + " service descriptor; passed over"),
                result.notes());
        assertEquals(
                List.of("empty-descriptor-file services/deployment.yaml:1:1: " + EMPTY), notices(result.notices()));
        assertEquals(List.of(), result.failedFiles());
    }

    @Test
    void theDebugNoteOfAPassedOverDocumentIsOneLine() {
        // Found by the Backstage fuzz campaign: a document that is a quoted scalar over several lines was quoted as
        // it is in the -X note, which then ran over several log lines.
        LoadResult result = load(write(dir, "catalog-info.yaml", "---\n\"rustgo.dev/language\r\r\n  two\"\n"));
        assertEquals(
                List.of("catalog-info.yaml: document 1 ('rustgo.dev/language\\ntwo') is not a service"
                        + " descriptor; passed over"),
                result.notes());
    }

    @Test
    void aManifestBesideADescriptorIsPassedOverWithoutAWarning() {
        LoadResult result = DescriptorLoader.standard()
                .load(
                        Descriptors.BOUNDARY,
                        List.of(new SourceFile(
                                Descriptors.resource("descriptors/mixed.yaml"), "services/ledger.yaml")));
        assertEquals(List.of("ledger"), names(result));
        assertEquals(
                List.of("services/ledger.yaml: document 1 (apiVersion apps/v1, kind Deployment) is not a service"
                        + " descriptor; passed over"),
                result.notes());
        assertEquals(List.of(), result.notices());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void aScalarOrListDocumentElsewhereIsPassedOver() {
        LoadResult result = load(write(dir, "services/notes.yaml", "just words\n---\n- a\n- b\n"));
        assertEquals(
                List.of(
                        "services/notes.yaml: document 1 ('just words') is not a service descriptor; passed over",
                        "services/notes.yaml: document 2 (a list) is not a service descriptor; passed over"),
                result.notes());
        assertEquals(List.of("empty-descriptor-file services/notes.yaml:1:1: " + EMPTY), notices(result.notices()));
    }

    @Test
    void anEmptyFileHoldsNoService() {
        LoadResult result = load(write(dir, "services/empty.yaml", ""), write(dir, "catalog-info.yaml", "# soon\n"));
        // Results come in file-name order, whatever order the files were given in.
        assertEquals(
                List.of(
                        "empty-descriptor-file catalog-info.yaml:1:1: " + EMPTY,
                        "empty-descriptor-file services/empty.yaml:1:1: " + EMPTY),
                notices(result.notices()));
        assertEquals(List.of(), result.problems());
    }

    @Test
    void anUnsupportedVersionOfOurOwnApiIsAnErrorWherever() {
        String v2 = "apiVersion: rustgo.dev/v2\nkind: Service\nmetadata:\n  name: x\n";
        LoadResult result = load(write(dir, "services/x.yaml", v2), write(dir, "y.rustgo.yaml", v2));
        assertEquals(
                List.of(
                        "services/x.yaml:1:13: apiVersion 'rustgo.dev/v2' is not supported; this plugin reads rustgo.dev/v1",
                        "y.rustgo.yaml:1:13: apiVersion 'rustgo.dev/v2' is not supported; this plugin reads rustgo.dev/v1"),
                strings(result));
    }

    @Test
    void aMisspeltKindGetsTheRightOne() {
        LoadResult result = load(write(dir, "services/x.yaml", "apiVersion: rustgo.dev/v1\nkind: Servce\n"));
        assertEquals(
                List.of("services/x.yaml:2:7: kind 'Servce' is not a rustgo.dev/v1 kind; expected Service;"
                        + " did you mean 'Service'?"),
                strings(result));
    }

    @Test
    void aKindInTheWrongCaseGetsTheRightOne() {
        LoadResult result = load(write(dir, "services/x.yaml", "apiVersion: rustgo.dev/v1\nkind: service\n"));
        assertEquals(
                List.of("services/x.yaml:2:7: kind 'service' is not a rustgo.dev/v1 kind; expected Service;"
                        + " did you mean 'Service'?"),
                strings(result));
    }

    @Test
    void anotherToolsKindUnderOurApiGetsNoSuggestion() {
        LoadResult result = load(write(dir, "services/x.yaml", "apiVersion: rustgo.dev/v1\nkind: Component\n"));
        assertEquals(
                List.of("services/x.yaml:2:7: kind 'Component' is not a rustgo.dev/v1 kind; expected Service"),
                strings(result));
    }

    @Test
    void aMissingKindUnderOurApi() {
        LoadResult result = load(write(dir, "services/x.yaml", "# header\napiVersion: rustgo.dev/v1\nmetadata: {}\n"));
        assertEquals(
                List.of("services/x.yaml:2:1: missing kind; a rustgo.dev/v1 descriptor has kind: Service"),
                strings(result));
    }

    @Test
    void anEmptyKindIsAMissingKind() {
        LoadResult result = load(write(dir, "services/x.yaml", "apiVersion: rustgo.dev/v1\nkind:\n"));
        assertEquals(
                List.of("services/x.yaml:2:6: missing kind; a rustgo.dev/v1 descriptor has kind: Service"),
                strings(result));
    }

    @Test
    void anEmptyApiVersionIsNamedAsNone() {
        LoadResult result = load(write(dir, "a.rustgo.yaml", "apiVersion:\nkind: ~\n"));
        assertEquals(
                List.of(
                        "a.rustgo.yaml:1:1: document 1 is not a native descriptor (apiVersion: rustgo.dev/v1,"
                                + " kind: Service), and a *.rustgo.yaml file holds only those; found apiVersion (none), kind (none)"),
                strings(result));
    }

    @Test
    void aKubernetesServiceIsNotOurs() {
        LoadResult result = load(write(
                dir,
                "services/svc.yaml",
                "apiVersion: v1\nkind: Service\nmetadata:\n" + "  name: ledger\nspec:\n  ports: [{port: 80}]\n"));
        assertEquals(List.of(), result.problems());
        assertEquals(
                List.of("services/svc.yaml: document 1 (apiVersion v1, kind Service) is not a service descriptor;"
                        + " passed over"),
                result.notes());
    }

    @Test
    void aFileThatCannotBeReadIsAProblemOfThatFileOnly() {
        Path gone = dir.resolve("services/gone.yaml");
        LoadResult result =
                load(new SourceFile(gone, "services/gone.yaml"), write(dir, "services/here.yaml", service("here")));
        assertEquals(List.of("here"), names(result));
        assertEquals(List.of("services/gone.yaml:1:1: cannot be read: NoSuchFileException " + gone), strings(result));
        assertEquals(List.of("services/gone.yaml"), result.failedFiles());
    }

    @Test
    void nothingToLoad() {
        LoadResult result = load();
        assertEquals(0, result.files());
        assertEquals(List.of(), result.services());
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), result.notices());
    }

    @Test
    void problemsAreSortedByFileLineAndColumn() {
        LoadResult result = load(
                write(dir, "a.yaml", HEADER + "metadata:\n  name: x\n  bogus: 1\nspec:\n  role: api\n  language: []\n"),
                write(dir, "b.yaml", "apiVersion: rustgo.dev/v9\n"));
        assertEquals(
                List.of(
                        "a.yaml:5:3: unknown key 'bogus' in metadata",
                        "a.yaml:8:13: spec.language must be a single value; found a list",
                        "b.yaml:1:13: apiVersion 'rustgo.dev/v9' is not supported; this plugin reads rustgo.dev/v1"),
                strings(result));
    }

    @Test
    void loadingInParallelGivesTheSameResultEveryTime() {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = String.format("services/s%02d.yaml", i);
            String text = i % 3 == 0 ? service("s" + i).replace("language: go", "language: golang") : service("s" + i);
            files.add(write(dir, name, text));
        }
        LoadResult first = DescriptorLoader.standard().load(Descriptors.BOUNDARY, files);
        assertEquals(26, first.services().size());
        assertEquals(14, first.problems().size());
        for (int run = 0; run < 5; run++) {
            LoadResult again = DescriptorLoader.standard().load(Descriptors.BOUNDARY, files);
            assertEquals(names(first), names(again));
            assertEquals(first.problems(), again.problems());
            assertEquals(first.failedFiles(), again.failedFiles());
        }
    }
}
