package io.opencenter.installer.provision.cloud;

import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.PlannedResource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link io.opencenter.installer.provision.InfrastructureCloud} operations for one or a few resource kinds. */
interface KindAdapter {

    List<CloudObject> list(String cluster);

    CloudObject create(PlannedResource resource, Map<String, String> ids);

    Optional<CloudObject> get(CloudObject object);

    /** Kinds without tags (rules, interfaces, server groups, keypairs) are listed as tagged; this is a no-op there. */
    CloudObject ensureTagged(CloudObject object, String cluster);

    void delete(CloudObject object);
}
