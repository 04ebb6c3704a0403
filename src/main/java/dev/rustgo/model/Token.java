package dev.rustgo.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An enum whose values are spelled in descriptors as lower-case, dash-separated words. Only enums implement it. */
public interface Token {

    String name();

    int ordinal();

    /** The spelling in a descriptor, e.g. {@code data-plane} for {@code DATA_PLANE}. */
    default String id() {
        return Spellings.OF.get(((Enum<?>) this).getDeclaringClass()).ids[ordinal()];
    }

    /** The value spelled exactly {@code text} (case-sensitive, as the contract says), if any. */
    @SuppressWarnings("unchecked")
    /** A value as reports write it: an enum by its id, anything else as it is. */
    static String text(Object value) {
        return value instanceof Token token ? token.id() : String.valueOf(value);
    }

    static <E extends Enum<E> & Token> Optional<E> parse(Class<E> type, String text) {
        return Optional.ofNullable((E) Spellings.OF.get(type).byId.get(text));
    }

    /** The spellings of one enum, worked out once: ids are read on every line of every report. */
    final class Spellings {
        static final ClassValue<Spellings> OF = new ClassValue<>() {
            @Override
            protected Spellings computeValue(Class<?> type) {
                return new Spellings(type);
            }
        };

        final String[] ids;
        final Map<String, Object> byId;

        private Spellings(Class<?> type) {
            Object[] values = type.getEnumConstants();
            ids = new String[values.length];
            Map<String, Object> spelt = new HashMap<>();
            for (int i = 0; i < values.length; i++) {
                ids[i] = ((Enum<?>) values[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
                spelt.put(ids[i], values[i]);
            }
            byId = Collections.unmodifiableMap(spelt);
        }
    }
}
