package io.opencenter.installer.bootstrap.cloudprovider;

import io.opencenter.installer.kube.Manifest;

import java.util.ArrayList;
import java.util.List;

/**
 * The Cinder CSI driver (cloud-provider-openstack's {@code cinder-csi-plugin}) as the bootstrap applies it: the
 * CSIDriver object, a controller Deployment (the driver with the attacher, provisioner, snapshotter and resizer
 * sidecars), a node DaemonSet on every node, the access each sidecar needs, and the platform's StorageClass. The
 * driver marks every volume it makes with {@code cinder.csi.openstack.org/cluster=<cluster>}, which is how destroy
 * finds the cluster's PVC volumes.
 */
public final class CinderCsi {

    public static final String DRIVER = "cinder.csi.openstack.org";
    /** The default StorageClass: volumes are deleted with their claim. Named as the upstream chart names it. */
    public static final String STORAGE_CLASS = "csi-cinder-sc-delete";
    public static final String CONTROLLER = "openstack-cinder-csi-controllerplugin";
    public static final String NODE = "openstack-cinder-csi-nodeplugin";
    public static final String IMAGE = "registry.k8s.io/provider-os/cinder-csi-plugin";

    /** The sidecar images openstack-cinder-csi chart 2.33.1 runs (its values.yaml at cloud-provider-openstack v1.33.1). */
    static final String ATTACHER = "registry.k8s.io/sig-storage/csi-attacher:v4.7.0";
    static final String PROVISIONER = "registry.k8s.io/sig-storage/csi-provisioner:v5.1.0";
    static final String SNAPSHOTTER = "registry.k8s.io/sig-storage/csi-snapshotter:v8.1.0";
    static final String RESIZER = "registry.k8s.io/sig-storage/csi-resizer:v1.12.0";
    static final String LIVENESS = "registry.k8s.io/sig-storage/livenessprobe:v2.14.0";
    static final String REGISTRAR = "registry.k8s.io/sig-storage/csi-node-driver-registrar:v2.12.0";

    private CinderCsi() {}

    /**
     * @param namespace the catalog's namespace of the driver (cinder-csi); the {@code cloud-config} Secret must be
     *                  there too
     * @param version   the driver's image tag, e.g. {@code v1.33.1}
     */
    static List<Manifest> manifests(String cluster, String namespace, String version) {
        List<Manifest> all = new ArrayList<>(CinderCsiAccess.manifests(namespace));
        all.addAll(Templates.render("""
                apiVersion: storage.k8s.io/v1
                kind: CSIDriver
                metadata:
                  name: cinder.csi.openstack.org
                  labels: {app.kubernetes.io/managed-by: opencenter-installer}
                spec:
                  attachRequired: true
                  podInfoOnMount: true
                  volumeLifecycleModes: [Persistent, Ephemeral]
                ---
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata:
                  name: csi-cinder-sc-delete
                  labels: {app.kubernetes.io/managed-by: opencenter-installer}
                  annotations: {storageclass.kubernetes.io/is-default-class: "true"}
                provisioner: cinder.csi.openstack.org
                reclaimPolicy: Delete
                allowVolumeExpansion: true
                # the volume is made once the pod has a node, in a zone that node can attach from
                volumeBindingMode: WaitForFirstConsumer
                """));
        all.addAll(controller(cluster, namespace, IMAGE + ":" + version));
        all.addAll(node(namespace, IMAGE + ":" + version));
        return List.copyOf(all);
    }

    private static List<Manifest> controller(String cluster, String namespace, String image) {
        return Templates.render("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: openstack-cinder-csi-controllerplugin
                  namespace: %1$s
                  labels: {app: openstack-cinder-csi, component: controllerplugin,
                           app.kubernetes.io/managed-by: opencenter-installer}
                spec:
                  replicas: 1
                  strategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 0, maxSurge: 1}}
                  selector:
                    matchLabels: {app: openstack-cinder-csi, component: controllerplugin}
                  template:
                    metadata:
                      labels: {app: openstack-cinder-csi, component: controllerplugin}
                    spec:
                      serviceAccountName: cinder-csi-controller
                      priorityClassName: system-cluster-critical
                      # a cluster without workers still gets volumes
                      tolerations:
                        - {key: node-role.kubernetes.io/control-plane, effect: NoSchedule}
                      dnsPolicy: Default
                      containers:
                        - name: csi-attacher
                          image: %3$s
                          args: [--v=2, --csi-address=$(ADDRESS), --timeout=3m, --leader-election=true,
                                 --default-fstype=ext4]
                          env: [{name: ADDRESS, value: /var/lib/csi/sockets/pluginproxy/csi.sock}]
                          volumeMounts: [{name: socket-dir, mountPath: /var/lib/csi/sockets/pluginproxy/}]
                        - name: csi-provisioner
                          image: %4$s
                          # Topology: volumes in the zone of the pod's node; extra metadata: the PVC's name and
                          # namespace on the Cinder volume, so a user can tell which claim a volume belongs to
                          args: [--v=2, --csi-address=$(ADDRESS), --timeout=3m, --leader-election=true,
                                 --default-fstype=ext4, --feature-gates=Topology=true, --extra-create-metadata]
                          env: [{name: ADDRESS, value: /var/lib/csi/sockets/pluginproxy/csi.sock}]
                          volumeMounts: [{name: socket-dir, mountPath: /var/lib/csi/sockets/pluginproxy/}]
                        - name: csi-snapshotter
                          image: %5$s
                          args: [--v=2, --csi-address=$(ADDRESS), --timeout=3m, --leader-election=true]
                          env: [{name: ADDRESS, value: /var/lib/csi/sockets/pluginproxy/csi.sock}]
                          volumeMounts: [{name: socket-dir, mountPath: /var/lib/csi/sockets/pluginproxy/}]
                        - name: csi-resizer
                          image: %6$s
                          args: [--v=2, --csi-address=$(ADDRESS), --timeout=3m, --handle-volume-inuse-error=false,
                                 --leader-election=true]
                          env: [{name: ADDRESS, value: /var/lib/csi/sockets/pluginproxy/csi.sock}]
                          volumeMounts: [{name: socket-dir, mountPath: /var/lib/csi/sockets/pluginproxy/}]
                        - name: liveness-probe
                          image: %7$s
                          args: [--v=2, --csi-address=$(ADDRESS)]
                          env: [{name: ADDRESS, value: /var/lib/csi/sockets/pluginproxy/csi.sock}]
                          volumeMounts: [{name: socket-dir, mountPath: /var/lib/csi/sockets/pluginproxy/}]
                        - name: cinder-csi-plugin
                          image: %2$s
                          command: [/bin/cinder-csi-plugin]
                          args: [--v=2, "--endpoint=unix://csi/csi.sock", --cloud-config=/etc/config/cloud.conf,
                                 %8$s, --provide-node-service=false]
                          ports: [{name: healthz, containerPort: 9808, protocol: TCP}]
                          livenessProbe:
                            httpGet: {path: /healthz, port: healthz}
                            initialDelaySeconds: 10
                            timeoutSeconds: 10
                            periodSeconds: 60
                            failureThreshold: 5
                          volumeMounts:
                            - {name: socket-dir, mountPath: /csi}
                            - {name: cloud-config, mountPath: /etc/config, readOnly: true}
                      volumes:
                        - {name: socket-dir, emptyDir: {}}
                        - {name: cloud-config, secret: {secretName: cloud-config}}
                """, namespace, image, ATTACHER, PROVISIONER, SNAPSHOTTER, RESIZER, LIVENESS,
                "--cluster=" + cluster);
    }

    private static List<Manifest> node(String namespace, String image) {
        return Templates.render("""
                apiVersion: apps/v1
                kind: DaemonSet
                metadata:
                  name: openstack-cinder-csi-nodeplugin
                  namespace: %1$s
                  labels: {app: openstack-cinder-csi, component: nodeplugin,
                           app.kubernetes.io/managed-by: opencenter-installer}
                spec:
                  selector:
                    matchLabels: {app: openstack-cinder-csi, component: nodeplugin}
                  template:
                    metadata:
                      labels: {app: openstack-cinder-csi, component: nodeplugin}
                    spec:
                      serviceAccountName: cinder-csi-node
                      priorityClassName: system-node-critical
                      # every node, whatever its taints: a pod anywhere may mount a volume
                      tolerations: [{operator: Exists}]
                      hostNetwork: true
                      dnsPolicy: Default
                      containers:
                        - name: node-driver-registrar
                          image: %3$s
                          args: [--v=2, --csi-address=$(ADDRESS), --kubelet-registration-path=$(DRIVER_REG_SOCK_PATH)]
                          env:
                            - {name: ADDRESS, value: /csi/csi.sock}
                            - {name: DRIVER_REG_SOCK_PATH, value: /var/lib/kubelet/plugins/cinder.csi.openstack.org/csi.sock}
                            - {name: KUBE_NODE_NAME, valueFrom: {fieldRef: {fieldPath: spec.nodeName}}}
                          volumeMounts:
                            - {name: socket-dir, mountPath: /csi}
                            - {name: registration-dir, mountPath: /registration}
                        - name: liveness-probe
                          image: %4$s
                          args: [--v=2, --csi-address=/csi/csi.sock]
                          volumeMounts: [{name: socket-dir, mountPath: /csi}]
                        - name: cinder-csi-plugin
                          image: %2$s
                          command: [/bin/cinder-csi-plugin]
                          args: [--v=2, "--endpoint=unix://csi/csi.sock", --provide-controller-service=false,
                                 --cloud-config=/etc/config/cloud.conf]
                          # mounting and formatting block devices on the host
                          securityContext:
                            privileged: true
                            allowPrivilegeEscalation: true
                            capabilities: {add: [SYS_ADMIN]}
                          ports: [{name: healthz, containerPort: 9808, protocol: TCP}]
                          livenessProbe:
                            httpGet: {path: /healthz, port: healthz}
                            initialDelaySeconds: 10
                            timeoutSeconds: 10
                            periodSeconds: 60
                            failureThreshold: 5
                          volumeMounts:
                            - {name: socket-dir, mountPath: /csi}
                            - {name: kubelet-dir, mountPath: /var/lib/kubelet, mountPropagation: Bidirectional}
                            - {name: host-dev, mountPath: /dev, mountPropagation: HostToContainer}
                            - {name: cloud-config, mountPath: /etc/config, readOnly: true}
                      volumes:
                        - {name: socket-dir, hostPath: {path: /var/lib/kubelet/plugins/cinder.csi.openstack.org,
                                                        type: DirectoryOrCreate}}
                        - {name: registration-dir, hostPath: {path: /var/lib/kubelet/plugins_registry/, type: Directory}}
                        - {name: kubelet-dir, hostPath: {path: /var/lib/kubelet, type: Directory}}
                        - {name: host-dev, hostPath: {path: /dev, type: Directory}}
                        - {name: cloud-config, secret: {secretName: cloud-config}}
                """, namespace, image, REGISTRAR, LIVENESS);
    }
}
