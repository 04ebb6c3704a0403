package dev.rustgo.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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

    private Portfolio(List<Service> services, Map<String, Service> byName, Map<String, Integer> fanIn,
            List<Duplicate> duplicates, List<Dangling> dangling) {
        this.services = services;
        this.byName = byName;
        this.fanIn = fanIn;
        this.duplicates = duplicates;
        this.dangling = dangling;
    }

    /** @param loaded the services in file and document order */
    public static Portfolio of(List<Service> loaded) {
        Map<String, Service> byName = new LinkedHashMap<>();
        List<Duplicate> duplicates = new ArrayList<>();
        for (Service service : loaded) {
            Service first = byName.putIfAbsent(key(service.name()), service);
            if (first != null) {
                duplicates.add(new Duplicate(first, service));
            }
        }
        List<Service> services = new ArrayList<>(byName.values());
        services.sort(Comparator.comparing(Service::name));
        // Each edge "dependent -> dependency" counts once, whichever side declared it.
        Set<String> edges = new HashSet<>();
        Map<String, Integer> fanIn = new HashMap<>();
        List<Dangling> dangling = new ArrayList<>();
        for (Service service : services) {
            for (String target : service.dependsOn()) {
                if (byName.containsKey(key(target))) {
                    addEdge(key(service.name()), key(target), edges, fanIn);
                } else if (service.envelope() == Envelope.NATIVE && edges.add(service.name() + " -> ?" + target)) {
                    dangling.add(new Dangling(service, target));
                }
                // A Backstage component reference to no service of the portfolio is an external dependency.
            }
            for (String dependent : service.dependencyOf()) {
                if (byName.containsKey(key(dependent))) {
                    addEdge(key(dependent), key(service.name()), edges, fanIn);
                }
            }
        }
        return new Portfolio(List.copyOf(services), byName, fanIn, List.copyOf(duplicates), List.copyOf(dangling));
    }

    /** Names are unique case-insensitively, as Backstage has it; native names are lower-case anyway. */
    private static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    private static void addEdge(String from, String to, Set<String> edges, Map<String, Integer> fanIn) {
        if (!from.equals(to) && edges.add(from + " -> " + to)) {
            fanIn.merge(to, 1, Integer::sum);
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
        return fanIn.getOrDefault(key(service.name()), 0);
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
}
