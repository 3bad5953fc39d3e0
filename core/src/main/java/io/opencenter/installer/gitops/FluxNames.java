package io.opencenter.installer.gitops;

/** Names the repository's Flux objects share with the Flux bootstrap, the rollout and the health probes. */
public final class FluxNames {
    /** Namespace of Flux and of every Flux Kustomization (the catalog's probes look there). */
    public static final String FLUX_NAMESPACE = "flux-system";
    /**
     * The GitRepository (or OCIRepository) of this repository, made by the Flux bootstrap with the root
     * Kustomization of the same name: every Kustomization here takes its files from it.
     */
    public static final String ROOT_SOURCE = "flux-system";
    /** The age key Secret in flux-system that kustomize-controller decrypts the SOPS files with. */
    public static final String SOPS_AGE_SECRET = "sops-age";
    /** The Kustomization holding Kyverno's ClusterPolicies (not a catalog service: it needs Kyverno's CRDs first). */
    public static final String KYVERNO_POLICIES = "kyverno-policies";
    /** The Kustomization holding MetalLB's IPAddressPool and L2Advertisement (they need MetalLB's CRDs first). */
    public static final String METALLB_CONFIG = "metallb-config";
    public static final String CUSTOMER_APPS = "customer-apps";
    /** The shared Gateway in gateway-system (the catalog's http-routes probe waits for it to be Programmed). */
    public static final String GATEWAY = "opencenter";
    public static final String GATEWAY_NAMESPACE = "gateway-system";
    /** The ClusterIssuer of the cluster's internal CA that signs platform certificates. */
    public static final String CA_ISSUER = "opencenter-ca";

    private FluxNames() {}
}
