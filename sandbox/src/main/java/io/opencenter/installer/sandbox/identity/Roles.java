package io.opencenter.installer.sandbox.identity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.opencenter.installer.sandbox.http.Json;

/** The roles the sandbox's demo user holds on its project: member, and reader (implied by member). */
final class Roles {
    private Roles() {
    }

    static ArrayNode json() {
        ArrayNode roles = Json.arr();
        roles.addObject().put("id", ServiceCatalog.stableId("role-member")).put("name", "member");
        roles.addObject().put("id", ServiceCatalog.stableId("role-reader")).put("name", "reader");
        return roles;
    }
}
