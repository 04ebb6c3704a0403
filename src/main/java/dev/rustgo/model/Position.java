package dev.rustgo.model;

/** A place in a descriptor file: 1-based line and column. */
public record Position(int line, int column) {

    /** Where nothing more precise is known: the start of the file. */
    public static final Position START = new Position(1, 1);

    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }
}
