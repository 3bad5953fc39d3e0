/**
 * The sandbox OpenStack: a simulated Keystone v3, Nova v2.1, Neutron v2.0, Cinder v3, Glance v2 and a minimal
 * Octavia v2 on one random loopback port ({@code com.sun.net.httpserver}, no extra dependency), laid out like a devstack deployment:
 * <pre>
 *   http://127.0.0.1:PORT/identity/v3              Keystone (the auth URL)
 *   http://127.0.0.1:PORT/compute/v2.1             Nova
 *   http://127.0.0.1:PORT/networking/v2.0          Neutron (catalog URL without /v2.0, as openstack4j expects)
 *   http://127.0.0.1:PORT/volume/v3/{project_id}   Cinder (catalog types volumev3 and block-storage)
 *   http://127.0.0.1:PORT/image/v2                 Glance
 *   http://127.0.0.1:PORT/load-balancer/v2         Octavia (catalog type load-balancer; v2.0 accepted too)
 * </pre>
 *
 * <h2>Seeded content</h2>
 * Domain {@code Default}; project {@code demo}; user <b>{@code demo} / password {@code demo}</b> (member + reader);
 * application credential {@code sandbox} of demo, secret {@code sandbox-secret} (see
 * {@link io.opencenter.installer.sandbox.SandboxCloud#appCredentialProfile()}); flavors m1.small (1 vCPU, 2048 MB,
 * 20 GB), m1.medium (2/4096/40), m1.large (4/8192/80), m1.xlarge (8/16384/160); images ubuntu-24.04 and
 * ubuntu-22.04 (min_disk 10, min_ram 1024, os_distro ubuntu) and debian-12; external shared network {@code public}
 * with subnet 203.0.113.0/24; the project's {@code default} security group; generous quotas
 * ({@link io.opencenter.installer.sandbox.SandboxQuotas#defaults()}).
 *
 * <h2>Calls</h2>
 * Keystone: GET /, GET /v3, POST/GET/HEAD/DELETE /v3/auth/tokens (password by user name+domain or id, project by
 * name+domain or id or the default project; application_credential by id or name+user; token), GET
 * /v3/auth/projects, /v3/users/{id}/projects, /v3/projects (403 for a member, as Keystone's policy), /v3/projects/{id},
 * /v3/regions, /v3/auth/catalog.
 * Nova: flavors, flavors/detail, flavors/{id}, flavors/{id}/os-extra_specs; servers (POST, GET, detail with
 * name-regex/status/limit/marker filters, GET/DELETE {id}, action os-stop/os-start/reboot, metadata and
 * metadata/{key}, os-volume_attachments GET/POST/GET {vol}/DELETE {vol}); os-server-groups (GET, POST, GET/DELETE
 * {id}); os-keypairs (GET, POST with or without public_key, GET/DELETE {name}); os-availability-zone; limits;
 * server create takes {@code metadata}, {@code os:scheduler_hints.group}, base64 {@code user_data} and
 * {@code block_device_mapping_v2} volumes (which must be available and become in-use, back to available or deleted
 * with {@code delete_on_termination} when the server goes); ports passed in outlive their server, ports Nova made
 * for a requested network do not;
 * os-quota-sets/{project}[/detail]. Microversions 2.1–2.93 ({@code OpenStack-API-Version}) change the views where
 * Nova's do (keypair type and status codes at 2.2, server group project/user at 2.13, policy/rules at 2.64,
 * flavor embedded in servers at 2.47, network quotas gone at 2.36).
 * Neutron: GET/POST networks, subnets, ports, routers, security-groups, security-group-rules, floatingips; GET/PUT/DELETE
 * each {id}; attribute filters ({@code ?name=}, {@code ?network_id=}, {@code ?router:external=true}, ...),
 * {@code tags}, {@code tags-any}, {@code not-tags}, {@code not-tags-any}, {@code fields}; PUT
 * routers/{id}/add_router_interface and remove_router_interface; {resource}/{id}/tags (GET, PUT replace-all,
 * DELETE all) and tags/{tag} (GET, PUT, DELETE); quotas/{project} and quotas/{project}/details.json.
 * Cinder: volumes (POST, GET, detail, GET/DELETE {id}, metadata GET/POST/PUT), limits, os-quota-sets/{project}
 * [?usage=true].
 * Glance: GET /v2/images (filters on any field, limit/marker paging with {@code next}), GET /v2/images/{id}.
 * Octavia: GET/POST lbaas/loadbalancers (attribute filters; inline {@code listeners}; a VIP port
 * {@code octavia-lb-<id>} on the VIP subnet), GET/DELETE lbaas/loadbalancers/{id} (DELETE needs
 * {@code cascade=true} while listeners exist and is refused with 409 while PENDING_CREATE, which lasts as long as a
 * server's BUILD: an amphora is a server).
 *
 * <h2>Fidelity</h2>
 * Compared on 2026-11-25 with Debian's Zed services of {@code /work/shared/openstack-real}: Keystone's 401/403/404
 * bodies, token and catalog fields, WWW-Authenticate; keystonemiddleware's 401 in front of every service; Nova's
 * 404/400 bodies ("Missing imageRef attribute", "Flavor's memory is too small for requested image."), the
 * microversion headers, limits and quota-set field order and the -1 nova-network quotas, server views in BUILD,
 * ACTIVE and ERROR (anti-affinity "No valid host was found"), quota message "Quota exceeded for ram: Requested
 * 2048, but already used 8192 of 8192 ram", key pair and server group answers, volume attach and its 400s;
 * Neutron's network/subnet/port/router/floating IP views, NotFound/InUse/OverQuota/PolicyNotAuthorized/TagNotFound
 * bodies, interface add/remove answers and errors, tag status codes (PUT 201, GET 204), quota shapes; Cinder's 404,
 * 413 overLimit with Retry-After: 0, delete-while-attached 400, limits and quota-set shapes; Glance's HTML 404 and
 * paging. {@code SandboxParityTest} re-checks the field names of every read call whenever the real services run.
 * Known, deliberate differences: IPs are allocated lowest-first (Neutron picks at random); ports of a server and
 * associated floating IPs are ACTIVE (the real harness has no L2/L3 agents, so it shows DOWN); Nova's asynchronous
 * quota recheck (a race that ends in ERROR with a 413 fault) is not simulated; deleted servers and load balancers
 * disappear at once (Nova shows task_state deleting, Octavia PENDING_DELETE, for a moment); Octavia has no
 * listeners, pools or quotas of its own and is not compared with a real one (the real harness has none).
 *
 * <h2>Knobs</h2>
 * {@link io.opencenter.installer.sandbox.SandboxOptions} at start; live through
 * {@link io.opencenter.installer.sandbox.SandboxCloud#faults()} (latency, fault rates per service or operation,
 * scripted faults: 500, 503, 429 with Retry-After, connection reset), {@code quotas()} and {@code behaviour()}
 * (server BUILD→ACTIVE delay, volume creating→available delay, token lifetime, forced ERROR). With a state file
 * the cloud is loaded on start and saved atomically after every successful change.
 */
package io.opencenter.installer.sandbox;
