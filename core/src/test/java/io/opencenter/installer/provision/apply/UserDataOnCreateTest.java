package io.opencenter.installer.provision.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.provision.BootstrapData;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.InMemoryCloud;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceAttributes.Server;
import io.opencenter.installer.provision.TestPlans;
import io.opencenter.installer.provision.UserDataOnCreate;
import io.opencenter.installer.provision.journal.Journal;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Servers get their user-data rendered at create, naming the floating IP the cloud handed out. */
class UserDataOnCreateTest {

    @TempDir
    Path dir;

    @Test
    void everyServerIsCreatedWithUserDataNamingTheRealFloatingIp() {
        ProvisioningPlan plan = TestPlans.sandbox();
        InMemoryCloud cloud = new InMemoryCloud();
        List<PlannedResource> sent = new CopyOnWriteArrayList<>();
        BootstrapData data = (role, group, index, fip) -> role + "/" + group + "/" + index + "@" + fip;

        ApplyResult result;
        try (Journal journal = Journal.open(dir.resolve("journal.jsonl"))) {
            result = Applier.apply(plan, new UserDataOnCreate(recording(cloud, sent), data), journal,
                    ApplierTest.fast(4, true), new TestPlans.Recorder(), new Cancellation());
        }

        assertThat(result.complete()).isTrue();
        String fip = cloud.floatingIpAddress(result.cloudIds().get(PlanBuilder.FLOATING_IP)).orElseThrow();
        List<PlannedResource> servers = sent.stream().filter(r -> r.attributes() instanceof Server).toList();
        assertThat(servers).hasSize((int) plan.resources().stream().filter(r -> r.attributes() instanceof Server)
                .count()).isNotEmpty();
        for (PlannedResource r : servers) {
            Server s = (Server) r.attributes();
            assertThat(s.userData()).isEqualTo(s.role() + "/" + s.group() + "/" + s.index() + "@" + fip);
        }
        assertThat(sent).filteredOn(r -> !(r.attributes() instanceof Server))
                .allMatch(r -> plan.resource(r.key()).orElseThrow().equals(r));
    }

    /** The cloud, recording every resource a create is sent with. */
    private static InfrastructureCloud recording(InfrastructureCloud cloud, List<PlannedResource> sent) {
        return (InfrastructureCloud) Proxy.newProxyInstance(UserDataOnCreateTest.class.getClassLoader(),
                new Class<?>[] {InfrastructureCloud.class}, (proxy, method, args) -> {
                    if (method.getName().equals("create")) {
                        sent.add((PlannedResource) args[0]);
                    }
                    try {
                        return method.invoke(cloud, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
