package dev.rustgo.policy;

import dev.rustgo.criteria.Numbers;
import dev.rustgo.criteria.Threshold;
import dev.rustgo.criteria.Thresholds;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.diagnostics.Suggestions;
import dev.rustgo.files.Boundary;
import dev.rustgo.model.Position;
import dev.rustgo.model.Token;
import dev.rustgo.yaml.Scalars;
import dev.rustgo.yaml.YamlNode;
import dev.rustgo.yaml.YamlReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code rustgo-policy.yaml} as strictly as a descriptor (the same hardened YAML reading,
 * every problem at its place, "did you mean" for unknown keys, rules and thresholds):
 *
 * <pre>
 * apiVersion: rustgo.dev/v1
 * kind: Policy
 * extends: classpath:company/rustgo-policy.yaml   # optional: the organisation's policy, under this one
 * rules: {go-fit-in-rust: error, needs-review: off}
 * thresholds: {tail.strongMs: 3}
 * share: {low: 0.05, high: 0.15}
 * waivers:
 *   - {service: "payments-*", rule: rust-candidate-in-go, reason: "...", owner: team, expires: 2027-03-01}
 * </pre>
 */
public final class PolicyReader {

    /** The policy key that says which findings the gate counts, and its values. */
    private static final String GATE = "gate";

    private static final List<String> GATES = List.of("all", "changes");

    private static final List<String> KEYS =
            List.of("apiVersion", "kind", "extends", GATE, "rules", "thresholds", "share", "waivers");

    /** How many policies deep an {@code extends} chain may go. */
    static final int MAX_EXTENDS = 8;

    private static final List<String> WAIVER_KEYS = List.of("service", "rule", "reason", "owner", "expires");
    private static final Map<String, String> SHARE_KEYS =
            Map.of("low", "share.low", "high", "share.high", "minServices", "share.minServices");
    private static final List<String> LEVELS = List.of("off", "info", "warning", "error");

    /** The policy read, or the problems that make it unusable (then the policy is the defaults). */
    public record Result(Policy policy, List<Problem> problems) {}

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private PolicyReader(String file) {
        this.file = file;
    }

    public static Result read(Path path, String file, FailOn failOn) {
        return read(PolicySource.file(path, file), failOn);
    }

    /**
     * Reads a policy and the policies it {@code extends}: the one extended first, then this one's
     * rules, thresholds and share band over it. Waivers stay in the repository's own policy (the one
     * read first); one in a policy that is extended is a problem at its place.
     */
    public static Result read(PolicySource source, FailOn failOn) {
        List<Problem> problems = new ArrayList<>();
        List<String> chain = new ArrayList<>();
        List<Layer> layers = layers(source, problems, chain);
        if (!problems.isEmpty() || layers.isEmpty()) {
            return new Result(Policy.defaults(failOn), List.copyOf(problems));
        }
        return merged(layers, chain, failOn);
    }

    /**
     * The repository's own policy first, then each one it extends, as far as they can be read; the
     * names read join {@code chain}, what stopped the reading joins {@code problems}.
     */
    private static List<Layer> layers(PolicySource source, List<Problem> problems, List<String> chain) {
        List<Layer> layers = new ArrayList<>();
        PolicySource current = source;
        Problem cause = null;
        while (current != null) {
            if (chain.contains(current.name())) {
                problems.add(cause.withMessage("extends " + current.name() + " again, a cycle: "
                        + String.join(" -> ", chain) + " -> " + current.name()));
                break;
            }
            if (chain.size() == MAX_EXTENDS) {
                problems.add(cause.withMessage("extends more than " + MAX_EXTENDS + " policies deep"));
                break;
            }
            chain.add(current.name());
            PolicyReader reader = new PolicyReader(current.name());
            byte[] bytes;
            try {
                bytes = current.read();
            } catch (IOException e) {
                // A file outside the project is named by its path alone: what it holds is never quoted.
                String why = e instanceof Boundary.Outside ? e.getMessage() : "cannot be read: " + e.getMessage();
                problems.add(
                        cause == null
                                ? new Problem(current.name(), Position.START, why)
                                : cause.withMessage("extends " + current.name() + ", which " + why));
                break;
            }
            Layer layer = reader.layer(new YamlReader().read(bytes, current.name()), !layers.isEmpty());
            problems.addAll(reader.problems);
            if (layer == null) {
                break;
            }
            layers.add(layer);
            if (layer.extendsRef() == null) {
                break;
            }
            cause = new Problem(current.name(), layer.extendsAt(), "");
            try {
                current = current.resolve(layer.extendsRef());
            } catch (IllegalArgumentException e) {
                problems.add(cause.withMessage(e.getMessage()));
                break;
            }
        }
        return layers;
    }

    /** The policy the layers make: the one extended last is the base; each one before it overrides it. */
    private static Result merged(List<Layer> layers, List<String> chain, FailOn failOn) {
        Map<PolicyRule, Severity> severities = new EnumMap<>(PolicyRule.class);
        Set<PolicyRule> off = EnumSet.noneOf(PolicyRule.class);
        Map<String, Double> overrides = new LinkedHashMap<>();
        boolean changesOnly = false;
        for (int i = layers.size() - 1; i >= 0; i--) {
            Layer l = layers.get(i);
            if (l.changesOnly() != null) {
                changesOnly = l.changesOnly();
            }
            for (PolicyRule rule : l.severities().keySet()) {
                off.remove(rule);
            }
            severities.putAll(l.severities());
            for (PolicyRule rule : l.off()) {
                off.add(rule);
                severities.remove(rule);
            }
            overrides.putAll(l.overrides());
        }
        Layer own = layers.get(0);
        PolicyReader reader = new PolicyReader(own.file());
        Thresholds thresholds = Thresholds.defaults().with(overrides);
        reader.shareBand(thresholds, own.placed(), own.root());
        if (!reader.problems.isEmpty()) {
            return new Result(Policy.defaults(failOn), List.copyOf(reader.problems));
        }
        String name = layers.size() == 1
                ? own.file()
                : own.file() + " (extends " + String.join(", extends ", chain.subList(1, chain.size())) + ")";
        return new Result(new Policy(severities, off, thresholds, own.waivers(), failOn, name, changesOnly), List.of());
    }

    /** What one policy file says, before the ones it extends are merged under it. */
    private record Layer(
            String file,
            YamlNode.Mapping root,
            Map<PolicyRule, Severity> severities,
            Set<PolicyRule> off,
            Map<String, Double> overrides,
            Map<String, Position> placed,
            List<Waiver> waivers,
            String extendsRef,
            Position extendsAt,
            Boolean changesOnly) {}

    /** The layer of one parsed file, or {@code null} if it is not a policy at all. */
    private Layer layer(YamlReader.Result parsed, boolean extended) {
        problems.addAll(parsed.problems());
        if (!parsed.problems().isEmpty()) {
            return null;
        }
        List<YamlNode> documents = parsed.documents().stream()
                .filter(d -> !(d instanceof YamlNode.Scalar s && s.isNull()))
                .toList();
        if (documents.isEmpty()) {
            problem(
                    Position.START,
                    "the policy file is empty; write a policy (apiVersion: rustgo.dev/v1,"
                            + " kind: Policy) or delete the file to use the defaults");
            return null;
        }
        if (documents.size() > 1) {
            problem(documents.get(1).position(), "a policy file holds one document");
            return null;
        }
        if (!(documents.get(0) instanceof YamlNode.Mapping root)) {
            problem(
                    documents.get(0).position(),
                    "a policy must be a mapping (apiVersion: rustgo.dev/v1,"
                            + " kind: Policy, rules, thresholds, share, waivers); found "
                            + documents.get(0).describe());
            return null;
        }
        Layer layer = policy(root);
        if (extended && !layer.waivers().isEmpty()) {
            problem(
                    root.get("waivers").position(),
                    "waivers stay in each repository's own policy, and this policy is extended by another;"
                            + " move them to the policy that extends it");
        }
        return layer;
    }

    private void problem(Position at, String message) {
        problems.add(new Problem(file, at, message));
    }

    private Layer policy(YamlNode.Mapping root) {
        unknownKeys(root);
        expect(root, "apiVersion", "rustgo.dev/v1");
        expect(root, "kind", "Policy");
        Map<PolicyRule, Severity> severities = new EnumMap<>(PolicyRule.class);
        Set<PolicyRule> off = EnumSet.noneOf(PolicyRule.class);
        rules(root, severities, off);
        Map<String, Double> overrides = new LinkedHashMap<>();
        Map<String, Position> placed = new LinkedHashMap<>();
        thresholds(root, overrides, placed);
        share(root, overrides, placed);
        List<Waiver> waivers = waivers(root);
        YamlNode.Scalar parent = extendsRef(root);
        return new Layer(
                file,
                root,
                severities,
                off,
                overrides,
                placed,
                waivers,
                parent == null ? null : parent.text().strip(),
                parent == null ? null : parent.position(),
                gate(root));
    }

    private void unknownKeys(YamlNode.Mapping root) {
        for (YamlNode.Entry e : root.entries()) {
            if (!KEYS.contains(e.key().text())) {
                problem(
                        e.key().position(),
                        "unknown key '" + e.key().text() + "'"
                                + Suggestions.hint(e.key().text(), KEYS));
            }
        }
    }

    /** {@code rules:}, each rule's severity or {@code off}. */
    private void rules(YamlNode.Mapping root, Map<PolicyRule, Severity> severities, Set<PolicyRule> off) {
        YamlNode.Mapping rules = mapping(root, "rules");
        if (rules != null) {
            for (YamlNode.Entry e : rules.entries()) {
                rule(e, severities, off);
            }
        }
    }

    /** {@code thresholds:}, each a criterion threshold by id, and where it was written. */
    private void thresholds(YamlNode.Mapping root, Map<String, Double> overrides, Map<String, Position> placed) {
        YamlNode.Mapping thresholdMap = mapping(root, "thresholds");
        if (thresholdMap == null) {
            return;
        }
        List<String> names = Threshold.ids();
        for (YamlNode.Entry e : thresholdMap.entries()) {
            String name = e.key().text();
            if (!names.contains(name)) {
                problem(
                        e.key().position(),
                        "unknown threshold '" + name + "'" + Suggestions.hint(name, names)
                                + "; docs/criteria.md lists them all");
            } else {
                Double value = number(e.value(), "thresholds." + name);
                if (value != null) {
                    overrides.put(name, value);
                    placed.put(name, e.value().position());
                }
            }
        }
    }

    /** {@code share:}, the band's ends and the smallest portfolio it applies to, as thresholds. */
    private void share(YamlNode.Mapping root, Map<String, Double> overrides, Map<String, Position> placed) {
        YamlNode.Mapping share = mapping(root, "share");
        if (share == null) {
            return;
        }
        for (YamlNode.Entry e : share.entries()) {
            String key = e.key().text();
            String name = SHARE_KEYS.get(key);
            if (name == null) {
                problem(
                        e.key().position(),
                        "unknown key '" + key + "' in share"
                                + Suggestions.hint(key, List.of("low", "high", "minServices")));
            } else {
                Double value = number(e.value(), "share." + key);
                if (value != null) {
                    overrides.put(name, value);
                    placed.put(name, e.value().position());
                }
            }
        }
    }

    /** {@code waivers:}, the ones written without a problem. */
    private List<Waiver> waivers(YamlNode.Mapping root) {
        List<Waiver> waivers = new ArrayList<>();
        YamlNode list = root.get("waivers");
        if (list instanceof YamlNode.Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                Waiver waiver = waiver(item);
                if (waiver != null) {
                    waivers.add(waiver);
                }
            }
        } else if (list != null && !(list instanceof YamlNode.Scalar s && s.isNull())) {
            problem(
                    list.position(),
                    "waivers must be a list of waivers (service, rule, reason, owner, expires); found "
                            + list.describe());
        }
        return waivers;
    }

    /** {@code extends:}, the one policy this one is written over, or {@code null}. */
    private YamlNode.Scalar extendsRef(YamlNode.Mapping root) {
        YamlNode parent = root.get("extends");
        if (parent instanceof YamlNode.Scalar scalar
                && !scalar.isNull()
                && !scalar.text().isBlank()) {
            return scalar;
        } else if (parent != null && !(parent instanceof YamlNode.Scalar s && s.isNull())) {
            problem(
                    parent.position(),
                    "extends must be one policy: classpath:company/rustgo-policy.yaml (from a jar added to the"
                            + " plugin's dependencies) or a path relative to this file; found " + parent.describe());
        }
        return null;
    }

    /**
     * {@code gate:}, whether only the findings a change brought count ({@code changes}) or all of them
     * ({@code all}); {@code null} where the policy does not say, so that one it extends decides.
     */
    private Boolean gate(YamlNode.Mapping root) {
        YamlNode gate = root.get(GATE);
        if (gate instanceof YamlNode.Scalar g && !g.isNull()) {
            if (GATES.contains(g.text())) {
                return g.text().equals("changes");
            }
            problem(
                    g.position(),
                    GATE + " must be all (every finding counts) or changes (with rustgo.compareTo, only the findings"
                            + " the change brought); found '" + g.text() + "'" + Suggestions.hint(g.text(), GATES));
        } else if (gate != null && !(gate instanceof YamlNode.Scalar)) {
            problem(gate.position(), GATE + " must be all or changes; found " + gate.describe());
        }
        return null;
    }

    /** The share band is two fractions of the portfolio, the low one below the high one. */
    private void shareBand(Thresholds thresholds, Map<String, Position> placed, YamlNode.Mapping root) {
        boolean fractions = true;
        for (String name : List.of("share.low", "share.high")) {
            double value = thresholds.get(Threshold.byId(name));
            if (placed.containsKey(name) && value > 1) {
                fractions = false;
                BigDecimal fraction = BigDecimal.valueOf(value).movePointLeft(2).stripTrailingZeros();
                String percent = value <= 100
                        ? " (for " + Numbers.format(value) + "%, write "
                                + fraction.setScale(Math.max(2, fraction.scale()))
                                        .toPlainString() + ")"
                        : "";
                problem(
                        placed.get(name),
                        name + " is a fraction of the portfolio, from 0 to 1; found " + Numbers.format(value)
                                + percent);
            }
        }
        double low = thresholds.get(Threshold.SHARE_LOW);
        double high = thresholds.get(Threshold.SHARE_HIGH);
        if (fractions && low >= high) {
            Position at = placed.getOrDefault("share.low", placed.getOrDefault("share.high", root.position()));
            problem(
                    at,
                    "share.low (" + Numbers.format(low) + ") must be below share.high (" + Numbers.format(high) + ")");
        }
    }

    private void expect(YamlNode.Mapping root, String key, String value) {
        YamlNode node = root.get(key);
        if (node == null) {
            problem(root.position(), "missing " + key + ": " + value);
        } else if (!(node instanceof YamlNode.Scalar s) || !s.text().equals(value)) {
            problem(node.position(), key + " must be " + value + "; found " + node.describe());
        }
    }

    private YamlNode.Mapping mapping(YamlNode.Mapping root, String key) {
        YamlNode node = root.get(key);
        if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
            return null;
        }
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        problem(node.position(), key + " must be a mapping; found " + node.describe());
        return null;
    }

    private void rule(YamlNode.Entry e, Map<PolicyRule, Severity> severities, Set<PolicyRule> off) {
        String id = e.key().text();
        PolicyRule rule = rule(id, e.key().position());
        if (rule == null) {
            return;
        }
        String level = e.value() instanceof YamlNode.Scalar s ? s.text() : null;
        if (level == null || !LEVELS.contains(level)) {
            problem(
                    e.value().position(),
                    "rules." + id + " must be one of off, info, warning, error; found "
                            + e.value().describe() + (level == null ? "" : Suggestions.hint(level, LEVELS)));
        } else if (level.equals("off")) {
            off.add(rule);
        } else {
            severities.put(rule, Token.parse(Severity.class, level).orElseThrow());
        }
    }

    private PolicyRule rule(String id, Position at) {
        try {
            return PolicyRule.byId(id);
        } catch (IllegalArgumentException e) {
            problem(at, e.getMessage() + Suggestions.hint(id, PolicyRule.ids()) + "; docs/rules.md lists them all");
            return null;
        }
    }

    /** Why a waiver cannot cover a rule whose findings are about no service, and what to do instead. */
    private static String notWaivable(PolicyRule rule) {
        return "a waiver cannot cover " + rule.id() + ": its findings are about "
                + rule.scope().about()
                + ", not a service, and a waiver names services; set its severity under rules: instead (" + rule.id()
                + ": info, or off)" + rule.scope().instead();
    }

    private Double number(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar s && Scalars.isDecimal(s.text())) {
            return Double.parseDouble(s.text());
        }
        problem(node.position(), what + " must be a number of 0 or more; found " + node.describe());
        return null;
    }

    private Waiver waiver(YamlNode item) {
        if (!(item instanceof YamlNode.Mapping m)) {
            problem(
                    item.position(),
                    "a waiver must be a mapping of service, rule, reason, owner, expires; found " + item.describe());
            return null;
        }
        int before = problems.size();
        for (YamlNode.Entry e : m.entries()) {
            if (!WAIVER_KEYS.contains(e.key().text())) {
                problem(
                        e.key().position(),
                        "unknown key '" + e.key().text() + "' in a waiver"
                                + Suggestions.hint(e.key().text(), WAIVER_KEYS));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : WAIVER_KEYS) {
            YamlNode node = m.get(key);
            if (node == null
                    || node instanceof YamlNode.Scalar s
                            && (s.isNull() || s.text().isBlank())) {
                problem(
                        node == null ? m.position() : node.position(),
                        "a waiver needs " + key + (key.equals("expires") ? " (an ISO date: waivers end)" : ""));
            } else if (!(node instanceof YamlNode.Scalar s)) {
                problem(node.position(), "waiver " + key + " must be text; found " + node.describe());
            } else {
                values.put(key, s.text());
            }
        }
        PolicyRule rule = values.containsKey("rule")
                ? rule(values.get("rule"), m.get("rule").position())
                : null;
        if (rule != null && !rule.aboutAService()) {
            problem(m.get("rule").position(), notWaivable(rule));
        }
        LocalDate expires = null;
        if (values.containsKey("expires")) {
            String text = values.get("expires");
            expires = Scalars.isoDate(text);
            if (expires == null) {
                problem(
                        m.get("expires").position(),
                        "waiver expires must be an ISO date (yyyy-mm-dd); found '" + text + "'");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Waiver(
                values.get("service"), rule, values.get("reason"), values.get("owner"), expires, file, m.position());
    }
}
