package io.opencenter.installer.spec;

/**
 * One problem a user can fix: where ({@code path}, dotted into the config, e.g. {@code spec.kubernetes.apiVip}
 * or {@code spec.workerPools[1].count}), how bad, what is wrong, and how to fix it.
 * Preflight (later) reports its cloud checks in the same shape.
 */
public record Finding(String path, Severity severity, String message, String hint) {
    public enum Severity { ERROR, WARNING }

    public static Finding error(String path, String message, String hint) {
        return new Finding(path, Severity.ERROR, message, hint);
    }

    public static Finding warning(String path, String message, String hint) {
        return new Finding(path, Severity.WARNING, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
