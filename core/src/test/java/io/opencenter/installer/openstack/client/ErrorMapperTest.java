package io.opencenter.installer.openstack.client;

import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;
import org.junit.jupiter.api.Test;
import org.openstack4j.api.exceptions.ClientResponseException;
import org.openstack4j.api.exceptions.ConnectionException;
import org.openstack4j.api.exceptions.ServerResponseException;
import org.openstack4j.model.common.ActionResponse;

import javax.net.ssl.SSLHandshakeException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorMapperTest {

    private static final CallSite SITE = CallSite.of("network", "list ports", "GET",
            "https://neutron.example:9696/v2.0/ports?device_id=abc");

    @Test
    void statusCodesMapToKinds() {
        assertThat(ErrorMapper.kindOf(400)).isEqualTo(Kind.BAD_REQUEST);
        assertThat(ErrorMapper.kindOf(401)).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(ErrorMapper.kindOf(403)).isEqualTo(Kind.FORBIDDEN);
        assertThat(ErrorMapper.kindOf(404)).isEqualTo(Kind.NOT_FOUND);
        assertThat(ErrorMapper.kindOf(409)).isEqualTo(Kind.CONFLICT);
        assertThat(ErrorMapper.kindOf(413)).isEqualTo(Kind.OVER_LIMIT);
        assertThat(ErrorMapper.kindOf(429)).isEqualTo(Kind.OVER_LIMIT);
        assertThat(ErrorMapper.kindOf(500)).isEqualTo(Kind.SERVER_ERROR);
        assertThat(ErrorMapper.kindOf(503)).isEqualTo(Kind.SERVER_ERROR);
    }

    @Test
    void messageNamesServiceOperationAndPathButNotTheQuery() {
        OpenStackException e = ErrorMapper.fromStatus(SITE, 409, "Quota exceeded for resources: ['port'].", null);

        assertThat(e.getMessage()).contains("network", "list ports", "GET /v2.0/ports", "neutron.example:9696",
                "409", "Quota exceeded");
        assertThat(e.getMessage()).doesNotContain("device_id");
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
    }

    @Test
    void openstack4jResponseExceptionsKeepTheirStatus() {
        assertThat(ErrorMapper.fromThrowable(SITE, new ClientResponseException("Forbidden", 403)).kind())
                .isEqualTo(Kind.FORBIDDEN);
        OpenStackException e = ErrorMapper.fromThrowable(SITE, new ServerResponseException("Service Unavailable", 503));
        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.getMessage()).contains("Service Unavailable", "/v2.0/ports");
    }

    @Test
    void connectionFailuresBecomeUnreachable() {
        OpenStackException refused = ErrorMapper.fromThrowable(SITE,
                new ConnectionException("Failed to connect", 0, new ConnectException("Connection refused")));
        OpenStackException timeout = ErrorMapper.fromThrowable(SITE,
                new ConnectionException("timeout", 0, new SocketTimeoutException("connect timed out")));
        OpenStackException dns = ErrorMapper.fromTransport(SITE, new UnknownHostException("neutron.example"));

        assertThat(refused.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(refused.getMessage()).contains("refused", "https://neutron.example:9696");
        assertThat(timeout.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(timeout.getMessage()).contains("timed out");
        assertThat(dns.getMessage()).contains("unknown host");
    }

    @Test
    void tlsFailuresSuggestCacert() {
        OpenStackException e = ErrorMapper.fromThrowable(SITE, new ConnectionException("handshake", 0,
                new SSLHandshakeException("PKIX path building failed")));

        assertThat(e.kind()).isEqualTo(Kind.TLS);
        assertThat(e.getMessage()).contains("cacert", "PKIX", "neutron.example:9696");
    }

    @Test
    void anUnreadableAnswerIsNotMistakenForANetworkProblem() {
        RuntimeException wrapped = new RuntimeException(new com.fasterxml.jackson.core.JsonParseException(null,
                "Unexpected character"));

        OpenStackException e = ErrorMapper.fromThrowable(SITE, wrapped);

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(RetryPolicy.isTransient(e)).isFalse();
    }

    @Test
    void failedActionResponsesMapByCode() {
        OpenStackException e = ErrorMapper.fromAction(SITE, ActionResponse.actionFailed("Network in use", 409));

        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(e.getMessage()).contains("Network in use");
    }

    @Test
    void retryAfterInSecondsOrAsHttpDate() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

        assertThat(ErrorMapper.parseRetryAfter("12", clock)).isEqualTo(Duration.ofSeconds(12));
        assertThat(ErrorMapper.parseRetryAfter("Wed, 25 Nov 2026 10:00:30 GMT", clock))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(ErrorMapper.parseRetryAfter("Wed, 25 Nov 2026 09:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
        assertThat(ErrorMapper.parseRetryAfter("soon", clock)).isNull();
        assertThat(ErrorMapper.parseRetryAfter(null, clock)).isNull();
    }

    @Test
    void serverMessagesAreFoundInEachServicesEnvelope() {
        assertThat(ServerMessages.extract("{\"error\":{\"code\":401,\"message\":\"The request you have made requires "
                + "authentication.\",\"title\":\"Unauthorized\"}}")).startsWith("The request you have made");
        assertThat(ServerMessages.extract("{\"NeutronError\":{\"type\":\"OverQuota\",\"message\":\"Quota exceeded\"}}"))
                .isEqualTo("Quota exceeded");
        assertThat(ServerMessages.extract("{\"overLimit\":{\"code\":413,\"message\":\"VolumeLimitExceeded\"}}"))
                .isEqualTo("VolumeLimitExceeded");
        assertThat(ServerMessages.extract("<html><body><h1>503 Service Unavailable</h1></body></html>"))
                .isEqualTo("503 Service Unavailable");
    }
}
