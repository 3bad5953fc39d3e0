package io.opencenter.installer.preflight;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.openstack.OpenStackGateway.AuthInfo;
import io.opencenter.installer.openstack.OpenStackGateway.Endpoint;
import io.opencenter.installer.openstack.OpenStackGateway.Network;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceNames;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs preflight against a cloud: logs in, reads what {@link CloudFacts} holds through the gateway's read side,
 * and applies {@link PreflightChecks} to the config and its plan. Read-only by construction: it calls no method
 * that creates anything. A failed call ends the run with one finding saying what failed (the later checks would
 * only repeat it).
 */
public final class Preflight {

    private Preflight() {}

    /**
     * Connects with {@code connect} to {@code profile} (already in the config's region), then runs.
     *
     * @param held what the cluster already has on the cloud, asked when preflight reads the quotas
     */
    public static PreflightReport run(ClusterConfig config, ProvisioningPlan plan, CloudProfile profile,
                                      Function<CloudProfile, OpenStackGateway> connect, HeldResources held,
                                      Catalog catalog) {
        // the local files apply will read come first: they need no cloud, and a bad one stops apply before it starts
        List<Finding> local = LocalInputsCheck.check(plan);
        PreflightReport cloud = onTheCloud(config, plan, profile, connect, held, catalog);
        if (local.isEmpty()) {
            return cloud;
        }
        List<Finding> all = new ArrayList<>(local);
        all.addAll(cloud.findings());
        return new PreflightReport(all, cloud.quotaTable());
    }

    private static PreflightReport onTheCloud(ClusterConfig config, ProvisioningPlan plan, CloudProfile profile,
                                              Function<CloudProfile, OpenStackGateway> connect, HeldResources held,
                                              Catalog catalog) {
        OpenStackGateway gateway;
        try {
            gateway = connect.apply(profile);
        } catch (OpenStackException e) {
            return PreflightReport.of(List.of(FailureFindings.of(e, profile, "connecting", profile.auth().authUrl(),
                    List.of())));
        }
        try (gateway) {
            return run(config, plan, gateway, profile, held, catalog);
        }
    }

    /** Runs on a gateway the caller made for {@code profile} (and closes). */
    public static PreflightReport run(ClusterConfig config, ProvisioningPlan plan, OpenStackGateway gateway,
                                      CloudProfile profile, HeldResources held, Catalog catalog) {
        Reader reader = new Reader(gateway, profile);
        try {
            AuthInfo auth = reader.read("logging in", null, gateway::authenticate);
            reader.catalog = auth.catalog();
            List<Finding> catalogFindings = ServiceCatalogCheck.check(config, profile.regionName(),
                    profile.interfaceOrDefault(), auth.catalog());
            if (catalogFindings.stream().anyMatch(Finding::isError)) {
                return PreflightReport.of(catalogFindings);
            }
            List<Finding> permission = CredentialPermissionCheck.applies(profile)
                    ? CredentialPermissionCheck.check(profile, reader.read("checking whether this login may create "
                            + "application credentials", null, () -> gateway.applicationCredentials().permission()))
                    : List.of();
            CloudFacts facts = new CloudFacts(auth, profile.regionName(), profile.interfaceOrDefault(),
                    reader.read("reading availability zones", "compute", gateway::availabilityZones),
                    reader.read("reading flavors", "compute", gateway::flavors),
                    reader.read("reading images", "image", gateway::images),
                    reader.read("reading external networks", "network", gateway::externalNetworks),
                    reusedNetwork(plan, gateway, reader),
                    reader.read("reading quotas", "compute", gateway::quotas),
                    reader.read("reading what the cluster already has", "network", () -> held.of(plan)),
                    !ServerGroupCheck.wantsSoftPolicy(config) || reader.read("asking Nova for the soft server-group "
                            + "policies", "compute", () -> gateway.computeSupports(ServerGroupCheck.SOFT_VERSION)));
            PreflightReport checked = PreflightChecks.check(config, plan, facts, catalog);
            if (permission.isEmpty()) {
                return checked;
            }
            List<Finding> all = new ArrayList<>(permission);
            all.addAll(checked.findings());
            return new PreflightReport(all, checked.quotaTable());
        } catch (StepFailed failed) {
            return PreflightReport.of(List.of(failed.finding));
        }
    }

    /** The cluster's network from an earlier apply, found by the cluster tag or by its planned name. */
    static ReusedNetwork reusedNetwork(ProvisioningPlan plan, OpenStackGateway gateway, Reader reader) {
        String cluster = plan.cluster();
        String tag = ResourceNames.neutronTag(cluster);
        String name = plan.ofKind(ResourceKind.NETWORK).stream().map(PlannedResource::name).findFirst().orElse(null);
        List<Network> networks = reader.read("reading networks", "network", gateway::networks);
        Optional<Network> own = networks.stream()
                .filter(n -> !n.external())
                .filter(n -> (n.tags() != null && n.tags().contains(tag)) || n.name() != null && n.name().equals(name))
                .findFirst();
        if (own.isEmpty()) {
            return null;
        }
        String id = own.get().id();
        return new ReusedNetwork(own.get(), reader.read("reading subnets", "network", () -> gateway.subnets(id)),
                reader.read("reading ports", "network", () -> gateway.ports(id)));
    }

    /** Runs one read; a failure becomes the finding that ends the run. */
    static final class Reader {
        private final CloudProfile profile;
        List<Endpoint> catalog = List.of();

        Reader(OpenStackGateway gateway, CloudProfile profile) {
            this.profile = profile;
        }

        <T> T read(String step, String serviceType, Supplier<T> call) {
            try {
                return call.get();
            } catch (OpenStackException e) {
                throw new StepFailed(FailureFindings.of(e, profile, step, urlOf(serviceType), catalog));
            }
        }

        private String urlOf(String serviceType) {
            if (serviceType == null) {
                return profile.auth().authUrl();
            }
            return profile.endpoint(catalog, List.of(serviceType)).map(Endpoint::url)
                    .orElse("the " + serviceType + " endpoint");
        }
    }

    private static final class StepFailed extends RuntimeException {
        final transient Finding finding;

        StepFailed(Finding finding) {
            super(finding.message(), null, false, false);
            this.finding = finding;
        }
    }
}
