package dev.rustgo.load;

import dev.rustgo.model.Position;
import java.util.Comparator;

/**
 * Something wrong with the input, at a place: {@code file:line:column: message}. The file is
 * relative to the project base directory with {@code /} separators.
 */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem(String file, Position at, String message) {
        this(file, at.line(), at.column(), message);
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    /** The form editors and CI logs make clickable: {@code services/a.yaml:3:5: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
