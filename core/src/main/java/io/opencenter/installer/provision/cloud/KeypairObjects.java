package io.opencenter.installer.provision.cloud;

import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.CloudObject.Origin;
import io.opencenter.installer.provision.CloudObject.State;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceNames;
import io.opencenter.installer.spec.SshPublicKey;
import io.opencenter.installer.workspace.TextFiles;
import org.openstack4j.model.compute.Keypair;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Nova key pairs, made from the public key file the config names. A key pair's name is its id (Nova knows no
 * other); it takes no tags, so it is found by name.
 */
final class KeypairObjects implements KindAdapter {

    private final CloudCalls calls;

    KeypairObjects(CloudCalls calls) {
        this.calls = calls;
    }

    @Override
    public List<CloudObject> list(String cluster) {
        List<? extends Keypair> all = calls.read("compute", "list key pairs", c -> c.compute().keypairs().list());
        String name = ResourceNames.keypair(cluster);
        return all.stream().filter(k -> name.equals(k.getName())).map(k -> toObject(k.getName())).toList();
    }

    @Override
    public CloudObject create(PlannedResource resource, Map<String, String> ids) {
        ResourceAttributes.Keypair a = (ResourceAttributes.Keypair) resource.attributes();
        String publicKey = readPublicKey(a.publicKeyFile());
        Keypair k = calls.create("compute", "create key pair",
                c -> c.compute().keypairs().create(resource.name(), publicKey));
        return toObject(k.getName());
    }

    @Override
    public Optional<CloudObject> get(CloudObject object) {
        return calls.find("compute", "show key pair", c -> c.compute().keypairs().get(object.id()))
                .map(k -> toObject(k.getName()));
    }

    @Override
    public CloudObject ensureTagged(CloudObject object, String cluster) {
        return object.asTagged();
    }

    @Override
    public void delete(CloudObject object) {
        calls.delete("compute", "delete key pair", c -> c.compute().keypairs().delete(object.id()));
    }

    /**
     * The key, trimmed; {@code ~/} means the user's home, other relative paths the working directory. Only one
     * OpenSSH public key line passes ({@link SshPublicKey}): a private key never reaches the cloud.
     */
    static String readPublicKey(String file) {
        Path path = SshPublicKey.path(file);
        try {
            return SshPublicKey.read(path);
        } catch (SshPublicKey.Refused | TextFiles.Unreadable e) {
            throw new OpenStackException(Kind.CONFIG, "the SSH public key file (spec.sshPublicKeyFile) "
                    + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new OpenStackException(Kind.CONFIG, "the SSH public key file " + path.toAbsolutePath()
                    + " (spec.sshPublicKeyFile) does not exist");
        } catch (IOException e) {
            throw new OpenStackException(Kind.CONFIG, "cannot read the SSH public key file " + path.toAbsolutePath()
                    + " (spec.sshPublicKeyFile): " + e.getClass().getSimpleName());
        }
    }

    private static CloudObject toObject(String name) {
        return new CloudObject(ResourceKind.KEYPAIR, name, name, State.READY, "", true, Origin.INSTALLER);
    }
}
