package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * What the cloud holds for the cluster: each planned kind listed once when apply starts, on the run's workers,
 * transient failures retried a few times. Kinds are listed in the order the run will need them, and each kind's
 * resources may start as soon as its own list is back. A kind that cannot be listed is remembered with the
 * reason: its resources fail rather than being created blind, which could duplicate them.
 */
final class ExistingResources {

    private final Map<ResourceKind, List<CloudObject>> found = new ConcurrentHashMap<>();
    private final Map<ResourceKind, String> failures = new ConcurrentHashMap<>();

    private int kinds;

    private ExistingResources() {}

    /** How many kinds are being listed (each {@code listed} callback is one of them). */
    int kinds() {
        return kinds;
    }

    /**
     * Starts one list per kind of {@code ordered} (first needed first) on {@code pool}; {@code listed} is called
     * on the worker once a kind's answer (or failure) is recorded; {@link #kinds()} tells how many calls come.
     */
    static ExistingResources start(RunContext run, List<PlannedResource> ordered, ExecutorService pool,
                                   Consumer<ResourceKind> listed) {
        ExistingResources existing = new ExistingResources();
        Set<ResourceKind> kinds = new LinkedHashSet<>();
        ordered.forEach(r -> kinds.add(r.kind()));
        existing.kinds = kinds.size();
        for (ResourceKind kind : kinds) {
            pool.execute(() -> {
                try {
                    existing.record(kind, listOne(run, kind));
                } catch (Throwable t) {
                    existing.failures.put(kind, "could not list existing resources: " + t);
                } finally {
                    listed.accept(kind);
                }
            });
        }
        return existing;
    }

    private void record(ResourceKind kind, Object result) {
        if (result instanceof String reason) {
            failures.put(kind, reason);
        } else {
            @SuppressWarnings("unchecked")
            List<CloudObject> objects = (List<CloudObject>) result;
            found.put(kind, objects);
        }
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

    /** Whether the answer for {@code kind} is in (found or failed). */
    boolean listed(ResourceKind kind) {
        return found.containsKey(kind) || failures.containsKey(kind);
    }

    Optional<String> failure(ResourceKind kind) {
        return Optional.ofNullable(failures.get(kind));
    }

    Optional<CloudObject> named(ResourceKind kind, String name) {
        return Adoption.match(found.getOrDefault(kind, List.of()), name);
    }
}
