package io.opencenter.installer.sandbox.volume;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.http.Microversions;
import io.opencenter.installer.sandbox.http.Request;
import io.opencenter.installer.sandbox.http.Response;
import io.opencenter.installer.sandbox.http.Service;
import io.opencenter.installer.sandbox.state.SandboxContext;
import io.opencenter.installer.sandbox.state.VolumeModel.Volume;

import java.util.Map;

/**
 * Cinder v3 under {@code /volume/v3/{project_id}}: volumes (and their metadata), attachments (from microversion
 * 3.27), limits and quota sets. Headers, the 413 {@code overLimit} body with {@code Retry-After: 0}, microversion
 * answers and field order were compared with Zed.
 */
public final class CinderService implements Service {
    /** The newest microversion Zed's Cinder knows. */
    static final int MAX_MINOR = 70;
    /** The first microversion with {@code /attachments}. */
    static final int ATTACHMENTS_MINOR = 27;

    private final SandboxContext ctx;
    private final VolumeHandler volumes;
    private final AttachmentHandler attachments;

    public CinderService(SandboxContext ctx) {
        this.ctx = ctx;
        this.volumes = new VolumeHandler(ctx);
        this.attachments = new AttachmentHandler(ctx);
    }

    @Override
    public String prefix() {
        return "volume";
    }

    @Override
    public String name() {
        return "volume";
    }

    @Override
    public boolean needsToken(Request r) {
        return !(r.is("GET", "") || r.is("GET", "v3"));
    }

    @Override
    public Response handle(Request r, Caller caller) {
        if (r.is("GET", "") || r.is("GET", "v3")) {
            ObjectNode body = Json.obj();
            ObjectNode v = body.putArray("versions").addObject().put("id", "v3.0").put("status", "CURRENT")
                    .put("version", "3.70").put("min_version", "3.0").put("updated", "2022-08-31T00:00:00Z");
            v.putArray("links").addObject().put("rel", "self").put("href", r.baseUrl() + "/v3/");
            return Response.of(r.segments().isEmpty() ? 300 : 200, body);
        }
        if (!"v3".equals(r.segment(0)) || r.segments().size() < 3) {
            throw unknownPath(r);
        }
        if (!r.segment(1).equals(caller.projectId())) {
            throw ApiError.badRequest("Malformed request url");
        }
        String base = r.baseUrl() + "/v3/" + caller.projectId();
        int minor = minor(r);
        return switch (r.segment(2)) {
            case "volumes" -> volumes.handle(r, caller, base);
            case "attachments" -> {
                if (minor < ATTACHMENTS_MINOR) {
                    throw unknownPath(r);
                }
                yield attachments.handle(r, caller);
            }
            case "limits" -> limits(caller);
            case "os-quota-sets" -> quotaSet(r, caller);
            case "os-availability-zone" -> availabilityZones();
            default -> throw unknownPath(r);
        };
    }

    @Override
    public void decorate(Request r, Map<String, String> headers) {
        String version;
        try {
            version = "3." + minor(r);
        } catch (ApiError e) {
            version = Microversions.requested(r, "volume");
        }
        headers.put("OpenStack-API-Version", "volume " + version);
        headers.put("Vary", "OpenStack-API-Version");
    }

    @Override
    public ApiError unknownPath(Request r) {
        return ApiError.notFound("The resource could not be found.");
    }

    @Override
    public ApiError internalError() {
        return ApiError.fault(500, "computeFault", "The server has either erred or is incapable of performing "
                + "the requested operation.");
    }

    /** The requested microversion's minor number: 0 unless the client asks. */
    private static int minor(Request r) {
        String requested = Microversions.requested(r, "volume");
        return requested == null ? 0 : Microversions.minor(requested, 3, 0, MAX_MINOR);
    }

    private Response limits(Caller caller) {
        VolumeUsage used = VolumeUsage.of(ctx.state(), caller.projectId());
        ObjectNode abs = Json.obj().put("maxTotalVolumes", limit("volumes"))
                .put("maxTotalSnapshots", limit("snapshots"))
                .put("maxTotalVolumeGigabytes", limit("gigabytes"))
                .put("maxTotalBackups", limit("backups"))
                .put("maxTotalBackupGigabytes", limit("backup_gigabytes"))
                .put("totalVolumesUsed", used.volumes()).put("totalGigabytesUsed", used.gigabytes())
                .put("totalSnapshotsUsed", 0).put("totalBackupsUsed", 0).put("totalBackupGigabytesUsed", 0);
        ObjectNode body = Json.obj();
        ObjectNode limits = body.putObject("limits");
        limits.putArray("rate");
        limits.set("absolute", abs);
        return Response.ok(body);
    }

    /** {@code os-quota-sets/{project}} with or without {@code ?usage=true}; the id comes last, as in Cinder. */
    private Response quotaSet(Request r, Caller caller) {
        String project = r.segment(3);
        if (project == null || !r.method().equals("GET")) {
            throw unknownPath(r);
        }
        if (!project.equals(caller.projectId())) {
            throw ApiError.fault(403, "forbidden", "Policy doesn't allow volume_extension:quotas:show to be "
                    + "performed.");
        }
        boolean usage = "true".equalsIgnoreCase(r.param("usage"));
        VolumeUsage used = VolumeUsage.of(ctx.state(), project);
        ObjectNode set = Json.obj();
        Map<String, Long> inUse = Map.of("volumes", used.volumes(), "gigabytes", used.gigabytes(),
                "volumes___DEFAULT__", used.volumes(), "gigabytes___DEFAULT__", used.gigabytes());
        for (String key : new String[]{"volumes", "per_volume_gigabytes", "snapshots", "gigabytes", "backups",
                "backup_gigabytes", "volumes___DEFAULT__", "gigabytes___DEFAULT__", "snapshots___DEFAULT__",
                "groups"}) {
            long limit = key.endsWith("___DEFAULT__") ? -1 : limit(key);
            if (usage) {
                set.putObject(key).put("limit", limit).put("in_use", inUse.getOrDefault(key, 0L)).put("reserved", 0);
            } else {
                set.put(key, limit);
            }
        }
        set.put("id", project);
        ObjectNode body = Json.obj();
        body.set("quota_set", set);
        return Response.ok(body);
    }

    private Response availabilityZones() {
        ObjectNode body = Json.obj();
        ArrayNode zones = body.putArray("availabilityZoneInfo");
        for (String zone : ctx.options().availabilityZones()) {
            zones.addObject().put("zoneName", zone).putObject("zoneState").put("available", true);
        }
        return Response.ok(body);
    }

    private long limit(String resource) {
        return ctx.quotas().limit(resource);
    }

    /** Volumes and gigabytes a project holds. */
    public record VolumeUsage(long volumes, long gigabytes) {
        public static VolumeUsage of(io.opencenter.installer.sandbox.state.CloudState s, String projectId) {
            long count = 0;
            long gb = 0;
            for (Volume v : s.volumesOf(projectId)) {
                count++;
                gb += v.size;
            }
            return new VolumeUsage(count, gb);
        }
    }

    static ArrayNode links(String base, String id) {
        ArrayNode links = Json.arr();
        links.addObject().put("href", base + "/volumes/" + id).put("rel", "self");
        links.addObject().put("href", base.replace("/v3/", "/") + "/volumes/" + id).put("rel", "bookmark");
        return links;
    }
}
