package io.opencenter.installer.bootstrap.cloudprovider;

import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceDef;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything that connects a new cluster to its OpenStack cloud, in the order to apply it: the CSI driver's
 * namespace, the {@code cloud-config} Secret in each namespace that mounts it, the cloud controller manager, the
 * Cinder CSI driver and its StorageClass. Namespaces and image versions come from the platform catalog (services
 * {@value #CCM} and {@value #CSI}), so these objects and the catalog's health probes name the same things.
 */
public final class CloudProviderManifests {

    static final String CCM = "openstack-ccm";
    static final String CSI = "cinder-csi";

    private CloudProviderManifests() {}

    public static List<Manifest> of(CloudProviderSettings settings, Catalog catalog) {
        ServiceDef ccm = service(catalog, CCM);
        ServiceDef csi = service(catalog, CSI);
        String provisioner = catalog.storageProvisioner(Profile.OPENSTACK);
        if (!CinderCsi.DRIVER.equals(provisioner)) {
            throw new IllegalStateException("the catalog's OpenStack storage provisioner is " + provisioner
                    + ", not the Cinder CSI driver " + CinderCsi.DRIVER);
        }
        List<Manifest> all = new ArrayList<>();
        Set<String> namespaces = new LinkedHashSet<>(List.of(ccm.namespace(), csi.namespace()));
        for (String ns : namespaces) {
            if (!ns.equals("kube-system")) {
                all.add(namespace(ns));
            }
        }
        namespaces.forEach(ns -> all.add(CloudConfigSecret.in(ns, settings)));
        all.addAll(CloudControllerManager.manifests(settings.cluster(), ccm.namespace(), version(ccm)));
        all.addAll(CinderCsi.manifests(settings.cluster(), csi.namespace(), version(csi)));
        return List.copyOf(all);
    }

    /**
     * The cloud controller manager alone, without its namespace or {@code cloud-config} Secret: what the GitOps
     * repository carries so Flux keeps the same objects the bootstrap applied (server-side apply adopts them).
     */
    public static List<Manifest> controllerManager(String cluster, Catalog catalog) {
        ServiceDef ccm = service(catalog, CCM);
        return CloudControllerManager.manifests(cluster, ccm.namespace(), version(ccm));
    }

    /** The Cinder CSI driver and its StorageClass alone, without namespace or Secret (see {@link #controllerManager}). */
    public static List<Manifest> cinderCsi(String cluster, Catalog catalog) {
        ServiceDef csi = service(catalog, CSI);
        return CinderCsi.manifests(cluster, csi.namespace(), version(csi));
    }

    /** The node plugin is privileged (it mounts block devices), so its namespace admits privileged pods. */
    private static Manifest namespace(String name) {
        return Templates.render("""
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: %s
                  labels: {app.kubernetes.io/managed-by: opencenter-installer,
                           pod-security.kubernetes.io/enforce: privileged}
                """, name).get(0);
    }

    private static ServiceDef service(Catalog catalog, String id) {
        return catalog.service(id).orElseThrow(() -> new IllegalStateException("the platform catalog has no service "
                + id));
    }

    private static String version(ServiceDef service) {
        String version = service.chart() == null ? null : service.chart().appVersion();
        if (version == null || version.isBlank()) {
            throw new IllegalStateException("the platform catalog gives no appVersion (image tag) for " + service.id());
        }
        return version;
    }
}
