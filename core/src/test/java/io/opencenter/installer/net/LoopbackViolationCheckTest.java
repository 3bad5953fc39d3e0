package io.opencenter.installer.net;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.net.InetSocketAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The extension that fails a test whose code swallowed a refusal: run on two small test classes through the JUnit
 * launcher, with the extension found the way every module's tests find it (autodetection, META-INF/services).
 */
class LoopbackViolationCheckTest {

    private static volatile boolean launched;

    static boolean launchedByTheOuterTest() {
        return launched;
    }

    /** Code under test that catches the refusal and carries on, as a probe reporting "unreachable" would. */
    @EnabledIf("io.opencenter.installer.net.LoopbackViolationCheckTest#launchedByTheOuterTest")
    static class SwallowsARefusal {
        @Test
        void probesTheFloatingIp() {
            try {
                DestinationPolicy.LOOPBACK_ONLY.check(new InetSocketAddress("203.0.113.10", 6443), "a probe");
            } catch (DestinationRefusedException swallowed) {
                // "unreachable": the test would pass without the extension
            }
        }
    }

    @EnabledIf("io.opencenter.installer.net.LoopbackViolationCheckTest#launchedByTheOuterTest")
    static class StaysOnLoopback {
        @Test
        void probesTheLocalServer() throws Exception {
            DestinationPolicy.LOOPBACK_ONLY.check(new InetSocketAddress("127.0.0.1", 6443), "a probe");
        }
    }

    private static TestExecutionSummary run(Class<?> testClass, boolean autodetect) {
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        Launcher launcher = LauncherFactory.create();
        launched = true;
        try {
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass))
                    .configurationParameter("junit.jupiter.extensions.autodetection.enabled",
                            String.valueOf(autodetect)).build(), summary);
        } finally {
            launched = false;
        }
        return summary.getSummary();
    }

    @Test
    void aSwallowedRefusalFailsItsTest() {
        TestExecutionSummary s = run(SwallowsARefusal.class, true);
        assertThat(s.getTestsStartedCount()).isEqualTo(1);
        assertThat(s.getTestsFailedCount()).isEqualTo(1);
        Throwable failure = s.getFailures().get(0).getException();
        assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining("203.0.113.10:6443")
                .hasMessageContaining("refused by the test loopback policy").hasMessageContaining("swallowed")
                .hasCauseInstanceOf(DestinationRefusedException.class);
        assertThat(LoopbackViolations.drain()).as("drained by the extension").isEmpty();
    }

    @Test
    void withoutTheExtensionTheSameTestWouldPass() {
        TestExecutionSummary s = run(SwallowsARefusal.class, false);
        assertThat(s.getTestsSucceededCount()).isEqualTo(1);
        assertThat(LoopbackViolations.drain()).hasSize(1); // left for this test's own check: take it
    }

    @Test
    void aTestOnLoopbackPasses() {
        TestExecutionSummary s = run(StaysOnLoopback.class, true);
        assertThat(s.getTestsSucceededCount()).isEqualTo(1);
        assertThat(s.getTestsFailedCount()).isZero();
    }

    @Test
    void theFailureListsEveryRefusalWithTheFirstAsCause() {
        List<DestinationRefusedException> two = List.of(refusal("203.0.113.10"), refusal("10.0.0.1"));
        AssertionError e = catchThrowableOfType(() -> LoopbackViolationCheck.failOn(two, "this test"),
                AssertionError.class);
        assertThat(e).hasMessageStartingWith("this test made the installer dial 2 destination(s) off loopback")
                .hasMessageContaining("203.0.113.10:443").hasMessageContaining("10.0.0.1:443");
        assertThat(e.getCause()).isSameAs(two.get(0));
        assertThat(e.getSuppressed()).containsExactly(two.get(1));
        LoopbackViolationCheck.failOn(List.of(), "nothing");
    }

    private static DestinationRefusedException refusal(String ip) {
        DestinationRefusedException e = catchThrowableOfType(() -> DestinationPolicy.LOOPBACK_ONLY.check(
                new InetSocketAddress(ip, 443), "test"), DestinationRefusedException.class);
        LoopbackViolations.drain();
        return e;
    }
}
