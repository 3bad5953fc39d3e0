package io.opencenter.installer.sandbox.compute;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.http.Request;
import io.opencenter.installer.sandbox.http.Response;
import io.opencenter.installer.sandbox.state.ComputeModel.Server;
import io.opencenter.installer.sandbox.state.SandboxContext;
import io.opencenter.installer.sandbox.state.VolumeModel.Attachment;
import io.opencenter.installer.sandbox.state.VolumeModel.Volume;

/** Nova's {@code servers/{id}/os-volume_attachments}: attach makes the Cinder volume in-use, detach frees it. */
final class VolumeAttachmentHandler {
    private final SandboxContext ctx;
    private final ServerHandler servers;

    VolumeAttachmentHandler(SandboxContext ctx, ServerHandler servers) {
        this.ctx = ctx;
        this.servers = servers;
    }

    Response handle(Request r, Caller caller) {
        Server server = servers.find(r.segment(2), caller);
        ObjectNode body = Json.obj();
        if (r.is("GET", "v2.1/servers/*/os-volume_attachments")) {
            ArrayNode list = body.putArray("volumeAttachments");
            for (Volume v : ctx.state().volumes.values()) {
                v.attachments.stream().filter(a -> a.serverId().equals(server.id))
                        .forEach(a -> list.add(view(a, v)));
            }
            return Response.ok(body);
        }
        if (r.is("POST", "v2.1/servers/*/os-volume_attachments")) {
            ObjectNode req = r.member("volumeAttachment", ApiError::badRequest);
            String volumeId = req.path("volumeId").asText("");
            Volume v = ctx.state().volumes.get(volumeId);
            if (v == null || !v.projectId.equals(caller.projectId())) {
                throw ApiError.notFound("Volume " + volumeId + " could not be found.");
            }
            String status = v.status(ctx.now());
            if (!status.equals("available")) {
                throw ApiError.badRequest("Invalid volume: volume " + volumeId + " is already attached to "
                        + "instances: " + (v.attachments.isEmpty() ? status : v.attachments.get(0).serverId()));
            }
            if (!server.status(ctx.now()).equals("ACTIVE") && !server.status(ctx.now()).equals("SHUTOFF")) {
                throw ApiError.conflict("Cannot 'attach_volume' instance " + server.id
                        + " while it is in vm_state building");
            }
            long onServer = ctx.state().volumes.values().stream()
                    .filter(x -> x.attachments.stream().anyMatch(a -> a.serverId().equals(server.id))).count();
            String device = req.path("device").asText("/dev/vd" + (char) ('b' + onServer));
            Attachment a = new Attachment(SandboxContext.uuid(), server.id, device, ctx.now());
            v.attachments.add(a);
            v.updatedAt = ctx.now();
            body.set("volumeAttachment", view(a, v));
            return Response.ok(body);
        }
        String volumeId = r.segment(4);
        Volume v = ctx.state().volumes.get(volumeId);
        Attachment a = v == null ? null : v.attachments.stream().filter(x -> x.serverId().equals(server.id))
                .findFirst().orElse(null);
        if (a == null) {
            throw ApiError.notFound("volume_id not found: " + volumeId);
        }
        if (r.is("GET", "v2.1/servers/*/os-volume_attachments/*")) {
            body.set("volumeAttachment", view(a, v));
            return Response.ok(body);
        }
        if (r.is("DELETE", "v2.1/servers/*/os-volume_attachments/*")) {
            v.attachments.remove(a);
            v.updatedAt = ctx.now();
            return Response.empty(202);
        }
        throw ApiError.notFound("The resource could not be found.");
    }

    private static ObjectNode view(Attachment a, Volume v) {
        return Json.obj().put("id", v.id).put("serverId", a.serverId()).put("volumeId", v.id)
                .put("device", a.device());
    }
}
