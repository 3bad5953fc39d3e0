package io.opencenter.installer.openstack.client;

import io.opencenter.installer.net.DestinationRefusedException;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;
import org.openstack4j.api.exceptions.ResponseException;
import org.openstack4j.model.common.ActionResponse;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Turns whatever a call produced (an HTTP status, an openstack4j exception, an I/O error) into an
 * {@link OpenStackException} whose message says which service, operation and URL path failed. Only the caller's
 * {@link CallSite} and the server's error text go into messages: never headers, bodies we sent, or tokens.
 */
public final class ErrorMapper {

    static final String CACERT_HINT = "If the cloud uses a private or self-signed CA, set 'cacert' in clouds.yaml "
            + "to its CA bundle (PEM).";

    private ErrorMapper() {
    }

    /** A status code answer (>= 400) of {@code site}, with the server's message when it sent one. */
    public static OpenStackException fromStatus(CallSite site, int status, String serverMessage, Duration retryAfter) {
        Kind kind = kindOf(status);
        String detail = serverMessage == null || serverMessage.isBlank() ? "" : ": " + oneLine(serverMessage);
        return new OpenStackException(kind, status, site + " answered " + status + detail, null, retryAfter);
    }

    /** openstack4j's own failures: {@link ResponseException} (with subclasses) and anything below it. */
    public static OpenStackException fromThrowable(CallSite site, Throwable t) {
        if (t instanceof OpenStackException ose) {
            return ose;
        }
        Throwable transport = transportCause(t);
        if (transport != null) {
            return fromTransport(site, transport);
        }
        if (t instanceof ResponseException re && re.getStatus() >= 400) {
            return fromStatus(site, re.getStatus(), re.getMessage(), null);
        }
        return new OpenStackException(Kind.SERVER_ERROR, 0,
                site + " failed: " + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": "
                        + oneLine(t.getMessage())), null);
    }

    /** An {@link ActionResponse} that did not succeed (openstack4j's way of reporting deletes and actions). */
    public static OpenStackException fromAction(CallSite site, ActionResponse response) {
        return fromStatus(site, response.getCode(), response.getFault(), null);
    }

    /** Connection refused, DNS, timeouts, resets and TLS handshake failures. */
    public static OpenStackException fromTransport(CallSite site, Throwable cause) {
        if (find(cause, SSLException.class) != null) {
            return new OpenStackException(Kind.TLS, 0, "TLS handshake with " + site.hostAndPort() + " failed ("
                    + oneLine(String.valueOf(find(cause, SSLException.class).getMessage())) + ") during " + site
                    + ". " + CACERT_HINT, cause);
        }
        String what;
        if (find(cause, DestinationRefusedException.class) != null) {
            what = find(cause, DestinationRefusedException.class).getMessage(); // under test only: names the rule
        } else if (find(cause, ConnectException.class) != null) {
            what = "connection refused or not possible";
        } else if (find(cause, UnknownHostException.class) != null) {
            what = "unknown host";
        } else if (find(cause, java.net.SocketTimeoutException.class) != null
                || find(cause, HttpTimeoutException.class) != null) {
            what = "timed out";
        } else {
            what = "connection failed (" + cause.getClass().getSimpleName() + ")";
        }
        // The I/O exception itself stays the cause (JDK/OkHttp I/O messages hold no secrets): the retry policy
        // looks for ConnectException in the chain to tell "refused" from "reset".
        return new OpenStackException(Kind.UNREACHABLE, 0, site + ": " + site.hostAndPort() + " " + what, cause);
    }

    static Kind kindOf(int status) {
        return switch (status) {
            case 400 -> Kind.BAD_REQUEST;
            case 401 -> Kind.UNAUTHORIZED;
            case 403 -> Kind.FORBIDDEN;
            case 404 -> Kind.NOT_FOUND;
            case 409 -> Kind.CONFLICT;
            case 413, 429 -> Kind.OVER_LIMIT;
            default -> status >= 500 ? Kind.SERVER_ERROR : Kind.BAD_REQUEST;
        };
    }

    /** {@code Retry-After} as delta-seconds or an HTTP date; null when absent or unreadable. */
    public static Duration parseRetryAfter(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(clock.instant(), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    /** The I/O failure under {@code t}, if any; a JSON parse error is an IOException too but not a transport one. */
    private static Throwable transportCause(Throwable t) {
        Throwable io = find(t, IOException.class);
        return io instanceof com.fasterxml.jackson.core.JacksonException ? null : io;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ").trim();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
