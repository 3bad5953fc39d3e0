package io.opencenter.installer.net;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Fails the test during which an installer HTTP client dialled a destination the test loopback policy refused,
 * whether or not the code under test let the refusal through: the refusals are recorded in
 * {@link LoopbackViolations}, drained after each test (and after each class, for {@code @BeforeAll}/{@code @AfterAll}
 * and background threads). Registered for every module's tests through core's test jar
 * ({@code META-INF/services/org.junit.jupiter.api.extension.Extension}) and the parent pom's
 * {@code junit.jupiter.extensions.autodetection.enabled}. A test that provokes a refusal on purpose drains the list
 * itself.
 */
public final class LoopbackViolationCheck implements AfterEachCallback, AfterAllCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        failOn(LoopbackViolations.drain(), "this test");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        failOn(LoopbackViolations.drain(), "this class's @BeforeAll/@AfterAll or a thread left running by it");
    }

    /** Throws an AssertionError listing the refusals, the first one as its cause (its stack shows the caller). */
    static void failOn(List<DestinationRefusedException> refused, String who) {
        if (refused.isEmpty()) {
            return;
        }
        String list = refused.stream().map(e -> "  - " + e.getMessage()).collect(Collectors.joining("\n"));
        AssertionError error = new AssertionError(who + " made the installer dial " + refused.size()
                + " destination(s) off loopback, refused by the test loopback policy (the code may have swallowed "
                + "the error):\n" + list, refused.get(0));
        refused.stream().skip(1).forEach(error::addSuppressed);
        throw error;
    }
}
