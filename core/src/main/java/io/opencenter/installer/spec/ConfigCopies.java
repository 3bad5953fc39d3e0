package io.opencenter.installer.spec;

import io.opencenter.installer.spec.ClusterSpec.GitOps;
import io.opencenter.installer.spec.ClusterSpec.Oidc;
import io.opencenter.installer.spec.ClusterSpec.Platform;
import io.opencenter.installer.workspace.UrlCredentials;

/** The copy of a config the installer keeps (workspace, support bundle): its URLs hold no credentials. */
public final class ConfigCopies {
    private ConfigCopies() {}

    /** {@code config} with the userinfo of every URL it holds masked; the same object when there is none. */
    public static ClusterConfig withoutUrlCredentials(ClusterConfig config) {
        ClusterSpec s = config == null ? null : config.spec();
        Platform p = s == null ? null : s.platform();
        if (p == null) {
            return config;
        }
        GitOps g = p.gitops();
        Oidc o = p.oidc();
        boolean inRepo = g != null && UrlCredentials.present(g.repoUrl());
        boolean inIssuer = o != null && UrlCredentials.present(o.issuerUrl());
        if (!inRepo && !inIssuer) {
            return config;
        }
        Platform masked = new Platform(p.profile(), p.disabled(),
                inIssuer ? new Oidc(UrlCredentials.masked(o.issuerUrl()), o.clientId()) : o,
                inRepo ? new GitOps(UrlCredentials.masked(g.repoUrl()), g.branch(), g.path()) : g);
        return new ClusterConfig(config.apiVersion(), config.kind(), config.metadata(), new ClusterSpec(s.cloud(),
                s.kubernetes(), s.network(), s.controlPlane(), s.workerPools(), s.sshPublicKeyFile(), masked,
                s.provisioning(), s.offline()));
    }
}
