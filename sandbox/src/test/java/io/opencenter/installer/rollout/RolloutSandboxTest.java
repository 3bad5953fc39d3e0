package io.opencenter.installer.rollout;

import io.opencenter.installer.health.ProbeTargets;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.ObjectRef;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.platform.ServiceDef.HealthProbe;
import io.opencenter.installer.platform.ServiceSelection;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.sandbox.kube.sim.Fault;
import io.opencenter.installer.sandbox.kube.sim.WorkloadKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollout of the whole openstack profile on the sandbox's simulated cluster, through the installer's own
 * Kubernetes port: every service in the 15 namespaces READY in the catalog's order, side by side where the graph
 * allows; Harbor's image that cannot be pulled makes Harbor DEGRADED with that reason, blocks its parts only, and a
 * retry after the fault is cleared brings it and them up. Timeouts here are limits, never measured.
 */
class RolloutSandboxTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    /** Long enough that only a fault makes a service time out; the tests never wait for it to pass. */
    private static final Duration PATIENT = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(100);

    @TempDir
    Path dir;
    private SimulatedPlatform platform;
    private List<ServiceDef> services;

    @BeforeEach
    void startTheCluster() {
        ServiceSelection selection = CATALOG.select(Profile.OPENSTACK, List.of());
        services = new ArrayList<>(selection.enabled());
        Collections.shuffle(services, new Random(15)); // the rollout does not rely on the catalog's order
        assertThat(selection.namespaceIds()).hasSize(15);
        platform = new SimulatedPlatform(dir);
        platform.installPlatform(services);
    }

    @AfterEach
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void everyServiceOfTheOpenstackProfileBecomesReadyInDependencyOrderSideBySideWherePossible() {
        Recorder seen = new Recorder();
        Rollout rollout = new Rollout(platform.kube, services, new RolloutOptions(PATIENT, Map.of(), POLL, 1), seen);

        RolloutResult result = rollout.run(new Cancellation());

        assertThat(result.in(ServiceState.DEGRADED)).isEmpty();
        assertThat(result.allReady()).as("not ready: %s", result.services()).isTrue();
        assertThat(result.services()).extracting(ServiceProgress::serviceId)
                .containsExactlyElementsOf(services.stream().map(ServiceDef::id).toList());
        assertThat(result.services()).allSatisfy(p -> assertThat(p.elapsed().isNegative()).isFalse());
        Set<String> namespaces = new LinkedHashSet<>();
        services.forEach(s -> namespaces.add(s.namespace()));
        assertThat(namespaces).hasSize(15);

        // each service was watched only once everything it needs was READY
        for (ServiceDef s : services) {
            int started = seen.first(s.id(), ServiceState.PROGRESSING);
            assertThat(started).as("%s was watched", s.id()).isNotNegative();
            for (String dep : CATALOG.dependencies(s.id(), Profile.OPENSTACK)) {
                assertThat(seen.first(dep, ServiceState.READY)).as("%s READY before %s started", dep, s.id())
                        .isNotNegative().isLessThan(started);
            }
        }
        // services with no path between them were watched side by side
        assertThat(seen.maxProgressing).isGreaterThan(5);
        assertThat(seen.together).contains(Set.of("cert-manager", "kyverno"), Set.of("metallb", "gateway-controller"));
    }

    @Test
    void harborThatCannotPullItsImageIsDegradedWithTheReasonBlocksItsPartsOnlyAndARetryBringsItUp() {
        platform.faults().inject("harbor", WorkloadKind.DEPLOYMENT, "harbor-core", Fault.IMAGE_PULL_BACK_OFF);
        Recorder seen = new Recorder();
        Rollout rollout = new Rollout(platform.kube, services,
                new RolloutOptions(PATIENT, Map.of("harbor", Duration.ofSeconds(1)), POLL, 1), seen);

        RolloutResult failed = rollout.run(new Cancellation());

        ServiceProgress harbor = failed.service("harbor").orElseThrow();
        assertThat(harbor.state()).isEqualTo(ServiceState.DEGRADED);
        assertThat(harbor.reason()).contains("Deployment harbor/harbor-core: 0/1 ready")
                .contains("ImagePullBackOff: Back-off pulling image")
                .contains("harbor/harbor-core:").contains("after 1 reconcile request");
        assertThat(failed.in(ServiceState.BLOCKED)).containsExactlyInAnyOrder("harbor-registry", "harbor-trivy");
        assertThat(failed.service("harbor-trivy").orElseThrow().reason())
                .isEqualTo("needs harbor, which is degraded");
        assertThat(failed.in(ServiceState.READY)).hasSize(services.size() - 3);
        assertThat(seen.reasons("harbor")).anySatisfy(r -> assertThat(r).contains("reconcile requested (retry 1 of 1)"));

        // the reconcile request reached the HelmRelease as flux reconcile --reset writes it, and nothing else changed
        KubeObject release = platform.kube.get(new ObjectRef(ProbeTargets.HELM_RELEASE, "harbor", "harbor"))
                .orElseThrow();
        Map<?, ?> annotations = (Map<?, ?>) ((Map<?, ?>) release.content().get("metadata")).get("annotations");
        assertThat(annotations.get(ReconcileRequest.REQUESTED_AT)).isNotNull()
                .isEqualTo(annotations.get(ReconcileRequest.RESET_AT));
        assertThat(((Map<?, ?>) release.content().get("status")).get("lastHandledReconcileAt"))
                .as("the simulated Flux handled it").isEqualTo(annotations.get(ReconcileRequest.REQUESTED_AT));
        assertThat(release.content().get("spec").toString()).contains("chart=harbor").contains("1.17.2");

        platform.faults().clear("harbor", WorkloadKind.DEPLOYMENT, "harbor-core");
        rollout.retry("harbor");
        RolloutResult retried = rollout.run(new Cancellation());

        assertThat(retried.allReady()).as("after the retry: %s", retried.services()).isTrue();
        assertThat(seen.first("harbor-registry", ServiceState.PROGRESSING))
                .isGreaterThan(seen.last("harbor", ServiceState.READY) - 1);
    }

    @Test
    void aRetryWhileTheRolloutRunsReArmsHarborAndWhatItBlocked() {
        platform.faults().inject("harbor", WorkloadKind.DEPLOYMENT, "harbor-core", Fault.IMAGE_PULL_BACK_OFF);
        Rollout[] rollout = new Rollout[1];
        Recorder seen = new Recorder() {
            @Override
            public void service(ServiceProgress p) {
                super.service(p);
                // the user clears the fault and clicks Retry as soon as Harbor's parts show BLOCKED
                if (p.serviceId().equals("harbor-trivy") && p.state() == ServiceState.BLOCKED) {
                    platform.faults().clear("harbor", WorkloadKind.DEPLOYMENT, "harbor-core");
                    rollout[0].retry("harbor");
                }
            }
        };
        rollout[0] = new Rollout(platform.kube, services,
                new RolloutOptions(PATIENT, Map.of("harbor", Duration.ofSeconds(1)), POLL, 0), seen);

        RolloutResult result = rollout[0].run(new Cancellation());

        assertThat(seen.first("harbor", ServiceState.DEGRADED)).isNotNegative();
        assertThat(seen.first("harbor-trivy", ServiceState.BLOCKED)).isNotNegative();
        assertThat(result.allReady()).as("in the same run: %s", result.services()).isTrue();
    }

    @Test
    void aCancelStopsTheRolloutAndItsThreads() {
        Cancellation cancel = new Cancellation();
        // a service whose release nobody applies: it can only be PROGRESSING until the cancel
        List<ServiceDef> never = List.of(new ServiceDef("never", "Never delivered", "velero", "a test's", false,
                List.of(Profile.OPENSTACK), null, List.of(), List.of(new HealthProbe("flux", null, "HelmRelease",
                "velero", "never", null, null)), List.of(), List.of()));
        Recorder seen = new Recorder() {
            @Override
            public void service(ServiceProgress p) {
                super.service(p);
                if (p.state() == ServiceState.PROGRESSING && !p.reason().isEmpty()) {
                    cancel.cancel(); // it has looked at least once
                }
            }
        };
        RolloutResult result = new Rollout(platform.kube, never,
                new RolloutOptions(PATIENT, Map.of(), POLL, 2), seen).run(cancel);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.allReady()).isFalse();
        assertThat(result.service("never").orElseThrow().state()).isEqualTo(ServiceState.PROGRESSING);
        assertThat(result.service("never").orElseThrow().reason()).isEqualTo("HelmRelease velero/never does not exist yet");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("rollout-probe-")
                && t.isAlive());
    }

    /** The listener's view: every progress in order, and which services were PROGRESSING at the same time. */
    static class Recorder implements RolloutListener {
        final List<ServiceProgress> events = new ArrayList<>();
        final Map<String, ServiceState> now = new HashMap<>();
        final Set<Set<String>> together = new LinkedHashSet<>();
        int maxProgressing;

        @Override
        public void service(ServiceProgress p) {
            events.add(p);
            now.put(p.serviceId(), p.state());
            List<String> progressing = now.entrySet().stream().filter(e -> e.getValue() == ServiceState.PROGRESSING)
                    .map(Map.Entry::getKey).toList();
            maxProgressing = Math.max(maxProgressing, progressing.size());
            for (String a : progressing) {
                for (String b : progressing) {
                    if (a.compareTo(b) < 0) {
                        together.add(Set.of(a, b));
                    }
                }
            }
        }

        int first(String id, ServiceState state) {
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).serviceId().equals(id) && events.get(i).state() == state) {
                    return i;
                }
            }
            return -1;
        }

        int last(String id, ServiceState state) {
            for (int i = events.size() - 1; i >= 0; i--) {
                if (events.get(i).serviceId().equals(id) && events.get(i).state() == state) {
                    return i;
                }
            }
            return -1;
        }

        List<String> reasons(String id) {
            return events.stream().filter(e -> e.serviceId().equals(id)).map(ServiceProgress::reason).toList();
        }
    }
}
