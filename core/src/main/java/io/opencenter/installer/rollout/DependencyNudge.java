package io.opencenter.installer.rollout;

import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.ObjectRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;

/**
 * Saves Flux's dependency requeue: kustomize-controller and helm-controller look at a {@code dependsOn} again only
 * every 30 s ({@code --requeue-dependency}), so without a nudge each level of the catalog's graph can cost up to that
 * much idle time (the real lane measured ~30 s per level). When the rollout starts watching a service (every
 * dependency READY), those of its Flux objects that still say Ready=False with reason {@value #DEPENDENCY_NOT_READY}
 * get a reconcile request ({@link ReconcileRequest}) at once; objects Ready, failing for another reason or not there
 * yet are left alone. Best effort: a failed read or request only costs the wait it tried to save.
 */
final class DependencyNudge {

    /** Flux's Ready=False reason while a dependsOn entry is not Ready. */
    static final String DEPENDENCY_NOT_READY = "DependencyNotReady";
    private static final Logger LOG = LoggerFactory.getLogger(DependencyNudge.class);

    private final KubeCluster kube;
    private final ReconcileRequest reconcile;

    DependencyNudge(KubeCluster kube, ReconcileRequest reconcile) {
        this.kube = kube;
        this.reconcile = reconcile;
    }

    /** Asks the objects still waiting for a dependency to look again; returns how many were asked. */
    int nudge(List<ObjectRef> fluxObjects, Instant now) {
        int asked = 0;
        for (ObjectRef ref : fluxObjects) {
            try {
                boolean waiting = kube.get(ref).flatMap(o -> o.condition("Ready"))
                        .filter(c -> !c.isTrue() && DEPENDENCY_NOT_READY.equals(c.reason())).isPresent();
                if (waiting && reconcile.request(ref, now)) {
                    asked++;
                }
            } catch (RuntimeException e) {
                LOG.debug("could not ask {} to check its dependencies again", ref, e);
            }
        }
        return asked;
    }
}
