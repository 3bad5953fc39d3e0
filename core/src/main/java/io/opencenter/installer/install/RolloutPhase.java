package io.opencenter.installer.install;

import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.KubeException;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.rollout.Rollout;
import io.opencenter.installer.rollout.RolloutOptions;
import io.opencenter.installer.rollout.RolloutResult;
import io.opencenter.installer.rollout.ServiceProgress;
import io.opencenter.installer.rollout.ServiceState;
import io.opencenter.installer.spec.ClusterSpec;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Flux applies the repository; this phase watches every enabled service of the catalog come up in dependency order
 * (services without a dependency between them side by side), nudges Flux when one is slow, and ends with every
 * service's state. A degraded service blocks only what depends on it; the faces can retry it while the phase runs,
 * and running the install again rolls what is not ready yet.
 */
final class RolloutPhase implements Phase {

    @Override
    public InstallPhase id() {
        return InstallPhase.ROLLOUT;
    }

    @Override
    public PhaseResult run(InstallContext context, InstallListener listener, Cancellation cancel) {
        List<ServiceDef> services = enabledServices(context);
        listener.phase(InstallPhase.ROLLOUT, PhaseState.RUNNING, "rolling out " + services.size() + " services");
        try (KubeCluster kube = ClusterKube.open(context, cancel, listener)) {
            if (kube == null) {
                return PhaseResult.failed("the cluster is not bootstrapped", "run the install again");
            }
            Rollout rollout = new Rollout(kube, services, options(context), listener::service);
            AtomicBoolean running = new AtomicBoolean(true);
            listener.rolloutStarted(id -> {
                if (!running.get()) {
                    return false;
                }
                rollout.retry(id);
                return true;
            });
            RolloutResult result;
            try {
                result = rollout.run(cancel);
            } finally {
                running.set(false);
            }
            context.services(result.services());
            return outcome(result);
        } catch (ApiWait.WaitEnded e) {
            return e.failure().cancelled() ? PhaseResult.cancelled("cancelled", "cancelled while waiting for the API")
                    : PhaseResult.failed("the API did not answer", e.getMessage());
        } catch (KubeException e) {
            return PhaseResult.failed(e.getMessage());
        }
    }

    /** The defaults, looking as often as Bootstrap does (tests of the sandbox look more often). */
    private static RolloutOptions options(InstallContext context) {
        RolloutOptions defaults = RolloutOptions.defaults();
        Duration poll = context.timeouts().poll().compareTo(defaults.pollInterval()) < 0 ? context.timeouts().poll()
                : defaults.pollInterval();
        return new RolloutOptions(defaults.defaultTimeout(), defaults.perService(), poll, defaults.retries());
    }

    private static PhaseResult outcome(RolloutResult result) {
        int total = result.services().size();
        int ready = result.in(ServiceState.READY).size();
        if (result.cancelled()) {
            return PhaseResult.cancelled(ready + " of " + total + " services ready", "cancelled with " + ready
                    + " of " + total + " services ready; Flux keeps reconciling, running the install again watches "
                    + "the rest");
        }
        if (result.allReady()) {
            return PhaseResult.done(total + " services ready", "every platform service is ready (" + total + ")");
        }
        List<String> degraded = result.services().stream().filter(s -> s.state() == ServiceState.DEGRADED)
                .map(RolloutPhase::describe).toList();
        return PhaseResult.failed(ready + " of " + total + " services ready", String.join("; ", degraded)
                + ". " + result.in(ServiceState.BLOCKED).size() + " services wait for them. Fix the cause and retry "
                + "the service, or run the install again");
    }

    private static String describe(ServiceProgress p) {
        return p.serviceId() + " is degraded" + (p.reason().isBlank() ? "" : ": " + p.reason());
    }

    /** The config's services: its profile's, less what it disables (what the repository delivers). */
    private static List<ServiceDef> enabledServices(InstallContext context) {
        ClusterSpec.Platform platform = context.config().spec().platform();
        return context.catalog().select(Profile.fromId(platform == null ? null : platform.profile()),
                platform == null || platform.disabled() == null ? List.of() : platform.disabled()).enabled();
    }
}
