package io.opencenter.installer.gitops;

import io.opencenter.installer.health.ProbeTargets;
import io.opencenter.installer.kube.ApplyOptions;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.KubeException;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.kube.ObjectRef;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.platform.ServiceDef.HealthProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the lane cannot run for real, played by the test while the real controllers work: OLM (a Subscription in the
 * cluster → the operator's CRDs and the Deployment its probes look for, as an installed CSV would make them) and the
 * operators behind the repository's own custom resources (Keycloak's and Strimzi's set Ready on their resources and
 * run the StatefulSets the probes look for; Envoy Gateway sets Programmed on the Gateway; the Zalando operator runs
 * the database's StatefulSet). Everything is derived from the catalog's probes: a condition probe on a custom
 * resource is reported True once the resource exists; a workload the tree does not carry appears once the service's
 * Kustomization is Ready. Polls every 300 ms on a thread of its own until closed.
 */
final class StandInOperators implements AutoCloseable {
    static final ApplyOptions MANAGER = new ApplyOptions("opencenter-lane-stand-in", true);

    private final KubeCluster kube;
    private final LanePlan plan;
    private final Set<String> done = ConcurrentHashMap.newKeySet();
    final Map<String, Instant> actions = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean stopped;
    private volatile Throwable failure;

    StandInOperators(KubeCluster kube, LanePlan plan) {
        this.kube = kube;
        this.plan = plan;
        this.thread = new Thread(this::loop, "lane-stand-in-operators");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (!stopped) {
            try {
                for (ServiceDef s : plan.services) {
                    if (LanePlan.olm(s)) {
                        olm(s);
                    }
                    operatorWorkloads(s);
                    conditions(s);
                }
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                failure = e; // kept for the report; the loop goes on (an object may be half there)
            }
        }
    }

    /** OLM: the Subscription is there → the operator's CRDs, then its Deployment. */
    private void olm(ServiceDef s) {
        String key = "olm:" + s.id();
        if (done.contains(key)) {
            return;
        }
        ObjectRef subscription = ObjectRef.namespaced("operators.coreos.com/v1alpha1", "Subscription", s.namespace(),
                s.chart().name());
        if (!exists(subscription)) {
            return;
        }
        List<Manifest> crds = plan.crdsOf(s.id()).stream().map(k -> Manifest.parse(StandIns.crd(k))).toList();
        if (!crds.isEmpty()) {
            kube.applyCrds(crds, MANAGER, Duration.ofSeconds(30));
        }
        applyAll(plan.workloadYaml(s, true));
        done.add(key);
        actions.put(key, Instant.now());
    }

    /** An operator's workloads for a service's own custom resources, once its Kustomization applied them. */
    private void operatorWorkloads(ServiceDef s) {
        String key = "workloads:" + s.id();
        List<StandIns.Workload> workloads = plan.operatorMade(s);
        if (workloads.isEmpty() || done.contains(key)) {
            return;
        }
        ObjectRef kustomization = ObjectRef.namespaced("kustomize.toolkit.fluxcd.io/v1", "Kustomization",
                FluxNames.FLUX_NAMESPACE, s.id());
        if (!kube.get(kustomization).map(k -> k.conditionMet("Ready")).orElse(false)) {
            return;
        }
        List<String> yaml = new ArrayList<>();
        for (int i = 0; i < workloads.size(); i++) {
            yaml.add(StandIns.workload(workloads.get(i), StandIns.name(s.id(), workloads.get(i), i),
                    workloads.get(i).namespace()));
        }
        applyAll(String.join("---\n", yaml));
        done.add(key);
        actions.put(key, Instant.now());
    }

    /** An operator's verdict on its custom resource: the probe's condition True for the current generation. */
    private void conditions(ServiceDef s) {
        for (HealthProbe p : s.health()) {
            if (!"condition".equals(p.kind()) || p.apiVersion() == null) {
                continue;
            }
            ObjectRef ref = ObjectRef.namespaced(ProbeTargets.conditionKind(p).apiVersion(), p.workloadKind(),
                    p.namespace(), p.name());
            KubeObject o;
            try {
                o = kube.get(ref).orElse(null);
            } catch (KubeException e) {
                continue; // its CRD is not there yet
            }
            if (o == null || o.conditionMet(p.condition())) {
                continue;
            }
            kube.applyStatus(Manifest.parse("""
                    apiVersion: %s
                    kind: %s
                    metadata: {name: %s, namespace: %s}
                    status:
                      conditions:
                        - {type: %s, status: "True", reason: StandIn, message: "set by the lane's stand-in operator",
                           lastTransitionTime: "%s", observedGeneration: %d}
                    """.formatted(ref.kind().apiVersion(), ref.kind().kind(), ref.name(), ref.namespace(),
                    p.condition(), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), o.generation())),
                    MANAGER);
            actions.put("condition:" + s.id(), Instant.now());
        }
    }

    private boolean exists(ObjectRef ref) {
        try {
            return kube.get(ref).isPresent();
        } catch (KubeException e) {
            return false; // the kind is not served yet
        }
    }

    private void applyAll(String yaml) {
        if (!yaml.isBlank()) {
            for (Manifest m : Manifest.parseAll(yaml)) {
                kube.apply(m, MANAGER);
            }
        }
    }

    Throwable lastFailure() {
        return failure;
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
