package io.opencenter.installer.openstack.contract;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.Map;

/**
 * The gateway contract against the sandbox: the same suite that runs against the real services must pass here,
 * with the sandbox's seeded demo project and quotas set like the real harness's demo project.
 */
class SandboxContractTest extends GatewayContract {
    private static SandboxCloud cloud;

    @BeforeAll
    static void startSandbox() {
        cloud = SandboxCloud.start(SandboxOptions.builder().quota("instances", 4).quota("cores", 8)
                .quota("ram", 8192).quota("key_pairs", 10).quota("server_groups", 5).quota("volumes", 3)
                .quota("gigabytes", 20).quota("network", 5).quota("subnet", 5).quota("port", 20).quota("router", 2)
                .quota("floatingip", 3).quota("security_group", 5).quota("security_group_rule", 30).build());
    }

    @AfterAll
    static void stopSandbox() {
        cloud.close();
    }

    @Override
    protected CloudProfile profile() {
        return cloud.profile();
    }

    @Override
    protected CloudProfile applicationCredentialProfile() {
        return cloud.appCredentialProfile();
    }

    @Override
    protected Map<String, Long> expectedQuotaLimits() {
        return Map.ofEntries(Map.entry("compute/instances", 4L), Map.entry("compute/cores", 8L),
                Map.entry("compute/ramMb", 8192L), Map.entry("compute/keyPairs", 10L),
                Map.entry("compute/serverGroups", 5L), Map.entry("volume/volumes", 3L),
                Map.entry("volume/gigabytes", 20L), Map.entry("network/networks", 5L),
                Map.entry("network/subnets", 5L), Map.entry("network/ports", 20L), Map.entry("network/routers", 2L),
                Map.entry("network/floatingIps", 3L), Map.entry("network/securityGroups", 5L),
                Map.entry("network/securityGroupRules", 30L));
    }
}
