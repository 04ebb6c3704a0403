package dev.rustgo.yaml;

import static dev.rustgo.load.Descriptors.parse;
import static dev.rustgo.load.Descriptors.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.diagnostics.Problem;
import dev.rustgo.load.Descriptors;
import dev.rustgo.model.Position;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The YAML layer on ordinary input: the node tree, its positions, and the problems it reports. */
class YamlReaderTest {

    private static final String F = Descriptors.FILE + ":";

    private static YamlNode.Mapping only(YamlReader.Result result) {
        assertEquals(List.of(), strings(result.problems()));
        assertEquals(1, result.documents().size());
        return assertInstanceOf(YamlNode.Mapping.class, result.documents().get(0));
    }

    private static YamlNode.Scalar scalar(YamlNode node) {
        return assertInstanceOf(YamlNode.Scalar.class, node);
    }

    @Test
    void mappingsListsAndScalarsKeepTheirPlaces() {
        YamlNode.Mapping root = only(parse("""
                spec:
                  language: go
                  deployment: [kubernetes, vm]
                  dependsOn:
                    - ledger
                """));
        assertEquals(new Position(1, 1), root.position());
        YamlNode.Mapping spec = assertInstanceOf(YamlNode.Mapping.class, root.get("spec"));
        assertEquals(new Position(2, 3), spec.position());
        YamlNode.Entry language = spec.entry("language");
        assertEquals(new Position(2, 3), language.key().position());
        assertEquals(new Position(2, 13), language.value().position());
        YamlNode.Sequence flow = assertInstanceOf(YamlNode.Sequence.class, spec.get("deployment"));
        assertEquals(new Position(3, 15), flow.position());
        assertEquals(new Position(3, 28), flow.items().get(1).position());
        YamlNode.Sequence block = assertInstanceOf(YamlNode.Sequence.class, spec.get("dependsOn"));
        assertEquals(new Position(5, 5), block.position());
        assertEquals("ledger", scalar(block.items().get(0)).text());
        assertEquals(new Position(5, 7), block.items().get(0).position());
        assertNull(spec.get("role"));
        assertNull(spec.entry("role"));
    }

    @Test
    void entriesKeepTheirWrittenOrder() {
        YamlNode.Mapping root = only(parse("z: 1\na: 2\nm: 3\n"));
        assertEquals(
                List.of("z", "a", "m"),
                root.entries().stream().map(e -> e.key().text()).toList());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "no",
                "yes",
                "on",
                "off",
                "true",
                "False",
                "0755",
                "0x1F",
                "1_000",
                "1e3",
                ".inf",
                ".NaN",
                "2027-03-01",
                "2027-03-01T10:00:00Z",
                "12:30:00",
                "=",
                "<<x"
            })
    void aPlainScalarIsTheTextAsWritten(String text) {
        YamlNode.Scalar value = scalar(only(parse("a: " + text + "\n")).get("a"));
        assertEquals(text, value.text());
        assertTrue(value.plain());
        assertFalse(value.isNull());
        assertEquals("'" + text + "'", value.describe());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a:", "a: ~", "a: null", "a: Null", "a: NULL"})
    void plainEmptyTildeAndNullAreNoValue(String yaml) {
        YamlNode.Scalar value = scalar(only(parse(yaml + "\n")).get("a"));
        assertTrue(value.isNull());
        assertEquals("no value", value.describe());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: '~'", "a: \"null\"", "a: ''", "a: nil", "a: none", "a: nULL"})
    void quotedOrOtherSpellingsAreValues(String yaml) {
        assertFalse(scalar(only(parse(yaml + "\n")).get("a")).isNull());
    }

    @Test
    void quotedScalarsAreNotPlainAndKeepTheirText() {
        YamlNode.Mapping root = only(parse("a: \"no\"\nb: 'it''s'\nc: \"tab\\there\"\n"));
        assertFalse(scalar(root.get("a")).plain());
        assertEquals("no", scalar(root.get("a")).text());
        assertEquals("it's", scalar(root.get("b")).text());
        assertEquals("tab\there", scalar(root.get("c")).text());
    }

    @Test
    void blockScalarsAreText() {
        YamlNode.Mapping root = only(parse("a: |\n  one\n  two\nb: >-\n  one\n  two\n"));
        assertEquals("one\ntwo\n", scalar(root.get("a")).text());
        assertEquals("one two", scalar(root.get("b")).text());
    }

    @Test
    void documentsAreReadInOrderWithTheirOwnPlaces() {
        YamlReader.Result result = parse("a: 1\n---\nb: 2\n--- \n- x\n...\n---\nlast\n");
        assertEquals(List.of(), result.problems());
        assertEquals(4, result.documents().size());
        assertEquals(new Position(1, 1), result.documents().get(0).position());
        assertEquals(new Position(3, 1), result.documents().get(1).position());
        assertInstanceOf(YamlNode.Sequence.class, result.documents().get(2));
        assertEquals(new Position(5, 1), result.documents().get(2).position());
        assertEquals("last", scalar(result.documents().get(3)).text());
    }

    @Test
    void aTrailingSeparatorGivesAnEmptyDocument() {
        YamlReader.Result result = parse("a: 1\n---\n");
        assertEquals(2, result.documents().size());
        assertTrue(scalar(result.documents().get(1)).isNull());
    }

    @Test
    void anEmptyFileAndAFileOfCommentsHoldNoDocument() {
        assertEquals(List.of(), parse("").documents());
        assertEquals(List.of(), parse("# nothing\n\n   # here\n").documents());
        assertEquals(List.of(), parse("").problems());
    }

    @Test
    void aDuplicateKeyNamesBothPlacesAndReadingGoesOn() {
        YamlReader.Result result = parse("a: 1\nb: 2\na: 3\nc: 4\n");
        assertEquals(List.of(F + "3:1: duplicate key 'a' (first at line 1, column 1)"), strings(result.problems()));
        YamlNode.Mapping root = (YamlNode.Mapping) result.documents().get(0);
        assertEquals(
                List.of("a", "b", "c"),
                root.entries().stream().map(e -> e.key().text()).toList());
        assertEquals("1", scalar(root.get("a")).text(), "the first is kept");
    }

    @Test
    void aQuotedKeyDuplicatesAPlainOne() {
        assertEquals(
                List.of(F + "2:1: duplicate key 'name' (first at line 1, column 1)"),
                strings(parse("name: b\n\"name\": a\n").problems()));
    }

    @Test
    void theSameKeyInTwoMappingsIsNoDuplicate() {
        assertEquals(List.of(), parse("a:\n  name: x\nb:\n  name: y\n").problems());
    }

    @Test
    void duplicatesInTheSameFlowMappingAndInNestedMappings() {
        assertEquals(
                List.of(
                        F + "1:11: duplicate key 'k' (first at line 1, column 5)",
                        F + "4:5: duplicate key 'x' (first at line 3, column 5)"),
                strings(parse("m: {k: 1, k: 2}\nn:\n    x: 1\n    x: 2\n").problems()));
    }

    @Test
    void invalidYamlIsOneProblemAtItsPlaceAndNoDocument() {
        YamlReader.Result result = parse("a: 1\nb: c: d\n");
        assertEquals(List.of(F + "2:5: invalid YAML: mapping values are not allowed here"), strings(result.problems()));
        assertEquals(List.of(), result.documents(), "a file that is not YAML gives nothing, not half of itself");
    }

    @Test
    void aKeyMustBeAScalar() {
        assertEquals(
                List.of(F + "1:2: a key must be a plain word, not a mapping"),
                strings(parse("{{a: 1}: x}\n").problems()));
    }

    @Test
    void windowsLineEndingsCountOneLineEach() {
        YamlNode.Mapping root = only(parse("a: 1\r\nb: 2\r\n"));
        assertEquals(new Position(2, 4), root.get("b").position());
    }

    @Test
    void oldMacLineEndingsCountOneLineEach() {
        YamlNode.Mapping root = only(parse("a: 1\rb: 2\r"));
        assertEquals(new Position(2, 4), root.get("b").position());
    }

    @Test
    void aRefusedCharacterAfterCarriageReturnsIsPlacedAsEditorsShowIt() {
        // The YAML scanner counts \r and \r\n as one line break each; so must the checks made before it.
        assertEquals(
                List.of(F + "3:4: control character U+0000 is not allowed in a descriptor"),
                strings(parse("a: 1\rb: 2\r\nc: \0\n").problems()));
        assertEquals(
                List.of(F + "2:4: is not valid UTF-8 (byte 0xFF); save the file as UTF-8"),
                strings(new YamlReader()
                        .read(new byte[] {'a', ':', '1', '\r', 'b', ':', ' ', (byte) 0xFF}, Descriptors.FILE)
                        .problems()));
    }

    @Test
    void theLineLimitRestartsAfterACarriageReturn() {
        String line = "#".repeat(YamlReader.MAX_LINE_CHARS);
        assertEquals(List.of(), parse(line + "\r" + line + "\r\n" + line + "\n").problems());
    }

    @Test
    void columnsCountCharactersNotBytesOrUtf16Units() {
        // '😀' is four bytes and two UTF-16 units: one column, for SnakeYAML's errors and for the checks made before.
        assertEquals(
                List.of(F + "1:9: invalid YAML: expected <block end>, but found '<scalar>'"),
                strings(parse("k: \"😀😀\" x: y\n").problems()));
        assertEquals(
                List.of(F + "1:7: control character U+0007 is not allowed in a descriptor"),
                strings(parse("k: 😀é\u20ac\u0007\n").problems()));
    }

    @Test
    void aTabIsOneColumn() {
        assertEquals(
                List.of(F + "1:11: invalid YAML: mapping values are not allowed here"),
                strings(parse("a: one\ttwo: x\n").problems()));
        assertEquals(
                List.of(F + "2:4: invalid YAML: found character '\\t(TAB)' that cannot start any token."
                        + " (Do not use \\t(TAB) for indentation)"),
                strings(parse("a: 1\nb: \t[1, 2]\n").problems()));
        // SnakeYAML 2.7 reads a tab between flow items as the separation YAML 1.2 allows.
        assertEquals(List.of(), strings(parse("a: 1\nb: [x,\tz]\n").problems()));
        assertEquals("one\ttwo", scalar(only(parse("a: one\ttwo\n")).get("a")).text());
    }

    @Test
    void aFileIsReadFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.yaml");
        Files.writeString(file, "a: 1\n");
        YamlReader.Result result = new YamlReader().read(file, "a.yaml");
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.documents().size());
    }

    @Test
    void aFileThatCannotBeReadIsAProblem(@TempDir Path dir) {
        Path missing = dir.resolve("gone.yaml");
        assertEquals(
                List.of("gone.yaml:1:1: cannot be read: NoSuchFileException " + missing),
                strings(new YamlReader().read(missing, "gone.yaml").problems()));
    }

    @Test
    void bytesOverTheLimitAreRefusedEvenWhenPassedDirectly() {
        byte[] bytes = new byte[YamlReader.MAX_FILE_BYTES + 1];
        Arrays.fill(bytes, (byte) '#');
        assertEquals(
                List.of("x.yaml:1:1: is larger than 1024 KiB; a descriptor is a small file, so it was not read"),
                strings(new YamlReader().read(bytes, "x.yaml").problems()));
    }

    @Test
    void theResultCannotBeChanged() {
        YamlReader.Result result = parse("a: 1\n");
        assertThrows(
                UnsupportedOperationException.class, () -> result.documents().clear());
        assertThrows(
                UnsupportedOperationException.class, () -> result.problems().add(new Problem("x", 1, 1, "y")));
    }

    @Test
    void problemsPrintAsEditorsLinkThem() {
        assertEquals(
                "services/a.yaml:3:5: oops", new Problem("services/a.yaml", new Position(3, 5), "oops").toString());
    }

    @Test
    void onlyTheWantedDocumentsAreComposedAndPlacesDoNotMove() {
        String text = """
                apiVersion: v1
                kind: ConfigMap
                data: {big: "[unclosed"}
                --- # the workload
                kind: Deployment
                metadata: {name: orders}
                ---
                kind: Secret
                stringData:
                  password: hunter2
                """;
        assertEquals(
                "apiVersion: v1\nkind: ConfigMap\ndata: {big: \"[unclosed\"}\n--- # the workload\nkind: Deployment\n"
                        + "metadata: {name: orders}\n---\n\n\n\n",
                YamlReader.only(text, d -> !d.contains("Secret")));
        YamlReader.Result result = YamlReader.forManifests()
                .read(text.getBytes(StandardCharsets.UTF_8), "deploy/orders.yaml", d -> d.contains("Deployment"));
        assertEquals(List.of(), result.problems());
        List<YamlNode.Mapping> read = result.documents().stream()
                .filter(YamlNode.Mapping.class::isInstance)
                .map(YamlNode.Mapping.class::cast)
                .toList();
        assertEquals(1, read.size(), "the ConfigMap and the Secret are not read: " + result.documents());
        assertEquals(new Position(6, 11), ((YamlNode.Mapping) read.get(0).get("metadata")).position());
    }

    @Test
    void aComposeFileKeepsItsAnchorsAliasesAndMergeKeysButExpandsNone() {
        String text = """
                x-logging: &logging {driver: json-file}
                services:
                  a:
                    logging: *logging
                    <<: *logging
                    mem_limit: 20M
                """;
        YamlReader.Result read = YamlReader.forCompose().read(text.getBytes(StandardCharsets.UTF_8), "compose.yaml");
        assertEquals(List.of(), read.problems());
        YamlNode.Mapping a = (YamlNode.Mapping)
                ((YamlNode.Mapping) ((YamlNode.Mapping) read.documents().get(0)).get("services")).get("a");
        assertTrue(((YamlNode.Scalar) a.get("logging")).isNull(), "an alias is no value, never the block it names");
        assertTrue(((YamlNode.Scalar) a.get("<<")).isNull());
        assertEquals("20M", ((YamlNode.Scalar) a.get("mem_limit")).text());
        // An alias bomb costs nothing: nothing is expanded.
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            bomb.append(("*a" + (i - 1) + ", ").repeat(9))
                    .append("*a")
                    .append(i - 1)
                    .append("]\n");
        }
        assertEquals(
                List.of(),
                YamlReader.forCompose()
                        .read(bomb.toString().getBytes(StandardCharsets.UTF_8), "compose.yaml")
                        .problems());
        // Manifests and descriptors still refuse them.
        assertEquals(
                "compose.yaml:1:12: anchors ('&logging') are not allowed in manifests; write the value out",
                YamlReader.forManifests()
                        .read(text.getBytes(StandardCharsets.UTF_8), "compose.yaml")
                        .problems()
                        .get(0)
                        .toString());
    }
}
