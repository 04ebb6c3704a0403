package dev.rustgo.audit;

import dev.rustgo.model.EntityRef;
import dev.rustgo.model.Service;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The services whose findings count against the gate: those of the owners and systems named
 * ({@code rustgo.owner}, {@code rustgo.system}), or all of them. The whole portfolio is still loaded
 * and scored (fan-in and the share need it); only the gate narrows, so a team's pipeline fails on its
 * own findings and not on another team's. Names are compared as Backstage compares references:
 * {@code group:default/payments} is {@code payments}.
 */
public record Selection(Set<String> owners, Set<String> systems) {

    /** Every service counts. */
    public static final Selection ALL = new Selection(Set.of(), Set.of());

    public Selection {
        owners = canonical(owners, "group");
        systems = canonical(systems, "system");
    }

    public static Selection of(List<String> owners, List<String> systems) {
        return new Selection(new LinkedHashSet<>(owners), new LinkedHashSet<>(systems));
    }

    public boolean all() {
        return owners.isEmpty() && systems.isEmpty();
    }

    /** Whether the service's findings count: it has one of the owners and one of the systems named. */
    public boolean includes(Service s) {
        return (owners.isEmpty()
                        || s.owner() != null && owners.contains(EntityRef.canonical(s.owner(), "group", "default")))
                && (systems.isEmpty()
                        || s.system() != null
                                && systems.contains(EntityRef.canonical(s.system(), "system", "default")));
    }

    /** How the log names the selection: {@code owner payments, system checkout}. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (!owners.isEmpty()) {
            b.append(owners.size() == 1 ? "owner " : "owners ").append(String.join(", ", owners));
        }
        if (!systems.isEmpty()) {
            b.append(b.length() == 0 ? "" : "; ")
                    .append(systems.size() == 1 ? "system " : "systems ")
                    .append(String.join(", ", systems));
        }
        return b.toString();
    }

    private static Set<String> canonical(Set<String> names, String kind) {
        Set<String> result = new LinkedHashSet<>();
        for (String name : names) {
            if (!name.isBlank()) {
                result.add(EntityRef.canonical(name, kind, "default"));
            }
        }
        return Collections.unmodifiableSet(new TreeSet<>(result)); // sorted: the log names them in one order
    }
}
