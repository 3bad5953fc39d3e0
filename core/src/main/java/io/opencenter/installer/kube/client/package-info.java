/**
 * The {@link io.opencenter.installer.kube.KubeCluster} port on fabric8 kubernetes-client 7.5 with the JDK's HTTP
 * client.
 *
 * <p>Entry point: {@link io.opencenter.installer.kube.client.KubeConnector#connect}. Pieces, one job each:
 * {@link io.opencenter.installer.kube.client.KubeconfigFile} (the kubeconfig under the installer's TLS rules),
 * {@code KindCatalog} (kind to resource through discovery), {@code ObjectAccess} (fabric8 handles and conversions),
 * {@code ServerSideApply}, {@code CrdInstaller}, {@code ConditionWaiter}, {@code InformerWatch}, {@code EventReader},
 * {@code KubeErrors} (fabric8's exceptions to {@link io.opencenter.installer.kube.KubeException}).
 *
 * <p>Requests sent: {@code GET /version} (connect), discovery {@code GET /api/v1} and {@code GET /apis/<g>/<v>},
 * {@code PATCH} with {@code application/apply-patch+yaml} and {@code fieldManager}/{@code force} on an object and on
 * its {@code /status}, {@code GET}/{@code DELETE} of one object, {@code LIST} + {@code WATCH} of a collection
 * (informers, and the waits with a {@code metadata.name} field selector), {@code LIST} of core/v1 events with
 * {@code involvedObject.kind}/{@code involvedObject.name} field selectors.
 */
package io.opencenter.installer.kube.client;
