package io.opencenter.installer.sandbox.compute;

import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Request;

/** Nova's requested microversion: 2.1 unless the client asks, "latest" = the newest Zed knows (2.93). */
record Microversion(int minor) {
    static final int MAX = 93;

    static Microversion of(Request r) {
        String header = r.header("OpenStack-API-Version");
        String value = null;
        if (header != null && header.trim().startsWith("compute ")) {
            value = header.trim().substring("compute ".length()).trim();
        } else if (r.header("X-OpenStack-Nova-API-Version") != null) {
            value = r.header("X-OpenStack-Nova-API-Version").trim();
        }
        if (value == null) {
            return new Microversion(1);
        }
        if (value.equals("latest")) {
            return new Microversion(MAX);
        }
        try {
            String[] parts = value.split("\\.");
            int minor = Integer.parseInt(parts[1]);
            if (!parts[0].equals("2") || minor < 1 || minor > MAX) {
                throw ApiError.fault(406, "computeFault", "Version " + value + " is not supported by the API. "
                        + "Minimum is 2.1 and maximum is 2." + MAX + ".");
            }
            return new Microversion(minor);
        } catch (RuntimeException e) {
            if (e instanceof ApiError a) {
                throw a;
            }
            throw ApiError.badRequest("Invalid API version request string");
        }
    }

    boolean atLeast(int wanted) {
        return minor >= wanted;
    }

    String text() {
        return "2." + minor;
    }
}
