package io.opencenter.installer.ui.wizard.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FxInstallListenerTest {
    /** Stands in for the FX queue: hand-overs wait here until the test runs them. */
    private final ConcurrentLinkedQueue<Runnable> fxQueue = new ConcurrentLinkedQueue<>();
    private final List<List<InstallUpdate>> batches = new ArrayList<>();
    private final FxInstallListener listener = new FxInstallListener(fxQueue::add, batches::add);

    private void runFxQueue() {
        for (Runnable r = fxQueue.poll(); r != null; r = fxQueue.poll()) {
            r.run();
        }
    }

    @Test
    void aBurstBecomesOneHandOverWithEveryUpdateInOrder() {
        for (int i = 0; i < 500; i++) {
            listener.log("line " + i);
        }
        assertThat(fxQueue).hasSize(1);
        runFxQueue();
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).hasSize(500);
        assertThat(((InstallUpdate.Log) batches.get(0).get(499)).line()).isEqualTo("line 499");
    }

    @Test
    void nodeEventsShareTheBatchWithPhaseLinesInTheirOrder() {
        listener.phase(io.opencenter.installer.install.InstallPhase.BOOTSTRAP,
                io.opencenter.installer.install.PhaseState.RUNNING, "waiting for 2 nodes");
        io.opencenter.installer.bootstrap.NodeProgress ready = new io.opencenter.installer.bootstrap.NodeProgress(
                "demo-control-plane-1", io.opencenter.installer.bootstrap.NodeState.READY, "", 1, 2, null);
        listener.node(ready);
        assertThat(fxQueue).hasSize(1);
        runFxQueue();
        assertThat(batches).singleElement().satisfies(batch -> {
            assertThat(batch.get(0)).isInstanceOf(InstallUpdate.Phase.class);
            assertThat(batch.get(1)).isEqualTo(new InstallUpdate.Node(ready));
        });
    }

    @Test
    void anUpdateAfterAHandOverSchedulesTheNextOne() {
        listener.log("first");
        runFxQueue();
        listener.log("second");
        assertThat(fxQueue).hasSize(1);
        runFxQueue();
        assertThat(batches).hasSize(2);
    }

    @Test
    void concurrentWorkersLoseNothingAndNeverQueueMoreThanOneHandOver() throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        for (int w = 0; w < 4; w++) {
            int worker = w;
            workers.execute(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < 1000; i++) {
                    listener.log(worker + ":" + i);
                }
            });
        }
        go.countDown();
        int maxPending = 0;
        workers.shutdown();
        while (!workers.awaitTermination(1, TimeUnit.MILLISECONDS)) {
            maxPending = Math.max(maxPending, fxQueue.size());
            runFxQueue();
        }
        runFxQueue();
        assertThat(maxPending).isLessThanOrEqualTo(1);
        List<String> lines = batches.stream().flatMap(List::stream).map(u -> ((InstallUpdate.Log) u).line()).toList();
        assertThat(lines).hasSize(4000);
        for (int w = 0; w < 4; w++) {
            String prefix = w + ":";
            assertThat(lines.stream().filter(l -> l.startsWith(prefix)).toList())
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 1000).mapToObj(i -> prefix + i)
                            .toList());
        }
    }
}
