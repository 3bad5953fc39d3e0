package io.opencenter.installer.preflight;

import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.spec.ConfigField;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.spec.SshPublicKey;
import io.opencenter.installer.workspace.IoProblems;
import io.opencenter.installer.workspace.TextFiles;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The local files apply will read, checked as apply reads them, so that apply's first call to the cloud happens
 * only when they are known good (a missing or private SSH key used to fail after 18 resources were created).
 * Every kind of planned resource says here which local files it needs; a new kind must be added to be planned.
 */
final class LocalInputsCheck {
    /** The kinds whose creation reads no local file: everything they need is in the plan or on the cloud. */
    static final Set<Class<? extends ResourceAttributes>> NO_LOCAL_INPUT = Set.of(ResourceAttributes.Network.class,
            ResourceAttributes.Subnet.class, ResourceAttributes.Router.class, ResourceAttributes.RouterInterface.class,
            ResourceAttributes.SecurityGroup.class, ResourceAttributes.SecurityGroupRule.class,
            ResourceAttributes.Port.class, ResourceAttributes.FloatingIp.class, ResourceAttributes.ServerGroup.class,
            ResourceAttributes.Volume.class, ResourceAttributes.Server.class);

    private LocalInputsCheck() {}

    /** A local file apply reads for a resource, and the config field that names it. */
    record LocalFile(String file, ConfigField field) {}

    /** The local files apply reads to create a resource with {@code attributes}. */
    static List<LocalFile> localFiles(ResourceAttributes attributes) {
        if (attributes instanceof ResourceAttributes.Keypair k) {
            return List.of(new LocalFile(k.publicKeyFile(), ConfigField.SSH_KEY));
        }
        if (NO_LOCAL_INPUT.contains(attributes.getClass())) {
            return List.of();
        }
        throw new IllegalStateException("preflight does not know which local files "
                + attributes.getClass().getSimpleName() + " needs: add it to LocalInputsCheck");
    }

    static List<Finding> check(ProvisioningPlan plan) {
        Set<LocalFile> files = new LinkedHashSet<>();
        for (PlannedResource r : plan.resources()) {
            files.addAll(localFiles(r.attributes()));
        }
        List<Finding> findings = new ArrayList<>();
        for (LocalFile f : files) {
            if (f.field() == ConfigField.SSH_KEY) {
                sshKey(f, findings);
            }
        }
        return findings;
    }

    private static void sshKey(LocalFile f, List<Finding> findings) {
        Path path = SshPublicKey.path(f.file());
        try {
            SshPublicKey.read(path);
        } catch (NoSuchFileException e) {
            findings.add(Finding.error(f.field().path(), "sshPublicKeyFile " + path.toAbsolutePath()
                    + " does not exist", SshPublicKey.HINT));
        } catch (SshPublicKey.Refused | TextFiles.Unreadable e) {
            findings.add(Finding.error(f.field().path(), "sshPublicKeyFile " + e.getMessage(), SshPublicKey.HINT));
        } catch (IOException e) {
            findings.add(Finding.error(f.field().path(), "sshPublicKeyFile " + path.toAbsolutePath()
                    + " cannot be read: " + IoProblems.describe(e), SshPublicKey.HINT));
        }
    }
}
