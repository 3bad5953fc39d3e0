package io.opencenter.installer.spec;

import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The places in the config that findings, the wizard and the plan point at, each by its dotted path: the one
 * spelling of {@code spec.kubernetes.apiVip}. The elements of a list are addressed by index
 * ({@link #at(int) DNS_NAMESERVERS.at(1)} is {@code spec.network.dnsNameservers[1]}), and so are the fields inside
 * each element, whose path has {@code []} where the index goes ({@code spec.workerPools[].count}, at 1:
 * {@code spec.workerPools[1].count}). Each path is checked against the config records when the class loads.
 */
public enum ConfigField {
    API_VERSION("apiVersion"),
    KIND("kind"),
    METADATA("metadata"),
    NAME("metadata.name"),
    SPEC("spec"),
    CLOUD("spec.cloud"),
    CLOUD_NAME("spec.cloud.name"),
    REGION("spec.cloud.region"),
    AVAILABILITY_ZONE("spec.cloud.availabilityZone"),
    SANDBOX("spec.cloud.sandbox"),
    KUBERNETES("spec.kubernetes"),
    KUBERNETES_VERSION("spec.kubernetes.version"),
    POD_CIDR("spec.kubernetes.podCidr"),
    SERVICE_CIDR("spec.kubernetes.serviceCidr"),
    API_VIP("spec.kubernetes.apiVip"),
    NETWORK("spec.network"),
    NODE_CIDR("spec.network.nodeCidr"),
    EXTERNAL_NETWORK("spec.network.externalNetwork"),
    DNS_NAMESERVERS("spec.network.dnsNameservers"),
    METALLB_POOL("spec.network.metallbPool"),
    CONTROL_PLANE("spec.controlPlane"),
    CONTROL_PLANE_COUNT("spec.controlPlane.count"),
    CONTROL_PLANE_FLAVOR("spec.controlPlane.flavor"),
    CONTROL_PLANE_IMAGE("spec.controlPlane.image"),
    CONTROL_PLANE_VOLUME("spec.controlPlane.volumeSizeGb"),
    CONTROL_PLANE_SERVER_GROUP_POLICY("spec.controlPlane.serverGroupPolicy"),
    WORKER_POOLS("spec.workerPools"),
    POOL_NAME("spec.workerPools[].name"),
    POOL_COUNT("spec.workerPools[].count"),
    POOL_FLAVOR("spec.workerPools[].flavor"),
    POOL_IMAGE("spec.workerPools[].image"),
    POOL_VOLUME("spec.workerPools[].volumeSizeGb"),
    SSH_KEY("spec.sshPublicKeyFile"),
    PLATFORM("spec.platform"),
    PROFILE("spec.platform.profile"),
    DISABLED("spec.platform.disabled"),
    OIDC_ISSUER("spec.platform.oidc.issuerUrl"),
    OIDC_CLIENT("spec.platform.oidc.clientId"),
    GIT_REPO("spec.platform.gitops.repoUrl"),
    GIT_BRANCH("spec.platform.gitops.branch"),
    GIT_PATH("spec.platform.gitops.path"),
    SERIALIZE("spec.provisioning.serializeApiCalls"),
    PARALLELISM("spec.provisioning.parallelism"),
    OFFLINE("spec.offline"),
    OFFLINE_BUNDLE("spec.offline.bundle"),
    OFFLINE_REGISTRY("spec.offline.registry");

    private static final String ELEMENT = "[]";
    private static final Map<String, ConfigField> BY_PATH = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ConfigField::path, Function.identity()));

    private final String path;
    private final Type type;

    ConfigField(String path) {
        this.path = path;
        this.type = ConfigSchema.typeAt(path);
        if (type == null) {
            throw new IllegalArgumentException(path + " is not a key of the config format");
        }
    }

    /** The dotted path as findings carry it, with {@code []} for the index of a list element it lies in. */
    public String path() {
        return path;
    }

    /** The last key of the path: {@code apiVip}, {@code count} for {@code spec.workerPools[].count}. */
    public String key() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** A block of keys ({@code spec.network}) rather than one value. */
    public boolean isSection() {
        return ConfigSchema.isMapping(type);
    }

    /** A list ({@code spec.workerPools}, {@code spec.network.dnsNameservers}): its elements are {@link #at(int)}. */
    public boolean isList() {
        return ConfigSchema.elementType(type) != null;
    }

    /** A field inside each element of a list ({@code spec.workerPools[].name}). */
    public boolean inListElement() {
        return path.contains(ELEMENT);
    }

    /**
     * Element {@code index} of a list ({@code spec.workerPools[2]}), or this field in element {@code index} of the
     * list it lies in ({@code spec.workerPools[2].name}).
     *
     * @throws IllegalStateException for a field that is neither
     */
    public String at(int index) {
        String indexed = "[" + index + "]";
        if (isList()) {
            return path + indexed;
        }
        if (inListElement()) {
            return path.replace(ELEMENT, indexed);
        }
        throw new IllegalStateException(path + " is not a list and not inside one");
    }

    /** The fields of each element of this list, in declaration order: for WORKER_POOLS, POOL_NAME … POOL_VOLUME. */
    public List<ConfigField> elementFields() {
        String prefix = path + ELEMENT + ".";
        return Arrays.stream(values()).filter(f -> f.path.startsWith(prefix)).toList();
    }

    /**
     * The field a finding's path names, indexes read as the field they index: {@code spec.workerPools[1].count} is
     * POOL_COUNT and {@code spec.network.dnsNameservers[0]} is DNS_NAMESERVERS. Empty for anything else (an unknown
     * key found while reading the file, the top level).
     */
    public static Optional<ConfigField> of(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String template = path.replaceAll("\\[\\d+]", ELEMENT);
        if (template.endsWith(ELEMENT)) {
            return Optional.ofNullable(BY_PATH.get(template.substring(0, template.length() - ELEMENT.length())))
                    .filter(ConfigField::isList);
        }
        return Optional.ofNullable(BY_PATH.get(template));
    }
}
