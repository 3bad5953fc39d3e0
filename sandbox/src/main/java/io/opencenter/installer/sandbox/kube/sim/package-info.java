/**
 * The sandbox's controller simulator: what makes a simulated cluster behave like a real one behind a Kubernetes API
 * server (the sandbox's, or any fabric8 {@code KubernetesClient}), driven by the sandbox cloud's servers and volumes.
 *
 * <p>{@link io.opencenter.installer.sandbox.kube.sim.ClusterSimulator} runs, each {@code tick()}, in this order:
 * <ul>
 *   <li>{@code NodeController}: a Node per ACTIVE server tagged with the cluster (name, providerID
 *       {@code openstack:///<id>}, InternalIP, control-plane role label and taint, flavor capacity, a pod /24, kubelet
 *       version); NotReady at registration, Ready after the delay, Unknown while the server is stopped, deleted with
 *       the server;</li>
 *   <li>{@code GarbageCollector}: orphaned ReplicaSets and pods, pods of deleted nodes;</li>
 *   <li>{@code DeploymentController}, {@code ReplicaSetController}, {@code DaemonSetController},
 *       {@code StatefulSetController}: the pods they own, and afterwards their status;</li>
 *   <li>{@code VolumeController}: Cinder CSI provisioning, attach/detach and reclaim on the sandbox's Cinder;</li>
 *   <li>{@code Scheduler} ({@code NodeFit}) and {@code Kubelet} ({@code PodStatuses}): binding and pod status, with
 *       the injected {@link io.opencenter.installer.sandbox.kube.sim.Fault}s;</li>
 *   <li>{@code LoadBalancerController}: MetalLB addresses; {@code FluxController}: Flux readiness and dependsOn.</li>
 * </ul>
 *
 * <p>Not modelled: container processes, probes, logs, exec; resource requests and limits, pod affinity, topology
 * spread, preemption; rollout pacing (maxSurge/maxUnavailable: a new template replaces all pods at once), progress
 * deadlines, PodDisruptionBudgets; Jobs, CronJobs, HPA; Services' cluster IPs, Endpoints and kube-proxy, DNS,
 * NetworkPolicies, the CNI; node heartbeats and leases, eviction of pods from NotReady nodes; finalizers and
 * graceful deletion; VolumeAttachment objects, volume expansion and snapshots; what Flux would apply (no manifests
 * are rendered, no charts installed), its health checks and retries; admission, RBAC and field ownership (those
 * belong to the API server).
 */
package io.opencenter.installer.sandbox.kube.sim;
