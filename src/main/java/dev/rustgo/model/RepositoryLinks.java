package dev.rustgo.model;

/**
 * What a descriptor says about where its service lives in the repository, as Backstage's
 * annotations say it: {@code backstage.io/kubernetes-id}, {@code backstage.io/kubernetes-label-selector}
 * and {@code backstage.io/source-location}, each {@code null} when not written.
 */
public record RepositoryLinks(String kubernetesId, String labelSelector, String sourceLocation) {

    /** No link: the service is matched by its name and its descriptor's folder. */
    public static final RepositoryLinks NONE = new RepositoryLinks(null, null, null);
}
