package io.opencenter.installer.bootstrap.cloudprovider;

import io.opencenter.installer.kube.Manifest;

import java.util.ArrayList;
import java.util.List;

/**
 * The service accounts of the Cinder CSI driver and what each of its containers may do, from the kubernetes-csi
 * sidecars' documented needs: the attacher patches PersistentVolumes and VolumeAttachments, the provisioner creates
 * and deletes PersistentVolumes for claims (and reads snapshots it restores from), the snapshotter manages
 * VolumeSnapshotContents, the resizer patches claims' status; all take part in leader election. The node plugin
 * only reports events. Role names carry a {@code cinder-csi-} prefix so another CSI driver's roles are left alone.
 */
final class CinderCsiAccess {

    private CinderCsiAccess() {}

    static List<Manifest> manifests(String namespace) {
        List<Manifest> all = new ArrayList<>(accountsAndRoles(namespace));
        for (String role : List.of("attacher", "provisioner", "snapshotter", "resizer", "nodeplugin")) {
            all.addAll(binding("cinder-csi-" + role,
                    role.equals("nodeplugin") ? "cinder-csi-node" : "cinder-csi-controller", namespace));
        }
        return List.copyOf(all);
    }

    private static List<Manifest> accountsAndRoles(String namespace) {
        return Templates.render("""
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: cinder-csi-controller
                  namespace: %1$s
                  labels: {app.kubernetes.io/managed-by: opencenter-installer}
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: cinder-csi-node
                  namespace: %1$s
                  labels: {app.kubernetes.io/managed-by: opencenter-installer}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: cinder-csi-attacher
                  labels: {app.kubernetes.io/managed-by: opencenter-installer}
                rules:
                  - {apiGroups: [""], resources: [persistentvolumes], verbs: [get, list, watch, patch]}
                  - {apiGroups: [storage.k8s.io], resources: [csinodes], verbs: [get, list, watch]}
                  - {apiGroups: [storage.k8s.io], resources: [volumeattachments], verbs: [get, list, watch, patch]}
                  - {apiGroups: [storage.k8s.io], resources: [volumeattachments/status], verbs: [patch]}
                  - {apiGroups: [coordination.k8s.io], resources: [leases], verbs: [get, watch, list, delete, update, create]}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: cinder-csi-provisioner
                  labels: {app.kubernetes.io/managed-by: opencenter-installer}
                rules:
                  - {apiGroups: [""], resources: [persistentvolumes], verbs: [get, list, watch, create, delete, patch]}
                  - {apiGroups: [""], resources: [persistentvolumeclaims], verbs: [get, list, watch, update]}
                  - {apiGroups: [storage.k8s.io], resources: [storageclasses], verbs: [get, list, watch]}
                  - {apiGroups: [""], resources: [nodes], verbs: [get, list, watch]}
                  - {apiGroups: [storage.k8s.io], resources: [csinodes], verbs: [get, list, watch]}
                  - {apiGroups: [""], resources: [events], verbs: [list, watch, create, update, patch]}
                  - {apiGroups: [snapshot.storage.k8s.io], resources: [volumesnapshots], verbs: [get, list]}
                  - {apiGroups: [snapshot.storage.k8s.io], resources: [volumesnapshotcontents], verbs: [get, list]}
                  - {apiGroups: [coordination.k8s.io], resources: [leases], verbs: [get, watch, list, delete, update, create]}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: cinder-csi-snapshotter
                  labels: {app.kubernetes.io/managed-by: opencenter-installer}
                rules:
                  - {apiGroups: [""], resources: [events], verbs: [list, watch, create, update, patch]}
                  - {apiGroups: [snapshot.storage.k8s.io], resources: [volumesnapshotclasses], verbs: [get, list, watch]}
                  - {apiGroups: [snapshot.storage.k8s.io], resources: [volumesnapshotcontents],
                     verbs: [create, get, list, watch, update, delete, patch]}
                  - {apiGroups: [snapshot.storage.k8s.io], resources: [volumesnapshotcontents/status], verbs: [update, patch]}
                  - {apiGroups: [coordination.k8s.io], resources: [leases], verbs: [get, watch, list, delete, update, create]}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: cinder-csi-resizer
                  labels: {app.kubernetes.io/managed-by: opencenter-installer}
                rules:
                  - {apiGroups: [""], resources: [persistentvolumes], verbs: [get, list, watch, patch]}
                  - {apiGroups: [""], resources: [persistentvolumeclaims], verbs: [get, list, watch]}
                  - {apiGroups: [""], resources: [pods], verbs: [get, list, watch]}
                  - {apiGroups: [""], resources: [persistentvolumeclaims/status], verbs: [patch]}
                  - {apiGroups: [""], resources: [events], verbs: [list, watch, create, update, patch]}
                  - {apiGroups: [coordination.k8s.io], resources: [leases], verbs: [get, watch, list, delete, update, create]}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: cinder-csi-nodeplugin
                  labels: {app.kubernetes.io/managed-by: opencenter-installer}
                rules:
                  - {apiGroups: [""], resources: [events], verbs: [get, list, watch, create, update, patch]}
                """, namespace);
    }

    private static List<Manifest> binding(String role, String account, String namespace) {
        return Templates.render("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata:
                  name: %1$s
                  labels: {app.kubernetes.io/managed-by: opencenter-installer}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: %1$s}
                subjects:
                  - {kind: ServiceAccount, name: %2$s, namespace: %3$s}
                """, role, account, namespace);
    }
}
