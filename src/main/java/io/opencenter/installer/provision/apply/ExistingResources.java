package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceKind;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * What the cloud holds for the cluster when apply starts: each planned kind listed once (in parallel, on the
 * run's workers), transient failures retried a few times. A kind that cannot be listed is remembered with the
 * reason: its resources fail rather than being created blind, which could duplicate them.
 */
final class ExistingResources {

    private final Map<ResourceKind, List<CloudObject>> found = new EnumMap<>(ResourceKind.class);
    private final Map<ResourceKind, String> failures = new EnumMap<>(ResourceKind.class);

    private ExistingResources() {}

    static ExistingResources list(RunContext run, ExecutorService pool) {
        Set<ResourceKind> kinds = new LinkedHashSet<>();
        run.plan().resources().stream().map(PlannedResource::kind).forEach(kinds::add);
        Map<ResourceKind, CompletableFuture<Object>> pending = new EnumMap<>(ResourceKind.class);
        for (ResourceKind kind : kinds) {
            pending.put(kind, CompletableFuture.supplyAsync(() -> listOne(run, kind), pool));
        }
        ExistingResources existing = new ExistingResources();
        // every listOne is bounded (attempts × backoff, each call under the client's timeouts), so join ends
        pending.forEach((kind, future) -> {
            Object result = future.join();
            if (result instanceof String reason) {
                existing.failures.put(kind, reason);
            } else {
                @SuppressWarnings("unchecked")
                List<CloudObject> objects = (List<CloudObject>) result;
                existing.found.put(kind, objects);
            }
        });
        return existing;
    }

    /** The objects, or a String with the reason they could not be listed. */
    private static Object listOne(RunContext run, ResourceKind kind) {
        Backoff backoff = run.backoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return List.copyOf(run.cloud().list(kind, run.plan().cluster()));
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e) || attempt >= Creator.ATTEMPTS) {
                    return "could not list existing " + kind.name().toLowerCase(java.util.Locale.ROOT)
                            + " resources: " + Failures.reason(e);
                }
                if (!Backoff.sleep(backoff.next(Failures.retryAfter(e)), run.cancel())) {
                    return "cancelled";
                }
            }
        }
    }

    Optional<String> failure(ResourceKind kind) {
        return Optional.ofNullable(failures.get(kind));
    }

    Optional<CloudObject> named(ResourceKind kind, String name) {
        return Adoption.match(found.getOrDefault(kind, List.of()), name);
    }
}
