package io.opencenter.installer.provision.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.cloud.InfrastructureClouds;
import io.opencenter.installer.sandbox.FaultKind;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openstack4j.api.Builders;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.common.Identifier;
import org.openstack4j.openstack.OSFactory;

/**
 * Found by the fault test: a delete the cloud refused must never count as done. openstack4j reports some refusals
 * of a delete (a 503 with an HTML body from a proxy, a 429) as a success, so destroy believed objects gone that
 * were still there. Each case: one delete answered with the fault, then the object must either be gone (the
 * delete was sent again) or the delete must have failed; returning normally with the object still there is the bug.
 */
class DeleteAnswersTest {
    private static SandboxCloud sandbox;
    private static OSClientV3 os;
    private static InfrastructureCloud cloud;

    @BeforeAll
    static void start() {
        sandbox = SandboxCloud.start(SandboxOptions.builder().serverActiveDelay(Duration.ZERO)
                .volumeAvailableDelay(Duration.ZERO).build());
        os = OSFactory.builderV3().endpoint(sandbox.authUrl()).credentials("demo", "demo", Identifier.byName("Default"))
                .scopeToProject(Identifier.byName("demo"), Identifier.byName("Default")).authenticate();
        cloud = InfrastructureClouds.connect(sandbox.profile());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @ParameterizedTest(name = "{0} delete answered {1}")
    @CsvSource({"SERVER, HTTP_503", "SERVER, HTTP_429", "VOLUME, HTTP_503", "VOLUME, HTTP_429", "NETWORK, HTTP_503",
            "NETWORK, HTTP_429", "SECURITY_GROUP, HTTP_503", "SERVER_GROUP, HTTP_503"})
    void aRefusedDeleteIsNeverTakenAsDone(ResourceKind kind, FaultKind fault) {
        CloudObject object = make(kind);
        cloud.get(object); // logged in: the next call of the service is the delete itself
        sandbox.faults().failNext(service(kind), fault, 1);
        boolean returned;
        try {
            cloud.delete(object);
            returned = true;
        } catch (RuntimeException e) {
            returned = false;
        }
        Optional<CloudObject> after = cloud.get(object);
        if (returned) {
            assertThat(after).as("delete of %s returned normally after a %s, so it must be gone", kind, fault)
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "tag of a {0} answered {1}")
    @CsvSource({"NETWORK, HTTP_503", "NETWORK, HTTP_429", "SECURITY_GROUP, HTTP_503", "VOLUME, HTTP_503",
            "VOLUME, HTTP_429"})
    void aRefusedTagIsNeverTakenAsDone(ResourceKind kind, FaultKind fault) {
        CloudObject untagged = new CloudObject(kind, make(kind).id(), "", CloudObject.State.READY, "", false,
                CloudObject.Origin.INSTALLER);
        cloud.get(untagged);
        sandbox.faults().failNext(service(kind), fault, 1);
        boolean returned;
        try {
            cloud.ensureTagged(untagged, "da");
            returned = true;
        } catch (RuntimeException e) {
            returned = false;
        }
        if (returned) {
            assertThat(cloud.list(kind, "da")).as("%s tagged after a %s", kind, fault)
                    .anyMatch(o -> o.id().equals(untagged.id()) && o.tagged());
        }
    }

    private static CloudObject make(ResourceKind kind) {
        String name = "da-" + kind.name().toLowerCase(java.util.Locale.ROOT);
        String id = switch (kind) {
            case SERVER -> os.compute().servers().boot(Builders.server().name(name).flavor("3")
                    .image(os.imagesV2().list(Map.of("name", "ubuntu-24.04")).get(0).getId()).build()).getId();
            case VOLUME -> os.blockStorage().volumes().create(Builders.volume().name(name).size(1).build()).getId();
            case NETWORK -> os.networking().network().create(Builders.network().name(name).build()).getId();
            case SECURITY_GROUP -> os.networking().securitygroup().create(Builders.securityGroup().name(name).build())
                    .getId();
            case SERVER_GROUP -> os.compute().serverGroups().create(name, "anti-affinity").getId();
            default -> throw new IllegalArgumentException(kind.name());
        };
        return new CloudObject(kind, id, name, CloudObject.State.READY, "", true, CloudObject.Origin.INSTALLER);
    }

    private static String service(ResourceKind kind) {
        return switch (kind.service()) {
            case COMPUTE -> "compute";
            case VOLUME -> "volume";
            default -> "network";
        };
    }
}
