package io.opencenter.installer.provision.reliability;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.openstack.client.Openstack4jGateway;
import io.opencenter.installer.openstack.client.RetryPolicy;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.reliability.CloudCensus.Found;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real-cloud lane's safety net: when the installer's destroy fails or throws, this removes what the census
 * still finds, with plain openstack4j calls, so a shared cloud is never left with a test's cluster. Best effort:
 * it reports what it could not delete instead of throwing.
 */
final class RawCleanup {

    private final Openstack4jGateway gateway;
    private final CloudCensus census;

    RawCleanup(CloudProfile profile) {
        this.gateway = OpenStackGateways.connect(profile, RetryPolicy.defaults());
        this.census = new CloudCensus(profile);
    }

    /** Deletes everything of {@code cluster}, dependents first; the failures, empty when all went. */
    List<String> removeAll(String cluster) throws InterruptedException {
        List<String> failures = new ArrayList<>();
        Map<ResourceKind, List<Found>> found = census.take(cluster);
        found.get(ResourceKind.SERVER).forEach(f -> attempt(failures, f, "compute",
                os -> os.compute().servers().delete(f.id())));
        waitUntilGone(cluster, ResourceKind.SERVER);
        found.get(ResourceKind.FLOATING_IP).forEach(f -> attempt(failures, f, "network",
                os -> os.networking().floatingip().delete(f.id())));
        for (Found f : found.get(ResourceKind.ROUTER_INTERFACE)) {
            attempt(failures, f, "network", os -> {
                var port = os.networking().port().get(f.id());
                return port == null ? null : os.networking().router().detachInterface(port.getDeviceId(), null, f.id());
            });
        }
        found.get(ResourceKind.PORT).forEach(f -> attempt(failures, f, "network",
                os -> os.networking().port().delete(f.id())));
        found.get(ResourceKind.VOLUME).forEach(f -> attempt(failures, f, "volume",
                os -> os.blockStorage().volumes().delete(f.id())));
        found.get(ResourceKind.ROUTER).forEach(f -> attempt(failures, f, "network",
                os -> os.networking().router().delete(f.id())));
        found.get(ResourceKind.SUBNET).forEach(f -> attempt(failures, f, "network",
                os -> os.networking().subnet().delete(f.id())));
        found.get(ResourceKind.NETWORK).forEach(f -> attempt(failures, f, "network",
                os -> os.networking().network().delete(f.id())));
        found.get(ResourceKind.SECURITY_GROUP).forEach(f -> attempt(failures, f, "network",
                os -> os.networking().securitygroup().delete(f.id())));
        found.get(ResourceKind.SERVER_GROUP).forEach(f -> attempt(failures, f, "compute",
                os -> os.compute().serverGroups().delete(f.id())));
        found.get(ResourceKind.KEYPAIR).forEach(f -> attempt(failures, f, "compute",
                os -> os.compute().keypairs().delete(f.id())));
        return failures;
    }

    private void waitUntilGone(String cluster, ResourceKind kind) throws InterruptedException {
        for (int i = 0; i < 60 && !census.take(cluster).get(kind).isEmpty(); i++) {
            Thread.sleep(1000);
        }
    }

    private void attempt(List<String> failures, Found f, String service,
                         java.util.function.Function<org.openstack4j.api.OSClient.OSClientV3, Object> delete) {
        try {
            gateway.withClient(service, "cleanup " + f.kind(), delete);
        } catch (RuntimeException e) {
            failures.add(f.kind() + " " + f.name() + " (" + f.id() + "): " + e.getMessage());
        }
    }
}
