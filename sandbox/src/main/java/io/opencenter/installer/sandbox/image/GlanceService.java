package io.opencenter.installer.sandbox.image;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.http.Request;
import io.opencenter.installer.sandbox.http.Response;
import io.opencenter.installer.sandbox.http.Service;
import io.opencenter.installer.sandbox.state.ImageModel;
import io.opencenter.installer.sandbox.state.SandboxContext;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Glance v2 under {@code /image/v2}: list (filters, {@code limit}/{@code marker} paging with a relative
 * {@code next} link whenever a page is full, as Glance does) and show. Errors are Glance's HTML pages.
 */
public final class GlanceService implements Service {
    private static final int DEFAULT_LIMIT = 25;
    private static final Set<String> NOT_FILTERS = Set.of("limit", "marker", "sort", "sort_key", "sort_dir");
    private final SandboxContext ctx;

    public GlanceService(SandboxContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String prefix() {
        return "image";
    }

    @Override
    public String name() {
        return "image";
    }

    @Override
    public boolean needsToken(Request r) {
        return !(r.is("GET", "") || r.is("GET", "versions"));
    }

    @Override
    public Response handle(Request r, Caller caller) {
        if (r.is("GET", "") || r.is("GET", "versions")) {
            ObjectNode body = Json.obj();
            ObjectNode v = body.putArray("versions").addObject().put("id", "v2.16").put("status", "CURRENT");
            v.putArray("links").addObject().put("rel", "self").put("href", r.baseUrl() + "/v2/");
            return Response.of(r.segments().isEmpty() ? 300 : 200, body);
        }
        if (r.is("GET", "v2/images")) {
            return list(r, caller);
        }
        if (r.is("GET", "v2/images/*")) {
            ImageModel image = ctx.state().images.get(r.segment(2));
            if (image == null || !visible(image, caller)) {
                throw ApiError.glance(404, "Not Found", "No image found with ID " + r.segment(2));
            }
            return Response.ok(view(image));
        }
        throw unknownPath(r);
    }

    @Override
    public ApiError unknownPath(Request r) {
        return ApiError.glance(404, "Not Found", "The resource could not be found.");
    }

    @Override
    public ApiError internalError() {
        return ApiError.glance(500, "Internal Server Error", "The server has either erred or is incapable of "
                + "performing the requested operation.");
    }

    private Response list(Request r, Caller caller) {
        List<ImageModel> all = ctx.state().images.values().stream().filter(i -> visible(i, caller))
                .filter(i -> matches(i, r.query()))
                .sorted(Comparator.comparingLong(ImageModel::createdAt).reversed().thenComparing(ImageModel::id,
                        Comparator.reverseOrder())).toList();
        String marker = r.param("marker");
        if (marker != null) {
            int at = all.stream().map(ImageModel::id).toList().indexOf(marker);
            if (at < 0) {
                throw ApiError.glance(400, "Bad Request", "marker not found");
            }
            all = all.subList(at + 1, all.size());
        }
        int limit = r.param("limit") == null ? DEFAULT_LIMIT : Integer.parseInt(r.param("limit"));
        List<ImageModel> page = all.subList(0, Math.min(limit, all.size()));
        ObjectNode body = Json.obj();
        ArrayNode images = body.putArray("images");
        page.forEach(i -> images.add(view(i)));
        body.put("first", "/v2/images" + (r.param("limit") == null ? "" : "?limit=" + limit));
        body.put("schema", "/v2/schemas/images");
        if (page.size() == limit && !page.isEmpty()) {
            body.put("next", "/v2/images?limit=" + limit + "&marker=" + page.get(page.size() - 1).id());
        }
        return Response.ok(body);
    }

    private static boolean visible(ImageModel i, Caller caller) {
        return !i.visibility().equals("private") || i.owner().equals(caller.projectId());
    }

    private static boolean matches(ImageModel i, Map<String, List<String>> query) {
        ObjectNode view = view(i);
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (NOT_FILTERS.contains(e.getKey())) {
                continue;
            }
            String actual = view.has(e.getKey()) ? view.get(e.getKey()).asText() : null;
            if (!e.getValue().contains(actual)) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode view(ImageModel i) {
        ObjectNode o = Json.obj();
        i.properties().forEach(o::put);
        o.put("name", i.name()).put("disk_format", i.diskFormat()).put("container_format", i.containerFormat())
                .put("visibility", i.visibility()).put("size", i.size()).put("virtual_size", i.virtualSize())
                .put("status", "active").put("checksum", i.checksum()).put("protected", false)
                .put("min_ram", i.minRam()).put("min_disk", i.minDisk()).put("owner", i.owner())
                .put("os_hidden", false).put("os_hash_algo", "sha512").put("os_hash_value", i.checksum())
                .put("id", i.id()).put("created_at", Json.isoSeconds(i.createdAt()))
                .put("updated_at", Json.isoSeconds(i.createdAt()));
        o.putArray("tags");
        o.put("self", "/v2/images/" + i.id()).put("file", "/v2/images/" + i.id() + "/file")
                .put("schema", "/v2/schemas/image").put("stores", "fs");
        return o;
    }
}
