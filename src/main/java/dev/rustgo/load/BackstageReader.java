package dev.rustgo.load;

import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.diagnostics.Suggestions;
import dev.rustgo.model.CatalogEntity;
import dev.rustgo.model.EntityRef;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Lifecycle;
import dev.rustgo.model.Position;
import dev.rustgo.model.RepositoryLinks;
import dev.rustgo.model.Service;
import dev.rustgo.model.Token;
import dev.rustgo.model.ValueKind;
import dev.rustgo.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Backstage's software catalog: a {@code Component} carrying {@code rustgo.dev/} annotations is a
 * service; a Component of {@code spec.type: service} with none is not described for the audit yet,
 * a {@code service-not-described} notice rather than an error, so that a whole catalog can be
 * audited before every team has annotated its services. A service's fields travel as
 * annotations (string values, validated exactly as the native fields are, and reported at the
 * annotation's own place). Backstage's own fields map directly: name (and namespace), owner,
 * lifecycle, description, {@code dependsOn} and {@code dependencyOf} entity references. Everything
 * else Backstage or other tools put in an entity passes silently.
 */
public final class BackstageReader implements EnvelopeReader {

    public static final String API_GROUP = "backstage.io/";
    public static final Set<String> API_VERSIONS = Set.of(API_GROUP + "v1alpha1", API_GROUP + "v1beta1");
    public static final String PREFIX = "rustgo.dev/";

    private static final Pattern NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Pattern YAML_NON_STRING = Pattern.compile(
            "[-+]?(0|[1-9][0-9_]*)(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+|0[0-7]+|0x[0-9a-fA-F]+|"
                    + "[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|"
                    + "on|On|ON|off|Off|OFF|y|Y|n|N|[0-9]{4}-[0-9]{2}-[0-9]{2}.*");

    /** Language tags, as teams write them, and the language they give. */
    private static final Map<String, Language> LANGUAGE_TAGS = languageTags();

    /** The annotation of every field that has one, by annotation key. */
    private static final Map<String, Field> ANNOTATIONS = annotations();

    @Override
    public boolean ownsGroup(String apiVersion) {
        return apiVersion.startsWith(API_GROUP);
    }

    /**
     * A scaffolder {@code Template} (its content files are no descriptors) and, outside a
     * {@code *.rustgo.yaml} file, a {@code Location} (the files it points to are loaded too) make
     * their file a catalog file and are read for that alone; a Location with template expressions
     * is a template's content and is left to the loader.
     */
    @Override
    public boolean setAside(YamlNode.Mapping document, String apiVersion, String kind, Aside into) {
        if (Templates.isTemplate(apiVersion, kind)) {
            into.catalog();
            Templates.Template template = Templates.read(document, into.file(), into.directory());
            if (template != null) {
                into.template(template);
            }
            return true;
        }
        if (into.nativeOnly()
                || apiVersion == null
                || !ownsGroup(apiVersion)
                || !"Location".equals(kind)
                || Templates.holdsExpressions(document)) {
            return false;
        }
        into.catalog();
        locations(document, into);
        return true;
    }

    /** The targets of a Location: {@code spec.target} and {@code spec.targets}. */
    private static void locations(YamlNode.Mapping location, Aside into) {
        if (!(location.get("spec") instanceof YamlNode.Mapping spec)) {
            return;
        }
        List<YamlNode> targets = new ArrayList<>();
        if (spec.get("target") != null) {
            targets.add(spec.get("target"));
        }
        if (spec.get("targets") instanceof YamlNode.Sequence list) {
            targets.addAll(list.items());
        }
        for (YamlNode target : targets) {
            if (target instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                into.location(scalar);
            } else {
                into.problem(new Problem(
                        into.file(),
                        target.position(),
                        "a Location target must be a path or URL; found " + target.describe()));
            }
        }
    }

    /** A field by its annotation, where it has one. */
    @Override
    public String written(Field field) {
        return field.annotation() != null ? "annotation " + field.annotation() : field.path();
    }

    @Override
    public String missing(Field field) {
        if (field.annotation() == null) {
            return EnvelopeReader.super.missing(field);
        }
        return "missing annotation " + field.annotation()
                + (field == Field.LANGUAGE ? " (or one language tag in metadata.tags)" : "");
    }

    /** A component reference to no service of the portfolio names one of another catalog. */
    @Override
    public boolean externalReferences() {
        return true;
    }

    @Override
    public boolean accepts(String apiVersion, String kind) {
        return apiVersion != null && API_VERSIONS.contains(apiVersion) && "Component".equals(kind);
    }

    @Override
    public Service read(YamlNode.Mapping document, String file, List<Problem> problems) {
        return read(document, file, problems, new ArrayList<>());
    }

    @Override
    public Service read(YamlNode.Mapping document, String file, List<Problem> problems, List<Notice> notices) {
        YamlNode.Mapping metadata = document.get("metadata") instanceof YamlNode.Mapping m ? m : null;
        YamlNode.Mapping spec = document.get("spec") instanceof YamlNode.Mapping m ? m : null;
        YamlNode.Mapping annotations =
                metadata != null && metadata.get("annotations") instanceof YamlNode.Mapping m ? m : null;
        boolean annotated = annotations != null
                && annotations.entries().stream().anyMatch(e -> e.key().text().startsWith(PREFIX));
        boolean typeService =
                spec != null && spec.get("type") instanceof YamlNode.Scalar t && "service".equals(t.text());
        if (!annotated && !typeService) {
            return null; // a website, a library: not a service of the audit
        }
        if (!annotated && metadata != null) {
            notDescribed(metadata, file, notices);
            return undescribed(document, metadata, spec, file);
        }
        int before = problems.size();
        Service.Builder builder = Service.builder(file, document.position()).dialect(this);
        if (metadata == null) {
            problems.add(new Problem(file, document.position(), "missing metadata; a Component needs metadata.name"));
            return null;
        }
        String name = name(metadata, file, problems);
        if (name != null) {
            builder.put(Field.NAME, name, metadata.get("name").position()).entity(entity(metadata));
        }
        backstageFields(metadata, spec, builder, file, problems);
        builder.links(links(annotations));
        // The fields whose value was already reported as wrong: a missing-field problem would repeat it.
        Set<Field> reported = EnumSet.noneOf(Field.class);
        if (annotations != null) {
            for (YamlNode.Entry entry : annotations.entries()) {
                Field wrong = annotation(entry, file, builder, problems);
                if (wrong != null) {
                    reported.add(wrong);
                }
            }
        }
        if (!builder.has(Field.LANGUAGE)
                && !reported.contains(Field.LANGUAGE)
                && !language(metadata, file, builder, problems)) {
            reported.add(Field.LANGUAGE);
        }
        Position where = annotations != null ? annotations.position() : metadata.position();
        if (!reported.contains(Field.LANGUAGE)) {
            // Required, but the repository's build files may give it: RequiredFields decides after them.
            builder.expect(Field.LANGUAGE, where);
        }
        if (!builder.has(Field.ROLE) && !reported.contains(Field.ROLE)) {
            problems.add(new Problem(
                    file,
                    where,
                    "missing annotation rustgo.dev/role; a Component with rustgo.dev/"
                            + " annotations is audited, so it needs one (data-plane, api, worker, ...)"));
        }
        return problems.size() == before && name != null ? builder.build() : null;
    }

    /**
     * A Component of spec.type service without any rustgo.dev/ annotation, as far as Backstage's own
     * fields describe it: scored if its language is known (a language tag here, or the repository's
     * build files), with its role and the rest missing. Nothing is reported against it: it was not
     * written for the audit.
     */
    private Service undescribed(
            YamlNode.Mapping document, YamlNode.Mapping metadata, YamlNode.Mapping spec, String file) {
        List<Problem> ignored = new ArrayList<>();
        String name = name(metadata, file, ignored);
        if (name == null) {
            return null;
        }
        Service.Builder builder = Service.builder(file, document.position())
                .dialect(this)
                .undescribed()
                .put(Field.NAME, name, metadata.get("name").position())
                .entity(entity(metadata));
        backstageFields(metadata, spec, builder, file, ignored);
        language(metadata, file, builder, ignored);
        YamlNode.Mapping annotations = metadata.get("annotations") instanceof YamlNode.Mapping m ? m : null;
        return builder.links(links(annotations)).build();
    }

    /**
     * Backstage's own fields, for a described Component and an undescribed one alike: description,
     * owner and system (references, as Backstage resolves them), lifecycle, and the dependency edges.
     */
    private static void backstageFields(
            YamlNode.Mapping metadata,
            YamlNode.Mapping spec,
            Service.Builder builder,
            String file,
            List<Problem> problems) {
        text(metadata.get("description"), Field.DESCRIPTION, builder);
        if (spec == null) {
            return;
        }
        reference(spec.get("owner"), Field.OWNER, "group", namespace(metadata), builder);
        reference(spec.get("system"), Field.SYSTEM, "system", namespace(metadata), builder);
        if (spec.get("lifecycle") instanceof YamlNode.Scalar lifecycle && !lifecycle.isNull()) {
            // Backstage allows any lifecycle; only the contract's three values carry meaning here.
            Token.parse(Lifecycle.class, lifecycle.text())
                    .ifPresent(l -> builder.put(Field.LIFECYCLE, l, lifecycle.position()));
        }
        references(spec, namespace(metadata), builder, file, problems);
    }

    /** Backstage's own annotations that say where the service runs and where its code is. */
    private static RepositoryLinks links(YamlNode.Mapping annotations) {
        if (annotations == null) {
            return RepositoryLinks.NONE;
        }
        String id = annotation(annotations, "backstage.io/kubernetes-id");
        String selector = annotation(annotations, "backstage.io/kubernetes-label-selector");
        String source = annotation(annotations, "backstage.io/source-location");
        return id == null && selector == null && source == null
                ? RepositoryLinks.NONE
                : new RepositoryLinks(id, selector, source);
    }

    private static String annotation(YamlNode.Mapping annotations, String key) {
        return annotations.get(key) instanceof YamlNode.Scalar s
                        && !s.isNull()
                        && !s.text().isBlank()
                ? s.text().strip()
                : null;
    }

    /** A Component of spec.type service without any rustgo.dev/ annotation: said so. */
    private static void notDescribed(YamlNode.Mapping metadata, String file, List<Notice> notices) {
        YamlNode node = metadata.get("name");
        String name = node instanceof YamlNode.Scalar s && !s.isNull() ? s.text() : null;
        String service = name == null ? null : portfolioName(metadata, name);
        String what = name == null
                ? "a Component of spec.type service without a name or rustgo.dev/ annotations is"
                        + " not audited; add metadata.name, rustgo.dev/role"
                : service + " is a Component of spec.type service without rustgo.dev/ annotations, so it is not"
                        + " audited; add rustgo.dev/role";
        notices.add(new Notice(
                Notice.Kind.SERVICE_NOT_DESCRIBED,
                new Problem(
                        file,
                        node == null ? metadata.position() : node.position(),
                        what + " and rustgo.dev/language (or one language tag) to describe it (mvn"
                                + (name == null
                                        ? " rustgo:scaffold -Drustgo.envelope=backstage -Drustgo.service=NAME writes"
                                                + " an example with every annotation, to copy from)"
                                        : " rustgo:scaffold -Drustgo.service=" + name + " prints the annotations to"
                                                + " add, with what the repository gives)")),
                service));
    }

    /**
     * The entity the document is, for a document whose name {@link #name} accepted: a
     * {@code Component} (the only kind this reader {@link #accepts}), its name as written, its
     * namespace {@code default} where none is written.
     */
    private static CatalogEntity entity(YamlNode.Mapping metadata) {
        String name = ((YamlNode.Scalar) metadata.get("name")).text();
        return new CatalogEntity("Component", namespace(metadata), name);
    }

    /** The portfolio name: {@code name}, or {@code namespace/name} outside the default namespace. */
    private static String name(YamlNode.Mapping metadata, String file, List<Problem> problems) {
        YamlNode node = metadata.get("name");
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
            problems.add(
                    new Problem(file, node == null ? metadata.position() : node.position(), "missing metadata.name"));
            return null;
        }
        String name = scalar.text();
        if (name.length() > 63 || !NAME.matcher(name).matches()) {
            problems.add(new Problem(
                    file,
                    node.position(),
                    "metadata.name must be 1-63 characters of letters,"
                            + " digits, '-', '_' and '.', starting and ending with a letter or digit; found '" + name
                            + "'"));
            return null;
        }
        YamlNode ns = metadata.get("namespace");
        boolean given = ns != null && !(ns instanceof YamlNode.Scalar n && n.isNull());
        if (given
                && !(ns instanceof YamlNode.Scalar n
                        && n.text().length() <= 63
                        && NAME.matcher(n.text()).matches())) {
            problems.add(new Problem(
                    file,
                    ns.position(),
                    "metadata.namespace must be 1-63 characters of letters,"
                            + " digits, '-', '_' and '.', starting and ending with a letter or digit, as Backstage requires;"
                            + " found " + (ns instanceof YamlNode.Scalar n ? "'" + n.text() + "'" : ns.describe())));
            return null;
        }
        return portfolioName(metadata, name);
    }

    /**
     * An entity reference (an owner, a system) as the portfolio names it: {@code group:default/payments}
     * and {@code payments} are the same owner, as Backstage has it ({@link EntityRef}).
     */
    private static void reference(
            YamlNode node, Field field, String defaultKind, String namespace, Service.Builder builder) {
        if (node instanceof YamlNode.Scalar scalar
                && !scalar.isNull()
                && !scalar.text().isBlank()) {
            builder.put(field, EntityRef.canonical(scalar.text(), defaultKind, namespace), scalar.position());
        }
    }

    private static void text(YamlNode node, Field field, Service.Builder builder) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            builder.put(field, scalar.text(), scalar.position());
        }
    }

    /** How the portfolio names an entity: {@code name} in the default namespace, else {@code namespace/name}. */
    private static String portfolioName(YamlNode.Mapping metadata, String name) {
        String namespace = namespace(metadata);
        return namespace.equals("default") ? name : namespace + "/" + name;
    }

    /** The entity's namespace: {@code default} unless {@code metadata.namespace} says otherwise. */
    private static String namespace(YamlNode.Mapping metadata) {
        return metadata.get("namespace") instanceof YamlNode.Scalar ns && !ns.isNull() ? ns.text() : "default";
    }

    /**
     * {@code spec.dependsOn} and {@code spec.dependencyOf}: component references are edges, the rest
     * external. A reference without a namespace is in the entity's own namespace, as Backstage has it.
     */
    private static void references(
            YamlNode.Mapping spec, String namespace, Service.Builder builder, String file, List<Problem> problems) {
        List<String> components = new ArrayList<>();
        List<String> dependents = new ArrayList<>();
        List<String> external = new ArrayList<>();
        Position dependsOnAt = null;
        for (String key : List.of("dependsOn", "dependencyOf")) {
            YamlNode.Sequence list = referenceList(spec, key, file, problems);
            if (list == null) {
                continue;
            }
            if (key.equals("dependsOn")) {
                dependsOnAt = list.position();
            }
            for (YamlNode item : list.items()) {
                String text = referenceText(item, key, file, problems);
                if (text == null) {
                    continue;
                }
                int colon = text.indexOf(':');
                String kind = text.substring(0, colon).toLowerCase(Locale.ROOT);
                String target = inNamespace(text.substring(colon + 1), namespace);
                if (!kind.equals("component")) {
                    if (key.equals("dependsOn")) {
                        external.add(text);
                    }
                } else if (key.equals("dependsOn")) {
                    components.add(target);
                } else {
                    dependents.add(target);
                }
            }
        }
        if (dependsOnAt != null) {
            builder.put(Field.DEPENDS_ON, List.copyOf(components), dependsOnAt);
        }
        builder.dependencyOf(dependents).externalDependencies(external);
    }

    /** {@code spec.dependsOn} or {@code spec.dependencyOf} as a list; {@code null} where absent or, reported, not a list. */
    private static YamlNode.Sequence referenceList(
            YamlNode.Mapping spec, String key, String file, List<Problem> problems) {
        YamlNode node = spec.get(key);
        if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
            return null;
        }
        if (!(node instanceof YamlNode.Sequence list)) {
            problems.add(new Problem(
                    file,
                    node.position(),
                    "spec." + key + " must be a list of entity references, like [component:ledger]; found "
                            + node.describe()));
            return null;
        }
        return list;
    }

    /** An entry's reference, {@code kind:[namespace/]name}; {@code null}, reported, where it is none. */
    private static String referenceText(YamlNode item, String key, String file, List<Problem> problems) {
        if (!(item instanceof YamlNode.Scalar ref) || ref.isNull()) {
            problems.add(new Problem(
                    file,
                    item.position(),
                    "spec." + key + " entries must be entity references, like component:ledger; found "
                            + item.describe()));
            return null;
        }
        String text = ref.text();
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            problems.add(new Problem(
                    file,
                    item.position(),
                    "spec." + key + " entry '" + text + "' needs a kind, as Backstage requires: component:" + text));
            return null;
        }
        return text;
    }

    /**
     * A reference's {@code [namespace/]name} as the portfolio names it: without a namespace, in the entity's
     * own; {@code default/} left out.
     */
    private static String inNamespace(String target, String namespace) {
        String named = !target.contains("/") && !namespace.equals("default") ? namespace + "/" + target : target;
        return named.startsWith("default/") ? named.substring("default/".length()) : named;
    }

    /** Reads one annotation into the builder; the field whose value it reported as wrong, else {@code null}. */
    private static Field annotation(
            YamlNode.Entry entry, String file, Service.Builder builder, List<Problem> problems) {
        String key = entry.key().text();
        if (!key.startsWith(PREFIX)) {
            return null; // other tools' annotations pass silently
        }
        Field field = ANNOTATIONS.get(key);
        if (field == null) {
            problems.add(new Problem(
                    file,
                    entry.key().position(),
                    "unknown annotation '" + key + "'" + Suggestions.hint(key, ANNOTATIONS.keySet())));
            return null;
        }
        YamlNode value = entry.value();
        if (!(value instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
            problems.add(new Problem(
                    file, value.position(), "annotation " + key + " must be a string; found " + value.describe()));
            return field;
        }
        if (scalar.plain() && YAML_NON_STRING.matcher(scalar.text()).matches()) {
            problems.add(new Problem(
                    file,
                    value.position(),
                    "annotation " + key + " must be a string, as Backstage requires; quote it: \"" + scalar.text()
                            + "\""));
            return field;
        }
        boolean list = field.kind() == ValueKind.ENUM_LIST;
        List<Object> items = new ArrayList<>();
        for (String part : list ? List.of(scalar.text().split(",", -1)) : List.of(scalar.text())) {
            String text = list ? part.strip() : part;
            Values.Converted converted = Values.convert(field, text);
            if (converted.failed()) {
                problems.add(new Problem(file, value.position(), "annotation " + key + " " + converted.error()));
                return field;
            }
            if (!items.contains(converted.value())) {
                items.add(converted.value());
            }
        }
        builder.put(field, list ? enumSet(items) : items.get(0), value.position());
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Set<?> enumSet(List<Object> items) {
        EnumSet set = EnumSet.noneOf((Class) items.get(0).getClass());
        set.addAll(items);
        return Collections.unmodifiableSet(set);
    }

    /**
     * The language of the one language tag, if there is exactly one; {@code false} where the tags
     * name several languages, which it reports.
     */
    private static boolean language(
            YamlNode.Mapping metadata, String file, Service.Builder builder, List<Problem> problems) {
        if (!(metadata.get("tags") instanceof YamlNode.Sequence tags)) {
            return true;
        }
        Map<Language, YamlNode> found = new LinkedHashMap<>();
        for (YamlNode tag : tags.items()) {
            if (tag instanceof YamlNode.Scalar scalar) {
                Language language = LANGUAGE_TAGS.get(scalar.text().toLowerCase(Locale.ROOT));
                if (language != null) {
                    found.putIfAbsent(language, tag);
                }
            }
        }
        if (found.size() == 1) {
            Map.Entry<Language, YamlNode> only = found.entrySet().iterator().next();
            builder.put(Field.LANGUAGE, only.getKey(), only.getValue().position());
        } else if (found.size() > 1) {
            problems.add(new Problem(
                    file,
                    tags.position(),
                    "metadata.tags name " + found.size()
                            + " languages ("
                            + String.join(
                                    ", ",
                                    found.keySet().stream().map(Language::id).toList())
                            + "); keep one language tag, or set the annotation rustgo.dev/language"));
            return false;
        }
        return true;
    }

    private static Map<String, Language> languageTags() {
        Map<String, Language> tags = new LinkedHashMap<>();
        tags.put("go", Language.GO);
        tags.put("golang", Language.GO);
        tags.put("rust", Language.RUST);
        tags.put("java", Language.JAVA);
        tags.put("kotlin", Language.KOTLIN);
        tags.put("python", Language.PYTHON);
        tags.put("node", Language.NODE);
        tags.put("nodejs", Language.NODE);
        tags.put("javascript", Language.NODE);
        tags.put("typescript", Language.NODE);
        tags.put("dotnet", Language.DOTNET);
        tags.put("csharp", Language.DOTNET);
        tags.put("cpp", Language.CPP);
        tags.put("c", Language.C);
        return Collections.unmodifiableMap(tags);
    }

    private static Map<String, Field> annotations() {
        Map<String, Field> map = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            if (field.annotation() != null) {
                map.put(field.annotation(), field);
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
