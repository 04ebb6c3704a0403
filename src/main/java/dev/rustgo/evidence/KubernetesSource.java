package dev.rustgo.evidence;

import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.evidence.Manifests.Autoscaler;
import dev.rustgo.evidence.Manifests.Figure;
import dev.rustgo.evidence.Manifests.Workload;
import dev.rustgo.files.Boundary;
import dev.rustgo.load.Discovery;
import dev.rustgo.load.KubernetesKinds;
import dev.rustgo.model.Field;
import dev.rustgo.model.RepositoryLinks;
import dev.rustgo.yaml.YamlNode;
import dev.rustgo.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kubernetes manifests: Deployments, StatefulSets and DaemonSets (replicas; the memory of the
 * service's container) and the HorizontalPodAutoscalers that scale them ({@code maxReplicas}, what
 * the service costs at peak). Any YAML file outside a Helm chart is a candidate; a look at its bytes
 * tells whether it names a workload kind before it is parsed. A workload is matched as Backstage's
 * Kubernetes plugin matches it: the {@code backstage.io/kubernetes-id} label, or the
 * {@code backstage.io/kubernetes-label-selector}; else the {@code app.kubernetes.io/name} label or
 * the workload's name equal to the service's.
 */
final class KubernetesSource implements EvidenceSource {

    private static final String KUBERNETES_ID = "backstage.io/kubernetes-id";
    private static final String APP_NAME = "app.kubernetes.io/name";

    private final YamlReader yaml = YamlReader.forManifests();

    @Override
    public Reading read(Tree tree) {
        Set<String> charts = HelmSource.chartDirectories(tree.yaml());
        List<Discovery.SourceFile> manifests = new ArrayList<>();
        for (Discovery.SourceFile file : tree.yaml()) {
            if (HelmSource.chartOf(file.name(), charts) == null && !ComposeSource.isComposeFile(file.name())) {
                manifests.add(file);
            }
        }
        List<Parsed> parsed =
                manifests.parallelStream().map(f -> manifest(tree, f)).toList();
        Found found = new Found();
        for (Parsed p : parsed) {
            found.workloads.addAll(p.workloads);
            p.autoscalers.forEach(a -> found.autoscalers
                    .computeIfAbsent(a.targetKind() + "/" + a.targetName(), k -> new ArrayList<>())
                    .add(a));
            found.notices.addAll(p.notices);
            found.notes.addAll(p.notes);
        }
        found.index();
        return found;
    }

    /** What one manifest file held. */
    private static final class Parsed {
        final List<Workload> workloads = new ArrayList<>();
        final List<Autoscaler> autoscalers = new ArrayList<>();
        final List<Notice> notices = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
    }

    private Parsed manifest(Tree tree, Discovery.SourceFile file) {
        Parsed result = new Parsed();
        byte[] bytes;
        try {
            bytes = tree.read(file.path(), YamlReader.MAX_FILE_BYTES);
        } catch (Boundary.Outside e) {
            result.notices.add(RepositoryEvidence.outside(file.name(), e));
            return result;
        } catch (IOException e) {
            result.notices.add(new Notice(
                    Notice.Kind.MANIFEST_NOT_READ,
                    new Problem(
                            file.name(),
                            1,
                            1,
                            "cannot be read (" + e.getClass().getSimpleName() + "); the audit goes on without it")));
            return result;
        }
        // Most YAML files of a repository are not workloads: a look at the bytes saves parsing them (a file in
        // UTF-16 or UTF-32, which the look cannot read, is parsed).
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (!KubernetesKinds.mentioned(text) && !YamlReader.wide(bytes)) {
            return result;
        }
        YamlReader.Result read = yaml.read(bytes, file.name(), KubernetesKinds::mentioned);
        if (!read.problems().isEmpty()) {
            if (text.contains("{{")) {
                result.notes.add(file.name() + ": holds template expressions ({{ }}) and is not valid YAML as written;"
                        + " templates are not rendered, so it was not read");
            } else {
                Problem first = read.problems().get(0);
                result.notices.add(new Notice(
                        Notice.Kind.MANIFEST_NOT_READ,
                        new Problem(
                                file.name(),
                                first.line(),
                                first.column(),
                                "not read as a Kubernetes manifest: " + first.message()
                                        + "; the audit goes on without it")));
            }
            return result;
        }
        for (YamlNode document : read.documents()) {
            // kubectl get -o yaml exports a kind: List whose items are the objects.
            List<YamlNode> objects = "List".equals(Nodes.text(document, "kind"))
                            && Nodes.at(document, "items") instanceof YamlNode.Sequence items
                    ? items.items()
                    : List.of(document);
            for (YamlNode object : objects) {
                Object found = Manifests.read(object, file.name(), result.notices);
                if (found instanceof Workload w) {
                    result.workloads.add(w);
                } else if (found instanceof Autoscaler a) {
                    result.autoscalers.add(a);
                }
            }
        }
        return result;
    }

    /**
     * The workloads and autoscalers read, indexed by what services are matched on: a portfolio of
     * 10,000 services and as many workloads would otherwise compare every pair.
     */
    private static final class Found extends Collected {
        final List<Workload> workloads = new ArrayList<>();
        final Map<String, List<Autoscaler>> autoscalers = new HashMap<>();
        final Map<String, List<Workload>> byKubernetesId = new HashMap<>();
        final Map<String, List<Workload>> byNameOrAppLabel = new HashMap<>();
        /** By each label, {@code key=value}: a selector is matched from its rarest pair, not against every workload. */
        final Map<String, List<Workload>> byLabel = new HashMap<>();

        void index() {
            for (Workload w : workloads) {
                String id = w.labels().get(KUBERNETES_ID);
                if (id != null) {
                    byKubernetesId.computeIfAbsent(id, k -> new ArrayList<>()).add(w);
                }
                byNameOrAppLabel
                        .computeIfAbsent(w.name(), k -> new ArrayList<>())
                        .add(w);
                String app = w.labels().get(APP_NAME);
                if (app != null && !app.equals(w.name())) {
                    byNameOrAppLabel
                            .computeIfAbsent(app, k -> new ArrayList<>())
                            .add(w);
                }
                w.labels()
                        .forEach((k, v) -> byLabel.computeIfAbsent(k + "=" + v, x -> new ArrayList<>())
                                .add(w));
            }
        }

        @Override
        public List<Shown> shown() {
            List<Shown> shown = new ArrayList<>();
            for (Workload w : workloads) {
                String app = w.labels().get(APP_NAME);
                shown.add(new Shown(
                        app != null ? app : w.name(),
                        "Kubernetes workload",
                        w.describe() + " (" + w.file() + ":" + w.position().line() + ":"
                                + w.position().column() + ")",
                        null));
            }
            return shown;
        }

        @Override
        public Map<Field, Fact> facts(Site site, List<String> serviceNotes, List<Notice> serviceNotices) {
            Figure instances = null;
            Figure memory = null;
            for (Workload w : workloads(site, serviceNotes)) {
                // An autoscaler's ceiling, where one scales the workload, is what the service costs at peak.
                Figure ceiling = null;
                for (Autoscaler a : autoscalers.getOrDefault(w.kind() + "/" + w.name(), List.of())) {
                    if (a.namespace() == null
                            || w.namespace() == null
                            || a.namespace().equals(w.namespace())) {
                        ceiling = larger(ceiling, a.max());
                    }
                }
                instances = larger(instances, ceiling != null ? ceiling : w.replicas());
                memory = larger(memory, w.memoryMiB());
            }
            Map<Field, Fact> facts = new EnumMap<>(Field.class);
            if (instances != null) {
                facts.put(Field.INSTANCES, Fact.of(instances));
            }
            if (memory != null) {
                facts.put(Field.MEMORY_BUDGET_MIB, Fact.of(memory));
            }
            return facts;
        }

        private List<Workload> workloads(Site site, List<String> serviceNotes) {
            RepositoryLinks links = site.service().links();
            if (links.kubernetesId() != null) {
                return byKubernetesId.getOrDefault(links.kubernetesId(), List.of());
            }
            if (links.labelSelector() != null) {
                Map<String, String> selector = selector(links.labelSelector());
                if (selector == null) {
                    serviceNotes.add(site.service().name() + ": the label selector '" + links.labelSelector()
                            + "' is not a list of key=value pairs; only those are matched, so no workload is");
                    return List.of();
                }
                List<Workload> rarest = null;
                for (Map.Entry<String, String> pair : selector.entrySet()) {
                    List<Workload> with = byLabel.getOrDefault(pair.getKey() + "=" + pair.getValue(), List.of());
                    if (rarest == null || with.size() < rarest.size()) {
                        rarest = with;
                    }
                }
                List<Workload> matched = new ArrayList<>();
                for (Workload w : rarest) {
                    if (w.labels().entrySet().containsAll(selector.entrySet())) {
                        matched.add(w);
                    }
                }
                return matched;
            }
            return byNameOrAppLabel.getOrDefault(site.shortName(), List.of());
        }
    }

    private static Figure larger(Figure a, Figure b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.value() > a.value() ? b : a;
    }

    /** {@code app=orders,tier=api}, or {@code null} for a set-based or malformed selector. */
    static Map<String, String> selector(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            if (eq <= 0 || p.contains("!") || p.contains(" ") || p.contains("(")) {
                return null;
            }
            String key = p.substring(0, eq);
            String value = p.substring(p.startsWith("==", eq) ? eq + 2 : eq + 1);
            if (value.contains("=")) {
                return null;
            }
            pairs.put(key, value);
        }
        return pairs.isEmpty() ? null : pairs;
    }
}
