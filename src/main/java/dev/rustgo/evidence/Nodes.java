package dev.rustgo.evidence;

import dev.rustgo.yaml.Scalars;
import dev.rustgo.yaml.YamlNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small reads of the few fields the repository readers need, each {@code null} when absent or of another shape. */
final class Nodes {

    private Nodes() {}

    /** The node at a dotted path of mappings, or {@code null}. */
    static YamlNode at(YamlNode node, String... path) {
        YamlNode current = node;
        for (String key : path) {
            if (!(current instanceof YamlNode.Mapping mapping)) {
                return null;
            }
            current = mapping.get(key);
        }
        return current;
    }

    static YamlNode.Mapping mapping(YamlNode node, String... path) {
        return at(node, path) instanceof YamlNode.Mapping m ? m : null;
    }

    /** The scalar at the path, if it has a value. */
    static YamlNode.Scalar scalar(YamlNode node, String... path) {
        return at(node, path) instanceof YamlNode.Scalar s && !s.isNull() ? s : null;
    }

    static String text(YamlNode node, String... path) {
        YamlNode.Scalar s = scalar(node, path);
        return s == null ? null : s.text();
    }

    /** A whole number of 0 or more at the path, or {@code null}. */
    static Long whole(YamlNode.Scalar scalar) {
        if (scalar == null || !Scalars.isWhole(scalar.text())) {
            return null;
        }
        try {
            return Long.parseLong(scalar.text());
        } catch (NumberFormatException e) {
            return null; // more digits than a long holds
        }
    }

    /** A mapping of strings to strings (labels), in written order; entries of other shapes are left out. */
    static Map<String, String> strings(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            return Map.of();
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            if (entry.value() instanceof YamlNode.Scalar s && !s.isNull()) {
                result.put(entry.key().text(), s.text());
            }
        }
        return Collections.unmodifiableMap(result);
    }
}
