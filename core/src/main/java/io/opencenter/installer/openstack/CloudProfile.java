package io.opencenter.installer.openstack;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One cloud to talk to: an entry of clouds.yaml (merged with secure.yaml) or the {@code OS_*} environment.
 *
 * @param name      the clouds.yaml key, or {@code "envvars"} for the environment
 * @param interfaceType endpoint interface from the catalog: public (default), internal or admin
 * @param cacert    extra CA bundle for TLS, or null
 * @param insecure  true only when the user set {@code verify: false} / {@code insecure: true} explicitly
 * @param source    where it came from (file path or "environment"), for messages
 */
public record CloudProfile(String name, CloudAuth auth, String regionName, String interfaceType, Path cacert,
                           boolean insecure, String source) {

    public String interfaceOrDefault() {
        return interfaceType == null || interfaceType.isBlank() ? "public" : interfaceType;
    }

    /**
     * The first endpoint of {@code catalog} this profile would use for a service listed under any of
     * {@code serviceTypes}: on its interface, and in its region when it names one.
     */
    public Optional<OpenStackGateway.Endpoint> endpoint(List<OpenStackGateway.Endpoint> catalog,
                                                        Collection<String> serviceTypes) {
        String iface = interfaceOrDefault();
        return catalog.stream()
                .filter(e -> serviceTypes.contains(e.serviceType()) && iface.equals(e.interfaceType()))
                .filter(e -> regionName == null || regionName.equals(e.region()))
                .findFirst();
    }
}
