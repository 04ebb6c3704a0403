package dev.rustgo.yaml;

import dev.rustgo.diagnostics.Problem;
import dev.rustgo.model.Position;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads a YAML file into {@link YamlNode} documents, defensively: a descriptor or a policy
 * ({@link #YamlReader()}), a Kubernetes manifest or Helm file ({@link #forManifests()}), a Compose
 * file ({@link #forCompose()}). These are small, hand-written files, so everything they never need
 * is refused before it can cost anything: files over {@value #MAX_FILE_BYTES} bytes (checked before parsing: one huge token
 * makes the YAML scanner slow), lines over {@value #MAX_LINE_CHARS} characters (checked before
 * parsing, for the same reason), scalars over {@value #MAX_SCALAR_CHARS} characters, bytes that
 * are not UTF-8, control characters, nesting deeper than {@value #MAX_DEPTH}, anchors and aliases
 * (so no alias bomb), merge keys, and tags of any kind (so nothing can name a class). Only
 * SnakeYAML's parser is used, never its constructor: values stay the text that was written.
 * Duplicate keys are reported with both places.
 *
 * <p>A problem that leaves the file's structure unknown (bad YAML, a refused construct) ends the
 * reading of that file with one positioned problem; duplicate keys are reported and reading goes
 * on. Thread-safe: it holds no state.
 */
public final class YamlReader {

    /** Largest descriptor file read, in bytes. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;

    /**
     * Longest line, in characters, checked before parsing: SnakeYAML's scanner takes time that grows
     * with the square of a line's length (a 900 KiB comment line alone takes over a second), so a
     * long line would make the file slow to refuse.
     */
    public static final int MAX_LINE_CHARS = 64 * 1024;

    /** Longest scalar (a key or a value), in characters, however many lines it spans. */
    public static final int MAX_SCALAR_CHARS = 64 * 1024;

    /** Deepest nesting of mappings and lists; a descriptor needs four. */
    public static final int MAX_DEPTH = 10;

    /**
     * Deepest nesting a Kubernetes manifest or Helm values file may have: a Deployment's node
     * affinity alone is twelve levels deep.
     */
    public static final int MAX_MANIFEST_DEPTH = 32;

    /** What a reader reads, as its messages name it: "not allowed in a manifest", "in manifests". */
    private enum Kind {
        DESCRIPTOR("a descriptor", "descriptors"),
        COMPOSE("a compose file", "compose files"),
        MANIFEST("a manifest", "manifests");

        private final String one;
        private final String many;

        Kind(String one, String many) {
            this.one = one;
            this.many = many;
        }

        @Override
        public String toString() {
            return one;
        }
    }

    private final Kind kind;
    private final int maxDepth;
    private final boolean references;

    /** A reader of descriptors (and policy files): the limits above. */
    public YamlReader() {
        this(Kind.DESCRIPTOR, MAX_DEPTH, false);
    }

    private YamlReader(Kind kind, int maxDepth, boolean references) {
        this.kind = kind;
        this.maxDepth = maxDepth;
        this.references = references;
    }

    /**
     * A reader of Docker Compose files, which share blocks with anchors, aliases and merge keys as a
     * matter of course ({@code logging: *default-logging}): the manifest limits, except that an anchor
     * is passed over, an alias is read as no value and a merge key ({@code <<}) as an ordinary key.
     * Nothing is expanded, so no alias can multiply the document; a figure written only behind an
     * alias is not seen.
     */
    public static YamlReader forCompose() {
        return new YamlReader(Kind.COMPOSE, MAX_MANIFEST_DEPTH, true);
    }

    /**
     * A reader of the repository's Kubernetes manifests and Helm files: the same limits, except that
     * nesting may go {@value #MAX_MANIFEST_DEPTH} deep, and messages say "manifest".
     */
    public static YamlReader forManifests() {
        return new YamlReader(Kind.MANIFEST, MAX_MANIFEST_DEPTH, false);
    }

    /** What one file held: its documents (in order) and the problems found. */
    public record Result(List<YamlNode> documents, List<Problem> problems) {
        public Result {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
        }
    }

    /** Reads a file, refusing it unread when it is larger than {@link #MAX_FILE_BYTES}. */
    public Result read(Path path, String file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            return failed(file, Position.START, "cannot be read: " + describe(e));
        }
        if (bytes.length > MAX_FILE_BYTES) {
            return failed(
                    file,
                    Position.START,
                    "is larger than " + MAX_FILE_BYTES / 1024 + " KiB; " + kind
                            + " is a small file, so it was not read");
        }
        return read(bytes, file);
    }

    /** Reads the bytes of a file. */
    public Result read(byte[] bytes, String file) {
        return read(bytes, file, null);
    }

    /**
     * Reads the bytes of a file, composing only the documents {@code wanted} accepts (given each
     * document's text): the others are read as empty documents, so a manifest's Services, ConfigMaps
     * and CRDs cost a glance, not a parse. The whole file is still checked as text (size, encoding,
     * control characters), and every place keeps its line and column.
     */
    public Result read(byte[] bytes, String file, Predicate<String> wanted) {
        if (bytes.length > MAX_FILE_BYTES) {
            return failed(
                    file,
                    Position.START,
                    "is larger than " + MAX_FILE_BYTES / 1024 + " KiB; " + kind
                            + " is a small file, so it was not read");
        }
        String text;
        try {
            text = decode(bytes, kind.one);
        } catch (RefusedException e) {
            return failed(file, e.at, e.getMessage());
        }
        if (wanted != null) {
            text = only(text, wanted);
        }
        Composer composer = new Composer(file, text, kind, maxDepth, references);
        try {
            List<YamlNode> documents = composer.documents();
            return new Result(documents, composer.problems);
        } catch (RefusedException e) {
            composer.problems.add(new Problem(file, e.at, e.getMessage()));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            if (e.getProblem() != null
                    && e.getContext() != null
                    && e.getContextMark() != null
                    && mark != null
                    && !position(e.getContextMark()).equals(position(mark))
                    && (e.getContext().contains("flow") || e.getContext().contains("quoted"))) {
                // Say where the unclosed construct began: "while parsing a flow sequence" at its '['.
                Position start = position(e.getContextMark());
                problem = problem + " (" + e.getContext().strip() + " started at line " + start.line() + ", column "
                        + start.column() + ")";
            }
            composer.problems.add(new Problem(
                    file, mark == null ? composer.last : position(mark), "invalid YAML: " + oneLine(problem)));
        } catch (RuntimeException e) {
            // SnakeYAML throws plain runtime exceptions from some corners (tag handling, limits).
            composer.problems.add(new Problem(file, composer.last, "invalid YAML: " + oneLine(e.getMessage())));
        }
        return new Result(List.of(), composer.problems);
    }

    /**
     * The text with every document {@code wanted} refuses blanked: its lines left empty, its {@code ---}
     * kept, so the lines and columns of the others do not move.
     */
    static String only(String text, Predicate<String> wanted) {
        List<int[]> documents = new ArrayList<>(); // [start, end) of each document's text, separator line included
        int start = 0;
        for (int i = 0; i <= text.length(); ) {
            int end = text.indexOf('\n', i);
            int next = end < 0 ? text.length() + 1 : end + 1;
            if (i > start
                    && text.startsWith("---", i)
                    && (i + 3 == text.length() || " \t\r\n".indexOf(text.charAt(i + 3)) >= 0)) {
                documents.add(new int[] {start, i});
                start = i;
            }
            i = next;
        }
        documents.add(new int[] {start, text.length()});
        StringBuilder b = null;
        int copied = 0;
        for (int[] d : documents) {
            String document = text.substring(d[0], d[1]);
            if (wanted.test(document)) {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(text.length());
            }
            b.append(text, copied, d[0]);
            boolean separator = document.startsWith("---");
            if (separator) {
                b.append("---");
            }
            for (int i = separator ? 3 : 0; i < document.length(); i++) {
                char c = document.charAt(i);
                if (c == '\n' || c == '\r') {
                    b.append(c);
                }
            }
            copied = d[1];
        }
        return b == null ? text : b.append(text, copied, text.length()).toString();
    }

    private static Result failed(String file, Position at, String message) {
        return new Result(List.of(), List.of(new Problem(file, at, message)));
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }

    /**
     * Strict UTF-8, or UTF-16 or UTF-32 where a byte-order mark says so (YAML allows all three, and
     * editors on Windows save UTF-16); a byte-order mark is dropped; control characters are refused
     * with their place.
     */
    static String decode(byte[] bytes, String kind) {
        java.nio.charset.Charset bom = byteOrderMark(bytes);
        if (bom != null) {
            return decodeStrictly(bytes, kind, bom);
        }
        String ascii = plainAscii(bytes);
        return ascii != null ? ascii : decodeStrictly(bytes, kind, StandardCharsets.UTF_8);
    }

    /** Whether the bytes start with a UTF-16 or UTF-32 byte-order mark: text no byte-wise look can read. */
    public static boolean wide(byte[] bytes) {
        return byteOrderMark(bytes) != null;
    }

    /** The UTF-16 or UTF-32 encoding a byte-order mark names; {@code null} for none (or UTF-8's). */
    private static java.nio.charset.Charset byteOrderMark(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF) {
            return java.nio.charset.Charset.forName("UTF-32BE");
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0) {
            return java.nio.charset.Charset.forName("UTF-32LE");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * The text of a file of printable ASCII, tabs and line breaks with no over-long line (nearly
     * every descriptor), read without a decoder; {@code null} for anything else, which
     * {@link #decodeStrictly} then reads and, if need be, refuses with its place.
     */
    private static String plainAscii(byte[] bytes) {
        int lineLength = 0;
        for (byte b : bytes) {
            if (b == '\n' || b == '\r') {
                lineLength = 0;
            } else if (b < 0x20 && b != '\t' || b == 0x7f || ++lineLength > MAX_LINE_CHARS) {
                return null; // a control character, a non-ASCII byte (negative) or a long line
            }
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String decodeStrictly(byte[] bytes, String kind, java.nio.charset.Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            if (before.startsWith("\uFEFF")) {
                before = before.substring(1); // not a column: dropped from the text below
            }
            int bad = bytes[in.position()] & 0xff;
            throw new RefusedException(
                    positionAfter(before),
                    String.format(
                            Locale.ROOT, "is not valid %s (byte 0x%02X); save the file as UTF-8", charset.name(), bad));
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int lineLength = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lineLength = 0;
            } else if (!Character.isLowSurrogate(c) && ++lineLength > MAX_LINE_CHARS) {
                throw new RefusedException(
                        positionAfter(text.substring(0, i)),
                        "a line longer than " + MAX_LINE_CHARS + " characters is not allowed in " + kind);
            }
            if (control(c)) {
                throw new RefusedException(
                        positionAfter(text.substring(0, i)),
                        String.format(Locale.ROOT, "control character U+%04X is not allowed in " + kind, (int) c));
            }
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                // YAML 1.1 starts a new line at each, editors do not: every later line number would be off.
                throw new RefusedException(
                        positionAfter(text.substring(0, i)),
                        String.format(
                                Locale.ROOT,
                                "invisible line break U+%04X is not allowed in " + kind + "; use a plain line break",
                                (int) c));
            }
        }
        return text;
    }

    /** A character no descriptor needs and a terminal may act on; tab and line breaks are text. */
    private static boolean control(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || (c >= 0x7f && c <= 0x9f && c != 0x85)
                || c == '\uFFFE'
                || c == '\uFFFF';
    }

    /**
     * The position of the character that follows {@code before}, with lines counted as the YAML
     * scanner and editors count them: {@code \n}, {@code \r\n} and a lone {@code \r} each end one.
     */
    private static Position positionAfter(String before) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\r' || (c == '\n' && (i == 0 || before.charAt(i - 1) != '\r'))) {
                line++;
            }
            if (c == '\r' || c == '\n') {
                lineStart = i + 1;
            }
        }
        return new Position(line, before.codePointCount(lineStart, before.length()) + 1);
    }

    static Position position(Mark mark) {
        return Position.of(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        // SnakeYAML shows the end of the input as the character it reads there, NUL: "found \0(0)".
        return message.strip().replaceAll("\\s*\\R\\s*", " ").replace("\0(0)", "the end of the file");
    }

    /** A construct a descriptor may not use: ends the reading of the file. */
    private static final class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Position at;

        RefusedException(Position at, String message) {
            super(message, null, false, false);
            this.at = at;
        }
    }

    /** Builds nodes from parser events; one per file. */
    private static final class Composer {
        /** Up to this many keys, duplicates are found by scanning the keys so far; past it, by a map. */
        private static final int SMALL_MAPPING = 16;

        private final String file;
        private final Parser parser;
        private final List<Problem> problems = new ArrayList<>();
        private Position last = Position.START;

        private final Kind kind;
        private final int maxDepth;
        private final boolean references;

        Composer(String file, String text, Kind kind, int maxDepth, boolean references) {
            this.file = file;
            this.kind = kind;
            this.maxDepth = maxDepth;
            this.references = references;
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(MAX_FILE_BYTES);
            options.setProcessComments(false);
            options.setMaxAliasesForCollections(0);
            options.setNestingDepthLimit(maxDepth);
            this.parser = new ParserImpl(new StreamReader(text), options);
        }

        List<YamlNode> documents() {
            List<YamlNode> documents = new ArrayList<>();
            next(); // StreamStart
            while (!parser.checkEvent(Event.ID.StreamEnd)) {
                next(); // DocumentStart
                documents.add(node(1));
                next(); // DocumentEnd
            }
            return documents;
        }

        private Event next() {
            Event event = parser.getEvent();
            last = position(event.getStartMark());
            return event;
        }

        private YamlNode node(int depth) {
            Event event = next();
            Position at = last;
            if (event.getEventId() == Event.ID.Alias && references) {
                return new YamlNode.Scalar("", true, at); // never expanded: no value
            }
            refuseReferencesAndTags(event, at);
            switch (event.getEventId()) {
                case Scalar -> {
                    ScalarEvent scalar = (ScalarEvent) event;
                    checkScalar(scalar.getValue(), at);
                    return new YamlNode.Scalar(scalar.getValue(), scalar.isPlain(), at);
                }
                case SequenceStart -> {
                    checkDepth(depth, at);
                    return sequence(depth, at);
                }
                case MappingStart -> {
                    checkDepth(depth, at);
                    return mapping(depth, at);
                }
                default -> throw new RefusedException(at, "unexpected YAML event " + event.getEventId());
            }
        }

        /** Aliases and anchors (unless this reader passes over them), and tags of any kind. */
        private void refuseReferencesAndTags(Event event, Position at) {
            if (event.getEventId() == Event.ID.Alias) {
                throw new RefusedException(
                        at, "aliases ('*name') are not allowed in " + kind.many + "; write the value out");
            }
            if (event instanceof NodeEvent nodeEvent && nodeEvent.getAnchor() != null && !references) {
                throw new RefusedException(
                        at,
                        "anchors ('&" + nodeEvent.getAnchor() + "') are not allowed in " + kind.many
                                + "; write the value out");
            }
            String tag = event instanceof ScalarEvent s
                    ? s.getTag()
                    : event instanceof CollectionStartEvent c ? c.getTag() : null;
            if (tag != null) {
                throw new RefusedException(
                        at,
                        "tags ('" + tag + "') are not allowed in " + kind.many + "; "
                                + "write the value plainly, quoted if need be");
            }
        }

        /** A value's length, and the characters only an escape can write: controls and half characters. */
        private void checkScalar(String value, Position at) {
            if (value.length() > MAX_SCALAR_CHARS && value.codePointCount(0, value.length()) > MAX_SCALAR_CHARS) {
                throw new RefusedException(
                        at, "a value longer than " + MAX_SCALAR_CHARS + " characters is not allowed in " + kind);
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (control(c)) {
                    // Only an escape ("\0", "\e", "\x07") can put one here: raw ones are refused above.
                    throw new RefusedException(
                            at,
                            String.format(
                                    Locale.ROOT,
                                    "control character U+%04X" + " (written as an escape) is not allowed in " + kind,
                                    (int) c));
                }
                if (Character.isHighSurrogate(c)
                        && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++; // a whole character beyond U+FFFF
                } else if (Character.isSurrogate(c)) {
                    // Only a YAML escape of a surrogate code point can put half a character here, and UTF-8
                    // cannot encode it: no report could hold it.
                    throw new RefusedException(
                            at,
                            String.format(
                                    Locale.ROOT,
                                    "half a character, U+%04X"
                                            + " (a surrogate written as an escape), is not allowed in " + kind
                                            + ";"
                                            + " write the whole character",
                                    (int) c));
                }
            }
        }

        private YamlNode.Sequence sequence(int depth, Position at) {
            List<YamlNode> items = new ArrayList<>();
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                items.add(node(depth + 1));
            }
            next();
            return new YamlNode.Sequence(items, at);
        }

        private YamlNode.Mapping mapping(int depth, Position at) {
            List<YamlNode.Entry> entries = new ArrayList<>();
            Map<String, Position> seen = null; // made only for a large mapping; a small one is scanned
            while (!parser.checkEvent(Event.ID.MappingEnd)) {
                YamlNode key = node(depth + 1);
                if (!(key instanceof YamlNode.Scalar scalarKey)) {
                    throw new RefusedException(key.position(), "a key must be a plain word, not " + key.describe());
                }
                if (scalarKey.plain() && scalarKey.text().equals("<<") && !references) {
                    throw new RefusedException(
                            key.position(),
                            "merge keys ('<<') are not allowed in " + kind.many + "; write the fields out");
                }
                YamlNode value = node(depth + 1);
                Position first;
                if (seen == null && entries.size() < SMALL_MAPPING) {
                    first = firstPlace(entries, scalarKey.text());
                } else {
                    if (seen == null) {
                        seen = new HashMap<>();
                        for (YamlNode.Entry entry : entries) {
                            seen.put(entry.key().text(), entry.key().position());
                        }
                    }
                    first = seen.putIfAbsent(scalarKey.text(), scalarKey.position());
                }
                if (first != null) {
                    problems.add(new Problem(
                            file,
                            scalarKey.position(),
                            "duplicate key '" + scalarKey.text() + "' (first at line " + first.line() + ", column "
                                    + first.column() + ")"));
                } else {
                    entries.add(new YamlNode.Entry(scalarKey, value));
                }
            }
            next();
            return new YamlNode.Mapping(entries, at);
        }

        /** Where {@code key} is first written among the entries so far, or {@code null}. */
        private static Position firstPlace(List<YamlNode.Entry> entries, String key) {
            for (YamlNode.Entry entry : entries) {
                if (entry.key().text().equals(key)) {
                    return entry.key().position();
                }
            }
            return null;
        }

        private void checkDepth(int depth, Position at) {
            if (depth > maxDepth) {
                throw new RefusedException(at, "nesting deeper than " + maxDepth + " levels is not allowed in " + kind);
            }
        }
    }
}
