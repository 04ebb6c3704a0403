package dev.rustgo.criteria;

import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Portfolio;
import dev.rustgo.model.Position;
import dev.rustgo.model.Role;
import dev.rustgo.model.Service;
import dev.rustgo.model.Token;
import dev.rustgo.model.ValueKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Test services, built field by field; each field is placed on its own line, in call order. */
public final class Services {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final Service.Builder builder;
    private int line = 3;

    private Services(String name, Language language, Role role) {
        builder = Service.builder("services/" + name + ".yaml", Position.START);
        set(Field.NAME, name).set(Field.LANGUAGE, language);
        if (role != null) {
            set(Field.ROLE, role);
        }
    }

    public static Services service(String name, Language language, Role role) {
        return new Services(name, language, role);
    }

    public Services set(Field field, Object value) {
        if (field.kind() == ValueKind.ENUM_LIST && value instanceof Enum<?> single) {
            value = Set.of(single);
        }
        builder.put(field, value, new Position(line++, 5));
        return this;
    }

    @SafeVarargs
    public final <E extends Enum<E> & Token> Services set(Field field, E first, E... rest) {
        EnumSet<E> set = EnumSet.of(first, rest);
        return set(field, Collections.unmodifiableSet(set));
    }

    /** A Backstage Component scored without rustgo.dev/ annotations: its role unknown. */
    public static Services undescribed(String name, Language language) {
        Services s = new Services(name, language, null);
        s.builder.undescribed();
        return s;
    }

    public Services dependsOn(String... names) {
        return set(Field.DEPENDS_ON, List.of(names));
    }

    public Service build() {
        return builder.build();
    }

    /** Scores {@code service} alone, with the default thresholds, on {@link #TODAY}. */
    public static Assessment assess(Service service) {
        return assess(service, List.of(service));
    }

    public static Assessment assess(Service service, List<Service> portfolio) {
        Rule.Context context = new Rule.Context(Portfolio.of(portfolio), Thresholds.defaults(), TODAY);
        return Scorer.standard().assess(service, context);
    }

    public static Assessment assess(Services service) {
        return assess(service.build());
    }

    /** "R-TAIL demand p99LatencyMs 2 @4:5" for each reason of the criterion, for compact assertions. */
    public static List<String> reasons(Assessment a, Criterion criterion) {
        return a.reasons().stream()
                .filter(r -> r.criterion() == criterion)
                .map(r -> r.criterion().id() + " " + r.strength().id() + " " + r.evidence()
                        + (r.position() == null
                                ? ""
                                : " @" + r.position().line() + ":"
                                        + r.position().column()))
                .toList();
    }

    static List<String> all(String... lines) {
        return Arrays.asList(lines);
    }
}
