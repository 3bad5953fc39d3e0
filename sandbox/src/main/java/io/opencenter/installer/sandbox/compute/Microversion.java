package io.opencenter.installer.sandbox.compute;

import io.opencenter.installer.sandbox.http.Microversions;
import io.opencenter.installer.sandbox.http.Request;

/** Nova's requested microversion: 2.1 unless the client asks, "latest" = the newest Zed knows (2.93). */
record Microversion(int minor) {
    static final int MAX = 93;

    static Microversion of(Request r) {
        String value = Microversions.requested(r, "compute");
        if (value == null && r.header("X-OpenStack-Nova-API-Version") != null) {
            value = r.header("X-OpenStack-Nova-API-Version").trim();
        }
        return new Microversion(value == null ? 1 : Microversions.minor(value, 2, 1, MAX));
    }

    boolean atLeast(int wanted) {
        return minor >= wanted;
    }

    String text() {
        return "2." + minor;
    }
}
