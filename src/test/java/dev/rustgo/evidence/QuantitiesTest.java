package dev.rustgo.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantitiesTest {

    @ParameterizedTest
    @CsvSource({
        "512Mi, 512",
        "1Gi, 1024",
        "1.5Gi, 1536",
        "0.5Gi, 512",
        "2048Ki, 2",
        "2049Ki, 3", // rounded up: a limit is a ceiling
        "268435456, 256",
        "500M, 477",
        "1G, 954",
        "1e9, 954",
        "+64Mi, 64",
        "1Ti, 1048576"
    })
    void memoryQuantitiesAreReadAsKubernetesReadsThemInWholeMebibytesRoundedUp(String text, long mib) {
        assertEquals(mib, Quantities.mebibytes(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Mi", "abc", "-1Gi", "0", "0Mi", "100m", "1Gb", "1e3Mi", "1.2.3Gi", "1 Gi"})
    void anythingElseIsNoFigure(String text) {
        assertNull(Quantities.mebibytes(text));
    }

    @ParameterizedTest
    @CsvSource({
        "20M, 20", // the OpenTelemetry demo's checkout
        "20m, 20",
        "1.5g, 1536",
        "512mb, 512",
        "512MiB, 512",
        "2048k, 2",
        "2049k, 3",
        "1073741824, 1024",
        "1073741825b, 1025",
        "1t, 1048576"
    })
    void composeMemoryIsReadAsDockerReadsItEveryUnitAPowerOf1024(String text, long mib) {
        assertEquals(mib, Quantities.dockerMebibytes(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "m", "abc", "-1g", "0", "0m", "1.2.3g", "1x", "1 gb b", "1e9"})
    void anythingElseIsNoComposeFigure(String text) {
        assertNull(Quantities.dockerMebibytes(text));
    }
}
