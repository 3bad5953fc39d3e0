/**
 * Installing Flux into the cluster: where Flux's own install manifests come from ({@link
 * io.opencenter.installer.gitops.flux.FluxInstallSource}: the pinned upstream release, fetched at run time, or a
 * file such as the offline bundle's), and the bootstrap ({@link io.opencenter.installer.gitops.flux.FluxBootstrap}):
 * the controllers, the {@code sops-age} Secret that lets kustomize-controller decrypt the repository's SOPS files,
 * and the root GitRepository and Kustomization, all by server-side apply through the {@code kube} port.
 */
package io.opencenter.installer.gitops.flux;
