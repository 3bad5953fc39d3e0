package io.opencenter.installer.gitops.flux;

/** Flux could not be installed: its manifests could not be had, or a bootstrap input is wrong. Says what to fix. */
public class FluxInstallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FluxInstallException(String message) {
        super(message);
    }
}
