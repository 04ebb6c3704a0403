package dev.rustgo.diagnostics;

import dev.rustgo.model.Position;
import java.util.Comparator;
import java.util.Locale;

/**
 * Something wrong with the input, at a place: {@code file:line:column: message}. The file is
 * relative to the project base directory with {@code /} separators.
 */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    /** The message is one line, whatever text it quotes ({@link #oneLine}): a log line is one problem. */
    public Problem {
        message = oneLine(message);
    }

    /** The same place, another message. */
    public Problem withMessage(String text) {
        return new Problem(file, line, column, text);
    }

    public Problem(String file, Position at, String message) {
        this(file, at.line(), at.column(), message);
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    /**
     * {@code text} as one line of printable text: each line break in it ({@code \n}, {@code \r}, and
     * U+0085, U+2028 and U+2029, which YAML's escapes can put in a quoted value) and each other control
     * character is written as its escape ({@code \n}, {@code \r}, or the six characters of a Unicode
     * escape, backslash, u and four hex digits), so a message that quotes a
     * value shows exactly what was written, never continues on a log line of its own without a place,
     * and never puts a character into a report that XML cannot hold. Tabs stay.
     */
    public static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = c == '\n'
                    ? "\\n"
                    : c == '\r' ? "\\r" : unprintable(c) ? String.format(Locale.ROOT, "\\u%04X", (int) c) : null;
            if (escape != null && b == null) {
                b = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (b != null) {
                if (escape != null) {
                    b.append(escape);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }

    /** A control character (but a tab), an invisible line break, or a non-character. */
    private static boolean unprintable(char c) {
        return (c < 0x20 && c != '\t')
                || (c >= 0x7f && c <= 0x9f)
                || c == '\u2028'
                || c == '\u2029'
                || c == '\uFFFE'
                || c == '\uFFFF';
    }

    /** The form editors and CI logs make clickable: {@code services/a.yaml:3:5: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
