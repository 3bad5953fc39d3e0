package io.opencenter.installer.provision;

import io.opencenter.installer.openstack.OpenStackException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A test double of the cloud port: deterministic, in memory, strict about the things the executor must get
 * right. A create whose dependencies are not on the cloud is refused loudly; deleting something an object of
 * another kind still uses (by plan dependency) is a CONFLICT (except rules, which go with their group). Hooks inject failures and hold calls on
 * latches; counters record how many calls (and Neutron mutating calls) ran at once and what was created.
 */
public final class InMemoryCloud implements InfrastructureCloud {

    /** One object as this fake cloud keeps it. */
    private static final class Entry {
        final ResourceKind kind;
        final String id;
        final String name;
        final String cluster;
        final CloudObject.Origin origin;
        final Set<String> uses = new HashSet<>();
        boolean tagged;
        CloudObject.State state;
        String detail = "";
        int pollsLeft;
        boolean endsInError;

        Entry(ResourceKind kind, String id, String name, String cluster, CloudObject.Origin origin) {
            this.kind = kind;
            this.id = id;
            this.name = name;
            this.cluster = cluster;
            this.origin = origin;
        }

        CloudObject view() {
            return new CloudObject(kind, id, name, state, detail, tagged, origin);
        }
    }

    /** A create fault: the next {@code times} matching creates throw; with {@code happened} the object exists. */
    private record CreateFault(Predicate<PlannedResource> match, AtomicInteger times, OpenStackException error,
                               boolean happened) {}

    private record DeleteFault(OpenStackException error, AtomicInteger times) {}

    /** A hold on matching creates: {@code entered} counts down when one arrives, it waits for {@code release}. */
    public record Gate(Predicate<PlannedResource> match, CountDownLatch entered, CountDownLatch release) {
        public void awaitEntered() throws InterruptedException {
            if (!entered.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("no call reached the gate");
            }
        }

        public void open() {
            release.countDown();
        }
    }

    private final Object lock = new Object();
    private final Map<String, Entry> objects = new LinkedHashMap<>();
    private final List<CreateFault> createFaults = new CopyOnWriteArrayList<>();
    private final List<Gate> gates = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> buildErrors = new ConcurrentHashMap<>();
    private final Map<ResourceKind, AtomicInteger> listFaults = new ConcurrentHashMap<>();
    private final Map<String, DeleteFault> deleteFaults = new ConcurrentHashMap<>();
    private final Map<ResourceKind, Gate> listGates = new ConcurrentHashMap<>();
    private final Map<String, Integer> createsByName = new ConcurrentHashMap<>();
    private final List<String> createOrder = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger maxCalls = new AtomicInteger();
    private final AtomicInteger neutronCalls = new AtomicInteger();
    private final AtomicInteger maxNeutronCalls = new AtomicInteger();
    private final AtomicInteger createCalls = new AtomicInteger();
    private int nextId;
    private volatile int pollsUntilReady = 2;
    private volatile long callMillis = 2;

    // ---- knobs and hooks -------------------------------------------------------------------------------------

    /** How many reads a new server or volume answers PENDING before it settles. */
    public InMemoryCloud pollsUntilReady(int polls) {
        this.pollsUntilReady = polls;
        return this;
    }

    /** How long every call takes (so calls that may overlap do). */
    public InMemoryCloud callMillis(long millis) {
        this.callMillis = millis;
        return this;
    }

    /** The next {@code times} creates matching {@code match} fail with {@code error}; {@code happened}: made anyway. */
    public void failCreates(Predicate<PlannedResource> match, int times, OpenStackException error, boolean happened) {
        createFaults.add(new CreateFault(match, new AtomicInteger(times), error, happened));
    }

    /** The next {@code times} objects created with {@code name} of {@code kind} end in ERROR instead of READY. */
    public void errorOnBuild(ResourceKind kind, String name, int times) {
        buildErrors.put(kind + "/" + name, new AtomicInteger(times));
    }

    public void failLists(ResourceKind kind, int times) {
        listFaults.put(kind, new AtomicInteger(times));
    }

    /** Every delete of the {@code kind} named {@code name} fails with {@code error}. */
    public void failDeletes(ResourceKind kind, String name, OpenStackException error) {
        failDeletes(kind, name, error, Integer.MAX_VALUE);
    }

    /** The next {@code times} deletes of the {@code kind} named {@code name} fail with {@code error}. */
    public void failDeletes(ResourceKind kind, String name, OpenStackException error, int times) {
        deleteFaults.put(kind + "/" + name, new DeleteFault(error, new AtomicInteger(times)));
    }

    public Gate hold(Predicate<PlannedResource> match) {
        Gate gate = new Gate(match, new CountDownLatch(1), new CountDownLatch(1));
        gates.add(gate);
        return gate;
    }

    /** Holds the lists of {@code kind} until the gate is opened. */
    public Gate holdLists(ResourceKind kind) {
        Gate gate = new Gate(r -> false, new CountDownLatch(1), new CountDownLatch(1));
        listGates.put(kind, gate);
        return gate;
    }

    /** Puts an object straight on the cloud (a leftover, a CSI volume, a CCM load balancer). */
    public CloudObject seed(ResourceKind kind, String name, String cluster, CloudObject.State state, boolean tagged,
                            CloudObject.Origin origin) {
        synchronized (lock) {
            Entry e = new Entry(kind, newId(kind), name, cluster, origin);
            e.state = state;
            e.tagged = tagged;
            e.detail = state == CloudObject.State.ERROR ? "seeded in ERROR" : "";
            e.pollsLeft = state == CloudObject.State.PENDING || state == CloudObject.State.DELETING
                    ? Math.max(1, pollsUntilReady) : 0;
            objects.put(e.id, e);
            return e.view();
        }
    }

    /** Sets what the cloud says about an object (a server group's policy, as the adapter reports it). */
    public void detail(String id, String detail) {
        synchronized (lock) {
            objects.get(id).detail = detail;
        }
    }

    // ---- what the tests look at ------------------------------------------------------------------------------

    public int maxConcurrentCalls() {
        return maxCalls.get();
    }

    public int maxConcurrentNeutronMutations() {
        return maxNeutronCalls.get();
    }

    public int createCalls() {
        return createCalls.get();
    }

    /** kind/name → how many times it was created (including creates that "happened" and then failed). */
    public Map<String, Integer> createsByName() {
        return Map.copyOf(createsByName);
    }

    public List<String> createOrder() {
        return List.copyOf(createOrder);
    }

    /** Everything on the cloud now. */
    public List<CloudObject> all() {
        synchronized (lock) {
            return objects.values().stream().map(Entry::view).toList();
        }
    }

    // ---- the port --------------------------------------------------------------------------------------------

    @Override
    public List<CloudObject> list(ResourceKind kind, String cluster) {
        return call(false, () -> {
            Gate gate = listGates.get(kind);
            if (gate != null) {
                gate.entered().countDown();
                awaitQuietly(gate.release());
            }
            AtomicInteger fault = listFaults.get(kind);
            if (fault != null && fault.getAndDecrement() > 0) {
                throw new OpenStackException(OpenStackException.Kind.SERVER_ERROR, 503, "list " + kind + ": 503",
                        null);
            }
            synchronized (lock) {
                return objects.values().stream()
                        .filter(e -> e.kind == kind && e.origin == CloudObject.Origin.INSTALLER)
                        .filter(e -> cluster.equals(e.cluster) && (e.tagged || e.name.startsWith(cluster + "-")))
                        .map(Entry::view)
                        .toList();
            }
        });
    }

    @Override
    public CloudObject create(PlannedResource resource, Map<String, String> ids) {
        return call(resource.neutronMutating(), () -> {
            createCalls.incrementAndGet();
            for (Gate gate : gates) {
                if (gate.match().test(resource)) {
                    gate.entered().countDown();
                    awaitQuietly(gate.release());
                }
            }
            CreateFault fault = createFaults.stream()
                    .filter(f -> f.match().test(resource) && f.times().get() > 0)
                    .findFirst().orElse(null);
            if (fault != null) {
                fault.times().decrementAndGet();
                if (fault.happened()) {
                    make(resource, ids);
                }
                throw fault.error();
            }
            return make(resource, ids);
        });
    }

    @Override
    public Optional<CloudObject> get(CloudObject object) {
        return call(false, () -> {
            synchronized (lock) {
                Entry e = objects.get(object.id());
                if (e == null) {
                    return Optional.empty();
                }
                if (e.pollsLeft > 0 && --e.pollsLeft == 0) {
                    settle(e);
                }
                return Optional.of(e.view());
            }
        });
    }

    /** A floating IP's address: 203.0.113.x (documentation range, never dialled), derived from its id. */
    @Override
    public Optional<String> floatingIpAddress(String id) {
        synchronized (lock) {
            Entry e = objects.get(id);
            if (e == null || e.kind != ResourceKind.FLOATING_IP) {
                return Optional.empty();
            }
            return Optional.of("203.0.113." + (1 + Math.floorMod(id.hashCode(), 254)));
        }
    }

    @Override
    public CloudObject ensureTagged(CloudObject object, String cluster) {
        return call(object.kind().neutronMutating(), () -> {
            synchronized (lock) {
                Entry e = require(object);
                e.tagged = true;
                return e.view();
            }
        });
    }

    @Override
    public void delete(CloudObject object) {
        call(object.kind().neutronMutating(), () -> {
            synchronized (lock) {
                Entry e = objects.get(object.id());
                if (e == null) {
                    return null;
                }
                DeleteFault fault = deleteFaults.get(e.kind + "/" + e.name);
                if (fault != null && fault.times().getAndDecrement() > 0) {
                    throw fault.error();
                }
                for (Entry other : objects.values()) {
                    // plan edges within one kind (node ports after the VIP port) are order, not use
                    if (other.uses.contains(e.id) && other.kind != ResourceKind.SECURITY_GROUP_RULE
                            && other.kind != e.kind) {
                        throw new OpenStackException(OpenStackException.Kind.CONFLICT, 409,
                                e.name + " is in use by " + other.kind + " " + other.name, null);
                    }
                }
                objects.values().removeIf(o -> o.kind == ResourceKind.SECURITY_GROUP_RULE && o.uses.contains(e.id));
                if (e.kind == ResourceKind.SERVER || e.kind == ResourceKind.VOLUME
                        || e.kind == ResourceKind.LOAD_BALANCER) {
                    // lingers (still using what it used) until the next read, like Nova and Cinder
                    e.state = CloudObject.State.DELETING;
                    e.detail = "deleting";
                    e.pollsLeft = 1;
                } else {
                    objects.remove(e.id);
                }
                return null;
            }
        });
    }

    @Override
    public List<CloudObject> clusterCreated(String cluster) {
        return call(false, () -> {
            synchronized (lock) {
                return objects.values().stream()
                        .filter(e -> e.origin != CloudObject.Origin.INSTALLER && cluster.equals(e.cluster))
                        .map(Entry::view)
                        .toList();
            }
        });
    }

    /**
     * A few made-up lines naming the server, the last {@code lines} of them; like Nova, NOT_FOUND for a server that
     * is gone and CONFLICT for one in ERROR (never placed on a host).
     */
    @Override
    public String consoleOutput(String serverId, int lines) {
        return call(false, () -> {
            synchronized (lock) {
                Entry e = objects.get(serverId);
                if (e == null || e.kind != ResourceKind.SERVER) {
                    throw new OpenStackException(OpenStackException.Kind.NOT_FOUND, 404, "Instance " + serverId
                            + " could not be found.", null);
                }
                if (e.state == CloudObject.State.ERROR) {
                    throw new OpenStackException(OpenStackException.Kind.CONFLICT, 409, "Instance " + serverId
                            + " is not ready", null);
                }
                List<String> log = List.of("in-memory console of " + e.name, "cloud-init: running", "login: ");
                return String.join("\n", log.subList(Math.max(0, log.size() - lines), log.size()));
            }
        });
    }

    @Override
    public String describe() {
        return "in-memory test cloud";
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private CloudObject make(PlannedResource r, Map<String, String> ids) {
        synchronized (lock) {
            for (String dep : r.dependsOn()) {
                String id = ids.get(dep);
                if (id == null || !objects.containsKey(id)) {
                    throw new IllegalStateException(r.key() + " created before its dependency " + dep);
                }
            }
            String cluster = r.tags().getOrDefault(ResourceNames.CLUSTER_TAG_KEY, "");
            Entry e = new Entry(r.kind(), newId(r.kind()), r.name(), cluster, CloudObject.Origin.INSTALLER);
            e.tagged = true;
            e.uses.addAll(ids.values());
            boolean slow = r.kind() == ResourceKind.SERVER || r.kind() == ResourceKind.VOLUME;
            e.state = slow && pollsUntilReady > 0 ? CloudObject.State.PENDING : CloudObject.State.READY;
            e.pollsLeft = slow ? pollsUntilReady : 0;
            AtomicInteger errors = buildErrors.get(r.kind() + "/" + r.name());
            e.endsInError = errors != null && errors.getAndDecrement() > 0;
            if (e.state == CloudObject.State.READY && e.endsInError) {
                e.state = CloudObject.State.ERROR;
            }
            objects.put(e.id, e);
            createsByName.merge(r.kind() + "/" + r.name(), 1, Integer::sum);
            createOrder.add(r.key());
            return e.view();
        }
    }

    /** A PENDING object becomes READY (or ERROR); a DELETING one disappears. */
    private void settle(Entry e) {
        if (e.state == CloudObject.State.DELETING) {
            objects.remove(e.id);
        } else if (e.endsInError) {
            e.state = CloudObject.State.ERROR;
            e.detail = "No valid host was found";
        } else {
            e.state = CloudObject.State.READY;
        }
    }

    private Entry require(CloudObject o) {
        Entry e = objects.get(o.id());
        if (e == null) {
            throw new OpenStackException(OpenStackException.Kind.NOT_FOUND, 404, o.kind() + " " + o.id() + " not found",
                    null);
        }
        return e;
    }

    private String newId(ResourceKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + (++nextId);
    }

    private <T> T call(boolean neutronMutating, java.util.function.Supplier<T> body) {
        raise(calls, maxCalls);
        if (neutronMutating) {
            raise(neutronCalls, maxNeutronCalls);
        }
        try {
            sleep(callMillis);
            return body.get();
        } finally {
            calls.decrementAndGet();
            if (neutronMutating) {
                neutronCalls.decrementAndGet();
            }
        }
    }

    private static void raise(AtomicInteger now, AtomicInteger max) {
        int n = now.incrementAndGet();
        max.accumulateAndGet(n, Math::max);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("gate never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
