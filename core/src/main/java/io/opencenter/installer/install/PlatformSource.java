package io.opencenter.installer.install;

import io.opencenter.installer.gitops.ChartSource;
import io.opencenter.installer.gitops.flux.FluxInstallSource;
import java.util.Objects;

/**
 * Where a cluster's platform comes from: Flux's own install manifests and the charts the repository points Flux at.
 * Online that is the pinned upstream release of each; the offline bundle and the sandbox bring their own.
 */
public record PlatformSource(FluxInstallSource flux, ChartSource charts) {

    public PlatformSource {
        Objects.requireNonNull(flux, "flux");
        Objects.requireNonNull(charts, "charts");
    }

    /** The pinned Flux release and every chart from its own repository, fetched at install time. */
    public static PlatformSource upstream() {
        return new PlatformSource(FluxInstallSource.upstream(), ChartSource.upstream());
    }
}
