package dev.rustgo.load;

import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.load.DescriptorLoader.FileResult;
import dev.rustgo.model.Position;
import dev.rustgo.yaml.YamlNode;
import dev.rustgo.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backstage scaffolder Templates: the files a Template copies into new repositories (its
 * skeleton, named by the {@code url} of its {@code fetch:template} steps) are not entities
 * Backstage registers, and neither is any document whose values hold {@code ${{ ... }}} template
 * expressions. They are passed over, with one {@code template-content-skipped} notice per Template
 * (found beside or above the content when the includes did not match its file).
 */
final class Templates {

    private static final String EXPRESSION = "${{";

    private Templates() {}

    /** A Template: its name, where it is written, and the directories (or files) its steps copy. */
    record Template(String name, String file, Position position, List<Path> skeletons) {

        boolean holds(Path file) {
            for (Path skeleton : skeletons) {
                if (file.startsWith(skeleton)) {
                    return true;
                }
            }
            return false;
        }
    }

    static boolean isTemplate(String apiVersion, String kind) {
        return apiVersion != null && apiVersion.startsWith("scaffolder.backstage.io/") && "Template".equals(kind);
    }

    /** The Template of a document, with its skeleton paths resolved against its file's directory. */
    static Template read(YamlNode.Mapping document, String file, Path directory) {
        YamlNode.Mapping metadata = document.get("metadata") instanceof YamlNode.Mapping m ? m : null;
        String name = metadata != null && metadata.get("name") instanceof YamlNode.Scalar s && !s.isNull()
                ? s.text()
                : "(unnamed)";
        List<Path> skeletons = new ArrayList<>();
        if (document.get("spec") instanceof YamlNode.Mapping spec
                && spec.get("steps") instanceof YamlNode.Sequence steps) {
            for (YamlNode step : steps.items()) {
                if (!(step instanceof YamlNode.Mapping s)
                        || !(s.get("action") instanceof YamlNode.Scalar action)
                        || !action.text().startsWith("fetch:template")
                        || !(s.get("input") instanceof YamlNode.Mapping input)
                        || !(input.get("url") instanceof YamlNode.Scalar url)) {
                    continue;
                }
                String target = url.text().strip();
                if (target.contains("://") || target.contains(EXPRESSION) || target.isEmpty()) {
                    continue;
                }
                try {
                    skeletons.add(directory.resolve(target).normalize().toAbsolutePath());
                } catch (InvalidPathException e) {
                    // not a path: nothing to pass over
                }
            }
        }
        Position at = metadata != null && metadata.get("name") != null
                ? metadata.get("name").position()
                : document.position();
        return new Template(name, file, at, List.copyOf(skeletons));
    }

    /** Whether any key or value of the document holds a template expression. */
    static boolean holdsExpressions(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar.text().contains(EXPRESSION);
        }
        if (node instanceof YamlNode.Mapping mapping) {
            for (YamlNode.Entry entry : mapping.entries()) {
                if (entry.key().text().contains(EXPRESSION) || holdsExpressions(entry.value())) {
                    return true;
                }
            }
            return false;
        }
        for (YamlNode item : ((YamlNode.Sequence) node).items()) {
            if (holdsExpressions(item)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks the results that are a Template's content (their services, problems and notices no
     * longer count) and returns one notice per Template, or per file whose Template was not found.
     */
    static List<Notice> passOver(Path boundary, List<FileResult> results) {
        List<Template> known = new ArrayList<>();
        for (FileResult result : results) {
            known.addAll(result.templates);
        }
        Map<Template, List<String>> contents = new LinkedHashMap<>();
        List<Notice> notices = new ArrayList<>();
        Map<Path, List<Template>> nearby = new HashMap<>();
        for (FileResult result : results) {
            Path path = result.path.toAbsolutePath().normalize();
            Template template = find(known, path);
            if (template == null && !result.templated.isEmpty()) {
                template = find(around(boundary, path, nearby), path);
            }
            if (template != null) {
                result.template = template.name();
                contents.computeIfAbsent(template, t -> new ArrayList<>()).add(result.file);
            } else if (!result.templated.isEmpty()) {
                notices.add(new Notice(
                        Notice.Kind.TEMPLATE_CONTENT_SKIPPED,
                        new Problem(
                                result.file,
                                result.templated.get(0),
                                "holds Backstage template expressions (${{ ... }}): it is scaffolder template"
                                        + " content, not an entity Backstage registers, so "
                                        + (result.templated.size() == 1
                                                ? "it was not read as a service"
                                                : result.templated.size()
                                                        + " of its documents were not read as services"))));
            }
        }
        contents.forEach((template, files) -> notices.add(new Notice(
                Notice.Kind.TEMPLATE_CONTENT_SKIPPED,
                new Problem(
                        template.file(),
                        template.position(),
                        "the scaffolder Template " + template.name() + " copies "
                                + (files.size() == 1 ? "a file" : files.size() + " files") + " of its skeleton into new"
                                + " repositories; Backstage does not register skeleton files as entities, so the audit"
                                + " did not read " + (files.size() == 1 ? "it as a service" : "them as services") + ": "
                                + String.join(", ", files)),
                null,
                template.name())));
        return notices;
    }

    private static Template find(List<Template> templates, Path file) {
        for (Template template : templates) {
            if (template.holds(file)) {
                return template;
            }
        }
        return null;
    }

    /** The Templates written in the directories from the file's up to the boundary, read once per directory. */
    private static List<Template> around(Path boundary, Path file, Map<Path, List<Template>> cache) {
        List<Template> found = new ArrayList<>();
        Path top = boundary.toAbsolutePath().normalize();
        for (Path dir = file.getParent(); dir != null && dir.startsWith(top); dir = dir.getParent()) {
            found.addAll(cache.computeIfAbsent(dir, d -> templatesIn(top, d)));
        }
        return found;
    }

    private static List<Template> templatesIn(Path boundary, Path directory) {
        List<Template> templates = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.{yaml,yml}")) {
            for (Path file : files) {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = Files.newInputStream(file)) {
                    bytes = in.readNBytes(YamlReader.MAX_FILE_BYTES + 1);
                }
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                if (bytes.length > YamlReader.MAX_FILE_BYTES || !text.contains("scaffolder.backstage.io/")) {
                    continue;
                }
                String name = boundary.relativize(file).toString().replace('\\', '/');
                for (YamlNode document : new YamlReader().read(bytes, name).documents()) {
                    if (document instanceof YamlNode.Mapping mapping
                            && mapping.get("apiVersion") instanceof YamlNode.Scalar api
                            && mapping.get("kind") instanceof YamlNode.Scalar kind
                            && isTemplate(api.text(), kind.text())) {
                        templates.add(read(mapping, name, directory));
                    }
                }
            }
        } catch (IOException e) {
            // an unreadable directory holds no Template we can name
        }
        templates.sort(Comparator.comparing(Template::file));
        return templates;
    }
}
