package dev.rustgo.evidence;

import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.evidence.HelmCharts.Block;
import dev.rustgo.evidence.HelmCharts.Chart;
import dev.rustgo.files.Boundary;
import dev.rustgo.load.Discovery;
import dev.rustgo.model.Field;
import dev.rustgo.yaml.YamlNode;
import dev.rustgo.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Helm charts: a directory with a {@code Chart.yaml}, and the {@code values.yaml} beside it. A
 * service takes the chart named like it (its {@code backstage.io/kubernetes-id}, else its name), or
 * the only chart in its own directory; else the block of an umbrella chart's values named like it
 * ({@code adService:} for {@code adservice}, compared by {@link HelmCharts#normalised}, or a block
 * whose {@code name:} is the service's). Templates are not rendered: files under a chart's
 * {@code templates/} are passed over with a debug note.
 */
final class HelmSource implements EvidenceSource {

    private final YamlReader yaml = YamlReader.forManifests();

    /** The directories that hold a {@code Chart.yaml}, as reports name them. */
    static Set<String> chartDirectories(List<Discovery.SourceFile> files) {
        Set<String> directories = new TreeSet<>();
        for (Discovery.SourceFile file : files) {
            String name = file.name();
            if (Discovery.helmChart(name)) {
                directories.add(RepositoryEvidence.parent(name));
            }
        }
        return directories;
    }

    /** The chart directory {@code name} lies in, the deepest one; {@code null} outside every chart. */
    static String chartOf(String name, Set<String> chartDirectories) {
        if (chartDirectories.isEmpty()) {
            return null;
        }
        for (String directory = RepositoryEvidence.parent(name); ; directory = RepositoryEvidence.parent(directory)) {
            if (chartDirectories.contains(directory)) {
                return directory;
            }
            if (directory.isEmpty()) {
                return null;
            }
        }
    }

    @Override
    public Reading read(Tree tree) {
        Set<String> directories = chartDirectories(tree.yaml());
        Found found = new Found();
        for (Discovery.SourceFile file : tree.yaml()) {
            String chart = chartOf(file.name(), directories);
            if (chart != null && file.name().startsWith(RepositoryEvidence.prefix(chart) + "templates/")) {
                found.notes.add(file.name() + ": a template of the Helm chart " + (chart.isEmpty() ? "." : chart)
                        + "; templates are not rendered, so only the chart's values.yaml is read");
            }
        }
        for (String directory : directories) {
            Chart chart = chart(tree, directory, found.notices);
            if (chart != null) {
                found.charts.add(chart);
                found.byName.putIfAbsent(chart.name(), chart);
                found.byDirectory.put(RepositoryEvidence.prefix(chart.directory()), chart);
                for (Block block : chart.blocks()) {
                    found.blocks.putIfAbsent(HelmCharts.normalised(block.key()), new Placed(chart, block));
                    if (block.declaredName() != null) {
                        found.blocks.putIfAbsent(HelmCharts.normalised(block.declaredName()), new Placed(chart, block));
                    }
                }
            }
        }
        return found;
    }

    /** An umbrella chart's block, with its chart. */
    private record Placed(Chart chart, Block block) {}

    private static final class Found extends Collected {
        final List<Chart> charts = new ArrayList<>();
        final Map<String, Chart> byName = new HashMap<>();
        final Map<String, Placed> blocks = new HashMap<>();
        /** The charts by their directory with a trailing slash, so a folder's charts are one range. */
        final NavigableMap<String, Chart> byDirectory = new TreeMap<>();

        @Override
        public List<Shown> shown() {
            List<Shown> shown = new ArrayList<>();
            for (Chart chart : charts) {
                if (chart.blocks().isEmpty()) {
                    shown.add(new Shown(
                            chart.name(),
                            "Helm chart",
                            "Helm chart " + chart.name() + " (" + chart.file() + ")",
                            null));
                }
                for (Block block : chart.blocks()) {
                    shown.add(new Shown(
                            block.declaredName() != null ? block.declaredName() : block.key(),
                            "Helm umbrella block",
                            "the block " + block.key() + " of the Helm chart " + chart.name() + " (" + chart.file()
                                    + ")",
                            null));
                }
            }
            return shown;
        }

        @Override
        public Map<Field, Fact> facts(Site site, List<String> serviceNotes, List<Notice> serviceNotices) {
            Map<Field, Fact> facts = new EnumMap<>(Field.class);
            Chart chart = chart(site);
            if (chart != null) {
                serviceNotes.add(site.service().name() + ": Helm chart " + chart.name() + " (" + chart.file() + ")");
                put(facts, Field.INSTANCES, chart.instances());
                put(facts, Field.MEMORY_BUDGET_MIB, chart.memoryMiB());
            }
            String id = Objects.requireNonNullElse(site.service().links().kubernetesId(), site.shortName());
            Placed placed = blocks.get(HelmCharts.normalised(id));
            if (placed != null && placed.chart() != chart) {
                serviceNotes.add(
                        site.service().name() + ": the block " + placed.block().key() + " of the Helm chart "
                                + placed.chart().name() + " (" + placed.chart().file() + ")");
                put(facts, Field.INSTANCES, placed.block().instances());
                put(facts, Field.MEMORY_BUDGET_MIB, placed.block().memoryMiB());
            }
            return facts;
        }

        private static void put(Map<Field, Fact> facts, Field field, Manifests.Figure figure) {
            if (figure != null) {
                facts.putIfAbsent(field, Fact.of(figure));
            }
        }

        /** The chart named like the service, else the only chart in the service's own directory. */
        private Chart chart(Site site) {
            String id = Objects.requireNonNullElse(site.service().links().kubernetesId(), site.shortName());
            Chart named = byName.get(id);
            if (named != null || !site.ownsDirectory() || charts.isEmpty()) {
                return named;
            }
            // The charts at or under the service's folder: a range of the directory index, not a scan
            // of every chart per service (10,000 services and 1,000 charts were 10 million comparisons).
            String folder = site.folder();
            Collection<Chart> inFolder = folder.isEmpty()
                    ? byDirectory.values()
                    : byDirectory
                            .subMap(folder + "/", true, folder + "/\uffff", true)
                            .values();
            // two charts: neither is the service's for sure
            return inFolder.size() == 1 ? inFolder.iterator().next() : null;
        }
    }

    private Chart chart(Tree tree, String directory, List<Notice> notices) {
        String chartFile = RepositoryEvidence.prefix(directory) + Discovery.HELM_CHART;
        YamlReader.Result chart = inside(tree, chartFile, notices);
        if (chart == null) {
            return null;
        }
        if (!chart.problems().isEmpty() || chart.documents().isEmpty()) {
            notReadAsChart(chart.problems(), chartFile, notices);
            return null;
        }
        String valuesFile = RepositoryEvidence.prefix(directory) + "values.yaml";
        YamlNode values = null;
        YamlReader.Result read =
                Files.isRegularFile(tree.root().resolve(valuesFile)) ? inside(tree, valuesFile, notices) : null;
        if (read != null) {
            if (!read.problems().isEmpty()) {
                notReadAsChart(read.problems(), valuesFile, notices);
            } else if (!read.documents().isEmpty()) {
                values = read.documents().get(0);
            }
        }
        return HelmCharts.read(directory, chartFile, chart.documents().get(0), valuesFile, values, notices);
    }

    /**
     * Reads a chart's file only inside the project once links are resolved: a link out is the same
     * warning the discovery walk gives (one finding for both), and nothing of it is read.
     */
    private YamlReader.Result inside(Tree tree, String file, List<Notice> notices) {
        byte[] bytes;
        try {
            bytes = tree.read(tree.root().resolve(file), YamlReader.MAX_FILE_BYTES);
        } catch (Boundary.Outside e) {
            notices.add(RepositoryEvidence.outside(file, e));
            return null;
        } catch (IOException e) {
            return yaml.read(tree.root().resolve(file), file); // says it cannot be read, at its place
        }
        return yaml.read(bytes, file);
    }

    private static void notReadAsChart(List<Problem> problems, String file, List<Notice> notices) {
        if (problems.isEmpty()) {
            return;
        }
        Problem first = problems.get(0);
        notices.add(new Notice(
                Notice.Kind.MANIFEST_NOT_READ,
                new Problem(
                        file,
                        first.line(),
                        first.column(),
                        "not read as a Helm chart file: " + first.message() + "; the audit goes on without it")));
    }
}
