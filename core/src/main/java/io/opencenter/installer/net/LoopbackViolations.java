package io.opencenter.installer.net;

import java.util.ArrayList;
import java.util.List;

/**
 * Every destination the test loopback policy refused since the last {@link #drain()}. The refusal is thrown too,
 * but code may catch and swallow it (a probe that reports "unreachable", a retry loop); this list is how a test run
 * still notices: the tests' JUnit extension drains it after each test and fails the test that caused an entry. It
 * stays empty in the shipped app, whose policy refuses nothing.
 */
public final class LoopbackViolations {

    private static final List<DestinationRefusedException> REFUSED = new ArrayList<>();

    private LoopbackViolations() {
    }

    static synchronized void record(DestinationRefusedException refused) {
        REFUSED.add(refused);
    }

    /** The refusals recorded since the last call, oldest first; empties the list. */
    public static synchronized List<DestinationRefusedException> drain() {
        List<DestinationRefusedException> all = List.copyOf(REFUSED);
        REFUSED.clear();
        return all;
    }
}
