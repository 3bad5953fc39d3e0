package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;

/** The workloads the simulator's tests apply, as a chart would write them (the API server adds nothing). */
final class Workloads {
    private Workloads() {}

    static PodTemplateSpec template(String app, String image) {
        return new PodTemplateSpecBuilder().withNewMetadata().addToLabels("app", app).endMetadata()
                .withNewSpec().addNewContainer().withName(app).withImage(image).endContainer().endSpec().build();
    }

    static Deployment deployment(String namespace, String name, int replicas) {
        return new DeploymentBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withNewSpec().withReplicas(replicas).withNewSelector().addToMatchLabels("app", name).endSelector()
                .withTemplate(template(name, "registry.example/" + name + ":1.0")).endSpec().build();
    }

    static DaemonSet daemonSet(String namespace, String name, boolean toleratesControlPlane) {
        PodTemplateSpec template = template(name, "registry.example/" + name + ":1.0");
        if (toleratesControlPlane) {
            template.getSpec().getTolerations().add(new Toleration("NoSchedule",
                    "node-role.kubernetes.io/control-plane", "Exists", null, null));
        }
        return new DaemonSetBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withNewSpec().withNewSelector().addToMatchLabels("app", name).endSelector().withTemplate(template)
                .endSpec().build();
    }

    static StatefulSet statefulSet(String namespace, String name, int replicas, String policy) {
        return new StatefulSetBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withNewSpec().withReplicas(replicas).withServiceName(name).withPodManagementPolicy(policy)
                .withNewSelector().addToMatchLabels("app", name).endSelector()
                .withTemplate(template(name, "registry.example/" + name + ":1.0")).endSpec().build();
    }
}
