package io.opencenter.installer.sandbox.volume;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.http.Request;
import io.opencenter.installer.sandbox.http.Response;
import io.opencenter.installer.sandbox.state.SandboxContext;
import io.opencenter.installer.sandbox.state.VolumeModel.Attachment;
import io.opencenter.installer.sandbox.state.VolumeModel.Volume;

import java.util.Comparator;
import java.util.List;

/** Cinder's {@code volumes}: create (quota → 413), list/detail with filters, show, metadata, delete. */
final class VolumeHandler {
    private final SandboxContext ctx;

    VolumeHandler(SandboxContext ctx) {
        this.ctx = ctx;
    }

    Response handle(Request r, Caller caller, String base) {
        ObjectNode body = Json.obj();
        if (r.is("POST", "v3/*/volumes")) {
            Volume v = create(r.member("volume", ApiError::badRequest), caller);
            ObjectNode created = view(v, base);
            // Cinder's create answer: never updated yet, and without the tenant attribute.
            created.putNull("updated_at");
            created.remove("os-vol-tenant-attr:tenant_id");
            body.set("volume", created);
            return Response.of(202, body);
        }
        if (r.is("GET", "v3/*/volumes") || r.is("GET", "v3/*/volumes/detail")) {
            boolean detail = r.segments().size() == 4;
            ArrayNode list = body.putArray("volumes");
            for (Volume v : filtered(r, caller)) {
                if (detail) {
                    list.add(view(v, base));
                } else {
                    ObjectNode o = list.addObject().put("id", v.id);
                    o.set("links", CinderService.links(base, v.id));
                    o.put("name", v.name);
                }
            }
            return Response.ok(body);
        }
        Volume v = ctx.state().volumes.get(r.segment(3));
        if (v == null || !v.projectId.equals(caller.projectId())) {
            throw ApiError.notFound("Volume " + r.segment(3) + " could not be found.");
        }
        if (r.is("GET", "v3/*/volumes/*")) {
            body.set("volume", view(v, base));
            return Response.ok(body);
        }
        if (r.is("DELETE", "v3/*/volumes/*")) {
            String status = v.status(ctx.now());
            if (!List.of("available", "error").contains(status)) {
                throw ApiError.badRequest("Invalid volume: Volume status must be available or error or "
                        + "error_restoring or error_extending or error_managing and must not be migrating, "
                        + "attached, belong to a group, have snapshots, awaiting a transfer, or be disassociated "
                        + "from snapshots after volume transfer.");
            }
            ctx.state().volumes.remove(v.id);
            return Response.empty(202);
        }
        if (r.is("GET", "v3/*/volumes/*/metadata")) {
            body.set("metadata", Json.stringMap(v.metadata));
            return Response.ok(body);
        }
        if (r.is("POST", "v3/*/volumes/*/metadata") || r.is("PUT", "v3/*/volumes/*/metadata")) {
            if (r.method().equals("PUT")) {
                v.metadata.clear();
            }
            r.member("metadata", ApiError::badRequest).fields()
                    .forEachRemaining(e -> v.metadata.put(e.getKey(), e.getValue().asText()));
            v.updatedAt = ctx.now();
            body.set("metadata", Json.stringMap(v.metadata));
            return Response.ok(body);
        }
        throw ApiError.notFound("The resource could not be found.");
    }

    private Volume create(ObjectNode req, Caller caller) {
        int size = req.path("size").asInt(0);
        if (size < 1) {
            throw ApiError.badRequest("Invalid input for field/attribute size. Value: " + req.path("size")
                    + ". " + req.path("size") + " is less than the minimum of 1");
        }
        CinderService.VolumeUsage used = CinderService.VolumeUsage.of(ctx.state(), caller.projectId());
        if (!ctx.quotas().allows("gigabytes", used.gigabytes(), size)) {
            throw ApiError.fault(413, "overLimit", "VolumeSizeExceedsAvailableQuota: Requested volume or snapshot "
                    + "exceeds allowed gigabytes quota. Requested " + size + "G, quota is "
                    + ctx.quotas().limit("gigabytes") + "G and " + used.gigabytes() + "G has been consumed.")
                    .retryAfter();
        }
        if (!ctx.quotas().allows("volumes", used.volumes(), 1)) {
            throw ApiError.fault(413, "overLimit", "VolumeLimitExceeded: Maximum number of volumes allowed ("
                    + ctx.quotas().limit("volumes") + ") exceeded for quota 'volumes'.").retryAfter();
        }
        String imageId = req.path("imageRef").asText(null);
        if (imageId != null && !ctx.state().images.containsKey(imageId)) {
            throw ApiError.badRequest("Invalid image identifier or unable to access requested image.");
        }
        Volume v = new Volume();
        v.id = SandboxContext.uuid();
        v.name = req.path("name").asText(null);
        v.description = req.path("description").asText(null);
        v.projectId = caller.projectId();
        v.userId = caller.userId();
        v.size = size;
        v.imageId = imageId;
        v.availabilityZone = req.path("availability_zone").asText(ctx.options().availabilityZones().get(0));
        req.path("metadata").fields().forEachRemaining(e -> v.metadata.put(e.getKey(), e.getValue().asText()));
        v.createdAt = ctx.now();
        v.updatedAt = v.createdAt;
        v.readyAt = v.createdAt + ctx.behaviour().volumeAvailableDelay().toMillis();
        v.fault = ctx.behaviour().volumeFault();
        ctx.state().volumes.put(v.id, v);
        return v;
    }

    private List<Volume> filtered(Request r, Caller caller) {
        String name = r.param("name");
        String status = r.param("status");
        return ctx.state().volumesOf(caller.projectId()).stream()
                .filter(v -> name == null || name.equals(v.name))
                .filter(v -> status == null || status.equals(v.status(ctx.now())))
                .sorted(Comparator.comparingLong((Volume v) -> v.createdAt).reversed()).toList();
    }

    private ObjectNode view(Volume v, String base) {
        long now = ctx.now();
        ObjectNode o = Json.obj().put("id", v.id).put("name", v.name).put("status", v.status(now))
                .put("size", v.size).put("availability_zone", v.availabilityZone)
                .put("created_at", Json.isoMicros(v.createdAt))
                .put("updated_at", Json.isoMicros(Math.max(v.updatedAt, Math.min(now, v.readyAt))));
        ArrayNode attachments = o.putArray("attachments");
        for (Attachment a : v.attachments.stream().filter(Attachment::attached).toList()) {
            attachments.addObject().put("id", v.id).put("attachment_id", a.attachmentId()).put("volume_id", v.id)
                    .put("server_id", a.serverId()).put("host_name", (String) null).put("device", a.device())
                    .put("attached_at", Json.isoMicros(a.attachedAt()));
        }
        o.put("bootable", v.imageId == null ? "false" : "true").put("encrypted", false);
        o.set("metadata", Json.stringMap(v.metadata));
        o.put("description", v.description).put("volume_type", v.volumeType).putNull("snapshot_id")
                .putNull("source_volid").putNull("replication_status").putNull("consistencygroup_id")
                .put("multiattach", false).put("user_id", v.userId);
        o.set("links", CinderService.links(base, v.id));
        o.put("os-vol-tenant-attr:tenant_id", v.projectId);
        if (v.imageId != null && ctx.state().images.containsKey(v.imageId)) {
            o.putObject("volume_image_metadata").put("image_id", v.imageId)
                    .put("image_name", ctx.state().images.get(v.imageId).name());
        }
        return o;
    }
}
