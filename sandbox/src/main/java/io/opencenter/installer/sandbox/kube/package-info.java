/**
 * The sandbox's simulated Kubernetes API server, one per sandbox cluster ({@link
 * io.opencenter.installer.sandbox.kube.SandboxKubernetes}): fabric8's {@code kubernetes-server-mock} in CRUD mode
 * (its object store, resourceVersions, watches, JSON and merge patches, finalizers, the status subresource of CRDs)
 * behind this package's own Vert.x listener on 127.0.0.1, labelled
 * {@value io.opencenter.installer.sandbox.kube.SandboxKubernetes#LABEL} wherever a user sees it. No controller runs
 * here: the simulator (package {@code sim}) plays them.
 *
 * <h2>What fabric8's mock gives, and what this package adds</h2>
 * <ul>
 *   <li><b>TLS</b>: the mock's {@code MockWebServer} serves HTTPS only with a self-signed certificate it makes
 *       itself (Vert.x {@code SelfSignedCertificate} for "localhost") and never asks for client certificates. This
 *       package runs its own listener with the certificate it is given (issued by the cluster's CA for 127.0.0.1, as
 *       kubeadm's would be), or plain HTTP on 127.0.0.1 without one. <b>Authentication and authorization are not
 *       modelled</b>: any client (token, client certificate, nothing) may do anything.</li>
 *   <li><b>Server-side apply</b>: the mock answers {@code application/apply-patch+yaml} with 404 (object missing) or
 *       415. {@link io.opencenter.installer.sandbox.kube.ServerSideApply} creates or merges instead, with a
 *       simplified field ownership in {@code managedFields} (conflicts naming the other manager, 409 unless forced;
 *       fields a manager stops sending removed; a no-op apply writes nothing). Lists are atomic (no merge by key);
 *       only apply operations own fields (updates and patches keep the stored {@code managedFields} but own
 *       nothing).</li>
 *   <li><b>Status subresource</b>: the mock keeps status out of main-path writes, and writes only status on
 *       {@code /status}, for CRDs that declare it; built-in kinds have none in the mock (a PUT on the main path of a
 *       Deployment changes its status too).</li>
 *   <li><b>Watch</b>: the mock watches over WebSocket (fabric8's way) and opens each watch by sending every matching
 *       object as ADDED; this package also serves watches over plain HTTP (kubectl, Go clients) and leaves out that
 *       replay for objects at or below the {@code resourceVersion} the watch starts from. Not modelled: events
 *       between a list and its watch that were deletions, 410 Gone for a too old version, bookmarks,
 *       {@code sendInitialEvents}.</li>
 *   <li><b>CRDs</b>: the mock serves a CRD's kind as soon as it is stored but never sets conditions; here a stored
 *       CRD gets {@code NamesAccepted} and {@code Established} True (no apiextensions controller runs), and its kinds
 *       appear in discovery. The mock keys a custom object's plural by the CRD's highest-priority version only;
 *       objects stored through another version are kept under that version (no conversion).</li>
 *   <li><b>Discovery</b> ({@code /api}, {@code /api/v1}, {@code /apis}, {@code /apis/<g>[/<v>]}): the mock has only
 *       CRD kinds; here the built-in kinds of a 1.35 server the installation uses ({@code BuiltinKinds}, with short
 *       names and the {@code all} category) plus every stored CRD's served versions. Legacy form only (clients
 *       asking for aggregated discovery fall back to it). No {@code /openapi/v2} or {@code /v3}: kubectl's
 *       client-side validation needs {@code --validate=false}.</li>
 *   <li><b>{@code /version}</b>: the mock answers 0.0; here the cluster config's Kubernetes version.
 *       {@code /healthz}, {@code /livez}, {@code /readyz} answer ok.</li>
 *   <li><b>Selectors</b>: the mock matches labels by {@code =}, {@code ==}, {@code !=}, existence and
 *       non-existence, and the fields {@code metadata.name}, {@code metadata.namespace}; here also set-based label
 *       requirements ({@code in}, {@code notin}) and any other field (e.g. Events'
 *       {@code involvedObject.kind}/{@code .name}, {@code spec.nodeName}) on lists. A watch that would need those is
 *       refused with 400 rather than silently watching nothing.</li>
 *   <li><b>Events</b>: stored and listed like any object; core/v1 and events.k8s.io/v1 Events are separate
 *       collections (on a real server they are one). Nothing creates events by itself.</li>
 *   <li><b>generation</b>: the mock sets 1 on create and bumps it on a change outside metadata and status;
 *       {@code observedGeneration} is a controller's to report (the simulator's).</li>
 *   <li><b>Validation</b>: the mock checks only kind, apiVersion and name; here also string maps (labels,
 *       annotations, a ConfigMap's or Secret's data, 422 naming the field) and custom objects against their CRD's
 *       schema types and required fields ({@code ObjectValidation}). Admission (webhooks, policies, quotas,
 *       defaulting) is not modelled.</li>
 *   <li><b>Namespaces</b>: a new cluster has default, kube-system, kube-public and kube-node-lease; deleting a
 *       namespace deletes its objects, and deleting a CRD its custom objects, at once (no Terminating phase).
 *       Objects may be created in a namespace that does not exist (a real server refuses). No garbage collection by
 *       {@code ownerReferences}.</li>
 *   <li><b>Lists</b> are named {@code <Kind>List}; no paging ({@code limit}/{@code continue} are ignored; every
 *       item comes in one page).</li>
 * </ul>
 *
 * <h2>State</h2>
 * With a state file (beside the sandbox cloud's: {@code <cloud state stem>-kube-<cluster>.json}, see
 * {@code KubeStateFile}) every successful write is saved atomically before it is answered, and a server started
 * later, in another process too, loads it and continues with higher resourceVersions. One server per cluster at a
 * time: a second one on the same state file is refused while the first runs.
 */
package io.opencenter.installer.sandbox.kube;
