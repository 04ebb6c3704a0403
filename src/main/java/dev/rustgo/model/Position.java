package dev.rustgo.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A place in a descriptor file: 1-based line and column. */
public record Position(int line, int column) {

    /** Where nothing more precise is known: the start of the file. */
    public static final Position START = new Position(1, 1);

    /** Places up to this line and column are shared: most of a portfolio's fields sit at the same few. */
    private static final int SHARED_LINES = 512;

    private static final int SHARED_COLUMNS = 48;
    private static final List<Position> SHARED = shared();

    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /**
     * The place at {@code line} and {@code column}: one shared instance for the common ones, since a
     * portfolio of 100,000 services holds some 1.7 million places, nearly all of them the same few
     * thousand (a role at line 10, column 9, in every native descriptor).
     */
    public static Position of(int line, int column) {
        if (line >= 1 && line <= SHARED_LINES && column >= 1 && column <= SHARED_COLUMNS) {
            return SHARED.get((line - 1) * SHARED_COLUMNS + column - 1);
        }
        return new Position(line, column);
    }

    private static List<Position> shared() {
        List<Position> shared = new ArrayList<>(SHARED_LINES * SHARED_COLUMNS);
        for (int line = 1; line <= SHARED_LINES; line++) {
            for (int column = 1; column <= SHARED_COLUMNS; column++) {
                shared.add(line == 1 && column == 1 ? START : new Position(line, column));
            }
        }
        return Collections.unmodifiableList(shared);
    }
}
