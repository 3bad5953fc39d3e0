package io.opencenter.installer.openstack.contract;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.sandbox.SandboxCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The same contract against the built-in sandbox cloud (always runs: no network beyond 127.0.0.1). */
class SandboxContractTest extends GatewayContract {

    private static SandboxCloud sandbox;

    @BeforeAll
    static void start() {
        sandbox = SandboxCloud.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Override
    protected CloudProfile profile() {
        return sandbox.profile();
    }

    @Override
    protected CloudProfile applicationCredentialProfile() {
        return sandbox.appCredentialProfile();
    }
}
