package io.opencenter.installer.bootstrap.node;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.bootstrap.pki.ClusterPki;

/**
 * The installer's own ClusterRoleBinding ({@link ClusterPki#ADMIN_BINDING}) of the group its admin certificate is
 * in ({@link ClusterPki#ADMIN_GROUP}) to {@code cluster-admin}. kubeadm binds that group too, but under its own
 * name; this one is the installer's, so the installer can find it, check it and revoke it.
 */
public final class AdminBinding {
    private AdminBinding() {}

    /** The binding as a YAML manifest (the first control plane applies it after Calico; others can reuse it). */
    public static String manifest() {
        ObjectNode b = NodeYaml.object();
        b.put("apiVersion", "rbac.authorization.k8s.io/v1");
        b.put("kind", "ClusterRoleBinding");
        b.putObject("metadata").put("name", ClusterPki.ADMIN_BINDING);
        ObjectNode role = b.putObject("roleRef");
        role.put("apiGroup", "rbac.authorization.k8s.io");
        role.put("kind", "ClusterRole");
        role.put("name", "cluster-admin");
        ObjectNode subject = b.putArray("subjects").addObject();
        subject.put("apiGroup", "rbac.authorization.k8s.io");
        subject.put("kind", "Group");
        subject.put("name", ClusterPki.ADMIN_GROUP);
        return NodeYaml.write(b);
    }
}
