package io.opencenter.installer.bootstrap.cloudprovider;

import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.ServiceDef;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the bootstrap applies to connect the cluster to OpenStack, checked object by object. */
class CloudProviderManifestsTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private final List<Manifest> all = CloudProviderManifests.of(Settings.demo(), CATALOG);

    @Test
    void theCcmRunsOnControlPlanesWithTheClusterNameAndTheCatalogsVersion() {
        Map<String, Object> ds = find("DaemonSet", CloudControllerManager.NAME);
        Map<String, Object> pod = at(ds, "spec", "template", "spec");
        Map<String, Object> container = only(pod, "containers");

        assertThat(ns(ds)).isEqualTo("kube-system");
        assertThat(container.get("image")).isEqualTo(CloudControllerManager.IMAGE + ":"
                + CATALOG.service("openstack-ccm").orElseThrow().chart().appVersion());
        assertThat(container.get("image").toString()).endsWith(":v1.33.1");
        assertThat(strings(container.get("args"))).contains("--cluster-name=demo", "--cloud-provider=openstack",
                "--cloud-config=" + CloudConf.MOUNT_PATH + "/" + CloudConf.FILE,
                "--use-service-account-credentials=false", "--controllers=cloud-node,cloud-node-lifecycle");
        assertThat(pod.get("hostNetwork")).isEqualTo(true);
        assertThat(pod.get("nodeSelector")).isEqualTo(Map.of("node-role.kubernetes.io/control-plane", ""));
        assertThat(list(pod, "tolerations").stream().map(t -> t.get("key")).toList()).contains("node-role.kubernetes.io/control-plane", "node.cloudprovider.kubernetes.io/uninitialized");
        assertThat(secretVolume(pod)).isEqualTo(CloudConfigSecret.NAME);
        assertThat(find("ClusterRoleBinding", "system:cloud-controller-manager").toString())
                .contains("cloud-controller-manager");
    }

    @Test
    void theCinderCsiControllerCarriesTheClusterNameAndTheSidecars() {
        String ns = CATALOG.storageNamespace(io.opencenter.installer.platform.Profile.OPENSTACK);
        Map<String, Object> deployment = find("Deployment", CinderCsi.CONTROLLER);
        Map<String, Object> pod = at(deployment, "spec", "template", "spec");
        List<Map<String, Object>> containers = list(pod, "containers");
        Map<String, Object> plugin = containers.stream().filter(c -> "cinder-csi-plugin".equals(c.get("name")))
                .findFirst().orElseThrow();

        assertThat(ns(deployment)).isEqualTo(ns).isEqualTo("cinder-csi");
        assertThat(strings(plugin.get("args"))).contains("--cluster=demo",
                "--cloud-config=" + CloudConf.MOUNT_PATH + "/" + CloudConf.FILE, "--provide-node-service=false");
        assertThat(plugin.get("image")).isEqualTo(CinderCsi.IMAGE + ":"
                + CATALOG.service("cinder-csi").orElseThrow().chart().appVersion());
        assertThat(containers).extracting(c -> c.get("name")).containsExactly("csi-attacher", "csi-provisioner",
                "csi-snapshotter", "csi-resizer", "liveness-probe", "cinder-csi-plugin");
        assertThat(secretVolume(pod)).isEqualTo(CloudConfigSecret.NAME);

        Map<String, Object> node = at(find("DaemonSet", CinderCsi.NODE), "spec", "template", "spec");
        assertThat(list(node, "containers")).extracting(c -> c.get("name"))
                .containsExactly("node-driver-registrar", "liveness-probe", "cinder-csi-plugin");
        assertThat(node.get("hostNetwork")).isEqualTo(true);
        assertThat(find("CSIDriver", CinderCsi.DRIVER)).isNotNull();
        Map<String, Object> sc = find("StorageClass", CinderCsi.STORAGE_CLASS);
        assertThat(sc.get("provisioner")).isEqualTo(CATALOG.storageProvisioner(
                io.opencenter.installer.platform.Profile.OPENSTACK));
        assertThat(at(sc, "metadata", "annotations")).containsEntry("storageclass.kubernetes.io/is-default-class",
                "true");
        // the privileged node plugin's namespace admits it
        assertThat(at(find("Namespace", "cinder-csi"), "metadata", "labels"))
                .containsEntry("pod-security.kubernetes.io/enforce", "privileged");
    }

    @Test
    void everyControllerAccountIsBoundToEachSidecarRole() {
        for (String role : List.of("attacher", "provisioner", "snapshotter", "resizer")) {
            Map<String, Object> binding = find("ClusterRoleBinding", "cinder-csi-" + role);
            assertThat(at(binding, "roleRef").get("name")).isEqualTo("cinder-csi-" + role);
            assertThat(only(binding, "subjects")).containsEntry("name", "cinder-csi-controller")
                    .containsEntry("namespace", "cinder-csi");
            assertThat(find("ClusterRole", "cinder-csi-" + role)).isNotNull();
        }
        assertThat(only(find("ClusterRoleBinding", "cinder-csi-nodeplugin"), "subjects"))
                .containsEntry("name", "cinder-csi-node");
    }

    /** The catalog's health probes select these very workloads: same namespace, labels that match. */
    @Test
    void theCatalogsHealthProbesFindTheseWorkloads() {
        for (String id : List.of("openstack-ccm", "cinder-csi")) {
            ServiceDef service = CATALOG.service(id).orElseThrow();
            List<ServiceDef.HealthProbe> probes = service.health().stream()
                    .filter(p -> "workload".equals(p.kind())).toList();
            assertThat(probes).as(id).isNotEmpty();
            for (ServiceDef.HealthProbe probe : probes) {
                Map<String, String> selector = Arrays.stream(probe.selector().split(","))
                        .map(kv -> kv.split("=", 2)).collect(Collectors.toMap(kv -> kv[0].trim(), kv -> kv[1].trim()));
                assertThat(all).as(probe.toString()).anySatisfy(m -> {
                    assertThat(m.content().get("kind")).isEqualTo(probe.workloadKind());
                    assertThat(ns(m.content())).isEqualTo(probe.namespace());
                    assertThat(at(m.content(), "spec", "template", "metadata", "labels")).containsAllEntriesOf(selector);
                });
            }
        }
    }

    @Test
    void theSecretHoldsTheCloudConfAndNothingElse() {
        List<Manifest> secrets = all.stream().filter(m -> "Secret".equals(m.content().get("kind"))).toList();

        assertThat(secrets).extracting(m -> ns(m.content())).containsExactly("kube-system", "cinder-csi");
        for (Manifest secret : secrets) {
            Map<String, Object> data = at(secret.content(), "data");
            assertThat(data).containsOnlyKeys(CloudConf.FILE);
            String conf = decode(data.get(CloudConf.FILE));
            assertThat(sectionKeys(conf, "Global")).containsExactly("auth-url", "application-credential-id",
                    "application-credential-secret", "region");
            assertThat(conf).contains("application-credential-id = \"0123456789abcdef0123456789abcdef\"")
                    .contains("region = \"RegionOne\"")
                    .contains("auth-url = \"https://keystone.example.test:5000/v3\"")
                    // the quote in the secret is escaped, so ';' and '#' stay inside the value
                    .contains("application-credential-secret = \"t-cloudcred-Secret-4Kq9;#\\\"x\"");
            assertThat(conf).doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("username");
            assertThat(sectionKeys(conf, "LoadBalancer")).containsExactly("enabled");
            assertThat(sectionKeys(conf, "BlockStorage")).containsExactly("ignore-volume-az", "rescan-on-resize");
        }
        // the secret appears in no other object
        all.stream().filter(m -> !"Secret".equals(m.content().get("kind")))
                .forEach(m -> assertThat(m.content().toString()).doesNotContain("t-cloudcred-Secret"));
    }

    @Test
    void aPrivateCaGoesIntoTheSecretAndTheConfPointsAtIt() {
        Manifest secret = CloudConfigSecret.in("kube-system", Settings.withCa());
        Map<String, Object> data = at(secret.content(), "data");

        assertThat(data).containsOnlyKeys(CloudConf.FILE, CloudConf.CA_FILE);
        assertThat(decode(data.get(CloudConf.CA_FILE))).isEqualTo(Settings.CA);
        assertThat(decode(data.get(CloudConf.FILE))).contains("ca-file = \"/etc/config/ca.crt\"")
                .doesNotContain("tls-insecure");
    }

    @Test
    void noToStringShowsTheSecret() {
        assertThat(Settings.demo().toString()).doesNotContain("t-cloudcred-Secret").contains("redacted");
        assertThat(all).allSatisfy(m -> assertThat(m.toString()).doesNotContain("t-cloudcred-Secret"));
        assertThat(all.toString()).doesNotContain("t-cloudcred-Secret");
    }

    @Test
    void aValueWithALineBreakIsRefusedWithoutShowingIt() {
        CloudProviderSettings broken = new CloudProviderSettings("demo", "https://k.example.test/v3", "RegionOne",
                "id", "t-cloudcred-line\nbreak", null, false);

        assertThatThrownBy(() -> CloudConf.render(broken)).hasMessageContaining("application-credential-secret")
                .hasMessageNotContaining("t-cloudcred-line");
    }

    private Map<String, Object> find(String kind, String name) {
        return all.stream().map(Manifest::content)
                .filter(c -> kind.equals(c.get("kind")) && name.equals(at(c, "metadata").get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static List<String> sectionKeys(String conf, String section) {
        String body = conf.split("\\[" + section + "]\n", 2)[1].split("\n\\[", 2)[0];
        return body.lines().filter(l -> !l.isBlank()).map(l -> l.split("=", 2)[0].trim()).toList();
    }

    private static String decode(Object base64) {
        return new String(Base64.getDecoder().decode((String) base64), StandardCharsets.UTF_8);
    }

    private static String ns(Map<String, Object> content) {
        return (String) at(content, "metadata").get("namespace");
    }

    private static String secretVolume(Map<String, Object> pod) {
        return list(pod, "volumes").stream().filter(v -> "cloud-config".equals(v.get("name")))
                .map(v -> (String) at(v, "secret").get("secretName")).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> at(Map<String, Object> tree, String... path) {
        Map<String, Object> m = tree;
        for (String key : path) {
            m = (Map<String, Object>) m.getOrDefault(key, new LinkedHashMap<>());
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> tree, String key) {
        return (List<Map<String, Object>>) tree.getOrDefault(key, List.of());
    }

    private static Map<String, Object> only(Map<String, Object> tree, String key) {
        List<Map<String, Object>> items = list(tree, key);
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }
}
