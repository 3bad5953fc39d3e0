package io.opencenter.installer.sandbox.http;

/**
 * The microversion a client asked for in {@code OpenStack-API-Version: <service> <major>.<minor>}, checked the way
 * Nova and Cinder check it: {@code latest} is the newest, a version outside the range is 406, anything else
 * unreadable is 400.
 */
public final class Microversions {
    private Microversions() {
    }

    /** The value after {@code service} in the standard header, or null when the client did not name this service. */
    public static String requested(Request r, String service) {
        String header = r.header("OpenStack-API-Version");
        String prefix = service + " ";
        return header != null && header.trim().startsWith(prefix) ? header.trim().substring(prefix.length()).trim()
                : null;
    }

    /** The minor version {@code value} asks for, between {@code min} and {@code max} of {@code major}. */
    public static int minor(String value, int major, int min, int max) {
        if (value.equals("latest")) {
            return max;
        }
        try {
            String[] parts = value.split("\\.");
            int minor = Integer.parseInt(parts[1]);
            if (!parts[0].equals(String.valueOf(major)) || minor < min || minor > max) {
                throw ApiError.fault(406, "computeFault", "Version " + value + " is not supported by the API. "
                        + "Minimum is " + major + "." + min + " and maximum is " + major + "." + max + ".");
            }
            return minor;
        } catch (RuntimeException e) {
            if (e instanceof ApiError a) {
                throw a;
            }
            throw ApiError.badRequest("Invalid API version request string");
        }
    }
}
