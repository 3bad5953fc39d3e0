package io.opencenter.installer.provision.cloud;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.openstack.client.Openstack4jGateway;
import io.opencenter.installer.openstack.client.RetryPolicy;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.CloudObject.Origin;
import io.opencenter.installer.provision.CloudObject.State;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openstack4j.model.network.Resource;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the executor and destroy rely on from {@link InfrastructureCloud}, written once and run against the sandbox
 * and the real services: every planned kind is created through the port in dependency order, found again by tag
 * and name, tagged when found untagged, read back as it changes, deleted idempotently; and what a cluster makes
 * itself (CSI volumes, CCM load balancers, groups and floating IPs) is found for destroy. Each test uses a fresh
 * cluster name and removes all it made.
 */
public abstract class InfrastructureContract {

    protected InfrastructureCloud cloud;
    /** The same project through the gateway alone, to check the cloud's side without the adapter. */
    protected Openstack4jGateway direct;
    protected String cluster;
    protected ProvisioningPlan plan;
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, CloudObject> created = new LinkedHashMap<>();

    @TempDir
    Path dir;

    protected abstract CloudProfile profile();

    /** Whether the cloud's catalog has Octavia (the sandbox does, the real harness does not). */
    protected abstract boolean hasOctavia();

    @BeforeEach
    void connect() {
        RetryPolicy noWaiting = RetryPolicy.defaults().with(Clock.systemUTC(), d -> { }, new Random(7));
        cloud = InfrastructureClouds.connect(profile(), noWaiting);
        direct = OpenStackGateways.connect(profile(), noWaiting);
        cluster = "ct-" + UUID.randomUUID().toString().substring(0, 8);
        plan = ContractFixture.tinyPlan(cluster, dir);
    }

    @AfterEach
    void removeEverything() {
        List<String> problems = ContractFixture.destroy(cloud, cluster);
        assertThat(problems).as("cleanup of %s", cluster).isEmpty();
    }

    @Test
    void everyPlannedKindIsCreatedAndListedTagged() {
        applyAll();
        for (ResourceKind kind : ResourceKind.values()) {
            List<CloudObject> listed = cloud.list(kind, cluster);
            assertThat(listed).as("%s of %s", kind, cluster).extracting(CloudObject::name)
                    .containsExactlyInAnyOrderElementsOf(plan.ofKind(kind).stream().map(PlannedResource::name).toList());
            assertThat(listed).allSatisfy(o -> {
                assertThat(o.tagged()).as("%s %s tagged", kind, o.name()).isTrue();
                assertThat(o.origin()).isEqualTo(Origin.INSTALLER);
                assertThat(o.id()).isEqualTo(created.get(keyOf(kind, o.name())).id());
            });
        }
        assertThat(cloud.clusterCreated(cluster)).isEmpty();
    }

    @Test
    void serversGoFromBuildToActiveAndCarryWhatThePlanAsks() {
        applyAll();
        for (PlannedResource r : plan.ofKind(ResourceKind.SERVER)) {
            CloudObject server = created.get(r.key());
            assertThat(server.state()).as("create answers before the server is built").isEqualTo(State.PENDING);
            CloudObject active = ContractFixture.waitFor(cloud, server,
                    o -> o.isPresent() && o.get().state() != State.PENDING).orElseThrow();
            assertThat(active.state()).as(active.detail()).isEqualTo(State.READY);
            assertThat(active.detail()).startsWith("ACTIVE");
        }
        CloudChecks checks = new CloudChecks(direct, plan, ids);
        checks.serversBootAsPlanned();
        checks.portsAndFloatingIpAsPlanned();
        checks.networkAsPlanned();
        checks.rulesDescribedByPlannedNames();
    }

    @Test
    void anUntaggedNeutronObjectIsListedAsSuchAndEnsureTaggedFixesIt() {
        for (String key : List.of("network", "secgroup-control-plane")) {
            PlannedResource r = plan.resource(key).orElseThrow();
            CloudObject made = create(r);
            Resource type = r.kind() == ResourceKind.NETWORK ? Resource.NETWORK : Resource.SECURITY_GROUP;
            // What a run killed between the POST and the tag PUT leaves behind.
            direct.withClient("network", "untag", c -> c.networking().resourceTags()
                    .delete(type, made.id(), ResourceNames.neutronTag(cluster)));
            CloudObject found = only(cloud.list(r.kind(), cluster));
            assertThat(found.name()).isEqualTo(r.name());
            assertThat(found.tagged()).isFalse();

            assertThat(cloud.ensureTagged(found, cluster).tagged()).isTrue();
            assertThat(only(cloud.list(r.kind(), cluster)).tagged()).isTrue();
            assertThat(cloud.get(found)).get().extracting(CloudObject::tagged).isEqualTo(true);
        }
        assertThat(direct.networksTagged(ResourceNames.neutronTag(cluster))).extracting(n -> n.name())
                .containsExactly(cluster + "-network");
    }

    @Test
    void deletingInReverseOrderLeavesNothingAndDeletingTwiceIsFine() {
        applyAll();
        for (PlannedResource r : plan.ofKind(ResourceKind.SERVER)) {
            ContractFixture.waitFor(cloud, created.get(r.key()), o -> o.isPresent() && o.get().state() != State.PENDING);
        }
        for (PlannedResource r : plan.reverseOrder()) {
            ContractFixture.deleteAndWait(cloud, created.get(r.key()));
        }
        for (ResourceKind kind : ResourceKind.values()) {
            assertThat(cloud.list(kind, cluster)).as("%s left of %s", kind, cluster).isEmpty();
        }
        new CloudChecks(direct, plan, ids).nothingLeftOf(cluster);
        for (PlannedResource r : plan.reverseOrder()) {
            CloudObject gone = created.get(r.key());
            cloud.delete(gone);
            assertThat(cloud.get(gone)).as("%s %s", r.kind(), r.name()).isEmpty();
        }
    }

    /**
     * What Nova leaves when a building server is deleted before its host finished reserving the boot volume (seen
     * on the real harness in CI): the volume stays reserved for a server that no longer exists, and Cinder refuses
     * to delete it. The reservation is made here the way Nova makes it, through Cinder's attachments API.
     */
    @Test
    void aVolumeReservedForAServerThatIsGoneIsStillDeleted() {
        CloudObject volume = create(plan.ofKind(ResourceKind.VOLUME).get(0));
        ContractFixture.waitFor(cloud, volume, o -> o.isPresent() && o.get().state() == State.READY);
        ObjectNode reservation = JsonNodeFactory.instance.objectNode();
        reservation.putObject("attachment").put("volume_uuid", volume.id())
                .put("instance_uuid", UUID.randomUUID().toString());
        direct.sendJson("volume", "reserve volume", "POST", "/attachments", reservation,
                Map.of("OpenStack-API-Version", "volume 3.27"));
        assertThat(cloud.get(volume)).get().extracting(CloudObject::detail).isEqualTo("reserved");

        cloud.delete(volume);

        assertThat(ContractFixture.waitFor(cloud, volume, Optional::isEmpty)).isEmpty();
        assertThat(cloud.list(ResourceKind.VOLUME, cluster)).isEmpty();
    }

    @Test
    void clusterCreatedFindsWhatTheClusterMadeItself() {
        ClusterMade made = new ClusterMade(direct, cluster);
        String volume = made.csiVolume();
        String group = made.ccmSecurityGroup();
        String fip = made.ccmFloatingIp();
        String lb = null;
        if (hasOctavia()) {
            create(plan.resource("network").orElseThrow());
            CloudObject subnet = create(plan.resource("subnet").orElseThrow());
            lb = made.ccmLoadBalancerWithListener(subnet.id());
        }
        List<CloudObject> found = cloud.clusterCreated(cluster);
        assertThat(found).filteredOn(o -> o.id().equals(volume)).singleElement()
                .satisfies(o -> assertThat(o.origin()).isEqualTo(Origin.CSI));
        assertThat(found).filteredOn(o -> o.id().equals(group)).singleElement()
                .satisfies(o -> assertThat(o.origin()).isEqualTo(Origin.CCM));
        assertThat(found).filteredOn(o -> o.id().equals(fip)).singleElement()
                .satisfies(o -> assertThat(o.origin()).isEqualTo(Origin.CCM));
        assertThat(cloud.list(ResourceKind.VOLUME, cluster)).as("a PVC volume is not a node volume").isEmpty();
        if (lb != null) {
            String lbId = lb;
            CloudObject balancer = found.stream().filter(o -> o.id().equals(lbId)).findFirst().orElseThrow();
            assertThat(balancer.kind()).isEqualTo(ResourceKind.LOAD_BALANCER);
            assertThat(balancer.origin()).isEqualTo(Origin.CCM);
            ContractFixture.waitFor(cloud, balancer, o -> o.isPresent() && o.get().state() == State.READY);
            // It has a listener: only a cascade delete removes it.
            ContractFixture.deleteAndWait(cloud, balancer);
            assertThat(cloud.list(ResourceKind.LOAD_BALANCER, cluster)).isEmpty();
        }
        for (CloudObject o : found) {
            ContractFixture.deleteAndWait(cloud, o);
            cloud.delete(o);
        }
        assertThat(cloud.clusterCreated(cluster)).isEmpty();
    }

    /**
     * Keypairs and server groups carry no tag, so a cluster claims them by name; cluster {@code <name>} must not claim
     * those of a cluster {@code <name>-2} in the same project, whose names start with {@code <name>-} too.
     */
    @Test
    void theKeypairAndServerGroupOfAClusterWhoseNameExtendsThisOneAreNotClaimed() {
        ProvisioningPlan other = ContractFixture.tinyPlan(cluster + "-2", dir);
        List<CloudObject> theirs = new ArrayList<>();
        try {
            for (ResourceKind kind : List.of(ResourceKind.KEYPAIR, ResourceKind.SERVER_GROUP)) {
                PlannedResource mine = plan.ofKind(kind).get(0);
                PlannedResource others = other.ofKind(kind).get(0);
                theirs.add(cloud.create(others, Map.of()));
                create(mine);
                assertThat(cloud.list(kind, cluster)).as(kind.name()).extracting(CloudObject::name)
                        .containsExactly(mine.name());
                assertThat(cloud.list(kind, other.cluster())).as(kind.name()).extracting(CloudObject::name)
                        .containsExactly(others.name());
            }
        } finally {
            theirs.forEach(cloud::delete);
        }
    }

    /**
     * The cluster's application credential (made by install, not the plan) is found for destroy by its exact name,
     * so a cluster {@code <name>-2}'s is not claimed, and deleting it twice is fine.
     */
    @Test
    void theClustersApplicationCredentialIsFoundByItsExactNameAndDeleted() {
        String mine = direct.applicationCredentials().create(ResourceNames.applicationCredential(cluster),
                "infrastructure contract").id();
        String theirs = direct.applicationCredentials().create(ResourceNames.applicationCredential(cluster + "-2"),
                "infrastructure contract").id();
        try {
            List<CloudObject> found = cloud.list(ResourceKind.APPLICATION_CREDENTIAL, cluster);

            assertThat(found).singleElement().satisfies(o -> {
                assertThat(o.id()).isEqualTo(mine);
                assertThat(o.name()).isEqualTo(cluster + "-cloud-provider");
                assertThat(o.origin()).isEqualTo(Origin.INSTALLER);
            });
            assertThat(cloud.get(found.get(0))).isPresent();
            cloud.delete(found.get(0));
            assertThat(cloud.get(found.get(0))).isEmpty();
            cloud.delete(found.get(0));
            assertThat(cloud.list(ResourceKind.APPLICATION_CREDENTIAL, cluster)).isEmpty();
            assertThat(direct.applicationCredentials().byId(theirs)).isPresent();
        } finally {
            direct.applicationCredentials().delete(theirs);
            direct.applicationCredentials().delete(mine);
        }
    }

    /**
     * Both policies the config offers reach Nova and come back in the listing: the soft one only exists from
     * microversion 2.15 on, which the adapter asks for; the hard one works on any Nova.
     */
    @Test
    void bothServerGroupPoliciesAreCreatedAndListedWithTheirPolicy() {
        PlannedResource planned = plan.resource("server-group-control-plane").orElseThrow();
        for (String policy : List.of("soft-anti-affinity", "anti-affinity")) {
            PlannedResource group = new PlannedResource(planned.key(), planned.kind(), planned.name(), planned.tags(),
                    new ResourceAttributes.ServerGroup(policy), planned.dependsOn());
            CloudObject made = cloud.create(group, Map.of());
            assertThat(made.detail()).isEqualTo(policy);
            assertThat(cloud.list(ResourceKind.SERVER_GROUP, cluster)).singleElement()
                    .satisfies(g -> assertThat(g.detail()).isEqualTo(policy));
            cloud.delete(made);
            assertThat(cloud.list(ResourceKind.SERVER_GROUP, cluster)).isEmpty();
        }
    }

    /** A server's console log, and its tail: the last lines of the whole, as Nova cuts it. */
    @Test
    void aServerHasAConsoleLogAndItsTailIsItsLastLines() {
        CloudObject server = createWithDependencies("server-default-1");
        CloudObject active = ContractFixture.waitFor(cloud, server,
                o -> o.isPresent() && o.get().state() != State.PENDING).orElseThrow();
        assertThat(active.state()).as(active.detail()).isEqualTo(State.READY);

        String whole = cloud.consoleOutput(server.id(), 1000);
        String[] lines = whole.split("\n", -1);
        assertThat(lines.length).as(whole).isGreaterThanOrEqualTo(3);
        assertThat(cloud.consoleOutput(server.id(), 2)).isEqualTo(lines[lines.length - 2] + "\n"
                + lines[lines.length - 1]);
        assertThatThrownBy(() -> cloud.consoleOutput(UUID.randomUUID().toString(), 10))
                .isInstanceOfSatisfying(OpenStackException.class,
                        e -> assertThat(e.kind()).isEqualTo(OpenStackException.Kind.NOT_FOUND));
    }

    @Test
    void aMissingPublicKeyFileIsNamedInTheError() {
        PlannedResource planned = plan.resource("keypair").orElseThrow();
        Path missing = dir.resolve("nowhere").resolve("id.pub");
        PlannedResource broken = new PlannedResource(planned.key(), planned.kind(), planned.name(), planned.tags(),
                new ResourceAttributes.Keypair(missing.toString()), planned.dependsOn());
        assertThatThrownBy(() -> cloud.create(broken, Map.of()))
                .isInstanceOfSatisfying(OpenStackException.class,
                        e -> assertThat(e.kind()).isEqualTo(OpenStackException.Kind.CONFIG))
                .hasMessageContaining(missing.toAbsolutePath().toString());
        assertThat(cloud.list(ResourceKind.KEYPAIR, cluster)).isEmpty();
    }

    @Test
    void aPrivateKeyIsNeverSentToTheCloud() throws Exception {
        PlannedResource planned = plan.resource("keypair").orElseThrow();
        String body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW";
        Path key = java.nio.file.Files.writeString(dir.resolve("id_ed25519"),
                "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----\n");
        PlannedResource broken = new PlannedResource(planned.key(), planned.kind(), planned.name(), planned.tags(),
                new ResourceAttributes.Keypair(key.toString()), planned.dependsOn());
        assertThatThrownBy(() -> cloud.create(broken, Map.of()))
                .isInstanceOfSatisfying(OpenStackException.class,
                        e -> assertThat(e.kind()).isEqualTo(OpenStackException.Kind.CONFIG))
                .hasMessageContaining(key.toString()).hasMessageContaining("holds a private key")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(body));
        assertThat(cloud.list(ResourceKind.KEYPAIR, cluster)).isEmpty();
    }

    /** Creates every planned resource in plan order; a server's volume is waited for, as the executor does. */
    protected void applyAll() {
        for (PlannedResource r : plan.resources()) {
            CloudObject o = create(r);
            if (r.kind() == ResourceKind.VOLUME) {
                ContractFixture.waitFor(cloud, o, x -> x.isPresent() && x.get().state() != State.PENDING);
            }
        }
    }

    /** Creates {@code key} after everything it depends on, directly or not (in plan order). */
    protected CloudObject createWithDependencies(String key) {
        java.util.Set<String> needed = new java.util.HashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(key));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (needed.add(next)) {
                todo.addAll(plan.dependenciesOf(next));
            }
        }
        CloudObject last = null;
        for (PlannedResource r : plan.resources()) {
            if (needed.contains(r.key()) && !created.containsKey(r.key())) {
                last = create(r);
                if (r.kind() == ResourceKind.VOLUME && !r.key().equals(key)) {
                    ContractFixture.waitFor(cloud, last, x -> x.isPresent() && x.get().state() != State.PENDING);
                }
            }
        }
        return last;
    }

    protected CloudObject create(PlannedResource r) {
        CloudObject o = createOrAdopt(r);
        assertThat(o.kind()).isEqualTo(r.kind());
        assertThat(o.name()).isEqualTo(r.name());
        created.put(r.key(), o);
        ids.put(r.key(), o.id());
        return o;
    }

    /**
     * A create whose answer was lost is settled as the installer's resume settles it: the resource is looked up by
     * the cluster's tag and its name and adopted, else created again (three tries in all). The real harness needs
     * it: its nova-api now and then waits minutes on a dead RabbitMQ connection ("Connection reset by peer",
     * then it reconnects), longer than the 60 s read timeout, and the request it held is never run. Only a timeout
     * is settled so; every other failure fails the test.
     */
    private CloudObject createOrAdopt(PlannedResource r) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (attempt > 1) {
                    Optional<CloudObject> made = cloud.list(r.kind(), cluster).stream()
                            .filter(x -> x.name().equals(r.name())).findFirst();
                    if (made.isPresent()) {
                        return made.get();
                    }
                }
                return cloud.create(r, ids);
            } catch (OpenStackException e) {
                boolean lostAnswer = e.kind() == OpenStackException.Kind.UNREACHABLE
                        && e.getMessage().endsWith("timed out");
                if (!lostAnswer || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private String keyOf(ResourceKind kind, String name) {
        return plan.ofKind(kind).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().key();
    }

    private static CloudObject only(List<CloudObject> objects) {
        assertThat(objects).hasSize(1);
        return objects.get(0);
    }
}
