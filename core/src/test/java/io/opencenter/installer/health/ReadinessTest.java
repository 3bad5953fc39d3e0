package io.opencenter.installer.health;

import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.Manifest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The verdicts on objects as the API returns them, without a cluster. */
class ReadinessTest {

    private static KubeObject object(String yaml) {
        return KubeObject.of(Manifest.parse(yaml).content());
    }

    @Test
    void aDeploymentIsReadyOnlyWithEveryReplicaReadyForItsCurrentGeneration() {
        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: shop, generation: %d}
                spec: {replicas: 2}
                status: {observedGeneration: 2, replicas: 2, updatedReplicas: 2, readyReplicas: %d, availableReplicas: %d}
                """;
        assertThat(Readiness.workload(object(deployment.formatted(2, 2, 2))))
                .isEqualTo(ProbeResult.ready("Deployment shop/web: 2/2 ready"));
        assertThat(Readiness.workload(object(deployment.formatted(2, 1, 1))))
                .isEqualTo(ProbeResult.progressing("Deployment shop/web: 1/2 ready"));
        assertThat(Readiness.workload(object(deployment.formatted(3, 2, 2))))
                .as("a status about the previous spec")
                .isEqualTo(ProbeResult.progressing("Deployment shop/web: not observed by its controller yet"));
    }

    @Test
    void aDaemonSetCountsTheNodesItShouldRunOn() {
        String ds = """
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: agent, namespace: ops, generation: 1}
                status: {observedGeneration: 1, desiredNumberScheduled: 3, numberReady: %d, updatedNumberScheduled: 3}
                """;
        assertThat(Readiness.workload(object(ds.formatted(3))).state()).isEqualTo(ProbeState.READY);
        assertThat(Readiness.workload(object(ds.formatted(2))).reason()).isEqualTo("DaemonSet ops/agent: 2/3 ready");
    }

    @Test
    void aContainerThatCannotStartIsDegradedOneThatIsCreatedIsNot() {
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata: {name: core-7c9, namespace: harbor}
                status:
                  phase: Pending
                  containerStatuses:
                  - name: core
                    ready: false
                    state: {waiting: {reason: %s, message: "Back-off pulling image \\"goharbor/harbor-core:v2.13.2\\""}}
                """;
        assertThat(Readiness.pod(object(pod.formatted("ImagePullBackOff")))).isEqualTo(ProbeResult.degraded(
                "core-7c9 ImagePullBackOff: Back-off pulling image \"goharbor/harbor-core:v2.13.2\""));
        assertThat(Readiness.podTrouble(object(pod.formatted("ContainerCreating")))).isEmpty();
        assertThat(Readiness.pod(object(pod.formatted("ContainerCreating"))))
                .isEqualTo(ProbeResult.progressing("pod core-7c9 Pending"));
    }

    @Test
    void fluxSaysReadyForTheCurrentGenerationStalledOrAFailureReasonIsDegraded() {
        String release = """
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata: {name: loki, namespace: observability, generation: 2}
                status:
                  conditions:
                  - {type: Ready, status: "%s", reason: %s, message: "%s", observedGeneration: %d}
                """;
        assertThat(Readiness.flux(object(release.formatted("True", "InstallSucceeded", "ok", 2))).isReady()).isTrue();
        assertThat(Readiness.flux(object(release.formatted("True", "InstallSucceeded", "ok", 1))))
                .isEqualTo(ProbeResult.progressing("HelmRelease observability/loki: reconciling a new revision"));
        assertThat(Readiness.flux(object(release.formatted("False", "InstallFailed", "timed out", 2))))
                .isEqualTo(ProbeResult.degraded("HelmRelease observability/loki: Ready=False (InstallFailed: timed out)"));
        assertThat(Readiness.flux(object(release.formatted("False", "DependencyNotReady", "waits", 2))).state())
                .isEqualTo(ProbeState.PROGRESSING);
    }

    @Test
    void aServiceTakesTheWorstStateAndTheReasonsOfWhatIsNotReady() {
        assertThat(ProbeResult.combine(List.of(ProbeResult.ready("a"), ProbeResult.progressing("b"),
                ProbeResult.degraded("c"), ProbeResult.missing("d"))))
                .isEqualTo(ProbeResult.degraded("c; d; b"));
        assertThat(ProbeResult.combine(List.of(ProbeResult.ready("a"), ProbeResult.ready("b"))))
                .isEqualTo(ProbeResult.ready("a; b"));
        assertThat(ProbeResult.combine(List.of())).isEqualTo(ProbeResult.ready(""));
    }
}
