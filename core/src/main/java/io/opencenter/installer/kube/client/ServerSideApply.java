package io.opencenter.installer.kube.client;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.ServerSideApplicable;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.opencenter.installer.kube.ApplyOptions;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.Manifest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Server-side apply ({@code PATCH} with {@code application/apply-patch+yaml}, {@code fieldManager}, {@code force}):
 * the server, not the installer, merges and records field ownership, so a re-run is a no-op and fields the installer
 * stopped sending are removed, while fields other managers own (a controller's status, an HPA's replicas) stay.
 */
final class ServerSideApply {

    private final ObjectAccess access;
    private final String server;

    ServerSideApply(ObjectAccess access, String server) {
        this.access = access;
        this.server = server;
    }

    KubeObject apply(Manifest manifest, ApplyOptions options) {
        try {
            ServerSideApplicable<GenericKubernetesResource> ssa =
                    access.one(manifest).fieldManager(options.fieldManager());
            if (options.force()) {
                ssa = ssa.forceConflicts();
            }
            return access.toObject(ssa.serverSideApply());
        } catch (RuntimeException e) {
            throw KubeErrors.map(e, what("apply", manifest, options));
        }
    }

    KubeObject applyStatus(Manifest manifest, ApplyOptions options) {
        if (!manifest.content().containsKey("status")) {
            throw new IllegalArgumentException(manifest + " has no status to apply");
        }
        // only identity and status: on the status subresource the server ignores the rest, and sending a spec would
        // make it look as if this manager meant to own it
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("name", manifest.ref().name());
        if (manifest.ref().namespace() != null) {
            meta.put("namespace", manifest.ref().namespace());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("apiVersion", manifest.ref().kind().apiVersion());
        body.put("kind", manifest.ref().kind().kind());
        body.put("metadata", meta);
        body.put("status", manifest.content().get("status"));
        try {
            Resource<GenericKubernetesResource> one = access.one(new Manifest(body));
            PatchContext patch = new PatchContext.Builder().withPatchType(PatchType.SERVER_SIDE_APPLY)
                    .withFieldManager(options.fieldManager()).withForce(options.force()).build();
            return access.toObject(one.subresource("status").patch(patch));
        } catch (RuntimeException e) {
            throw KubeErrors.map(e, what("apply the status of", manifest, options));
        }
    }

    private String what(String verb, Manifest manifest, ApplyOptions options) {
        return verb + " " + manifest.ref() + " as " + options.fieldManager() + (options.force() ? " (forced)" : "")
                + " on " + server;
    }
}
