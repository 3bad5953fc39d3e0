package io.opencenter.installer.install;

import io.opencenter.installer.openstack.ApplicationCredentials;
import io.opencenter.installer.openstack.ApplicationCredentials.ApplicationCredential;
import io.opencenter.installer.openstack.ApplicationCredentials.IssuedApplicationCredential;
import io.opencenter.installer.openstack.ApplicationCredentials.Permission;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.preflight.CredentialPermissionCheck;
import io.opencenter.installer.provision.ResourceNames;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.IoProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The cluster's own Keystone application credential, which its cloud controller manager and Cinder CSI driver log in
 * with, so that the user's password never reaches the cluster and destroy can revoke the cluster's access. Named
 * {@code <cluster>-cloud-provider} ({@link ResourceNames#applicationCredential}), restricted, with the installing
 * login's roles on the project. Keystone shows the secret only once, so it is kept in the cluster's workspace folder
 * ({@link ClusterFiles#cloudProviderCredential()}, 0600) and reused on the next run while Keystone still has it.
 */
public final class CloudProviderCredential {

    private static final Logger LOG = LoggerFactory.getLogger(CloudProviderCredential.class);

    /** The cluster's credential: id, name and the secret (redacted in toString). */
    public record Issued(String id, String name, Secret secret) {}

    private CloudProviderCredential() {}

    /**
     * The credential recorded in the workspace when Keystone still has it under that id, name and project;
     * otherwise a new one. Before creating, every credential of that name is deleted: a run killed between the
     * create and the save left one that no file knows (no orphans). The new one is saved before it is returned;
     * when it cannot be saved it is deleted again and this fails.
     *
     * @throws OpenStackException FORBIDDEN (with the preflight's words) when this login may not create application
     *                            credentials, or whatever Keystone answered
     */
    public static Issued ensure(CloudConnection cloud, ClusterFiles files, String cluster) {
        Objects.requireNonNull(cluster, "cluster");
        String name = ResourceNames.applicationCredential(cluster);
        CredentialFile file = new CredentialFile(files.cloudProviderCredential());
        try (OpenStackGateway gateway = cloud.openGateway()) {
            String project = gateway.authenticate().projectId();
            ApplicationCredentials credentials = gateway.applicationCredentials();
            Optional<CredentialFile.Saved> saved = read(file);
            if (saved.isPresent() && stillValid(saved.get(), credentials, name, project)) {
                CredentialFile.Saved s = saved.get();
                return new Issued(s.id(), name, s.secret());
            }
            Permission permission = credentials.permission();
            if (!permission.allowed()) {
                Finding f = CredentialPermissionCheck.finding(cloud.profile(), permission);
                throw new OpenStackException(OpenStackException.Kind.FORBIDDEN, 403, f.message() + " (hint: "
                        + f.hint() + ")", null);
            }
            for (ApplicationCredential leftover : credentials.named(name)) {
                credentials.delete(leftover.id());
                LOG.info("cluster {}: deleted application credential {} ({}) that no workspace file holds", cluster,
                        name, leftover.id());
            }
            IssuedApplicationCredential issued = credentials.create(name, description(cluster));
            save(file, new CredentialFile.Saved(issued.id(), name, project, issued.secret()), credentials);
            LOG.info("cluster {}: created application credential {} ({})", cluster, name, issued.id());
            return new Issued(issued.id(), name, issued.secret());
        }
    }

    /**
     * Removes the workspace file (destroy, once the credential is gone from Keystone). A file that cannot be removed
     * is a warning in the log: the credential it names no longer works.
     */
    public static void forget(ClusterFiles files) {
        CredentialFile file = new CredentialFile(files.cloudProviderCredential());
        try {
            file.delete();
        } catch (IOException e) {
            LOG.warn("cannot remove {}: {}", file.path(), IoProblems.describe(e));
        }
    }

    /** What Keystone shows as the credential's description, for whoever finds it in the dashboard. */
    static String description(String cluster) {
        return "opencenter-installer: the cloud controller manager and Cinder CSI driver of Kubernetes cluster "
                + cluster + " log in with this; removed by destroy";
    }

    private static boolean stillValid(CredentialFile.Saved saved, ApplicationCredentials credentials, String name,
                                      String project) {
        return credentials.byId(saved.id())
                .filter(c -> name.equals(c.name()) && (project == null || project.equals(c.projectId())))
                .isPresent();
    }

    private static Optional<CredentialFile.Saved> read(CredentialFile file) {
        try {
            return file.read();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the cluster's application credential from " + file.path()
                    + ": " + IoProblems.describe(e), e);
        }
    }

    private static void save(CredentialFile file, CredentialFile.Saved saved, ApplicationCredentials credentials) {
        try {
            file.write(saved);
        } catch (IOException e) {
            // a credential nobody can find the secret of is useless: take it back rather than leave it behind
            try {
                credentials.delete(saved.id());
            } catch (OpenStackException deleteFailed) {
                LOG.warn("cannot delete application credential {} after failing to save it: {}", saved.id(),
                        deleteFailed.getMessage());
            }
            throw new IllegalStateException("cannot keep the cluster's application credential in " + file.path()
                    + ": " + IoProblems.describe(e) + " (it was deleted again; fix the workspace folder and retry)",
                    e);
        }
    }
}
