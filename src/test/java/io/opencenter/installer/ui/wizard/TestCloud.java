package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.ui.wizard.cloud.CloudServices;
import io.opencenter.installer.ui.wizard.cloud.FakeCloud;

/** The cloud the UI tests talk to, and what a person would type to reach it by hand. */
final class TestCloud {
    private final FakeCloud fake = new FakeCloud();

    CloudServices services() {
        return fake.services();
    }

    String authUrl() {
        return FakeCloud.AUTH_URL;
    }

    String user() {
        return "demo";
    }

    String project() {
        return "demo";
    }

    /** Sets the instance quota before the cloud is tested. */
    void instanceLimit(long limit) {
        fake.instanceLimit = limit;
    }

    /** Makes the next log-in hang until {@link #release()}, so a test can watch the spinner and cancel. */
    void slow() {
        fake.loginGate = new java.util.concurrent.CountDownLatch(1);
    }

    void release() {
        var gate = fake.loginGate;
        fake.loginGate = null;
        if (gate != null) {
            gate.countDown();
        }
    }

    void close() {
        release();
    }
}
