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

import java.util.List;
import java.util.UUID;

/**
 * Cinder's attachments API (microversion 3.27 on): list (summary or detail, filtered by {@code volume_id} or
 * {@code instance_id}), show, reserve ({@code POST} without a connector: the volume becomes {@code reserved}) and
 * delete (answered with the volume's remaining attachments). Bodies and messages were compared with Zed.
 */
final class AttachmentHandler {
    private final SandboxContext ctx;

    AttachmentHandler(SandboxContext ctx) {
        this.ctx = ctx;
    }

    Response handle(Request r, Caller caller) {
        ObjectNode body = Json.obj();
        if (r.is("GET", "v3/*/attachments") || r.is("GET", "v3/*/attachments/detail")) {
            boolean detail = r.segments().size() == 4;
            ArrayNode list = body.putArray("attachments");
            String volumeId = r.param("volume_id");
            String serverId = r.param("instance_id");
            for (Volume v : ctx.state().volumesOf(caller.projectId())) {
                for (Attachment a : v.attachments) {
                    boolean wanted = (volumeId == null || volumeId.equals(v.id))
                            && (serverId == null || serverId.equals(a.serverId()));
                    if (wanted) {
                        list.add(detail ? detail(a, v) : summary(a, v));
                    }
                }
            }
            return Response.ok(body);
        }
        if (r.is("POST", "v3/*/attachments")) {
            body.set("attachment", reserve(r.member("attachment", ApiError::badRequest), caller));
            return Response.ok(body);
        }
        String id = r.segment(3);
        Volume v = volumeHolding(id, caller);
        Attachment a = v.attachments.stream().filter(x -> x.attachmentId().equals(id)).findFirst().orElseThrow();
        if (r.is("GET", "v3/*/attachments/*")) {
            body.set("attachment", detail(a, v));
            return Response.ok(body);
        }
        if (r.is("DELETE", "v3/*/attachments/*")) {
            v.attachments.remove(a);
            v.updatedAt = ctx.now();
            ArrayNode remaining = body.putArray("attachments");
            v.attachments.forEach(x -> remaining.add(summary(x, v)));
            return Response.ok(body);
        }
        throw ApiError.notFound("The resource could not be found.");
    }

    private ObjectNode reserve(ObjectNode req, Caller caller) {
        if (!req.hasNonNull("volume_uuid")) {
            throw ApiError.badRequest("Invalid input for field/attribute attachment. Value: " + req
                    + ". 'volume_uuid' is a required property");
        }
        String serverId = req.path("instance_uuid").asText("");
        if (!isUuid(serverId)) {
            throw ApiError.badRequest("Invalid input for field/attribute instance_uuid. Value: " + serverId + ". '"
                    + serverId + "' is not a 'uuid'");
        }
        String volumeId = req.path("volume_uuid").asText();
        Volume v = ctx.state().volumes.get(volumeId);
        if (v == null || !v.projectId.equals(caller.projectId())) {
            throw ApiError.notFound("Volume " + volumeId + " could not be found.");
        }
        String status = v.status(ctx.now());
        if (!status.equals("available")) {
            throw ApiError.badRequest("Invalid volume: Volume " + volumeId + " status must be available or "
                    + "downloading to reserve, but the current status is " + status + ".");
        }
        Attachment a = Attachment.reservation(SandboxContext.uuid(), serverId);
        v.attachments.add(a);
        v.updatedAt = ctx.now();
        return detail(a, v);
    }

    private Volume volumeHolding(String attachmentId, Caller caller) {
        List<Volume> holding = ctx.state().volumesOf(caller.projectId()).stream()
                .filter(v -> v.attachments.stream().anyMatch(a -> a.attachmentId().equals(attachmentId))).toList();
        if (holding.isEmpty()) {
            throw ApiError.notFound("Volume attachment could not be found with filter: attachment_id = "
                    + attachmentId + ".");
        }
        return holding.get(0);
    }

    private static ObjectNode summary(Attachment a, Volume v) {
        return Json.obj().put("id", a.attachmentId()).put("status", a.status()).put("instance", a.serverId())
                .put("volume_id", v.id);
    }

    private static ObjectNode detail(Attachment a, Volume v) {
        ObjectNode o = summary(a, v).put("attached_at", a.attached() ? Json.isoMicros(a.attachedAt()) : "")
                .put("detached_at", "").put("attach_mode", a.attached() ? "rw" : "null");
        o.putObject("connection_info");
        return o;
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equals(text.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
