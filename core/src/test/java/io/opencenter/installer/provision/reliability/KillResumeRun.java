package io.opencenter.installer.provision.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Applies a config in child JVMs and SIGKILLs them at seeded random points, resuming each time, until a child ends
 * the run complete. A kill point is a journal progress value ({@link JournalPosition#progress()}) drawn from
 * {@code [1, expectedProgress)} (a complete run's progress), plus a seeded delay of up to {@code maxDelayMs} after it is reached, so kills land
 * between an INTENT and its answer, in the middle of HTTP calls and during the waits for servers and volumes.
 * Each child must make at least one step of progress before it is killed, so the schedule always ends.
 */
final class KillResumeRun {

    /** One kill: the child that died, what it was told to reach, and where the journal stood after the kill. */
    record KillPoint(int child, int targetProgress, long delayMs, int journalLines, int progress, String lastEntry) {}

    /** The runs that ended by themselves: the first complete one ends the schedule. */
    record Finish(int child, int exitCode, String resultLine) {}

    record Outcome(long seed, List<KillPoint> kills, List<Finish> finishes, int children, long wallMs) {
        boolean complete() {
            return !finishes.isEmpty() && finishes.get(finishes.size() - 1).exitCode() == ApplyChild.EXIT_COMPLETE;
        }
    }

    private static final long POLL_MS = 4;

    private final ChildJvm jvm;
    private final Path config;
    private final Path workspace;
    private final Path journal;
    private final Path logDir;
    private final long childPollMs;
    private final Duration childTimeout;

    KillResumeRun(ChildJvm jvm, Path config, Path workspace, Path journal, Path logDir, long childPollMs,
                  Duration childTimeout) {
        this.jvm = jvm;
        this.config = config;
        this.workspace = workspace;
        this.journal = journal;
        this.logDir = logDir;
        this.childPollMs = childPollMs;
        this.childTimeout = childTimeout;
    }

    /**
     * Seeded kill targets: {@code count} progress values in [1, expectedProgress), ascending, one drawn in each of
     * {@code count} equal strata, so that however few there are they spread over the whole run — its last part
     * (the servers' creates and waits: little journal, most of the time, the costliest duplicates) included.
     */
    static List<Integer> targets(Random random, int count, int expectedProgress) {
        TreeSet<Integer> picked = new TreeSet<>();
        int range = Math.max(1, expectedProgress - 1);
        int strata = Math.min(count, range);
        for (int i = 0; i < strata; i++) {
            int lo = 1 + i * range / strata;
            int hi = 1 + (i + 1) * range / strata;
            picked.add(lo + random.nextInt(Math.max(1, hi - lo)));
        }
        return List.copyOf(picked);
    }

    Outcome run(long seed, int kills, int expectedProgress, long maxDelayMs, int maxFinishAttempts)
            throws InterruptedException {
        long start = System.nanoTime();
        Random random = new Random(seed);
        List<KillPoint> done = new ArrayList<>();
        List<Finish> finishes = new ArrayList<>();
        int child = 0;
        for (int target : targets(random, kills, expectedProgress)) {
            long delay = maxDelayMs <= 0 ? 0 : random.nextLong(maxDelayMs + 1);
            int reach = Math.max(target, JournalPosition.of(journal).progress() + 1);
            child++;
            Process p = jvm.startApply(config, workspace, childPollMs, log(child));
            if (waitForProgress(p, reach)) {
                Thread.sleep(delay);
            }
            if (!p.isAlive()) { // it finished before the kill point: the schedule is over
                finishes.add(new Finish(child, p.exitValue(), resultLine(child)));
                if (p.exitValue() == ApplyChild.EXIT_COMPLETE) {
                    return new Outcome(seed, done, finishes, child, (System.nanoTime() - start) / 1_000_000);
                }
                continue;
            }
            p.destroyForcibly(); // SIGKILL on POSIX: no shutdown hook, no finally block runs in the child
            p.waitFor();
            JournalPosition at = JournalPosition.of(journal);
            done.add(new KillPoint(child, reach, delay, at.lines(), at.progress(), at.last()));
        }
        for (int attempt = 0; attempt < maxFinishAttempts; attempt++) {
            child++;
            Process p = jvm.startApply(config, workspace, childPollMs, log(child));
            if (!p.waitFor(childTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("resume child " + child + " did not finish within " + childTimeout
                        + "; see " + log(child));
            }
            finishes.add(new Finish(child, p.exitValue(), resultLine(child)));
            if (p.exitValue() == ApplyChild.EXIT_COMPLETE) {
                break;
            }
        }
        return new Outcome(seed, done, finishes, child, (System.nanoTime() - start) / 1_000_000);
    }

    /** True when the child reached {@code progress}; false when it exited first. */
    private boolean waitForProgress(Process p, int progress) throws InterruptedException {
        long deadline = System.nanoTime() + childTimeout.toNanos();
        long size = -1;
        while (p.isAlive()) {
            long now = sizeOf(journal);
            if (now != size) {
                size = now;
                if (JournalPosition.of(journal).progress() >= progress) {
                    return true;
                }
            }
            if (System.nanoTime() > deadline) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("child made no progress to " + progress + " within " + childTimeout
                        + "; journal at " + JournalPosition.of(journal) + "; see " + p.pid() + " in " + logDir);
            }
            Thread.sleep(POLL_MS);
        }
        return false;
    }

    Path log(int child) {
        return logDir.resolve("child-" + child + ".log");
    }

    private String resultLine(int child) {
        try {
            return Files.readAllLines(log(child)).stream().filter(l -> l.startsWith(ApplyChild.RESULT_PREFIX))
                    .reduce((a, b) -> b).orElse("(no result line; see " + log(child) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return -1;
        }
    }
}
