package dev.rustgo.model;

import java.util.Locale;

/**
 * Backstage entity references as the portfolio names them, so that {@code group:default/payments},
 * {@code group:payments} and {@code payments} name the same owner, as they do in Backstage
 * ({@code [kind:][namespace/]name}, the kind and namespace taken from the context when left out,
 * kinds compared without case).
 */
public final class EntityRef {

    private EntityRef() {}

    /**
     * The reference in its shortest form: {@code name} when its kind is {@code defaultKind} and its
     * namespace {@code default}; {@code namespace/name} in another namespace; {@code kind:name} (and
     * {@code kind:namespace/name}) for another kind, the kind lower-case.
     *
     * @param defaultKind the kind a reference of this field has when it names none ({@code group}
     *     for an owner, {@code system} for a system)
     * @param namespace the namespace of the entity that holds the reference, for one that names none
     */
    public static String canonical(String reference, String defaultKind, String namespace) {
        String text = reference.strip();
        int colon = text.indexOf(':');
        String kind = defaultKind;
        if (colon > 0 && text.indexOf('/') < 0 || colon > 0 && colon < text.indexOf('/')) {
            kind = text.substring(0, colon).toLowerCase(Locale.ROOT);
            text = text.substring(colon + 1);
        }
        int slash = text.indexOf('/');
        String ns = slash > 0 ? text.substring(0, slash) : namespace;
        String name = slash > 0 ? text.substring(slash + 1) : text;
        String shortName = "default".equals(ns) ? name : ns + "/" + name;
        return kind.equals(defaultKind) ? shortName : kind + ":" + shortName;
    }
}
