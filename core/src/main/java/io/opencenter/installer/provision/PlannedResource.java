package io.opencenter.installer.provision;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One resource the installer will create. {@code key} is stable across runs of the same config (the journal and
 * the dependency graph refer to it); {@code name} is the OpenStack name (see {@link ResourceNames}).
 */
public record PlannedResource(String key, ResourceKind kind, String name, Map<String, String> tags,
                              ResourceAttributes attributes, List<String> dependsOn) {

    public PlannedResource {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(attributes, "attributes");
        tags = Map.copyOf(tags);
        dependsOn = List.copyOf(dependsOn);
    }

    public CloudService service() {
        return kind.service();
    }

    public boolean neutronMutating() {
        return kind.neutronMutating();
    }
}
