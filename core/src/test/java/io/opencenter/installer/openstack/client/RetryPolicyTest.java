package io.opencenter.installer.openstack.client;

import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RetryPolicyTest {

    /** A clock that only moves when the policy sleeps, so time caps are tested without waiting. */
    static final class FakeTime extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        final List<Duration> sleeps = new ArrayList<>();

        void sleep(Duration d) {
            sleeps.add(d);
            now = now.plus(d);
        }

        @Override public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override public Instant instant() {
            return now;
        }
    }

    private final FakeTime time = new FakeTime();

    private RetryPolicy policy(int attempts, Duration total) {
        return new RetryPolicy(attempts, total, Duration.ofMillis(500), Duration.ofSeconds(8), time, time::sleep,
                new Random(42));
    }

    private static OpenStackException status(int code) {
        return ErrorMapper.fromStatus(CallSite.of("compute", "list flavors", "GET", "http://127.0.0.1:1/x"), code,
                "boom", null);
    }

    @Test
    void succeedsAfterTransientServerErrors() {
        AtomicInteger calls = new AtomicInteger();

        String result = policy(5, Duration.ofMinutes(1)).execute(() -> {
            if (calls.incrementAndGet() < 3) {
                throw status(503);
            }
            return "ok";
        });

        assertThat(result).isEqualTo("ok");
        assertThat(calls).hasValue(3);
        assertThat(time.sleeps).hasSize(2);
    }

    @Test
    void backoffGrowsAndJitterStaysWithinHalfToFullCeiling() {
        RetryPolicy p = policy(10, Duration.ofHours(1));
        long[] ceilings = {500, 1000, 2000, 4000, 8000, 8000};
        for (int round = 0; round < 200; round++) {
            for (int i = 0; i < ceilings.length; i++) {
                long ms = p.backoff(i + 2).toMillis();
                assertThat(ms).isBetween(ceilings[i] / 2, ceilings[i]);
            }
        }
    }

    @Test
    void sameSeedSameDelays() {
        RetryPolicy a = new RetryPolicy(5, Duration.ofHours(1), Duration.ofMillis(500), Duration.ofSeconds(8), time,
                time::sleep, new Random(7));
        RetryPolicy b = new RetryPolicy(5, Duration.ofHours(1), Duration.ofMillis(500), Duration.ofSeconds(8), time,
                time::sleep, new Random(7));

        for (int i = 2; i < 8; i++) {
            assertThat(a.backoff(i)).isEqualTo(b.backoff(i));
        }
    }

    @Test
    void stopsAfterMaxAttempts() {
        AtomicInteger calls = new AtomicInteger();

        OpenStackException e = catchThrowableOfType(() -> policy(4, Duration.ofHours(1)).execute(() -> {
            calls.incrementAndGet();
            throw status(500);
        }), OpenStackException.class);

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(calls).hasValue(4);
        assertThat(time.sleeps).hasSize(3);
    }

    @Test
    void stopsWhenTheTotalTimeBudgetWouldBeExceeded() {
        AtomicInteger calls = new AtomicInteger();

        catchThrowableOfType(() -> policy(1000, Duration.ofSeconds(20)).execute(() -> {
            calls.incrementAndGet();
            throw status(503);
        }), OpenStackException.class);

        Duration slept = time.sleeps.stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(slept).isLessThanOrEqualTo(Duration.ofSeconds(20));
        assertThat(calls.get()).isLessThan(1000).isGreaterThan(2);
    }

    @Test
    void honoursRetryAfterOn429() {
        AtomicInteger calls = new AtomicInteger();
        CallSite site = CallSite.of("network", "list ports", "GET", "http://127.0.0.1:1/v2.0/ports");

        policy(5, Duration.ofMinutes(1)).execute(() -> {
            if (calls.incrementAndGet() == 1) {
                throw ErrorMapper.fromStatus(site, 429, "slow down", Duration.ofSeconds(7));
            }
            return null;
        });

        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void a429WithoutRetryAfterBacksOff() {
        AtomicInteger calls = new AtomicInteger();

        policy(5, Duration.ofMinutes(1)).execute(() -> {
            if (calls.incrementAndGet() == 1) {
                throw status(429);
            }
            return null;
        });

        assertThat(time.sleeps).hasSize(1);
        assertThat(time.sleeps.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
    }

    @Test
    void retryAfterLongerThanTheBudgetFailsAtOnce() {
        CallSite site = CallSite.of("volume", "create", "POST", "http://127.0.0.1:1/v3/p/volumes");

        OpenStackException e = catchThrowableOfType(() -> policy(5, Duration.ofSeconds(30)).execute(() -> {
            throw ErrorMapper.fromStatus(site, 429, "later", Duration.ofSeconds(120));
        }), OpenStackException.class);

        assertThat(e.kind()).isEqualTo(Kind.OVER_LIMIT);
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void clientErrorsAndQuota413AreNotRetried() {
        for (int code : new int[] {400, 401, 403, 404, 409, 413}) {
            AtomicInteger calls = new AtomicInteger();
            catchThrowableOfType(() -> policy(5, Duration.ofMinutes(1)).execute(() -> {
                calls.incrementAndGet();
                throw status(code);
            }), OpenStackException.class);
            assertThat(calls).as("status " + code).hasValue(1);
        }
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void a413WithRetryAfterIsRetried() {
        CallSite site = CallSite.of("volume", "create", "POST", "http://127.0.0.1:1/v3/p/volumes");
        AtomicInteger calls = new AtomicInteger();

        policy(5, Duration.ofMinutes(1)).execute(() -> {
            if (calls.incrementAndGet() == 1) {
                throw ErrorMapper.fromStatus(site, 413, "rate", Duration.ofSeconds(3));
            }
            return null;
        });

        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void timeoutsAndResetsAreRetriedButRefusedConnectionsAreNot() {
        CallSite site = CallSite.of("compute", "list", "GET", "http://127.0.0.1:1/x");
        AtomicInteger timeouts = new AtomicInteger();
        policy(5, Duration.ofMinutes(1)).execute(() -> {
            if (timeouts.incrementAndGet() == 1) {
                throw ErrorMapper.fromTransport(site, new SocketTimeoutException("read timed out"));
            }
            return null;
        });
        assertThat(timeouts).hasValue(2);

        AtomicInteger refused = new AtomicInteger();
        OpenStackException e = catchThrowableOfType(() -> policy(5, Duration.ofMinutes(1)).execute(() -> {
            refused.incrementAndGet();
            throw ErrorMapper.fromTransport(site, new ConnectException("Connection refused"));
        }), OpenStackException.class);
        assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(refused).hasValue(1);
    }

    @Test
    void anInterruptedSleepStopsRetrying() {
        RetryPolicy p = new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofMillis(500), Duration.ofSeconds(8),
                time, d -> {
                    throw new InterruptedException();
                }, new Random(1));
        AtomicInteger calls = new AtomicInteger();

        catchThrowableOfType(() -> p.execute(() -> {
            calls.incrementAndGet();
            throw status(503);
        }), OpenStackException.class);

        assertThat(calls).hasValue(1);
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void theDefaultsRideOutThirtySecondsOf503() {
        RetryPolicy p = RetryPolicy.defaults().with(time, time::sleep, new Random(11));
        Instant start = time.instant();
        AtomicInteger calls = new AtomicInteger();

        String result = p.execute(() -> {
            calls.incrementAndGet();
            if (Duration.between(start, time.instant()).compareTo(Duration.ofSeconds(30)) < 0) {
                throw status(503);
            }
            return "recovered";
        });

        assertThat(result).isEqualTo("recovered");
        assertThat(calls.get()).isGreaterThan(1).isLessThanOrEqualTo(p.maxAttempts());
    }

    @Test
    void aStormOf429EndsAfterTheAttemptCap() {
        CallSite site = CallSite.of("compute", "list servers", "GET", "http://127.0.0.1:1/servers");
        AtomicInteger calls = new AtomicInteger();

        OpenStackException e = catchThrowableOfType(() -> policy(6, Duration.ofMinutes(5)).execute(() -> {
            calls.incrementAndGet();
            throw ErrorMapper.fromStatus(site, 429, "Rate limit", Duration.ofSeconds(1));
        }), OpenStackException.class);

        assertThat(e.kind()).isEqualTo(Kind.OVER_LIMIT);
        assertThat(calls).hasValue(6);
        assertThat(time.sleeps).hasSize(5).containsOnly(Duration.ofSeconds(1));
    }
}
