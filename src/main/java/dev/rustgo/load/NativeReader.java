package dev.rustgo.load;

import dev.rustgo.diagnostics.Problem;
import dev.rustgo.diagnostics.Suggestions;
import dev.rustgo.model.Field;
import dev.rustgo.model.Service;
import dev.rustgo.model.ValueKind;
import dev.rustgo.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The native envelope, {@code apiVersion: rustgo.dev/v1}, {@code kind: Service}. Strict: every key
 * must be one of the contract's (an unknown one gets a "did you mean"), every value of its type;
 * all problems of a document are reported, not just the first.
 */
public final class NativeReader implements EnvelopeReader {

    public static final String API_GROUP = "rustgo.dev/";
    public static final String API_VERSION = API_GROUP + "v1";
    public static final String KIND = "Service";

    /** For each mapping of the envelope (by dotted path, "" for the document), the keys it may hold. */
    private static final Map<String, Set<String>> SCHEMA = schema();

    @Override
    public boolean ownsGroup(String apiVersion) {
        return apiVersion.startsWith(API_GROUP);
    }

    /** Another version or kind of this group: a descriptor meant for a plugin that is not this one. */
    @Override
    public Problem unsupported(YamlNode.Mapping document, String file, String apiVersion, String kind) {
        if (apiVersion == null || !ownsGroup(apiVersion)) {
            return null;
        }
        if (!apiVersion.equals(API_VERSION)) {
            return new Problem(
                    file,
                    document.get("apiVersion").position(),
                    "apiVersion '" + apiVersion + "' is not supported; this plugin reads " + API_VERSION);
        }
        YamlNode kindNode = document.get("kind");
        return new Problem(
                file,
                kindNode == null ? document.position() : kindNode.position(),
                kind == null
                        ? "missing kind; a " + API_VERSION + " descriptor has kind: " + KIND
                        : "kind '" + kind + "' is not a " + API_VERSION + " kind; expected " + KIND
                                + Suggestions.hint(kind, List.of(KIND)));
    }

    @Override
    public boolean accepts(String apiVersion, String kind) {
        return API_VERSION.equals(apiVersion) && KIND.equals(kind);
    }

    @Override
    public Service read(YamlNode.Mapping document, String file, List<Problem> problems) {
        Service.Builder builder = Service.builder(file, document.position()).dialect(this);
        int before = problems.size();
        // The fields written with a value: one of them the builder lacks had its value reported as wrong.
        Set<Field> written = EnumSet.noneOf(Field.class);
        walk(document, "", file, builder, problems, written);
        for (Field required : List.of(Field.NAME, Field.ROLE)) {
            if (!builder.has(required) && !written.contains(required)) {
                YamlNode.Mapping parent = parentOf(document, required.path());
                problems.add(new Problem(file, parent.position(), "missing required field " + required.path()));
            }
        }
        if (!written.contains(Field.LANGUAGE)) {
            // Required too, but the repository's build files may give it: RequiredFields decides after them.
            builder.expect(
                    Field.LANGUAGE, parentOf(document, Field.LANGUAGE.path()).position());
        }
        return problems.size() == before ? builder.build() : null;
    }

    /** The deepest mapping on the way to {@code path} that exists, for placing a "missing" problem. */
    private static YamlNode.Mapping parentOf(YamlNode.Mapping document, String path) {
        YamlNode.Mapping current = document;
        String[] segments = path.split("\\.");
        for (int i = 0; i < segments.length - 1; i++) {
            if (current.get(segments[i]) instanceof YamlNode.Mapping next) {
                current = next;
            } else {
                break;
            }
        }
        return current;
    }

    private void walk(
            YamlNode.Mapping mapping,
            String path,
            String file,
            Service.Builder builder,
            List<Problem> problems,
            Set<Field> written) {
        Set<String> allowed = SCHEMA.get(path);
        for (YamlNode.Entry entry : mapping.entries()) {
            String key = entry.key().text();
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (!allowed.contains(key)) {
                problems.add(new Problem(
                        file,
                        entry.key().position(),
                        "unknown key '" + key + "'" + (path.isEmpty() ? "" : " in " + path)
                                + Suggestions.hint(key, allowed)));
                continue;
            }
            if (path.isEmpty() && (key.equals("apiVersion") || key.equals("kind"))) {
                continue;
            }
            YamlNode value = entry.value();
            Field field = Field.atPath(childPath);
            if (field != null) {
                if (!(value instanceof YamlNode.Scalar scalar && scalar.isNull())) {
                    written.add(field);
                }
                readField(field, value, file, builder, problems);
            } else if (value instanceof YamlNode.Mapping section) {
                walk(section, childPath, file, builder, problems, written);
            } else if (!(value instanceof YamlNode.Scalar s && s.isNull())) {
                problems.add(new Problem(
                        file,
                        value.position(),
                        childPath + " must be a mapping of " + String.join(", ", SCHEMA.get(childPath)) + "; found "
                                + value.describe()));
            }
        }
    }

    private static void readField(
            Field field, YamlNode value, String file, Service.Builder builder, List<Problem> problems) {
        if (value instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return; // "no value" is missing evidence, reported as missing where it is required
        }
        boolean list = field.kind() == ValueKind.ENUM_LIST || field.kind() == ValueKind.NAME_LIST;
        if (list) {
            if (!(value instanceof YamlNode.Sequence sequence)) {
                problems.add(new Problem(
                        file,
                        value.position(),
                        field.path() + " must be a list, like [a, b]; found " + value.describe()));
                return;
            }
            List<Object> items = new ArrayList<>();
            for (YamlNode item : sequence.items()) {
                Object converted = scalar(field, item, file, problems);
                if (converted != null && !items.contains(converted)) {
                    items.add(converted);
                }
            }
            builder.put(
                    field, field.kind() == ValueKind.NAME_LIST ? List.copyOf(items) : enumSet(items), value.position());
            return;
        }
        Object converted = scalar(field, value, file, problems);
        if (converted != null) {
            builder.put(field, converted, value.position());
        }
    }

    private static Object scalar(Field field, YamlNode node, String file, List<Problem> problems) {
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
            problems.add(new Problem(
                    file, node.position(), field.path() + " must be a single value; found " + node.describe()));
            return null;
        }
        Values.Converted converted = Values.convert(field, scalar.text());
        if (converted.failed()) {
            problems.add(new Problem(file, node.position(), field.path() + " " + converted.error()));
            return null;
        }
        return converted.value();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Set<?> enumSet(List<Object> items) {
        if (items.isEmpty()) {
            return Set.of();
        }
        EnumSet set = EnumSet.noneOf((Class) items.get(0).getClass());
        set.addAll(items);
        return Collections.unmodifiableSet(set);
    }

    private static Map<String, Set<String>> schema() {
        Map<String, Set<String>> schema = new LinkedHashMap<>();
        schema.put("", new LinkedHashSet<>(List.of("apiVersion", "kind", "metadata", "spec")));
        for (Field field : Field.values()) {
            String[] segments = field.path().split("\\.");
            String parent = "";
            for (String segment : segments) {
                schema.computeIfAbsent(parent, p -> new LinkedHashSet<>()).add(segment);
                parent = parent.isEmpty() ? segment : parent + "." + segment;
            }
        }
        // Insertion-ordered sets: messages list keys in the contract's order, the same on every run.
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        schema.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
        return Collections.unmodifiableMap(frozen);
    }
}
