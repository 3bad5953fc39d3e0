package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.install.CloudConnection;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.ui.wizard.cloud.CloudServices;
import io.opencenter.installer.ui.wizard.cloud.CloudSession;
import java.util.Objects;

/**
 * The cloud an install goes to. The one tested on the Cloud page when it is the config's cloud; otherwise (Resume
 * from the Welcome page, right after start-up) the config's own: the sandbox, or its clouds.yaml entry. Called
 * off the FX thread: starting the sandbox or reading clouds.yaml does I/O.
 */
final class InstallCloud {
    private InstallCloud() {}

    /** @throws OpenStackException (CONFIG) when the config's cloud cannot be used, saying why */
    static CloudConnection resolve(ClusterConfig config, CloudSession session, CloudServices cloud) {
        ClusterSpec.Cloud wanted = config.spec() == null ? null : config.spec().cloud();
        boolean sandbox = wanted != null && wanted.isSandbox();
        if (session != null && matches(session, wanted, sandbox)) {
            return session.connection();
        }
        if (sandbox) {
            return cloud.sandbox().requireConnection();
        }
        if (wanted == null || wanted.name() == null || wanted.name().isBlank()) {
            throw new OpenStackException(OpenStackException.Kind.CONFIG,
                    "the config names no cloud (spec.cloud.name): test one on the Cloud page");
        }
        return cloud.clouds().named(wanted.name()).requireConnection();
    }

    private static boolean matches(CloudSession session, ClusterSpec.Cloud wanted, boolean sandbox) {
        if (session.sandbox() || sandbox) {
            return session.sandbox() == sandbox;
        }
        // credentials typed on the Cloud page have no clouds.yaml entry to look up again: the session is the cloud
        return wanted == null || wanted.name() == null || Objects.equals(wanted.name(), session.cloudName());
    }
}
