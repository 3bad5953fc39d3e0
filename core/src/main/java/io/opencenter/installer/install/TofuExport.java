package io.opencenter.installer.install;

import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.tofu.TofuModule;
import io.opencenter.installer.spec.ClusterConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code export tofu}: the install's own plan as an OpenTofu/Terraform module, written to a folder. */
public final class TofuExport {
    /** The terraform-provider-openstack version constraint the module pins. */
    public static final String PROVIDER_VERSION = TofuModule.PROVIDER_VERSION;

    /** What was written: the files, and the plan they describe. */
    public record Written(List<String> files, int resources, String cluster) {}

    private TofuExport() {}

    public static Written write(ClusterConfig config, Path dir) throws IOException {
        ProvisioningPlan plan = ClusterPlans.of(config);
        var files = TofuModule.of(config, plan);
        TofuModule.write(files, dir);
        return new Written(List.copyOf(files.keySet()), plan.resources().size(), plan.cluster());
    }
}
