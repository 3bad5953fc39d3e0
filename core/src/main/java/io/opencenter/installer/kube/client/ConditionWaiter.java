package io.opencenter.installer.kube.client;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.opencenter.installer.kube.Condition;
import io.opencenter.installer.kube.ConditionWait;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.ObjectRef;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Waits for a condition through a watch on the one object (fabric8's {@code waitUntilCondition}: an informer with a
 * {@code metadata.name} field selector), not by polling, so the wait ends as soon as the server reports the change.
 * Every version seen is remembered, so a timeout can say what the object said last.
 */
final class ConditionWaiter {

    private final ObjectAccess access;
    private final String server;

    ConditionWaiter(ObjectAccess access, String server) {
        this.access = access;
        this.server = server;
    }

    ConditionWait waitFor(ObjectRef ref, String type, Duration timeout) {
        long start = System.nanoTime();
        AtomicReference<Condition> last = new AtomicReference<>();
        AtomicBoolean found = new AtomicBoolean();
        Predicate<GenericKubernetesResource> met = resource -> {
            found.set(resource != null);
            if (resource == null) {
                return false;
            }
            KubeObject object = access.toObject(resource);
            last.set(object.condition(type).orElse(null));
            return object.conditionMet(type);
        };
        try {
            access.one(ref).waitUntilCondition(met, Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
            return new ConditionWait(ref, type, true, true, last.get(), since(start));
        } catch (KubernetesClientTimeoutException e) {
            return new ConditionWait(ref, type, false, found.get(), last.get(), since(start));
        } catch (RuntimeException e) {
            throw KubeErrors.map(e, "wait for " + type + " of " + ref + " on " + server);
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
