package io.opencenter.installer.cli;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.ServiceDef;
import java.util.Optional;

/** How the CLI names a platform service: the catalog's display name and namespace, else its id. */
final class ServiceLabels {
    private final Catalog catalog;

    private ServiceLabels(Catalog catalog) {
        this.catalog = catalog;
    }

    /** @param catalog null when the command has none (destroy): services are named by their id */
    static ServiceLabels of(Catalog catalog) {
        return new ServiceLabels(catalog);
    }

    /** {@code Harbor (harbor)}: the display name and the namespace. */
    String label(String serviceId) {
        return def(serviceId).map(s -> s.displayName() + " (" + s.namespace() + ")").orElse(serviceId);
    }

    String displayName(String serviceId) {
        return def(serviceId).map(ServiceDef::displayName).orElse(serviceId);
    }

    String namespace(String serviceId) {
        return def(serviceId).map(ServiceDef::namespace).orElse("-");
    }

    private Optional<ServiceDef> def(String serviceId) {
        return catalog == null ? Optional.empty() : catalog.service(serviceId);
    }
}
