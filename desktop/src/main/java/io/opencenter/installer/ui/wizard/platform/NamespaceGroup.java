package io.opencenter.installer.ui.wizard.platform;

import io.opencenter.installer.platform.NamespaceDef;
import java.util.List;

/** A namespace of the catalog with the toggles of its services, in catalog order. */
public record NamespaceGroup(NamespaceDef namespace, List<ServiceToggle> services) {
    public NamespaceGroup {
        services = List.copyOf(services);
    }
}
