package io.opencenter.installer.provision.destroy;

import io.opencenter.installer.provision.CloudObject;
import java.util.List;

/** How a destroy ended: what is gone, and what could not be removed with the cloud's reason. */
public record DestroyResult(List<CloudObject> deleted, List<Leftover> leftovers, boolean cancelled) {

    public record Leftover(CloudObject object, String reason) {}

    public boolean complete() {
        return leftovers.isEmpty() && !cancelled;
    }
}
