package io.opencenter.installer.bootstrap.cloudprovider;

import io.opencenter.installer.kube.Manifest;

import java.util.List;

/**
 * The OpenStack cloud controller manager (cloud-provider-openstack), as the bootstrap applies it: a DaemonSet on the
 * control-plane nodes, so that it runs before any worker is initialized, with its service account and the access
 * cloud-provider-openstack's documentation lists for it. It initializes nodes (addresses, provider IDs, zones from
 * Nova), lifts their {@code node.cloudprovider.kubernetes.io/uninitialized} taint and removes nodes whose server is
 * gone. Load balancers stay with MetalLB (see {@link CloudConf}), so only the node controllers run.
 */
public final class CloudControllerManager {

    /** The DaemonSet's name, and the {@code app} label the catalog's health probe selects. */
    public static final String NAME = "openstack-cloud-controller-manager";
    public static final String IMAGE = "registry.k8s.io/provider-os/openstack-cloud-controller-manager";
    /** Node initialization and clean-up only: no {@code service} (MetalLB) and no {@code route} (Calico). */
    static final String CONTROLLERS = "cloud-node,cloud-node-lifecycle";

    private CloudControllerManager() {}

    /**
     * Service account, cluster role and binding, DaemonSet, all in {@code namespace} (the catalog's, kube-system);
     * the {@code cloud-config} Secret comes from {@link CloudConfigSecret}.
     *
     * @param version the image tag, e.g. {@code v1.33.1}
     */
    static List<Manifest> manifests(String cluster, String namespace, String version) {
        return Templates.render("""
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: cloud-controller-manager
                  namespace: %1$s
                  labels: {app.kubernetes.io/managed-by: opencenter-installer}
                ---
                # The access cloud-provider-openstack documents for its controller manager (its role in
                # manifests/controller-manager): nodes (addresses, taints, deletion) and their status, events, the
                # leader-election lease, and what its other controllers would use (services, volumes), kept so that
                # enabling one later needs no new role.
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: system:cloud-controller-manager
                  labels: {app.kubernetes.io/managed-by: opencenter-installer}
                rules:
                  - {apiGroups: [coordination.k8s.io], resources: [leases], verbs: [get, create, update]}
                  - {apiGroups: [""], resources: [events], verbs: [create, patch, update]}
                  - {apiGroups: [""], resources: [nodes], verbs: ["*"]}
                  - {apiGroups: [""], resources: [nodes/status], verbs: [patch]}
                  - {apiGroups: [""], resources: [services], verbs: [list, patch, update, watch]}
                  - {apiGroups: [""], resources: [services/status], verbs: [patch]}
                  - {apiGroups: [""], resources: [serviceaccounts], verbs: [create, get]}
                  - {apiGroups: [""], resources: [serviceaccounts/token], verbs: [create]}
                  - {apiGroups: [""], resources: [persistentvolumes], verbs: ["*"]}
                  - {apiGroups: [""], resources: [endpoints], verbs: [create, get, list, watch, update]}
                  - {apiGroups: [""], resources: [configmaps], verbs: [get, list, watch]}
                  - {apiGroups: [""], resources: [secrets], verbs: [get, list, watch]}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata:
                  name: system:cloud-controller-manager
                  labels: {app.kubernetes.io/managed-by: opencenter-installer}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: system:cloud-controller-manager}
                subjects:
                  - {kind: ServiceAccount, name: cloud-controller-manager, namespace: %1$s}
                ---
                apiVersion: apps/v1
                kind: DaemonSet
                metadata:
                  name: openstack-cloud-controller-manager
                  namespace: %1$s
                  labels: {app: openstack-cloud-controller-manager, component: controllermanager,
                           app.kubernetes.io/managed-by: opencenter-installer}
                spec:
                  selector:
                    matchLabels: {app: openstack-cloud-controller-manager, component: controllermanager}
                  updateStrategy: {type: RollingUpdate}
                  template:
                    metadata:
                      labels: {app: openstack-cloud-controller-manager, component: controllermanager}
                    spec:
                      serviceAccountName: cloud-controller-manager
                      priorityClassName: system-node-critical
                      nodeSelector: {node-role.kubernetes.io/control-plane: ""}
                      tolerations:
                        # it is what lifts this taint, so it must run while every node still has it
                        - {key: node.cloudprovider.kubernetes.io/uninitialized, value: "true", effect: NoSchedule}
                        - {key: node-role.kubernetes.io/control-plane, effect: NoSchedule}
                      # the node's network and resolver: no pod network or cluster DNS runs on uninitialized nodes
                      hostNetwork: true
                      dnsPolicy: Default
                      securityContext: {runAsNonRoot: true, runAsUser: 1001}
                      containers:
                        - name: openstack-cloud-controller-manager
                          image: %2$s
                          command: [/bin/openstack-cloud-controller-manager]
                          args:
                            - --v=2
                            - --cloud-provider=openstack
                            - --cloud-config=/etc/config/cloud.conf
                            - %3$s
                            - --use-service-account-credentials=false
                            - %4$s
                            - --bind-address=127.0.0.1
                          resources:
                            requests: {cpu: 100m, memory: 64Mi}
                          volumeMounts:
                            - {name: cloud-config, mountPath: /etc/config, readOnly: true}
                      volumes:
                        - name: cloud-config
                          secret: {secretName: cloud-config}
                """, namespace, IMAGE + ":" + version, "--cluster-name=" + cluster, "--controllers=" + CONTROLLERS);
    }
}
