package dev.rustgo.model;

import java.util.Locale;
import java.util.Optional;

/** An enum whose values are spelled in descriptors as lower-case, dash-separated words. */
public interface Token {

    String name();

    /** The spelling in a descriptor, e.g. {@code data-plane} for {@code DATA_PLANE}. */
    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The value spelled exactly {@code text} (case-sensitive, as the contract says), if any. */
    static <E extends Enum<E> & Token> Optional<E> parse(Class<E> type, String text) {
        for (E value : type.getEnumConstants()) {
            if (value.id().equals(text)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
