package io.opencenter.installer.openstack.client;

import io.opencenter.installer.openstack.client.FakeOpenStack.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.common.Identifier;
import org.openstack4j.openstack.OSFactory;
import org.openstack4j.core.transport.internal.HttpExecutor;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayHttpConnectorTest {

    private final FakeOpenStack cloud = FakeOpenStack.http();

    @AfterEach
    void stop() {
        cloud.close();
    }

    @Test
    void openstack4jPicksTheGatewayConnector() {
        assertThat(HttpExecutor.create().getExecutorName()).isEqualTo(GatewayHttpConnector.NAME);
    }

    @Test
    void clientsOpenstack4jLoggedInItselfStillReLoginOnceOn401() {
        cloud.route("GET /compute/v2.1/flavors/detail", (r, n) -> n == 1 ? Reply.json(401, "{}")
                : Reply.json(200, "{\"flavors\":[{\"id\":\"1\",\"name\":\"m1\",\"vcpus\":1,\"ram\":512,\"disk\":1}]}"));
        OSClientV3 os = OSFactory.builderV3().endpoint(cloud.authUrl())
                .credentials("demo", "pw", Identifier.byName("Default"))
                .scopeToProject(Identifier.byName("demo"), Identifier.byName("Default")).authenticate();

        assertThat(os.compute().flavors().list()).hasSize(1);

        assertThat(cloud.logins()).isEqualTo(2);
        assertThat(cloud.received).filteredOn(r -> r.path().endsWith("/flavors/detail"))
                .extracting(FakeOpenStack.Received::token).containsExactly("tok-1", "tok-2");
    }

    @Test
    void theLibraryMarkerHeaderIsNotSentOnTheWire() {
        cloud.route("GET /compute/v2.1/flavors/detail", (r, n) -> Reply.json(200, "{\"flavors\":[]}"));
        OSClientV3 os = OSFactory.builderV3().endpoint(cloud.authUrl())
                .credentials("demo", "pw", Identifier.byName("Default"))
                .scopeToProject(Identifier.byName("demo"), Identifier.byName("Default")).authenticate();

        assertThat(os.compute().flavors().list()).isEmpty();
        assertThat(cloud.headerSeen("OS4J-Auth-Command")).isFalse();
    }
}
