package io.opencenter.installer.preflight;

import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An infrastructure cloud that only answers {@code list} from a fixed inventory and fails on anything that would
 * change the cloud: for tests of what happens before provisioning (preflight) and must create nothing.
 */
public final class ListedCloud implements InfrastructureCloud {
    final Map<ResourceKind, List<CloudObject>> objects = new EnumMap<>(ResourceKind.class);
    public int lists;

    public ListedCloud with(ResourceKind kind, String... names) {
        for (String name : names) {
            objects.computeIfAbsent(kind, k -> new ArrayList<>()).add(new CloudObject(kind, "id-" + name, name,
                    CloudObject.State.READY, "", true, CloudObject.Origin.INSTALLER));
        }
        return this;
    }

    @Override
    public List<CloudObject> list(ResourceKind kind, String cluster) {
        lists++;
        return objects.getOrDefault(kind, List.of());
    }

    @Override
    public CloudObject create(PlannedResource resource, Map<String, String> ids) {
        throw new AssertionError("nothing may be created here: " + resource.name());
    }

    @Override
    public Optional<CloudObject> get(CloudObject object) {
        return Optional.of(object);
    }

    @Override
    public CloudObject ensureTagged(CloudObject object, String cluster) {
        throw new AssertionError("nothing may be changed here: " + object.name());
    }

    @Override
    public void delete(CloudObject object) {
        throw new AssertionError("nothing may be deleted here: " + object.name());
    }

    @Override
    public List<CloudObject> clusterCreated(String cluster) {
        return List.of();
    }

    @Override
    public Optional<String> floatingIpAddress(String id) {
        return Optional.empty();
    }

    @Override
    public String consoleOutput(String serverId, int lines) {
        throw new AssertionError("preflight reads no console log: " + serverId);
    }

    @Override
    public String describe() {
        return "listed cloud";
    }
}
