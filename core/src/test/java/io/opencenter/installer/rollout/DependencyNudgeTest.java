package io.opencenter.installer.rollout;

import io.opencenter.installer.health.ProbeTargets;
import io.opencenter.installer.kube.ApiKind;
import io.opencenter.installer.kube.ApplyOptions;
import io.opencenter.installer.kube.ConditionWait;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.KubeEvent;
import io.opencenter.installer.kube.KubeException;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.KubeWatch;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.kube.ObjectRef;
import io.opencenter.installer.kube.WatchListener;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the Flux objects that still wait for a dependency are asked to reconcile; a failing read asks nothing. */
class DependencyNudgeTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void asksOnlyTheObjectsThatSayDependencyNotReady() {
        InMemoryFlux kube = new InMemoryFlux();
        ObjectRef waiting = kube.put("Kustomization", "waiting", "False", "DependencyNotReady");
        ObjectRef failing = kube.put("Kustomization", "failing", "False", "ReconciliationFailed");
        ObjectRef ready = kube.put("Kustomization", "ready", "True", "ReconciliationSucceeded");
        ObjectRef release = kube.put("HelmRelease", "release", "False", "DependencyNotReady");
        ObjectRef missing = new ObjectRef(ProbeTargets.KUSTOMIZATION, "flux-system", "gone");

        int asked = new DependencyNudge(kube, new ReconcileRequest(kube)).nudge(List.of(waiting, failing, ready,
                release, missing), NOW);

        assertThat(asked).isEqualTo(2);
        assertThat(kube.applied).extracting(m -> m.ref().name()).containsExactly("waiting", "release");
        assertThat(kube.applied.get(0).content().toString()).contains(ReconcileRequest.REQUESTED_AT + "=" + NOW);
        assertThat(kube.applied.get(0).ref()).isEqualTo(waiting);
        assertThat(kube.applied.get(1).ref()).isEqualTo(release);
    }

    @Test
    void aFailedReadIsNoFailureOfTheRollout() {
        InMemoryFlux kube = new InMemoryFlux();
        ObjectRef waiting = kube.put("Kustomization", "waiting", "False", "DependencyNotReady");
        kube.failReads = true;

        assertThat(new DependencyNudge(kube, new ReconcileRequest(kube)).nudge(List.of(waiting), NOW)).isZero();
        assertThat(kube.applied).isEmpty();
    }

    /** Objects in memory; get and apply are all the nudge may use. */
    private static final class InMemoryFlux implements KubeCluster {
        final Map<ObjectRef, KubeObject> objects = new LinkedHashMap<>();
        final List<Manifest> applied = new ArrayList<>();
        boolean failReads;

        ObjectRef put(String kind, String name, String status, String reason) {
            String api = (kind.equals("HelmRelease") ? ProbeTargets.HELM_RELEASE : ProbeTargets.KUSTOMIZATION)
                    .apiVersion();
            Map<String, Object> condition = Map.of("type", "Ready", "status", status, "reason", reason,
                    "message", "");
            KubeObject o = KubeObject.of(Map.of("apiVersion", api, "kind", kind, "metadata",
                    Map.of("name", name, "namespace", "flux-system", "generation", 1),
                    "status", Map.of("conditions", List.of(condition))));
            objects.put(o.ref(), o);
            return o.ref();
        }

        @Override
        public Optional<KubeObject> get(ObjectRef ref) {
            if (failReads) {
                throw new KubeException(KubeException.Kind.UNREACHABLE, 0, "the API server is gone", null);
            }
            return Optional.ofNullable(objects.get(ref));
        }

        @Override
        public KubeObject apply(Manifest manifest, ApplyOptions options) {
            applied.add(manifest);
            return objects.get(manifest.ref());
        }

        @Override
        public String server() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String serverVersion() {
            throw new UnsupportedOperationException();
        }

        @Override
        public KubeObject applyStatus(Manifest manifest, ApplyOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<KubeObject> applyCrds(List<Manifest> crds, ApplyOptions options, Duration timeout) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<KubeObject> list(ApiKind kind, String namespace, String labelSelector) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean delete(ObjectRef ref) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ConditionWait waitFor(ObjectRef ref, String type, Duration timeout) {
            throw new UnsupportedOperationException();
        }

        @Override
        public KubeWatch watch(ApiKind kind, String namespace, WatchListener listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<KubeEvent> events(ObjectRef ref) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }
}
