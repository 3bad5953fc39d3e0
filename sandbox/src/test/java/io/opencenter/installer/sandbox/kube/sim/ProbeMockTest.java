package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.*;
import io.fabric8.kubernetes.api.model.apps.*;
import io.fabric8.kubernetes.api.model.apiextensions.v1.*;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;
import java.util.*;

@EnableKubernetesMockClient(crud = true)
class ProbeMockTest {
    KubernetesClient client;
    KubernetesMockServer server;

    @Test
    void probe() {
        Deployment d = new DeploymentBuilder().withNewMetadata().withName("a").withNamespace("ns").endMetadata()
                .withNewSpec().withReplicas(2).withNewTemplate().withNewSpec().addNewContainer().withName("c").withImage("i").endContainer().endSpec().endTemplate().endSpec().build();
        Deployment c = client.apps().deployments().inNamespace("ns").resource(d).create();
        System.out.println("CREATED " + c.getMetadata());
        c.getSpec().setReplicas(3);
        Deployment u = client.apps().deployments().inNamespace("ns").resource(c).update();
        System.out.println("UPDATED " + u.getMetadata());
        u.setStatus(new DeploymentStatusBuilder().withReadyReplicas(3).build());
        Deployment s = client.apps().deployments().inNamespace("ns").resource(u).updateStatus();
        System.out.println("STATUS " + s.getMetadata() + " " + s.getStatus());
        Deployment same = client.apps().deployments().inNamespace("ns").resource(s).updateStatus();
        System.out.println("STATUS SAME " + same.getMetadata().getResourceVersion());
        s.getSpec().setReplicas(4); s.setStatus(null);
        Deployment u2 = client.apps().deployments().inNamespace("ns").resource(s).update();
        System.out.println("UPDATED2 " + u2.getMetadata() + " status " + u2.getStatus() + " GOT " + client.apps().deployments().inNamespace("ns").withName("a").get().getStatus());
        try {
            c.getSpec().setReplicas(9);
            client.apps().deployments().inNamespace("ns").resource(c).update();
            System.out.println("STALE UPDATE ACCEPTED");
        } catch (Exception e) { System.out.println("STALE " + e.getMessage()); }
        try {
            Deployment x = client.apps().deployments().inNamespace("ns").withName("a").get();
            x.getMetadata().setResourceVersion("1");
            client.apps().deployments().inNamespace("ns").resource(x).updateStatus();
            System.out.println("STALE STATUS ACCEPTED");
        } catch (Exception e) { System.out.println("STALE STATUS " + e.getMessage()); }
        // node create with status
        Node n = new NodeBuilder().withNewMetadata().withName("n1").endMetadata().withNewStatus().addNewCondition().withType("Ready").withStatus("False").endCondition().endStatus().build();
        Node nc = client.nodes().resource(n).create();
        System.out.println("NODE " + nc.getStatus());
        // CRD
        CustomResourceDefinition crd = new CustomResourceDefinitionBuilder().withNewMetadata().withName("kustomizations.kustomize.toolkit.fluxcd.io").endMetadata()
            .withNewSpec().withGroup("kustomize.toolkit.fluxcd.io").withScope("Namespaced")
            .withNewNames().withKind("Kustomization").withPlural("kustomizations").withSingular("kustomization").withListKind("KustomizationList").endNames()
            .addNewVersion().withName("v1").withServed(true).withStorage(true).withNewSubresources().withNewStatus().endStatus().endSubresources()
            .withNewSchema().withNewOpenAPIV3Schema().withType("object").withXKubernetesPreserveUnknownFields(true).endOpenAPIV3Schema().endSchema().endVersion()
            .endSpec().build();
        client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
        GenericKubernetesResource k = new GenericKubernetesResourceBuilder().withApiVersion("kustomize.toolkit.fluxcd.io/v1").withKind("Kustomization")
            .withNewMetadata().withName("k1").withNamespace("flux-system").endMetadata().addToAdditionalProperties("spec", Map.of("path", "./x")).build();
        ResourceDefinitionContext ctx = new ResourceDefinitionContext.Builder().withGroup("kustomize.toolkit.fluxcd.io").withVersion("v1").withKind("Kustomization").withPlural("kustomizations").withNamespaced(true).build();
        GenericKubernetesResource kc = client.genericKubernetesResources(ctx).inNamespace("flux-system").resource(k).create();
        System.out.println("CR " + kc.getMetadata());
        kc.setAdditionalProperty("status", Map.of("observedGeneration", 1));
        GenericKubernetesResource ks = client.genericKubernetesResources(ctx).inNamespace("flux-system").resource(kc).updateStatus();
        System.out.println("CR STATUS " + ks.getMetadata() + ks.getAdditionalProperties());
        System.out.println("CR LIST any " + client.genericKubernetesResources("kustomize.toolkit.fluxcd.io/v1", "Kustomization").inAnyNamespace().list().getItems().size());
        ResourceDefinitionContext ctx2 = new ResourceDefinitionContext.Builder().withGroup("kustomize.toolkit.fluxcd.io").withVersion("v1beta2").withKind("Kustomization").withPlural("kustomizations").withNamespaced(true).build();
        System.out.println("CR LIST other version " + client.genericKubernetesResources(ctx2).inAnyNamespace().list().getItems().size());
        Pod p = client.pods().inNamespace("ns").resource(new PodBuilder().withNewMetadata().withName("p").endMetadata().withNewSpec().addNewContainer().withName("c").endContainer().endSpec().build()).create();
        p.getSpec().setNodeName("n1");
        p = client.pods().inNamespace("ns").resource(p).update();
        System.out.println("POD " + p.getMetadata() + " " + p.getSpec().getNodeName());
        client.apps().deployments().inNamespace("ns").withName("a").delete();
        System.out.println("after delete " + client.apps().deployments().inAnyNamespace().list().getItems().size());
    }
}
