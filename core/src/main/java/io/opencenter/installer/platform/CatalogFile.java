package io.opencenter.installer.platform;

import java.util.List;

/**
 * The shape of {@code catalog.yaml} as Jackson reads it. Kept apart from the public records so that the file can
 * leave things out (missing lists, profiles inherited from the namespace) and so that a typo in a key fails.
 */
record CatalogFile(List<ProfileEntry> profiles, List<NamespaceEntry> namespaces, List<ServiceEntry> services,
                   List<ActorEntry> actors, List<FlowEntry> dataFlows) {

    record ProfileEntry(String id, String displayName, String description, String storageBackend,
                        String storageProvisioner) {}

    record NamespaceEntry(String id, String purpose, List<String> profiles) {}

    record ServiceEntry(String id, String displayName, String namespace, String purpose, Boolean required,
                        List<String> profiles, String partOf, ChartEntry chart, List<String> provides,
                        List<String> dependsOn, List<String> after, List<ProbeEntry> health,
                        List<StorageEntry> storage, List<String> policies) {}

    record ChartEntry(String type, String name, String version, String repository, String appVersion) {}

    record ProbeEntry(String kind, String workloadKind, String fluxKind, String apiVersion, String namespace,
                      String name, String selector, String condition) {}

    record StorageEntry(String purpose, Integer count, Integer sizeGb) {}

    record ActorEntry(String id, String displayName) {}

    record FlowEntry(String id, String name, String description, List<String> profiles, List<StepEntry> steps) {}

    record StepEntry(String from, String to, String label) {}
}
