package io.opencenter.installer.install;

import io.opencenter.installer.bootstrap.pki.PkiStore;
import io.opencenter.installer.gitops.PlatformSecrets;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.ProvisionListener;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.destroy.DestroyInventory;
import io.opencenter.installer.provision.destroy.DestroyResult;
import io.opencenter.installer.provision.destroy.Destroyer;
import io.opencenter.installer.provision.journal.Journal;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.Folders;
import io.opencenter.installer.workspace.IoProblems;
import io.opencenter.installer.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removing a cluster, in the two steps the faces show: {@link #inventory()} (everything found on the cloud, shown
 * before asking) and {@link #destroy} (journaled next to the install's journal). The cloud is found from the
 * config's cloud entry and region; what is deleted comes from the cloud, never only from the journal. The cluster's
 * application credential is found by name like the rest; once it is gone, its workspace file goes too, and once
 * everything is gone, so do the cluster's PKI and admin kubeconfig.
 */
public final class Uninstall {
    private static final Logger LOG = LoggerFactory.getLogger(Uninstall.class);
    private final String cluster;
    private final ClusterFiles files;
    private final LazyInfrastructure cloud;
    private final ClusterApiRoute apis;

    public Uninstall(ClusterConfig config, CloudConnection connection, Workspace workspace) {
        this.cluster = config.name();
        this.files = ClusterFiles.of(workspace, cluster);
        this.cloud = new LazyInfrastructure(connection.inRegionOf(config));
        this.apis = connection.apiRoute();
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
        if (result.complete()) {
            forgetCluster();
        }
        return result;
    }

    /**
     * The cluster is gone: its CA, admin kubeconfig, generated platform credentials and (on the sandbox) its
     * simulated Kubernetes state go too, so that a new cluster of the same name starts afresh. The age key stays:
     * the GitOps repository outlives the cluster, and its SOPS files open only with that key. A file that cannot be
     * deleted is logged, not fatal: the cloud side is what destroy promises.
     */
    private void forgetCluster() {
        try {
            PkiStore.forget(files);
            PlatformSecrets.forget(files.dir());
            Folders.deleteTree(files.sops().resolve(GitOpsPhase.SEALED));
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("cluster {}: destroyed, but its PKI or platform credentials under {} could not be deleted: {}",
                    cluster, files.dir(), e instanceof IOException io ? IoProblems.describe(io) : e.getMessage());
        }
        apis.forget(cluster);
    }

    /** Every application credential of the inventory was deleted (or there was none): its secret is useless now. */
    private static boolean credentialGone(DestroyInventory inventory, DestroyResult result) {
        return inventory.installerCreated().stream()
                .filter(o -> o.kind() == ResourceKind.APPLICATION_CREDENTIAL)
                .allMatch(o -> result.deleted().stream().anyMatch(d -> d.kind() == o.kind() && d.id().equals(o.id())));
    }
}
