package io.opencenter.installer.sandbox.network;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.state.NetworkModel.Base;

import java.util.Map;

/**
 * One Neutron collection ({@code networks}, {@code ports}, ...). The service does routing, filtering, tags and
 * the common fields; each resource only knows its own fields, checks and side effects.
 */
interface NeutronResource<T extends Base> {

    /** URL collection name, e.g. {@code security-groups}. */
    String collection();

    /** JSON member name of one item, e.g. {@code security_group}. */
    String singular();

    /** Name used in NotFound messages, e.g. {@code Security group}. */
    String kind();

    /** Quota resource name, e.g. {@code security_group}. */
    String quota();

    Map<String, T> items();

    /** Whether the caller sees it: own, shared or external. */
    boolean visible(T item, Caller caller);

    /** The resource's own fields (id, name, project and timestamps are added by the service). */
    void render(T item, ObjectNode out);

    T create(ObjectNode body, Caller caller);

    void update(T item, ObjectNode body, Caller caller);

    /** Refuses with a Neutron error while something still uses it; releases what it owns. */
    void delete(T item, Caller caller);
}
