package io.opencenter.installer.gitops;

import static io.opencenter.installer.gitops.Yaml.map;
import static io.opencenter.installer.gitops.Yaml.object;

import io.opencenter.installer.platform.ServiceDef;
import java.util.List;
import java.util.Map;

/**
 * Operators OLM installs: a Subscription to the catalog's package from the operatorhub.io CatalogSource that OLM's
 * release ships (in namespace olm), started at the pinned version and upgraded only when someone approves
 * ({@code installPlanApproval: Manual} would stall the first install, so the version pin is {@code startingCSV}
 * with automatic approval within the channel), and the namespace's OperatorGroup.
 */
final class OlmSubscriptions {

    /** Channel and ClusterServiceVersion name prefix per package on operatorhub.io. */
    private record Package(String channel, String csvPrefix) {}

    private static final Map<String, Package> PACKAGES = Map.of(
            "keycloak-operator", new Package("fast", "keycloak-operator.v"),
            "strimzi-kafka-operator", new Package("stable", "strimzi-cluster-operator.v"));

    private OlmSubscriptions() {}

    static List<Map<String, Object>> of(ServiceDef service, boolean withOperatorGroup) {
        ServiceDef.Chart chart = service.chart();
        Package pkg = PACKAGES.get(chart.name());
        if (pkg == null) {
            throw new IllegalStateException("service " + service.id() + ": no channel known for OLM package "
                    + chart.name());
        }
        String version = chart.version() != null ? chart.version() : chart.appVersion();
        if (version == null) {
            throw new IllegalStateException("service " + service.id() + ": the catalog pins no version of OLM package "
                    + chart.name() + " (chart.version or appVersion)");
        }
        Map<String, Object> subscription = object("operators.coreos.com/v1alpha1", "Subscription", chart.name(),
                service.namespace(), "spec", map(
                        "name", chart.name(),
                        "channel", pkg.channel(),
                        "source", chart.repository(),
                        "sourceNamespace", "olm",
                        "startingCSV", pkg.csvPrefix() + version,
                        "installPlanApproval", "Automatic"));
        if (!withOperatorGroup) {
            return List.of(subscription);
        }
        // an OperatorGroup watching its own namespace; OLM allows one per namespace
        Map<String, Object> group = object("operators.coreos.com/v1", "OperatorGroup", service.namespace(),
                service.namespace(), "spec", map("targetNamespaces", List.of(service.namespace())));
        return List.of(group, subscription);
    }
}
