package io.opencenter.installer.preflight;

import io.opencenter.installer.openstack.OpenStackGateway.AuthInfo;
import io.opencenter.installer.openstack.OpenStackGateway.Endpoint;
import io.opencenter.installer.openstack.OpenStackGateway.Flavor;
import io.opencenter.installer.openstack.OpenStackGateway.Image;
import io.opencenter.installer.openstack.OpenStackGateway.Network;
import io.opencenter.installer.openstack.OpenStackGateway.Quota;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.ClusterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A plain, healthy cloud as preflight sees it, and small ways to change it or the config. */
final class CloudFixtures {
    static final List<Flavor> FLAVORS = List.of(
            new Flavor("1", "m1.tiny", 1, 512, 1, true),
            new Flavor("2", "m1.small", 1, 2048, 20, true),
            new Flavor("3", "m1.medium", 2, 4096, 40, true),
            new Flavor("4", "m1.large", 4, 8192, 80, true),
            new Flavor("5", "m1.xlarge", 8, 16384, 160, true),
            new Flavor("6", "b1.bfv", 4, 8192, 0, true));

    static final List<Image> IMAGES = List.of(
            new Image("img-1", "ubuntu-24.04", "active", 10, 1024, "ubuntu", "24.04", 1L << 30),
            new Image("img-2", "ubuntu-22.04", "active", 10, 1024, "ubuntu", "22.04", 1L << 30),
            new Image("img-3", "fat-image", "active", 200, 16384, "ubuntu", "24.04", 1L << 30),
            new Image("img-4", "uploading", "queued", 0, 0, null, null, 0));

    static final List<Network> EXTERNAL = List.of(
            new Network("net-pub", "public", true, true, "ACTIVE", List.of("sub-pub"), List.of()));

    static List<Endpoint> catalog(String region, String... types) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (String type : types) {
            endpoints.add(new Endpoint(type, type, region, "public", "http://127.0.0.1/" + type));
        }
        return endpoints;
    }

    static final List<Endpoint> FULL_CATALOG = catalog("RegionOne", "identity", "compute", "network", "image",
            "volumev3");

    static AuthInfo auth(List<Endpoint> catalog) {
        return new AuthInfo("demo", "u1", "demo", "p1", "Default", Instant.parse("2030-01-01T00:00:00Z"), catalog);
    }

    static List<Quota> quotas(long limit) {
        List<Quota> quotas = new ArrayList<>();
        for (QuotaResource r : QuotaResource.values()) {
            quotas.add(new Quota("compute", r.id(), r == QuotaResource.RAM_MB || r == QuotaResource.GIGABYTES
                    ? limit * 1000 : limit, 0));
        }
        return quotas;
    }

    /** Enough of everything for the sandbox default config and its add-ons. */
    static CloudFacts facts() {
        return new CloudFacts(auth(FULL_CATALOG), "RegionOne", "public", List.of("nova"), FLAVORS, IMAGES, EXTERNAL,
                null, quotas(100), List.of());
    }

    static CloudFacts withQuota(CloudFacts f, QuotaResource r, long limit, long inUse) {
        List<Quota> quotas = new ArrayList<>(f.quotas().stream().filter(q -> !q.resource().equals(r.id())).toList());
        quotas.add(new Quota("x", r.id(), limit, inUse));
        return new CloudFacts(f.auth(), f.profileRegion(), f.interfaceType(), f.availabilityZones(), f.flavors(),
                f.images(), f.externalNetworks(), f.reusedNetwork(), quotas, f.held());
    }

    static CloudFacts withCatalog(CloudFacts f, String profileRegion, List<Endpoint> catalog) {
        return new CloudFacts(auth(catalog), profileRegion, f.interfaceType(), f.availabilityZones(), f.flavors(),
                f.images(), f.externalNetworks(), f.reusedNetwork(), f.quotas(), f.held());
    }

    static CloudFacts withReused(CloudFacts f, ReusedNetwork reused) {
        return new CloudFacts(f.auth(), f.profileRegion(), f.interfaceType(), f.availabilityZones(), f.flavors(),
                f.images(), f.externalNetworks(), reused, f.quotas(), f.held());
    }

    /** The plan preflight is given for {@code c} (placeholder bootstrap data, as the installer's own). */
    static ProvisioningPlan plan(ClusterConfig c) {
        return PlanBuilder.build(c);
    }

    /** The pure checks on {@code c}, its plan and {@code f}. */
    static PreflightReport check(ClusterConfig c, CloudFacts f) {
        return PreflightChecks.check(c, plan(c), f, Catalog.builtIn());
    }

    /** The wizard's default: 3 × m1.large (40 GB volumes) + 2 × m1.xlarge (100 GB), openstack profile. */
    static ClusterConfig config() {
        return ClusterConfigs.sandboxDefault();
    }

    static ClusterConfig withSpec(ClusterConfig c, UnaryOperator<ClusterSpec> change) {
        return new ClusterConfig(c.apiVersion(), c.kind(), c.metadata(), change.apply(c.spec()));
    }

    static ClusterConfig withControlPlane(ClusterConfig c, ClusterSpec.ControlPlane cp) {
        return withSpec(c, s -> new ClusterSpec(s.cloud(), s.kubernetes(), s.network(), cp, s.workerPools(),
                s.sshPublicKeyFile(), s.platform(), s.provisioning(), s.offline()));
    }

    static ClusterConfig withWorkers(ClusterConfig c, ClusterSpec.WorkerPool... pools) {
        return withSpec(c, s -> new ClusterSpec(s.cloud(), s.kubernetes(), s.network(), s.controlPlane(),
                List.of(pools), s.sshPublicKeyFile(), s.platform(), s.provisioning(), s.offline()));
    }

    static ClusterConfig withCloud(ClusterConfig c, ClusterSpec.Cloud cloud) {
        return withSpec(c, s -> new ClusterSpec(cloud, s.kubernetes(), s.network(), s.controlPlane(),
                s.workerPools(), s.sshPublicKeyFile(), s.platform(), s.provisioning(), s.offline()));
    }

    static ClusterConfig withPlatform(ClusterConfig c, ClusterSpec.Platform platform) {
        return withSpec(c, s -> new ClusterSpec(s.cloud(), s.kubernetes(), s.network(), s.controlPlane(),
                s.workerPools(), s.sshPublicKeyFile(), platform, s.provisioning(), s.offline()));
    }

    static ClusterConfig withNetwork(ClusterConfig c, ClusterSpec.Network network) {
        return withSpec(c, s -> new ClusterSpec(s.cloud(), s.kubernetes(), network, s.controlPlane(),
                s.workerPools(), s.sshPublicKeyFile(), s.platform(), s.provisioning(), s.offline()));
    }

    static ClusterConfig withSshKey(ClusterConfig c, String file) {
        return withSpec(c, s -> new ClusterSpec(s.cloud(), s.kubernetes(), s.network(), s.controlPlane(),
                s.workerPools(), file, s.platform(), s.provisioning(), s.offline()));
    }

    private CloudFixtures() {}
}
