package io.opencenter.installer.platform;

import io.opencenter.installer.spec.KnownServices;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The platform catalog: every namespace, service, actor and data flow the installer knows. Immutable. */
public record Catalog(List<NamespaceDef> namespaces, List<ServiceDef> services, List<Actor> actors,
                      List<DataFlow> dataFlows) {

    public Catalog {
        namespaces = List.copyOf(namespaces);
        services = List.copyOf(services);
        actors = List.copyOf(actors);
        dataFlows = List.copyOf(dataFlows);
    }

    /** The catalog shipped in {@code platform/catalog.yaml}. */
    public static Catalog builtIn() {
        return CatalogLoader.builtIn();
    }

    public Optional<ServiceDef> service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<NamespaceDef> namespace(String id) {
        return namespaces.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public List<ServiceDef> services(Profile profile) {
        return services.stream().filter(s -> s.in(profile)).toList();
    }

    public List<NamespaceDef> namespaces(Profile profile) {
        return namespaces.stream().filter(n -> n.in(profile)).toList();
    }

    /** Ids for {@code platform.disabled} validation, over all profiles. */
    public KnownServices knownServices() {
        return new KnownServices(
                services.stream().filter(ServiceDef::required).map(ServiceDef::id).collect(Collectors.toSet()),
                services.stream().filter(s -> !s.required()).map(ServiceDef::id).collect(Collectors.toSet()));
    }

    /** What runs for this profile when the user disables {@code disabled}; dependencies win over "disabled". */
    public ServiceSelection select(Profile profile, Collection<String> disabled) {
        return ServiceSelection.of(this, profile, disabled);
    }
}
