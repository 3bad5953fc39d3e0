package io.opencenter.installer.platform;

import io.opencenter.installer.spec.KnownServices;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The platform catalog: every namespace, service, actor and data flow the installer knows, and what each
 * {@link Profile} means. Immutable.
 */
public record Catalog(List<NamespaceDef> namespaces, List<ServiceDef> services, List<Actor> actors,
                      List<DataFlow> dataFlows, List<ProfileDef> profiles) {

    /** The capability every service with persistent volumes depends on (Cinder CSI or Longhorn). */
    public static final String STORAGE = "storage";

    public Catalog {
        namespaces = List.copyOf(namespaces);
        services = List.copyOf(services);
        actors = List.copyOf(actors);
        dataFlows = List.copyOf(dataFlows);
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
    }

    /** A catalog without profile descriptions (enough for tests that build one by hand). */
    public Catalog(List<NamespaceDef> namespaces, List<ServiceDef> services, List<Actor> actors,
                   List<DataFlow> dataFlows) {
        this(namespaces, services, actors, dataFlows, List.of());
    }

    /** The catalog shipped in {@code platform/catalog.yaml}, read once. */
    public static Catalog builtIn() {
        return CatalogLoader.builtIn();
    }

    public Optional<ServiceDef> service(String id) {
        return services.stream().filter(s -> Objects.equals(s.id(), id)).findFirst();
    }

    public Optional<NamespaceDef> namespace(String id) {
        return namespaces.stream().filter(n -> Objects.equals(n.id(), id)).findFirst();
    }

    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> Objects.equals(a.id(), id)).findFirst();
    }

    public Optional<ProfileDef> profile(Profile profile) {
        return profiles.stream().filter(p -> p.profile() == profile).findFirst();
    }

    public List<ServiceDef> services(Profile profile) {
        return services.stream().filter(s -> s.in(profile)).toList();
    }

    public List<NamespaceDef> namespaces(Profile profile) {
        return namespaces.stream().filter(n -> n.in(profile)).toList();
    }

    public List<DataFlow> dataFlows(Profile profile) {
        return dataFlows.stream().filter(f -> f.in(profile)).toList();
    }

    /** The services of the group {@code ownerId} (Harbor's registry and Trivy for {@code harbor}, …). */
    public List<ServiceDef> parts(String ownerId) {
        return services.stream().filter(s -> ownerId.equals(s.partOf())).toList();
    }

    /** The services that provide {@code capability} in {@code profile}, e.g. {@code storage} → cinder-csi. */
    public List<ServiceDef> providers(String capability, Profile profile) {
        return services(profile).stream().filter(s -> s.provides().contains(capability)).toList();
    }

    /** Ids of the services {@code serviceId} needs in {@code profile}, capabilities resolved. */
    public List<String> dependencies(String serviceId, Profile profile) {
        return service(serviceId).map(s -> new DependencyGraph(this, profile).hardDependencies(s)).orElse(List.of());
    }

    /** The CSI provisioner StorageClasses use in {@code profile}: {@code cinder.csi.openstack.org} or Longhorn's. */
    public String storageProvisioner(Profile profile) {
        return profile(profile).map(ProfileDef::storageProvisioner)
                .orElseThrow(() -> new IllegalStateException("catalog describes no profile " + profile.id()));
    }

    /** Namespace of the storage backend in {@code profile}: {@code cinder-csi} or {@code longhorn-system}. */
    public String storageNamespace(Profile profile) {
        return providers(STORAGE, profile).stream().findFirst().map(ServiceDef::namespace)
                .orElseThrow(() -> new IllegalStateException("no storage backend in profile " + profile.id()));
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

    /** The enabled services in an order that rolls each out after everything it depends on. */
    public List<ServiceDef> rolloutOrder(ServiceSelection selection) {
        return rolloutWaves(selection).stream().flatMap(List::stream).toList();
    }

    /** The enabled services grouped so that each group only needs services of earlier groups. */
    public List<List<ServiceDef>> rolloutWaves(ServiceSelection selection) {
        return new DependencyGraph(this, selection.profile()).waves(selection.enabled());
    }

    /**
     * The data flows of the selection's profile, each restricted to the enabled services and actors
     * ({@link DataFlow#restrictedTo}); paths left without steps are dropped.
     */
    public List<DataFlow> dataFlows(ServiceSelection selection) {
        return dataFlows(selection.profile()).stream()
                .map(f -> f.restrictedTo(endpoint -> runs(endpoint, selection)))
                .filter(f -> !f.steps().isEmpty())
                .toList();
    }

    private boolean runs(String endpoint, ServiceSelection selection) {
        return actor(endpoint).isPresent() || selection.isEnabled(endpoint);
    }
}
