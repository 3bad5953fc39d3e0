package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.ResourceKind;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The serialization lane: when on, every Neutron mutating call (create, tag, delete) holds the one permit, so no
 * two run at once — the spec's guard against Neutron/Octavia races. Calls of other services pass straight through
 * and keep their parallelism. One lane is shared by every task of a run.
 */
public final class NeutronLane {

    private final boolean on;
    private final Semaphore permit = new Semaphore(1, true);

    public NeutronLane(boolean on) {
        this.on = on;
    }

    public boolean on() {
        return on;
    }

    /** Runs {@code call}, holding the permit when {@code kind} is a Neutron kind and the lane is on. */
    public <T> T call(ResourceKind kind, Supplier<T> call) {
        if (!on || !kind.neutronMutating()) {
            return call.get();
        }
        permit.acquireUninterruptibly();
        try {
            return call.get();
        } finally {
            permit.release();
        }
    }

    public void run(ResourceKind kind, Runnable call) {
        call(kind, () -> {
            call.run();
            return null;
        });
    }
}
