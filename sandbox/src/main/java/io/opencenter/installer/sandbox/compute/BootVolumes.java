package io.opencenter.installer.sandbox.compute;

import com.fasterxml.jackson.databind.JsonNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.state.ComputeModel.Server;
import io.opencenter.installer.sandbox.state.SandboxContext;
import io.opencenter.installer.sandbox.state.VolumeModel.Attachment;
import io.opencenter.installer.sandbox.state.VolumeModel.Volume;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The parts of Nova's {@code POST /servers} about disks and user data: {@code block_device_mapping_v2} entries with
 * {@code source_type volume} must name an available volume of the project, which the server then holds as
 * {@code /dev/vda} (boot index 0) or the next device, and which goes back to available, or away with
 * {@code delete_on_termination}, when the server is deleted; {@code user_data} must be base64 of at most 65535
 * bytes, as Nova checks it.
 */
final class BootVolumes {

    private static final int USER_DATA_MAX = 65535;

    private final SandboxContext ctx;

    BootVolumes(SandboxContext ctx) {
        this.ctx = ctx;
    }

    /** The volumes a request maps, checked before anything is created. */
    List<Volume> check(JsonNode bdm, Caller caller) {
        List<Volume> volumes = new ArrayList<>();
        if (!bdm.isArray()) {
            return volumes;
        }
        for (JsonNode entry : bdm) {
            if (!"volume".equals(entry.path("source_type").asText())) {
                continue;
            }
            String id = entry.path("uuid").asText("");
            Volume v = ctx.state().volumes.get(id);
            if (v == null || !v.projectId.equals(caller.projectId())) {
                throw ApiError.badRequest("Block Device Mapping is Invalid: failed to get volume " + id + ".");
            }
            String status = v.status(ctx.now());
            if (!status.equals("available")) {
                throw ApiError.badRequest("Invalid volume: volume '" + id + "' status must be 'available'. "
                        + "Currently in '" + status + "'");
            }
            volumes.add(v);
        }
        return volumes;
    }

    /** Attaches the checked volumes to the new server in mapping order. */
    void attach(Server server, JsonNode bdm, List<Volume> volumes) {
        int next = 0;
        for (Volume v : volumes) {
            JsonNode entry = entryOf(bdm, v.id);
            String device = entry.path("boot_index").asInt(-1) == 0 ? "/dev/vda" : "/dev/vd" + (char) ('b' + next++);
            v.attachments.add(new Attachment(SandboxContext.uuid(), server.id, device, ctx.now()));
            v.updatedAt = ctx.now();
            if (entry.path("delete_on_termination").asBoolean(false)) {
                server.volumesDeletedWithServer.add(v.id);
            }
        }
    }

    static void checkUserData(JsonNode userData) {
        if (userData.isMissingNode() || userData.isNull()) {
            return;
        }
        byte[] decoded;
        try {
            decoded = Base64.getMimeDecoder().decode(userData.asText());
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("User data needs to be valid base 64.");
        }
        if (userData.asText().length() > USER_DATA_MAX || decoded.length == 0 && !userData.asText().isEmpty()) {
            throw ApiError.badRequest("Invalid input for field/attribute user_data. Value: ... is too long");
        }
    }

    private static JsonNode entryOf(JsonNode bdm, String volumeId) {
        for (JsonNode entry : bdm) {
            if (volumeId.equals(entry.path("uuid").asText())) {
                return entry;
            }
        }
        return bdm.get(0);
    }
}
