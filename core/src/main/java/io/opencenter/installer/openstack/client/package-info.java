/**
 * The {@link io.opencenter.installer.openstack.OpenStackGateway} on openstack4j 3.12.
 *
 * <p>Entry point: {@link io.opencenter.installer.openstack.client.OpenStackGateways#connect}. Pieces:
 * {@link io.opencenter.installer.openstack.client.KeystoneAuthenticator} (Keystone v3 login for password,
 * application credential and token, done here because openstack4j 3.12 lacks application credentials),
 * {@link io.opencenter.installer.openstack.client.TokenSource} (one shared token, renewed before expiry or after a
 * 401), {@link io.opencenter.installer.openstack.client.CallRunner} (per-call openstack4j client on the calling
 * thread, endpoint choice, retry, error mapping), {@link io.opencenter.installer.openstack.client.RetryPolicy},
 * {@link io.opencenter.installer.openstack.client.ErrorMapper},
 * {@link io.opencenter.installer.openstack.client.GatewayHttpConnector} (openstack4j's transport, so that a
 * {@code cacert} bundle works on Java 17).
 *
 * <p>Requests sent (paths relative to the catalog URL of the service):
 * <ul>
 *   <li>identity: {@code POST /v3/auth/tokens}; probe {@code GET /v3/auth/projects}</li>
 *   <li>compute: {@code GET /flavors/detail}, {@code GET /os-availability-zone}, {@code GET /os-keypairs},
 *       {@code GET /os-quota-sets/{project}/detail} (on 403: {@code GET /limits}); probe {@code GET /flavors?limit=1}</li>
 *   <li>image: {@code GET /v2/images?limit=1000}; probe {@code GET /v2/images?limit=1}</li>
 *   <li>network: {@code GET /v2.0/networks} (with {@code router:external} or {@code tags} filters, and again with
 *       {@code fields=id&fields=tags}), {@code GET /v2.0/subnets}, {@code GET /v2.0/ports?network_id=},
 *       {@code GET /v2.0/quotas/{project}/details}; probe {@code GET /v2.0/networks?limit=1&fields=id}</li>
 *   <li>volume (volumev3/block-storage): {@code GET /os-quota-sets/{project}?usage=true} (on 403:
 *       {@code GET /limits}); probe {@code GET /limits}</li>
 * </ul>
 */
package io.opencenter.installer.openstack.client;
