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
            Service first = byName.putIfAbsent(service.name(), service);
            if (first != null) {
                duplicates.add(new Duplicate(first, service));
            }
        }
        List<Service> services = new ArrayList<>(byName.values());
        services.sort(Comparator.comparing(Service::name));
        Map<String, Integer> fanIn = new HashMap<>();
        List<Dangling> dangling = new ArrayList<>();
        for (Service service : services) {
            Set<String> seen = new HashSet<>();
            for (String target : service.dependsOn()) {
                if (target.equals(service.name()) || !seen.add(target)) {
                    continue;
                }
                if (byName.containsKey(target)) {
                    fanIn.merge(target, 1, Integer::sum);
                } else {
                    dangling.add(new Dangling(service, target));
                }
            }
        }
        return new Portfolio(List.copyOf(services), byName, fanIn, List.copyOf(duplicates), List.copyOf(dangling));
    }

    /** The services, unique, in name order. */
    public List<Service> services() {
        return services;
    }

    public Service service(String name) {
        return byName.get(name);
    }

    /** How many services of the portfolio depend on this one. */
    public int internalDependents(Service service) {
        return fanIn.getOrDefault(service.name(), 0);
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
