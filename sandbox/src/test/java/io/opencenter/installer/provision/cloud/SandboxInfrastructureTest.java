package io.opencenter.installer.provision.cloud;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.CloudObject.State;
import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.sandbox.FaultKind;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The infrastructure contract on the sandbox (with Octavia), plus what only a simulated cloud can show: that a
 * create is sent once while a read is retried.
 */
class SandboxInfrastructureTest extends InfrastructureContract {

    private static SandboxCloud sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = SandboxCloud.start(SandboxOptions.builder().serverActiveDelay(Duration.ofMillis(400))
                .volumeAvailableDelay(Duration.ofMillis(100)).build());
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Override
    protected CloudProfile profile() {
        return sandbox.profile();
    }

    @Override
    protected boolean hasOctavia() {
        return true;
    }

    @Test
    void aServerThatFailsToBuildIsErrorWithNovasFaultMessage() {
        sandbox.behaviour().serverFault("No valid host was found. There are not enough hosts available.");
        try {
            CloudObject server = createWithDependencies(PlanBuilder.serverKey("default", 1));
            CloudObject failed = ContractFixture.waitFor(cloud, server,
                    o -> o.isPresent() && o.get().state() != State.PENDING).orElseThrow();
            assertThat(failed.state()).isEqualTo(State.ERROR);
            assertThat(failed.detail()).contains("ERROR").contains("No valid host was found");
        } finally {
            sandbox.behaviour().serverFault(null);
        }
    }

    @Test
    void aVolumeThatFailsIsError() {
        sandbox.behaviour().volumeFault("backend gone");
        try {
            CloudObject volume = createWithDependencies(PlanBuilder.volumeKey("control-plane", 1));
            assertThat(volume.state()).isEqualTo(State.PENDING);
            CloudObject failed = ContractFixture.waitFor(cloud, volume,
                    o -> o.isPresent() && o.get().state() != State.PENDING).orElseThrow();
            assertThat(failed.state()).isEqualTo(State.ERROR);
            assertThat(failed.detail()).isEqualTo("error");
        } finally {
            sandbox.behaviour().volumeFault(null);
        }
    }

    @Test
    void aCreateThatFailsIsNotSentAgainButAReadIs() {
        cloud.list(ResourceKind.NETWORK, cluster); // logs in, so the scripted fault meets the create itself
        sandbox.faults().failNext("network", FaultKind.HTTP_503, 1);
        assertThatThrownBy(() -> create(plan.resource("network").orElseThrow()))
                .isInstanceOfSatisfying(OpenStackException.class,
                        e -> assertThat(e.kind()).isEqualTo(OpenStackException.Kind.SERVER_ERROR));
        sandbox.faults().failNext("network", FaultKind.HTTP_503, 2);
        assertThat(cloud.list(ResourceKind.NETWORK, cluster)).as("nothing was created, and the list was retried")
                .isEmpty();
    }

    @Test
    void aDroppedConnectionDuringACreateIsReportedNotRepeated() {
        cloud.list(ResourceKind.NETWORK, cluster);
        sandbox.faults().failNext("network", FaultKind.CONNECTION_RESET, 1);
        assertThatThrownBy(() -> create(plan.resource("network").orElseThrow()))
                .isInstanceOfSatisfying(OpenStackException.class,
                        e -> assertThat(e.kind()).isEqualTo(OpenStackException.Kind.UNREACHABLE));
        assertThat(cloud.list(ResourceKind.NETWORK, cluster)).isEmpty();
    }
}
