package io.opencenter.installer.sandbox;

import java.util.Map;
import org.openstack4j.api.Builders;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.common.Identifier;
import org.openstack4j.openstack.OSFactory;

/**
 * The seeded demo user's openstack4j client on a running sandbox: how a test reaches the simulated cloud directly,
 * as an operator would, to arrange a state or look at one without going through the installer.
 */
public final class SandboxClients {
    private SandboxClients() {}

    /** Logged in as demo in project demo (domain Default). */
    public static OSClientV3 demo(SandboxCloud sandbox) {
        return OSFactory.builderV3().endpoint(sandbox.authUrl())
                .credentials("demo", "demo", Identifier.byName("Default"))
                .scopeToProject(Identifier.byName("demo"), Identifier.byName("Default")).authenticate();
    }

    /** Boots servers of flavor m1.large from ubuntu-24.04 with these names, as a killed apply leaves them. */
    public static void bootServers(SandboxCloud sandbox, String... names) {
        OSClientV3 os = demo(sandbox);
        String image = os.imagesV2().list(Map.of("name", "ubuntu-24.04")).get(0).getId();
        for (String name : names) {
            os.compute().servers().boot(Builders.server().name(name).flavor("3").image(image).build());
        }
    }
}
