package io.opencenter.installer.openstack.preflight;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.openstack.OpenStackGateway.AuthInfo;
import io.opencenter.installer.openstack.OpenStackGateway.Endpoint;
import io.opencenter.installer.openstack.OpenStackGateway.Network;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs preflight against a cloud: logs in, reads what {@link CloudFacts} holds through the gateway's read side,
 * and applies {@link PreflightChecks}. Read-only by construction: it calls no method that creates anything.
 * A failed call ends the run with one finding saying what failed (the later checks would only repeat it).
 */
public final class Preflight {
    /** The tag every resource of a cluster carries (provisioning writes it); finds a network to reuse. */
    public static final String CLUSTER_TAG_PREFIX = "opencenter-cluster=";

    private Preflight() {}

    /** Connects with {@code connect} (e.g. {@code OpenStackGateways::connect}) for the config's region, then runs. */
    public static PreflightReport run(ClusterConfig config, CloudProfile profile,
                                      Function<CloudProfile, OpenStackGateway> connect, Catalog catalog) {
        CloudProfile forRun = withConfigRegion(profile, config);
        OpenStackGateway gateway;
        try {
            gateway = connect.apply(forRun);
        } catch (OpenStackException e) {
            return PreflightReport.of(List.of(FailureFindings.of(e, forRun, "connecting", forRun.auth().authUrl(),
                    List.of())));
        }
        try (gateway) {
            return run(config, gateway, forRun, catalog);
        }
    }

    /** Runs on a gateway the caller made for {@code profile} (and closes). */
    public static PreflightReport run(ClusterConfig config, OpenStackGateway gateway, CloudProfile profile,
                                      Catalog catalog) {
        Reader reader = new Reader(gateway, profile);
        try {
            AuthInfo auth = reader.read("logging in", null, gateway::authenticate);
            reader.catalog = auth.catalog();
            List<Finding> catalogFindings = ServiceCatalogCheck.check(config, profile.regionName(),
                    profile.interfaceOrDefault(), auth.catalog());
            if (catalogFindings.stream().anyMatch(Finding::isError)) {
                return PreflightReport.of(catalogFindings);
            }
            CloudFacts facts = new CloudFacts(auth, profile.regionName(), profile.interfaceOrDefault(),
                    reader.read("reading availability zones", "compute", gateway::availabilityZones),
                    reader.read("reading flavors", "compute", gateway::flavors),
                    reader.read("reading images", "image", gateway::images),
                    reader.read("reading external networks", "network", gateway::externalNetworks),
                    reusedNetwork(config, gateway, reader),
                    reader.read("reading quotas", "compute", gateway::quotas));
            return PreflightChecks.check(config, facts, catalog);
        } catch (StepFailed failed) {
            return PreflightReport.of(List.of(failed.finding));
        }
    }

    /** The cluster's network from an earlier apply, found by the cluster tag or by its planned name. */
    static ReusedNetwork reusedNetwork(ClusterConfig config, OpenStackGateway gateway, Reader reader) {
        String cluster = config.name();
        if (cluster == null) {
            return null;
        }
        List<Network> networks = reader.read("reading networks", "network", gateway::networks);
        Optional<Network> own = networks.stream()
                .filter(n -> !n.external())
                .filter(n -> (n.tags() != null && n.tags().contains(CLUSTER_TAG_PREFIX + cluster))
                        || (cluster + "-network").equals(n.name()))
                .findFirst();
        if (own.isEmpty()) {
            return null;
        }
        String id = own.get().id();
        return new ReusedNetwork(own.get(), reader.read("reading subnets", "network", () -> gateway.subnets(id)),
                reader.read("reading ports", "network", () -> gateway.ports(id)));
    }

    /** {@code profile} with the config's {@code spec.cloud.region} when it names one (it wins over clouds.yaml). */
    public static CloudProfile withConfigRegion(CloudProfile profile, ClusterConfig config) {
        String region = config.spec() == null || config.spec().cloud() == null ? null : config.spec().cloud().region();
        if (region == null || region.isBlank() || region.equals(profile.regionName())) {
            return profile;
        }
        return new CloudProfile(profile.name(), profile.auth(), region, profile.interfaceType(), profile.cacert(),
                profile.insecure(), profile.source());
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
            return catalog.stream()
                    .filter(e -> serviceType.equals(e.serviceType()) && profile.interfaceOrDefault().equals(e.interfaceType()))
                    .filter(e -> profile.regionName() == null || profile.regionName().equals(e.region()))
                    .map(Endpoint::url).findFirst().orElse("the " + serviceType + " endpoint");
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
