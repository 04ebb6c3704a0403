package dev.rustgo.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The Backstage catalog entity a service is, as its descriptor declares it: its kind, namespace and
 * name as written ({@code Component}, {@code default}, {@code payments-gateway}). Tools that join
 * data back to the catalog match on these: Backstage by the {@link #ref() entity reference}, the
 * score-card plugin by the exact {@code name}.
 *
 * @param kind the entity's {@code kind}, as written
 * @param namespace its {@code metadata.namespace}, {@code default} where none is written
 * @param name its {@code metadata.name}, as written
 */
public record CatalogEntity(String kind, String namespace, String name) {

    public CatalogEntity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
    }

    /**
     * The entity reference as Backstage's {@code stringifyEntityRef} writes it, the form its catalog,
     * Tech Insights and Soundcheck key entities by: {@code kind:namespace/name}, every part lower-case
     * ({@code component:default/payments-gateway}).
     */
    public String ref() {
        return lower(kind) + ":" + lower(namespace) + "/" + lower(name);
    }

    /** A part of a reference lower-cased as Backstage does it (en-US; names are ASCII). */
    public static String lower(String part) {
        return part.toLowerCase(Locale.ROOT);
    }
}
