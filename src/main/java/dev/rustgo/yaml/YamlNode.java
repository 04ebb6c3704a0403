package dev.rustgo.yaml;

import dev.rustgo.model.Position;
import java.util.List;

/**
 * A YAML node as the descriptor loader sees it: text, mappings and sequences with their places,
 * and nothing else. No value is ever converted by YAML's own type rules (so {@code no},
 * {@code on}, {@code 0755} and dates stay the text that was written), and no node can name a
 * class.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    Position position();

    /** What kind of node this is, in the words of an error message. */
    String describe();

    /** A scalar: its text exactly as written, and whether it was plain (unquoted). */
    record Scalar(String text, boolean plain, Position position) implements YamlNode {

        /** Plain empty, {@code ~} or {@code null}: YAML's "no value". */
        public boolean isNull() {
            return plain
                    && (text.isEmpty()
                            || text.equals("~")
                            || text.equals("null")
                            || text.equals("Null")
                            || text.equals("NULL"));
        }

        /**
         * The value as a message quotes it: at most {@link #EXCERPT} characters, so an error about a file that is not what it should be (a
         * key, a password file named as a policy) never copies the file into a log.
         */
        @Override
        public String describe() {
            return isNull() ? "no value" : "'" + excerpt(text) + "'";
        }
    }

    /** The most characters of a value an error message quotes. */
    int EXCERPT = 60;

    /**
     * {@code text} cut at {@link #EXCERPT} characters (with "..." when cut); a problem shows what
     * remains on one line ({@code Problem.oneLine}).
     */
    static String excerpt(String text) {
        if (text.length() <= EXCERPT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(EXCERPT - 1)) ? EXCERPT - 1 : EXCERPT;
        return text.substring(0, end) + "...";
    }

    /** A key of a mapping (always a scalar) and its value. */
    record Entry(Scalar key, YamlNode value) {}

    record Mapping(List<Entry> entries, Position position) implements YamlNode {

        public Mapping {
            entries = List.copyOf(entries);
        }

        @Override
        public String describe() {
            return "a mapping";
        }

        /** The entry with this key, if any (keys are unique: the reader rejects duplicates). */
        public Entry entry(String key) {
            for (Entry e : entries) {
                if (e.key().text().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        public YamlNode get(String key) {
            Entry e = entry(key);
            return e == null ? null : e.value();
        }
    }

    record Sequence(List<YamlNode> items, Position position) implements YamlNode {

        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }
}
