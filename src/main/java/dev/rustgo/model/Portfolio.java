package dev.rustgo.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The services of a run, seen together: unique by name (the first in file order is kept, later
 * ones are duplicates), with the fan-in each gets from the {@code dependsOn} edges of the others
 * and the references that name no service of the portfolio. Built in one pass over the edges, so
 * large portfolios and dependency cycles cost nothing extra.
 */
public final class Portfolio {

    /** A second service of a name that is already taken. */
    public record Duplicate(Service kept, Service dropped) {}

    /** A {@code dependsOn} entry that names no service of the portfolio. */
    public record Dangling(Service from, String target) {}

    private final List<Service> services;
    private final Map<String, Service> byName;
    private final Map<String, Integer> fanIn;
    private final List<Duplicate> duplicates;
    private final List<Dangling> dangling;
    private final Map<String, List<String>> externalComponents;

    private Portfolio(
            List<Service> services,
            Map<String, Service> byName,
            Map<String, Integer> fanIn,
            List<Duplicate> duplicates,
            List<Dangling> dangling,
            Map<String, List<String>> externalComponents) {
        this.services = services;
        this.byName = byName;
        this.fanIn = fanIn;
        this.duplicates = duplicates;
        this.dangling = dangling;
        this.externalComponents = externalComponents;
    }

    /** @param loaded the services in file and document order */
    public static Portfolio of(List<Service> loaded) {
        Map<String, Service> byName = new LinkedHashMap<>();
        List<Duplicate> duplicates = new ArrayList<>();
        for (Service service : loaded) {
            Service first = byName.putIfAbsent(service.key(), service);
            if (first != null) {
                duplicates.add(new Duplicate(first, service));
            }
        }
        List<Service> services = new ArrayList<>(byName.values());
        services.sort(Comparator.comparing(Service::name));
        // Each edge "dependent -> dependency" counts once, whichever side declared it: edges are
        // pairs of service numbers, so a large graph costs one small entry per edge.
        Map<String, Integer> number = new HashMap<>(services.size() * 2);
        for (Service service : services) {
            number.put(service.key(), number.size());
        }
        Set<Long> edges = new HashSet<>();
        int[] counts = new int[services.size()];
        List<Dangling> dangling = new ArrayList<>();
        Map<String, List<String>> external = new HashMap<>();
        for (int from = 0; from < services.size(); from++) {
            Service service = services.get(from);
            Set<String> unknown = null;
            for (String target : service.dependsOn()) {
                Integer to = number.get(key(target));
                if (to != null) {
                    addEdge(from, to, edges, counts);
                } else if (!service.dialect().externalReferences()) {
                    if (unknown == null) {
                        unknown = new HashSet<>();
                    }
                    if (unknown.add(target)) {
                        dangling.add(new Dangling(service, target));
                    }
                } else {
                    // A reference to no service of the portfolio, where the envelope has such, is external.
                    external.computeIfAbsent(service.key(), k -> new ArrayList<>())
                            .add(target);
                }
            }
            for (String dependent : service.dependencyOf()) {
                Integer by = number.get(key(dependent));
                if (by != null) {
                    addEdge(by, from, edges, counts);
                }
            }
        }
        Map<String, Integer> fanIn = new HashMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                fanIn.put(services.get(i).key(), counts[i]);
            }
        }
        external.replaceAll((k, v) -> List.copyOf(v));
        return new Portfolio(
                List.copyOf(services), byName, fanIn, List.copyOf(duplicates), List.copyOf(dangling), external);
    }

    /** Names are unique case-insensitively, as Backstage has it; native names are lower-case anyway. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static void addEdge(int from, int to, Set<Long> edges, int[] counts) {
        // from * n + to is unique per edge, and its Long hash spreads (from << 32 | to would not).
        if (from != to && edges.add((long) from * counts.length + to)) {
            counts[to]++;
        }
    }

    /** The services, unique, in name order. */
    public List<Service> services() {
        return services;
    }

    public Service service(String name) {
        return byName.get(key(name));
    }

    /** How many services of the portfolio depend on this one. */
    public int internalDependents(Service service) {
        return fanIn.getOrDefault(service.key(), 0);
    }

    /** Fan-in: services of the portfolio that depend on this one, plus its declared external callers. */
    public long dependents(Service service) {
        Long external = service.externalDependents();
        return internalDependents(service) + (external == null ? 0 : external);
    }

    public List<Duplicate> duplicates() {
        return duplicates;
    }

    public List<Dangling> dangling() {
        return dangling;
    }

    /**
     * The {@code dependsOn} component references of a Backstage service that name no service of the
     * portfolio, as written: dependencies on components of other catalogs, kept rather than edges.
     */
    public List<String> externalComponents(Service service) {
        return externalComponents.getOrDefault(service.key(), List.of());
    }
}
