package io.opencenter.installer.sandbox.compute;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.http.Request;
import io.opencenter.installer.sandbox.http.Response;
import io.opencenter.installer.sandbox.state.ComputeModel.KeyPair;

import java.util.LinkedHashMap;
import java.util.Map;

/** Nova's {@code os-keypairs}, scoped to the calling user. Status codes change at microversion 2.2 as in Nova. */
final class KeyPairHandler {
    private final io.opencenter.installer.sandbox.state.SandboxContext ctx;

    KeyPairHandler(io.opencenter.installer.sandbox.state.SandboxContext ctx) {
        this.ctx = ctx;
    }

    Response handle(Request r, Caller caller, Microversion mv) {
        Map<String, KeyPair> mine = ctx.state().keyPairs.computeIfAbsent(caller.userId(), u -> new LinkedHashMap<>());
        ObjectNode body = Json.obj();
        if (r.is("GET", "v2.1/os-keypairs")) {
            ArrayNode list = body.putArray("keypairs");
            mine.values().forEach(k -> list.addObject().set("keypair", view(k, mv, false)));
            return Response.ok(body);
        }
        if (r.is("POST", "v2.1/os-keypairs")) {
            ObjectNode req = r.member("keypair", ApiError::badRequest);
            String name = req.path("name").asText("");
            if (name.isEmpty() || !name.matches("[a-zA-Z0-9 _.@-]{1,255}")) {
                throw ApiError.badRequest("Invalid input for field/attribute name. Value: " + name + ".");
            }
            if (mine.containsKey(name)) {
                throw ApiError.conflict("Key pair '" + name + "' already exists.");
            }
            if (!ctx.quotas().allows("key_pairs", mine.size(), 1)) {
                throw ApiError.fault(403, "forbidden", "Quota exceeded, too many key pairs.");
            }
            String type = req.path("type").asText("ssh");
            String privateKey = null;
            String publicKey = req.path("public_key").asText(null);
            if (publicKey == null) {
                if (mv.atLeast(92)) {
                    throw ApiError.badRequest("Invalid input for field/attribute keypair. Value: " + req
                            + ". 'public_key' is a required property");
                }
                SshKeys.Generated g = SshKeys.generate(name);
                publicKey = g.publicKey();
                privateKey = g.privateKey();
            }
            String fingerprint = SshKeys.fingerprint(publicKey);
            if (fingerprint == null) {
                throw ApiError.badRequest("Keypair data is invalid: failed to generate fingerprint");
            }
            KeyPair k = new KeyPair(name, caller.userId(), publicKey, fingerprint, type, ctx.now());
            mine.put(name, k);
            ObjectNode out = view(k, mv, false).put("user_id", caller.userId());
            if (privateKey != null) {
                out.put("private_key", privateKey);
            }
            body.set("keypair", out);
            return Response.of(mv.atLeast(2) ? 201 : 200, body);
        }
        String name = r.segment(2);
        KeyPair k = mine.get(name);
        if (k == null) {
            throw ApiError.notFound("Keypair " + name + " not found for user " + caller.userId());
        }
        if (r.is("GET", "v2.1/os-keypairs/*")) {
            body.set("keypair", view(k, mv, true));
            return Response.ok(body);
        }
        if (r.is("DELETE", "v2.1/os-keypairs/*")) {
            mine.remove(name);
            return Response.empty(mv.atLeast(2) ? 204 : 202);
        }
        throw ApiError.notFound("The resource could not be found.");
    }

    private ObjectNode view(KeyPair k, Microversion mv, boolean full) {
        ObjectNode o = Json.obj();
        if (full) {
            o.put("id", Math.abs(k.name().hashCode() % 100000));
        }
        o.put("name", k.name()).put("public_key", k.publicKey()).put("fingerprint", k.fingerprint());
        if (mv.atLeast(2)) {
            o.put("type", k.type());
        }
        if (full) {
            o.put("user_id", k.userId()).put("created_at", Json.isoMicros(k.createdAt())).put("deleted", false)
                    .putNull("deleted_at").putNull("updated_at");
        }
        return o;
    }
}
