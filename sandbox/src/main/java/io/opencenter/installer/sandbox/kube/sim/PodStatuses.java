package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.HostIP;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodIP;
import io.fabric8.kubernetes.api.model.PodStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The status a kubelet posts for a pod it runs: Running and Ready, or with a {@link Fault} its containers waiting
 * like a kubelet shows them ({@code CrashLoopBackOff} with a restart count that grows every five minutes, or
 * {@code ImagePullBackOff} with the pod still Pending). Times already in the status are kept while nothing changes.
 */
final class PodStatuses {
    private static final Duration BACK_OFF = Duration.ofMinutes(5);
    private final SimContext ctx;

    PodStatuses(SimContext ctx) {
        this.ctx = ctx;
    }

    PodStatus of(Pod pod, String hostIp, String podIp, Fault fault) {
        PodStatus old = pod.getStatus() == null ? new PodStatus() : pod.getStatus();
        String now = ctx.stamp();
        String started = old.getStartTime() != null ? old.getStartTime() : now;
        PodStatus s = new PodStatus();
        s.setPhase(fault == Fault.IMAGE_PULL_BACK_OFF ? "Pending" : "Running");
        s.setHostIP(hostIp);
        s.setHostIPs(hostIp == null ? List.of() : List.of(new HostIP(hostIp)));
        s.setPodIP(podIp);
        s.setPodIPs(podIp == null ? List.of() : List.of(new PodIP(podIp)));
        s.setStartTime(started);
        s.setQosClass(old.getQosClass());
        List<ContainerStatus> containers = new ArrayList<>();
        for (Container c : Pods.orEmpty(pod.getSpec().getContainers())) {
            containers.add(container(pod, c, old, fault, started));
        }
        s.setContainerStatuses(containers);
        List<ContainerStatus> inits = new ArrayList<>();
        for (Container c : Pods.orEmpty(pod.getSpec().getInitContainers())) {
            inits.add(new ContainerStatusBuilder().withName(c.getName()).withImage(c.getImage()).withReady(true)
                    .withStarted(false).withRestartCount(0).withState(new ContainerStateBuilder().withNewTerminated()
                            .withExitCode(0).withReason("Completed").withStartedAt(started).withFinishedAt(started)
                            .endTerminated().build()).build());
        }
        s.setInitContainerStatuses(inits);
        String unready = containers.stream().filter(c -> !c.getReady()).map(ContainerStatus::getName)
                .collect(Collectors.joining(" "));
        boolean ready = unready.isEmpty();
        String reason = ready ? null : "ContainersNotReady";
        String message = ready ? null : "containers with unready status: [" + unready + "]";
        s.setConditions(List.of(
                Pods.condition(pod, "PodReadyToStartContainers", "True", null, null, now),
                Pods.condition(pod, "Initialized", "True", null, null, now),
                Pods.condition(pod, "Ready", ready ? "True" : "False", reason, message, now),
                Pods.condition(pod, "ContainersReady", ready ? "True" : "False", reason, message, now),
                Pods.condition(pod, "PodScheduled", "True", null, null, now)));
        return s;
    }

    private ContainerStatus container(Pod pod, Container c, PodStatus old, Fault fault, String started) {
        Optional<ContainerStatus> was = Pods.orEmpty(old.getContainerStatuses()).stream()
                .filter(x -> c.getName().equals(x.getName())).findFirst();
        ContainerStatusBuilder b = new ContainerStatusBuilder().withName(c.getName()).withImage(c.getImage());
        if (fault == Fault.CRASH_LOOP_BACK_OFF) {
            Instant since = SimContext.parse(started);
            long restarts = 1 + (since == null ? 0 : Duration.between(since, ctx.now()).toSeconds()
                    / BACK_OFF.toSeconds());
            return b.withReady(false).withStarted(false).withRestartCount((int) restarts)
                    .withState(waiting("CrashLoopBackOff", "back-off 5m0s restarting failed container=" + c.getName()
                            + " pod=" + pod.getMetadata().getName() + "_" + pod.getMetadata().getNamespace() + "("
                            + pod.getMetadata().getUid() + ")"))
                    .withLastState(new ContainerStateBuilder().withNewTerminated().withExitCode(1).withReason("Error")
                            .withStartedAt(started).withFinishedAt(started).endTerminated().build()).build();
        }
        if (fault == Fault.IMAGE_PULL_BACK_OFF) {
            return b.withReady(false).withStarted(false).withRestartCount(0)
                    .withState(waiting("ImagePullBackOff", "Back-off pulling image \"" + c.getImage() + "\"")).build();
        }
        String runningSince = was.map(ContainerStatus::getState).map(ContainerState::getRunning)
                .map(r -> r.getStartedAt()).orElse(ctx.stamp());
        int restarts = was.map(ContainerStatus::getRestartCount).orElse(0);
        return b.withReady(true).withStarted(true).withRestartCount(restarts)
                .withState(new ContainerStateBuilder().withNewRunning().withStartedAt(runningSince).endRunning().build())
                .build();
    }

    private static ContainerState waiting(String reason, String message) {
        return new ContainerStateBuilder().withNewWaiting().withReason(reason).withMessage(message).endWaiting().build();
    }
}
