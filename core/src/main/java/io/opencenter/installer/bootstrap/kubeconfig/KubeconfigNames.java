package io.opencenter.installer.bootstrap.kubeconfig;

/**
 * The names a cluster's admin access has in a kubeconfig, the same in the installer's own file and in the user's
 * merged one: the cluster and the context are named after the cluster ({@code kubectl --context demo}), the user
 * {@code <cluster>-admin}, so a kubeconfig holding several clusters keeps each one's credentials apart.
 */
public record KubeconfigNames(String cluster, String user, String context) {

    public static KubeconfigNames of(String clusterName) {
        if (clusterName == null || clusterName.isBlank()) {
            throw new IllegalArgumentException("clusterName must not be blank");
        }
        return new KubeconfigNames(clusterName, clusterName + "-admin", clusterName);
    }
}
