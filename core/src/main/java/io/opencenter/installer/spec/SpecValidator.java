package io.opencenter.installer.spec;

import static io.opencenter.installer.spec.ConfigField.SPEC;

import java.util.List;

/**
 * Checks a {@link ClusterConfig} against every rule of cluster-config.md ("Validation rules") and returns one
 * {@link Finding} per problem, each with the dotted path of the field, a message naming the bad value, and a
 * hint. Pure: no network, no files, so the wizard can run it on every keystroke. Cloud-dependent checks (does
 * the flavor exist, is there quota) belong to preflight, not here.
 */
public final class SpecValidator {
    private final KnownServices services;

    /** @param services the catalog's required and optional service ids, for {@code platform.disabled} */
    public SpecValidator(KnownServices services) {
        this.services = services;
    }

    public List<Finding> validate(ClusterConfig config) {
        Findings f = new Findings();
        if (config == null) {
            f.error("", "there is no cluster config", "start from examples/sandbox-cluster.yaml");
            return f.list();
        }
        MetadataRules.check(config, f);
        ClusterSpec spec = config.spec();
        if (!f.require(SPEC, spec,
                "add spec: with cloud, kubernetes, network, controlPlane, workerPools, platform")) {
            return f.list();
        }
        CloudRules.check(spec, f);
        new NetworkRules(f).check(spec.kubernetes(), spec.network(), NodeRules.totalNodes(spec));
        NodeRules.check(config.name(), spec.controlPlane(), spec.workerPools(), f);
        new PlatformRules(services, f).check(spec);
        return f.list();
    }

    /** True when none of the findings is an error (warnings allowed). */
    public static boolean isValid(List<Finding> findings) {
        return findings.stream().noneMatch(Finding::isError);
    }
}
