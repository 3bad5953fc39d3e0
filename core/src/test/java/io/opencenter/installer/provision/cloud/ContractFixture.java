package io.opencenter.installer.provision.cloud;

import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.SpecYaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the infrastructure contract needs around the cloud: a tiny real plan (one control-plane node booting from
 * a 10 GB volume, one worker booting from the image, an SSH key), waiting for states, and a cleanup that removes
 * everything of a cluster in an order the cloud accepts.
 */
final class ContractFixture {

    /** Order a cloud accepts deletes in: users before what they use. */
    static final List<ResourceKind> DESTROY_ORDER = List.of(ResourceKind.APPLICATION_CREDENTIAL,
            ResourceKind.LOAD_BALANCER, ResourceKind.SERVER,
            ResourceKind.FLOATING_IP, ResourceKind.ROUTER_INTERFACE, ResourceKind.PORT, ResourceKind.VOLUME,
            ResourceKind.SECURITY_GROUP_RULE, ResourceKind.SECURITY_GROUP, ResourceKind.SUBNET, ResourceKind.ROUTER,
            ResourceKind.NETWORK, ResourceKind.SERVER_GROUP, ResourceKind.KEYPAIR);

    static final Duration PATIENCE = Duration.ofSeconds(90);

    private ContractFixture() {
    }

    /** The sandbox example shrunk to two small nodes, named {@code cluster}, with a key file in {@code dir}. */
    static ProvisioningPlan tinyPlan(String cluster, Path dir) {
        try {
            Path key = dir.resolve("id_ed25519.pub");
            Files.writeString(key, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFnrKKRp3F2WP3jhJSpv5hzV4xQGY9mQcQ8a4Yq1GKFs "
                    + "contract@test\n");
            SpecYaml.LoadResult loaded = SpecYaml.load(Path.of("examples", "sandbox-cluster.yaml"));
            ClusterConfig c = loaded.config();
            ClusterSpec s = c.spec();
            ClusterSpec tiny = new ClusterSpec(s.cloud(), s.kubernetes(), s.network(),
                    new ClusterSpec.ControlPlane(1, "m1.small", "ubuntu-24.04", 10),
                    List.of(new ClusterSpec.WorkerPool("default", 1, "m1.small", "ubuntu-24.04", 0)),
                    key.toString(), s.platform(), s.provisioning(), s.offline());
            return PlanBuilder.build(new ClusterConfig(c.apiVersion(), c.kind(), new ClusterConfig.Metadata(cluster),
                    tiny));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls {@code get} until the object satisfies {@code done} or is gone (empty); fails after {@link #PATIENCE}. */
    static Optional<CloudObject> waitFor(InfrastructureCloud cloud, CloudObject object,
                                         Predicate<Optional<CloudObject>> done) {
        return eventually(() -> cloud.get(object), done, object.kind() + " " + object.name());
    }

    static <T> T eventually(Supplier<T> probe, Predicate<T> done, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        T last = probe.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up waiting for " + what + "; last seen: " + last);
            }
            sleep(200);
            last = probe.get();
        }
        return last;
    }

    /**
     * Deletes everything {@code list} and {@code clusterCreated} find for {@code cluster}, kind by kind; servers,
     * load balancers and volumes are waited for, since what they hold (ports, volumes, subnets) cannot go before.
     * Returns what could not be deleted, with the reason.
     */
    static List<String> destroy(InfrastructureCloud cloud, String cluster) {
        List<String> problems = new ArrayList<>();
        List<CloudObject> extra = cloud.clusterCreated(cluster);
        for (ResourceKind kind : DESTROY_ORDER) {
            List<CloudObject> objects = new ArrayList<>(cloud.list(kind, cluster));
            extra.stream().filter(o -> o.kind() == kind).forEach(objects::add);
            for (CloudObject o : objects) {
                try {
                    deleteAndWait(cloud, o);
                } catch (RuntimeException | AssertionError e) {
                    problems.add(o.kind() + " " + o.name() + " (" + o.id() + "): " + e.getMessage());
                }
            }
        }
        return problems;
    }

    /** Servers detach volumes a little after they are gone: a volume delete refused meanwhile is tried again. */
    static void deleteAndWait(InfrastructureCloud cloud, CloudObject o) {
        if (o.kind() == ResourceKind.VOLUME) {
            eventually(() -> tryDelete(cloud, o), "deleted"::equals, "delete of volume " + o.name());
        } else {
            cloud.delete(o);
        }
        if (o.kind() == ResourceKind.SERVER || o.kind() == ResourceKind.VOLUME || o.kind() == ResourceKind.LOAD_BALANCER) {
            waitFor(cloud, o, Optional::isEmpty);
        }
    }

    /** "deleted", or why the delete was refused (for the message when it never passes). */
    private static String tryDelete(InfrastructureCloud cloud, CloudObject o) {
        try {
            cloud.delete(o);
            return "deleted";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
