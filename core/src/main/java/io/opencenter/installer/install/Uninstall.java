package io.opencenter.installer.install;

import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.ProvisionListener;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.destroy.DestroyInventory;
import io.opencenter.installer.provision.destroy.DestroyResult;
import io.opencenter.installer.provision.destroy.Destroyer;
import io.opencenter.installer.provision.journal.Journal;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.workspace.Workspace;

/**
 * Removing a cluster, in the two steps the faces show: {@link #inventory()} (everything found on the cloud, shown
 * before asking) and {@link #destroy} (journaled next to the install's journal). The cloud is found from the
 * config's cloud entry and region; what is deleted comes from the cloud, never only from the journal. The cluster's
 * application credential is found by name like the rest; once it is gone, its workspace file goes too.
 */
public final class Uninstall {
    private final String cluster;
    private final ClusterFiles files;
    private final LazyInfrastructure cloud;

    public Uninstall(ClusterConfig config, CloudConnection connection, Workspace workspace) {
        this.cluster = config.name();
        this.files = ClusterFiles.of(workspace, cluster);
        this.cloud = new LazyInfrastructure(connection.inRegionOf(config));
    }

    public String cluster() {
        return cluster;
    }

    /** Where the cluster lives, in words (the cloud's {@link InfrastructureCloud#describe()}). */
    public String cloudDescription() {
        return cloud.get().describe();
    }

    public DestroyInventory inventory() {
        return Destroyer.inventory(cluster, cloud.get());
    }

    public DestroyResult destroy(DestroyInventory inventory, ProvisionListener listener, Cancellation cancel) {
        DestroyResult result;
        try (Journal journal = Journal.open(files.journal())) {
            result = Destroyer.destroy(inventory, cloud.get(), journal, listener, cancel);
        }
        if (credentialGone(inventory, result)) {
            CloudProviderCredential.forget(files);
        }
        return result;
    }

    /** Every application credential of the inventory was deleted (or there was none): its secret is useless now. */
    private static boolean credentialGone(DestroyInventory inventory, DestroyResult result) {
        return inventory.installerCreated().stream()
                .filter(o -> o.kind() == ResourceKind.APPLICATION_CREDENTIAL)
                .allMatch(o -> result.deleted().stream().anyMatch(d -> d.kind() == o.kind() && d.id().equals(o.id())));
    }
}
