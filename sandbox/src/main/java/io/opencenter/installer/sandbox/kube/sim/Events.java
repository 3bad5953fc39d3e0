package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * Warning events on an object, as {@code kubectl describe} shows them. One per object, reason and message: the same
 * warning on the next tick finds the event there and writes nothing (the count does not grow).
 */
final class Events {
    private final SimContext ctx;

    Events(SimContext ctx) {
        this.ctx = ctx;
    }

    void warn(HasMetadata object, String component, String reason, String message) {
        String name = object.getMetadata().getName() + "." + Hashes.suffix(reason + "/" + message);
        String namespace = object.getMetadata().getNamespace() == null ? "default" : object.getMetadata().getNamespace();
        if (ctx.kube().v1().events().inNamespace(namespace).withName(name).get() != null) {
            return;
        }
        ctx.store().create(new EventBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withNewInvolvedObject().withApiVersion(object.getApiVersion()).withKind(object.getKind())
                .withNamespace(object.getMetadata().getNamespace()).withName(object.getMetadata().getName())
                .withUid(object.getMetadata().getUid()).endInvolvedObject()
                .withType("Warning").withReason(reason).withMessage(message).withNewSource().withComponent(component)
                .endSource().withFirstTimestamp(ctx.stamp()).withLastTimestamp(ctx.stamp()).withCount(1).build());
    }
}
