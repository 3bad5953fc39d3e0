package io.opencenter.installer.sandbox.kube;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in kinds the sandbox API server lists in discovery: those of a Kubernetes 1.35 API server that an
 * installation (Calico, the cloud provider, Flux, the platform services' charts) or the installer uses. A kind not
 * listed here is "not served", as on a server without it. Each line: group (empty for core), version, kind, plural,
 * N(amespaced) or C(luster), whether it has a status subresource, its short names, its categories ({@code all}:
 * what {@code kubectl get all} lists).
 */
final class BuiltinKinds {

    /** One built-in kind. */
    record Builtin(String group, String version, String kind, String plural, boolean namespaced, boolean status,
                   List<String> shortNames, List<String> categories) {

        String apiVersion() {
            return group.isEmpty() ? version : group + "/" + version;
        }
    }

    private static final String TABLE = """
            - v1 Binding bindings N - - -
            - v1 ComponentStatus componentstatuses C - cs -
            - v1 ConfigMap configmaps N - cm -
            - v1 Endpoints endpoints N - ep -
            - v1 Event events N - ev -
            - v1 LimitRange limitranges N - limits -
            - v1 Namespace namespaces C status ns -
            - v1 Node nodes C status no -
            - v1 PersistentVolumeClaim persistentvolumeclaims N status pvc -
            - v1 PersistentVolume persistentvolumes C status pv -
            - v1 Pod pods N status po all
            - v1 PodTemplate podtemplates N - - -
            - v1 ReplicationController replicationcontrollers N status rc all
            - v1 ResourceQuota resourcequotas N status quota -
            - v1 Secret secrets N - - -
            - v1 ServiceAccount serviceaccounts N - sa -
            - v1 Service services N status svc all
            admissionregistration.k8s.io v1 MutatingWebhookConfiguration mutatingwebhookconfigurations C - - -
            admissionregistration.k8s.io v1 ValidatingWebhookConfiguration validatingwebhookconfigurations C - - -
            admissionregistration.k8s.io v1 ValidatingAdmissionPolicy validatingadmissionpolicies C status - -
            admissionregistration.k8s.io v1 ValidatingAdmissionPolicyBinding validatingadmissionpolicybindings C - - -
            apiextensions.k8s.io v1 CustomResourceDefinition customresourcedefinitions C status crd,crds -
            apiregistration.k8s.io v1 APIService apiservices C status - -
            apps v1 ControllerRevision controllerrevisions N - - -
            apps v1 DaemonSet daemonsets N status ds all
            apps v1 Deployment deployments N status deploy all
            apps v1 ReplicaSet replicasets N status rs all
            apps v1 StatefulSet statefulsets N status sts all
            autoscaling v2 HorizontalPodAutoscaler horizontalpodautoscalers N status hpa all
            autoscaling v1 HorizontalPodAutoscaler horizontalpodautoscalers N status hpa all
            batch v1 CronJob cronjobs N status cj all
            batch v1 Job jobs N status - all
            certificates.k8s.io v1 CertificateSigningRequest certificatesigningrequests C status csr -
            coordination.k8s.io v1 Lease leases N - - -
            discovery.k8s.io v1 EndpointSlice endpointslices N - - -
            events.k8s.io v1 Event events N - ev -
            flowcontrol.apiserver.k8s.io v1 FlowSchema flowschemas C status - -
            flowcontrol.apiserver.k8s.io v1 PriorityLevelConfiguration prioritylevelconfigurations C status - -
            networking.k8s.io v1 IngressClass ingressclasses C - - -
            networking.k8s.io v1 Ingress ingresses N status ing -
            networking.k8s.io v1 NetworkPolicy networkpolicies N - netpol -
            node.k8s.io v1 RuntimeClass runtimeclasses C - - -
            policy v1 PodDisruptionBudget poddisruptionbudgets N status pdb -
            rbac.authorization.k8s.io v1 ClusterRoleBinding clusterrolebindings C - - -
            rbac.authorization.k8s.io v1 ClusterRole clusterroles C - - -
            rbac.authorization.k8s.io v1 RoleBinding rolebindings N - - -
            rbac.authorization.k8s.io v1 Role roles N - - -
            scheduling.k8s.io v1 PriorityClass priorityclasses C - pc -
            storage.k8s.io v1 CSIDriver csidrivers C - - -
            storage.k8s.io v1 CSINode csinodes C - - -
            storage.k8s.io v1 CSIStorageCapacity csistoragecapacities N - - -
            storage.k8s.io v1 StorageClass storageclasses C - sc -
            storage.k8s.io v1 VolumeAttachment volumeattachments C status - -
            """;

    static final List<Builtin> ALL = parse();

    private BuiltinKinds() {
    }

    private static List<String> list(String column) {
        return column.equals("-") ? List.of() : List.of(column.split(","));
    }

    private static List<Builtin> parse() {
        List<Builtin> out = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] f = line.strip().split(" ");
            out.add(new Builtin(f[0].equals("-") ? "" : f[0], f[1], f[2], f[3], f[4].equals("N"),
                    f[5].equals("status"), list(f[6]), list(f[7])));
        }
        return List.copyOf(out);
    }
}
