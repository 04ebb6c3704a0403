package dev.rustgo.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A problem is one line of printable text, whatever its message quotes. */
class ProblemTest {

    @Test
    void lineBreaksAndControlCharactersAreShownAsEscapesAndTabsStay() {
        Problem p = new Problem("services/a.yaml", 3, 7, "found 'a\nb\r\u0000c\u001b[2J\td\u0085e\u2028f\u009b'");

        assertEquals("services/a.yaml:3:7: found 'a\\nb\\r\\u0000c\\u001B[2J\td\\u0085e\\u2028f\\u009B'", p.toString());
    }

    @Test
    void printableTextIsLeftAsItIs() {
        String text = "found 'Zürich €5 😀' (a \\n written as two characters)";
        assertSame(text, Problem.oneLine(text));
    }
}
