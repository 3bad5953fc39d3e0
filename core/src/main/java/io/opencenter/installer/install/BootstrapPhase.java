package io.opencenter.installer.install;

import io.opencenter.installer.bootstrap.NodeEta;
import io.opencenter.installer.bootstrap.NodeState;
import io.opencenter.installer.bootstrap.NodesReady;
import io.opencenter.installer.bootstrap.kubeconfig.AdminKubeconfig;
import io.opencenter.installer.bootstrap.node.AdminBinding;
import io.opencenter.installer.kube.ApiEndpointMap;
import io.opencenter.installer.kube.ApplyOptions;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.KubeException;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.ConsoleLogs;
import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.provision.apply.ApplyResult;
import io.opencenter.installer.workspace.IoProblems;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The servers become a cluster on their own (cloud-init, kubeadm, kube-vip, Calico; no SSH): this phase writes the
 * admin kubeconfig for the floating IP, waits for the API to answer there, gives the cloud provider its credential
 * and waits until every node is Ready. A node that does not come has its console log fetched into the workspace
 * (and so into the support bundle). Running it again creates nothing on the cloud it already has.
 */
final class BootstrapPhase implements Phase {

    @Override
    public InstallPhase id() {
        return InstallPhase.BOOTSTRAP;
    }

    @Override
    public PhaseResult run(InstallContext context, InstallListener listener, Cancellation cancel) {
        ApplyResult infrastructure = context.infrastructureResult();
        if (infrastructure == null || !infrastructure.complete()) {
            return PhaseResult.failed("the infrastructure is not complete", "run the install again");
        }
        String name = context.config().name();
        ClusterApiTarget target;
        Path kubeconfig;
        try {
            String fip = context.infrastructure().get()
                    .floatingIpAddress(infrastructure.cloudIds().get(PlanBuilder.FLOATING_IP))
                    .orElseThrow(() -> new OpenStackException(OpenStackException.Kind.NOT_FOUND,
                            "the cluster's API floating IP is gone; run the install again to make a new one"));
            target = new ClusterApiTarget(context.config(), fip, context.pki());
            kubeconfig = AdminKubeconfig.write(context.files(), name, target.serverUrl(), context.pki());
        } catch (OpenStackException e) {
            return PhaseResult.failed(e.getMessage());
        } catch (IOException e) {
            return PhaseResult.failed("cannot write the admin kubeconfig: " + IoProblems.describe(e));
        }
        ApiEndpointMap route = context.cloud().apiRoute().route(target);
        listener.phase(InstallPhase.BOOTSTRAP, PhaseState.RUNNING, "waiting for the API at " + target.serverUrl());
        BootstrapTimeouts timeouts = context.timeouts();
        try (KubeCluster kube = ApiWait.connect(kubeconfig, route, timeouts.api(), timeouts.poll(), cancel,
                Clock.systemUTC(), listener::log)) {
            listener.log("the API answers at " + target.serverUrl() + " (Kubernetes " + kube.serverVersion() + ")");
            listener.phase(InstallPhase.BOOTSTRAP, PhaseState.RUNNING, "cloud provider: credential, CCM, Cinder CSI");
            List<Manifest> cloudProvider = CloudProviderSetup.manifests(context);
            for (Manifest m : cloudProvider) {
                kube.apply(m, ApplyOptions.DEFAULT);
            }
            kube.apply(Manifest.parse(AdminBinding.manifest()), ApplyOptions.DEFAULT);
            listener.log("applied " + cloudProvider.size() + " cloud-provider objects and the admin binding");
            List<PlannedResource> servers = servers(context);
            listener.phase(InstallPhase.BOOTSTRAP, PhaseState.RUNNING, "waiting for " + servers.size() + " nodes");
            NodesReady.Outcome nodes = new NodesReady(kube, Clock.systemUTC(), timeouts.poll(), NodeEta.CLOUD)
                    .await(servers.stream().map(PlannedResource::name).toList(), timeouts.nodes(),
                            cancel::isCancelled, listener::node);
            context.apiTarget(target);
            context.bootstrapSummary(summary(target, kubeconfig, servers, nodes.states(),
                    context.cloud().apiRoute().simulated()));
            if (nodes.cancelled()) {
                return PhaseResult.cancelled("cancelled while waiting for nodes",
                        "cancelled; the servers keep bootstrapping, running the install again waits for them");
            }
            if (!nodes.allReady()) {
                return notReady(context, infrastructure.cloudIds(), servers, nodes);
            }
            return PhaseResult.done(servers.size() + " nodes ready", "the cluster is up: " + servers.size()
                    + " nodes ready, API " + target.serverUrl() + ", kubeconfig " + kubeconfig);
        } catch (ApiWait.WaitEnded e) {
            if (e.failure().cancelled()) {
                return PhaseResult.cancelled("cancelled while waiting for the API",
                        "cancelled; running the install again waits for the API again");
            }
            List<String> logs = consoleLogs(context, infrastructure.cloudIds(), firstControlPlane(context));
            return PhaseResult.failed("the API did not answer", "the API at " + target.serverUrl()
                    + " did not come up: " + e.getMessage() + ". " + String.join("; ", logs));
        } catch (KubeException | OpenStackException e) {
            return PhaseResult.failed(e.getMessage());
        }
    }

    private PhaseResult notReady(InstallContext context, Map<String, String> ids, List<PlannedResource> servers,
                                 NodesReady.Outcome nodes) {
        List<PlannedResource> missing = servers.stream().filter(s -> nodes.notReady().contains(s.name())).toList();
        List<String> logs = consoleLogs(context, ids, missing);
        String who = String.join(", ", missing.stream().map(s -> s.name() + " (" + nodes.states().get(s.name())
                .label() + ")").toList());
        return PhaseResult.failed(missing.size() + " of " + servers.size() + " nodes not ready",
                "not every node became Ready within " + context.timeouts().nodes().toMinutes() + " min: " + who
                        + ". " + String.join("; ", logs) + ". Running the install again keeps waiting for them.");
    }

    /** Fetches the nodes' console logs into the workspace; one line each saying where it went, or why not. */
    private static List<String> consoleLogs(InstallContext context, Map<String, String> ids,
                                            List<PlannedResource> servers) {
        List<String> lines = new ArrayList<>();
        for (PlannedResource s : servers) {
            String id = ids.get(s.key());
            if (id != null) {
                lines.add(ConsoleLogs.fetchAndSave(context.infrastructure().get(), context.files(), s.name(), id)
                        .describe());
            }
        }
        return lines;
    }

    private static List<PlannedResource> servers(InstallContext context) {
        return context.plan().resources().stream().filter(r -> r.attributes() instanceof ResourceAttributes.Server)
                .toList();
    }

    private static List<PlannedResource> firstControlPlane(InstallContext context) {
        return servers(context).stream().limit(1).toList();
    }

    private static BootstrapSummary summary(ClusterApiTarget target, Path kubeconfig, List<PlannedResource> servers,
                                            Map<String, NodeState> states, boolean simulated) {
        List<BootstrapSummary.Node> nodes = servers.stream().map(s -> new BootstrapSummary.Node(s.name(),
                ((ResourceAttributes.Server) s.attributes()).group(), states.getOrDefault(s.name(),
                NodeState.WAITING))).toList();
        return new BootstrapSummary(target.serverUrl(), kubeconfig, nodes, simulated);
    }
}
