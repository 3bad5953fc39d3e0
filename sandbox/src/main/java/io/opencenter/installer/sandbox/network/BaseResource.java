package io.opencenter.installer.sandbox.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.state.CloudState;
import io.opencenter.installer.sandbox.state.NetworkModel.Base;
import io.opencenter.installer.sandbox.state.SandboxContext;

import java.util.Objects;

/** Shared plumbing of the Neutron resources: new ids, quota checks, common fields on create and update. */
abstract class BaseResource<T extends Base> implements NeutronResource<T> {
    protected final SandboxContext ctx;

    BaseResource(SandboxContext ctx) {
        this.ctx = ctx;
    }

    protected CloudState state() {
        return ctx.state();
    }

    @Override
    public boolean visible(T item, Caller caller) {
        return Objects.equals(item.projectId, caller.projectId());
    }

    /** Fills id, name, description, owner and times; checks the quota first. */
    protected <B extends Base> B init(B item, ObjectNode body, Caller caller) {
        long used = CloudState.countOwned(items().values(), caller.projectId(), x -> true);
        if (!ctx.quotas().allows(quota(), used, 1)) {
            throw NeutronErrors.overQuota(quota());
        }
        item.id = SandboxContext.uuid();
        item.name = body.path("name").asText("");
        item.description = body.path("description").asText("");
        item.projectId = body.hasNonNull("project_id") ? body.get("project_id").asText()
                : body.hasNonNull("tenant_id") ? body.get("tenant_id").asText() : caller.projectId();
        item.createdAt = ctx.now();
        item.updatedAt = item.createdAt;
        item.revision = 1;
        return item;
    }

    /** Name and description, the fields every resource lets you change. */
    protected void updateCommon(T item, ObjectNode body) {
        if (body.has("name")) {
            item.name = body.get("name").asText("");
        }
        if (body.has("description")) {
            item.description = body.get("description").asText("");
        }
        item.touch(ctx.now());
    }

    protected static String text(JsonNode body, String field, String fallback) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }
}
