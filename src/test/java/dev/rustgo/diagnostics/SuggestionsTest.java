package dev.rustgo.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> TRAFFIC = List.of("peakRps", "p99LatencyMs");
    private static final List<String> SPEC = List.of(
            "language",
            "role",
            "lifecycle",
            "traffic",
            "resources",
            "criticality",
            "deployment",
            "concurrency",
            "dependsOn",
            "externalDependents",
            "team",
            "delivery",
            "history",
            "decision");
    private static final List<String> LANGUAGES =
            List.of("go", "rust", "java", "kotlin", "python", "node", "dotnet", "cpp", "c", "other", "undecided");

    @Test
    void aWordThatDiffersOnlyInCaseIsSuggestedEvenWhenFarInEdits() {
        // 'p99LatencyMS' is one edit from 'p99LatencyMs', but 'GO' -> 'go' is two: case wins outright.
        assertEquals(Optional.of("p99LatencyMs"), Suggestions.closest("p99LatencyMS", TRAFFIC));
        assertEquals(Optional.of("go"), Suggestions.closest("GO", LANGUAGES));
        assertEquals(Optional.of("data-plane"), Suggestions.closest("DATA-PLANE", List.of("api", "data-plane")));
        assertEquals(Optional.of("dependsOn"), Suggestions.closest("dependson", SPEC));
    }

    @Test
    void aTranspositionIsTwoEditsAndFoundInALongWord() {
        assertEquals(Optional.of("language"), Suggestions.closest("langauge", SPEC));
        assertEquals(Optional.of("externalDependents"), Suggestions.closest("externalDependants", SPEC));
    }

    @Test
    void aWordFarFromEveryCandidateGetsNoSuggestion() {
        assertEquals(Optional.empty(), Suggestions.closest("frobnicate", SPEC));
        assertEquals(Optional.empty(), Suggestions.closest("java", List.of("go", "rust")));
        assertEquals(Optional.empty(), Suggestions.closest("anything", List.of()));
    }

    @Test
    void theAllowedDistanceGrowsWithTheWordButNeverPastThree() {
        // 3 letters: 1 edit allowed.
        assertEquals(Optional.of("api"), Suggestions.closest("apx", List.of("api")));
        assertEquals(Optional.empty(), Suggestions.closest("axx", List.of("api")));
        // 9 letters: 3 edits allowed, 4 are not.
        assertEquals(Optional.of("undecided"), Suggestions.closest("unxxcided", LANGUAGES));
        assertEquals(Optional.of("undecided"), Suggestions.closest("uxxxcided", LANGUAGES));
        assertEquals(Optional.empty(), Suggestions.closest("xxxxcided", LANGUAGES));
        // 18 letters would allow 6 by length/3; the cap is 3.
        assertEquals(Optional.of("externalDependents"), Suggestions.closest("exxxxnalDependents", SPEC));
        assertEquals(Optional.empty(), Suggestions.closest("exxxxxalDependents", SPEC));
    }

    @Test
    void aTieGoesToTheFirstCandidateInTheGivenOrder() {
        assertEquals(Optional.of("rust"), Suggestions.closest("rast", List.of("rust", "rest")));
        assertEquals(Optional.of("rest"), Suggestions.closest("rast", List.of("rest", "rust")));
    }

    @Test
    void aCloserCandidateBeatsAnEarlierOne() {
        // 'kotlinn' is 2 edits from 'kotlin-x' (within its limit of 2) and 1 from 'kotlin'.
        assertEquals(Optional.of("kotlin"), Suggestions.closest("kotlinn", List.of("kotlin-x", "kotlin")));
    }

    @Test
    void anEmptyWordGetsNoSuggestion() {
        // Every one-letter candidate is one edit from "": suggesting 'c' for an empty value is noise.
        assertEquals(Optional.empty(), Suggestions.closest("", LANGUAGES));
        assertEquals("", Suggestions.hint("", LANGUAGES));
    }

    @Test
    void aSuggestionMustShareSomethingWithTheWord() {
        // 'r' (the R language) is one edit from 'c', but replacing the whole word is not a typo fix.
        assertEquals(Optional.empty(), Suggestions.closest("r", LANGUAGES));
        assertEquals(Optional.empty(), Suggestions.closest("x", List.of("c")));
        // ...while a one-letter word that differs from a candidate only in case is still found.
        assertEquals(Optional.of("c"), Suggestions.closest("C", LANGUAGES));
        // ...and a two-letter word one edit away is a typo.
        assertEquals(Optional.of("go"), Suggestions.closest("gp", LANGUAGES));
    }

    @Test
    void hintIsASentenceTailOrNothing() {
        assertEquals("; did you mean 'p99LatencyMs'?", Suggestions.hint("p99LatencyMS", TRAFFIC));
        assertEquals("", Suggestions.hint("frobnicate", TRAFFIC));
    }

    @Test
    void distanceIsLevenshteinWithinTheLimit() {
        assertEquals(3, Suggestions.distance("kitten", "sitting", 5));
        assertEquals(0, Suggestions.distance("same", "same", 1));
        assertEquals(1, Suggestions.distance("", "c", 1));
        assertEquals(2, Suggestions.distance("langauge", "language", 3));
    }

    @Test
    void distanceGivesUpAtLimitPlusOne() {
        assertEquals(2, Suggestions.distance("kitten", "sitting", 1), "row minimum exceeds the limit");
        assertEquals(3, Suggestions.distance("a", "abcdef", 2), "lengths alone differ by more than the limit");
    }
}
