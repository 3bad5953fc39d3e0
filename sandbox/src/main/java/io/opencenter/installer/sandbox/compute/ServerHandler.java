package io.opencenter.installer.sandbox.compute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.http.Request;
import io.opencenter.installer.sandbox.http.Response;
import io.opencenter.installer.sandbox.state.CloudState;
import io.opencenter.installer.sandbox.state.ComputeModel.Server;
import io.opencenter.installer.sandbox.state.NetworkModel.Port;
import io.opencenter.installer.sandbox.state.SandboxContext;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Nova's {@code /servers}: create, list (brief and detail, with Nova's filters), show, delete, actions, metadata. */
final class ServerHandler {
    private static final String CONSOLE_OUTPUT = "os-getConsoleOutput";
    private final SandboxContext ctx;
    private final ServerCreator creator;

    ServerHandler(SandboxContext ctx) {
        this.ctx = ctx;
        this.creator = new ServerCreator(ctx);
    }

    Response handle(Request r, Caller caller, Microversion mv, String base) {
        CloudState s = ctx.state();
        if (r.is("POST", "v2.1/servers")) {
            Server server = creator.create((ObjectNode) r.json(ApiError::badRequest), caller);
            ObjectNode out = Json.obj().put("id", server.id);
            out.set("links", ServerView.links(base, "servers", server.id));
            out.put("OS-DCF:diskConfig", "MANUAL");
            ArrayNode groups = out.putArray("security_groups");
            server.securityGroups.forEach(g -> groups.addObject().put("name", g));
            out.put("adminPass", SandboxContext.hexId().substring(0, 12));
            ObjectNode body = Json.obj();
            body.set("server", out);
            return Response.of(202, body).header("Location", base + "/servers/" + server.id);
        }
        if (r.is("GET", "v2.1/servers") || r.is("GET", "v2.1/servers/detail")) {
            boolean detail = r.segments().size() == 3;
            ArrayNode list = Json.arr();
            for (Server server : filtered(r, caller)) {
                list.add(detail ? ServerView.detail(server, s, base, ctx.now(), mv) : ServerView.brief(server, base));
            }
            ObjectNode body = Json.obj();
            body.set("servers", list);
            return Response.ok(body);
        }
        Server server = find(r.segment(2), caller);
        if (r.is("GET", "v2.1/servers/*")) {
            ObjectNode body = Json.obj();
            body.set("server", ServerView.detail(server, s, base, ctx.now(), mv));
            return Response.ok(body);
        }
        if (r.is("DELETE", "v2.1/servers/*")) {
            delete(server);
            return Response.empty(204);
        }
        if (r.is("POST", "v2.1/servers/*/action")) {
            return action(r.json(ApiError::badRequest), server);
        }
        if (r.segments().size() >= 4 && r.segment(3).equals("metadata")) {
            return metadata(r, server);
        }
        throw ApiError.notFound("The resource could not be found.");
    }

    Server find(String id, Caller caller) {
        Server server = ctx.state().servers.get(id);
        if (server == null || !server.projectId.equals(caller.projectId())) {
            throw ApiError.notFound("Instance " + id + " could not be found.");
        }
        return server;
    }

    /** Nova sorts newest first; {@code name} is a regular expression searched in the name, like Python's re. */
    private List<Server> filtered(Request r, Caller caller) {
        Pattern name;
        try {
            name = r.param("name") == null ? null : Pattern.compile(r.param("name"));
        } catch (PatternSyntaxException e) {
            name = Pattern.compile(Pattern.quote(r.param("name")));
        }
        Pattern nameFilter = name;
        String status = r.param("status");
        List<Server> result = ctx.state().serversOf(caller.projectId()).stream()
                .filter(sv -> nameFilter == null || nameFilter.matcher(sv.name).find())
                .filter(sv -> status == null || sv.status(ctx.now()).equalsIgnoreCase(status))
                .sorted(Comparator.comparingLong((Server sv) -> sv.createdAt).reversed()).toList();
        String marker = r.param("marker");
        if (marker != null) {
            int at = result.stream().map(sv -> sv.id).toList().indexOf(marker);
            if (at < 0) {
                throw ApiError.badRequest("marker [" + marker + "] not found");
            }
            result = result.subList(at + 1, result.size());
        }
        if (r.param("limit") != null) {
            result = result.subList(0, Math.min(result.size(), Integer.parseInt(r.param("limit"))));
        }
        return result;
    }

    /**
     * Ports Nova created go away; ports the user passed in are released; volumes are detached (boot volumes mapped
     * with {@code delete_on_termination} are deleted).
     */
    private void delete(Server server) {
        CloudState s = ctx.state();
        for (Port p : s.portsOfDevice(server.id)) {
            if (!server.createdPorts.contains(p.id)) {
                // A port the user made outlives the server, floating IP and all, as with real Nova.
                p.deviceId = "";
                p.deviceOwner = "";
                p.touch(ctx.now());
                continue;
            }
            s.floatingIps.values().stream().filter(f -> p.id.equals(f.portId)).forEach(f -> {
                f.portId = null;
                f.fixedIpAddress = null;
                f.routerId = null;
            });
            s.ports.remove(p.id);
        }
        s.volumes.values().forEach(v -> v.attachments.removeIf(a -> a.serverId().equals(server.id)));
        server.volumesDeletedWithServer.forEach(s.volumes::remove);
        s.serverGroups.values().forEach(g -> g.members.remove(server.id));
        s.servers.remove(server.id);
    }

    private Response action(JsonNode body, Server server) {
        String status = server.status(ctx.now());
        String action = body.fieldNames().hasNext() ? body.fieldNames().next() : "";
        if (action.equals(CONSOLE_OUTPUT)) {
            return consoleOutput(body.get(CONSOLE_OUTPUT), server);
        }
        switch (action) {
            case "os-stop" -> {
                requireState(status, "ACTIVE", "stop", server);
                server.stopped = true;
            }
            case "os-start" -> {
                requireState(status, "SHUTOFF", "start", server);
                server.stopped = false;
            }
            case "reboot" -> requireState(status, "ACTIVE", "reboot", server);
            default -> throw ApiError.badRequest("There is no such action: " + action);
        }
        server.updatedAt = ctx.now();
        return Response.empty(202);
    }

    /**
     * {@code os-getConsoleOutput} as Nova answers it: the request checked against Nova's schema ({@code length} a
     * whole number from -1, a string of digits, or null), 409 while the server has no host (never placed: Nova's
     * "No valid host" ERROR), else the simulated log's last {@code length} lines.
     */
    private Response consoleOutput(JsonNode request, Server server) {
        if (request == null || !request.isObject()) {
            throw ApiError.badRequest("Invalid input for field/attribute " + CONSOLE_OUTPUT + ". Value: " + request
                    + ". " + request + " is not of type 'object'");
        }
        request.fieldNames().forEachRemaining(key -> {
            if (!key.equals("length")) {
                throw ApiError.badRequest("Additional properties are not allowed ('" + key + "' was unexpected)");
            }
        });
        Integer length = consoleLength(request.get("length"));
        if (server.host.isEmpty()) {
            throw ApiError.conflict("Instance " + server.id + " is not ready");
        }
        ObjectNode out = Json.obj().put("output", ConsoleLog.tail(ConsoleLog.of(server, ctx.state(), ctx.now()),
                length));
        return Response.ok(out);
    }

    private static Integer consoleLength(JsonNode length) {
        if (length == null || length.isNull()) {
            return null;
        }
        String shown = length.isTextual() ? length.asText() : length.toString();
        String prefix = "Invalid input for field/attribute length. Value: " + shown + ". ";
        if (length.isTextual()) {
            if (!length.asText().matches("-?[0-9]+")) {
                throw ApiError.badRequest(prefix + "'" + shown + "' does not match '^-?[0-9]+$'");
            }
            // Nova takes any size (Python ints): beyond an int it means everything, as the whole log is shorter
            return new java.math.BigInteger(length.asText()).max(java.math.BigInteger.valueOf(-Integer.MAX_VALUE))
                    .min(java.math.BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
        }
        if (!length.isIntegralNumber()) {
            throw ApiError.badRequest(prefix + shown + " is not of type 'integer', 'string', 'null'");
        }
        if (length.asLong() < -1) {
            throw ApiError.badRequest(prefix + shown + " is less than the minimum of -1");
        }
        return (int) Math.min(Integer.MAX_VALUE, length.asLong());
    }

    private static void requireState(String status, String wanted, String action, Server server) {
        if (!status.equals(wanted)) {
            String vm = status.equals("BUILD") ? "building" : status.toLowerCase(java.util.Locale.ROOT);
            throw ApiError.conflict("Cannot '" + action + "' instance " + server.id + " while it is in vm_state "
                    + vm);
        }
    }

    private Response metadata(Request r, Server server) {
        ObjectNode body = Json.obj();
        if (r.is("GET", "v2.1/servers/*/metadata")) {
            body.set("metadata", Json.stringMap(server.metadata));
            return Response.ok(body);
        }
        if (r.is("POST", "v2.1/servers/*/metadata") || r.is("PUT", "v2.1/servers/*/metadata")) {
            if (r.method().equals("PUT")) {
                server.metadata.clear();
            }
            r.member("metadata", ApiError::badRequest).fields()
                    .forEachRemaining(e -> server.metadata.put(e.getKey(), e.getValue().asText()));
            body.set("metadata", Json.stringMap(server.metadata));
            return Response.ok(body);
        }
        String key = r.segment(4);
        if (r.is("DELETE", "v2.1/servers/*/metadata/*")) {
            if (server.metadata.remove(key) == null) {
                throw ApiError.notFound("Metadata item was not found");
            }
            return Response.empty(204);
        }
        if (r.is("GET", "v2.1/servers/*/metadata/*")) {
            if (!server.metadata.containsKey(key)) {
                throw ApiError.notFound("Metadata item was not found");
            }
            body.putObject("meta").put(key, server.metadata.get(key));
            return Response.ok(body);
        }
        if (r.is("PUT", "v2.1/servers/*/metadata/*")) {
            r.member("meta", ApiError::badRequest).fields()
                    .forEachRemaining(e -> server.metadata.put(e.getKey(), e.getValue().asText()));
            body.putObject("meta").put(key, server.metadata.get(key));
            return Response.ok(body);
        }
        throw ApiError.notFound("The resource could not be found.");
    }
}
