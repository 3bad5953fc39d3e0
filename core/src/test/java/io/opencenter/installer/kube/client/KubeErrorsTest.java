package io.opencenter.installer.kube.client;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.opencenter.installer.kube.KubeException;
import io.opencenter.installer.kube.KubeException.Kind;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

class KubeErrorsTest {

    private static KubeException status(int code, String message) {
        return KubeErrors.map(new KubernetesClientException(new StatusBuilder().withCode(code).withMessage(message)
                .build()), "apply ConfigMap a/b on https://127.0.0.1:1");
    }

    @Test
    void theHttpStatusGivesTheKindAndTheServersMessageIsKept() {
        KubeException conflict = status(409, "Apply failed with 1 conflict: conflict with \"kubectl\": .data.x");
        assertThat(conflict.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.getMessage()).isEqualTo("apply ConfigMap a/b on https://127.0.0.1:1: 409 Apply failed "
                + "with 1 conflict: conflict with \"kubectl\": .data.x");
        assertThat(status(422, "invalid").kind()).isEqualTo(Kind.INVALID);
        assertThat(status(400, "bad").kind()).isEqualTo(Kind.INVALID);
        assertThat(status(401, "Unauthorized").kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(status(403, "denied by policy").kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(status(404, "not found").kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(status(429, "slow down").kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(status(503, "unavailable").kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(status(500, "etcdserver: request timed out").kind()).isEqualTo(Kind.SERVER_ERROR);
        // the API server's answer to a server-side apply that does not fit the schema
        assertThat(status(500, "failed to create typed patch object (default/bad; /v1, Kind=ConfigMap): .data.count: "
                + "expected string, got &value.valueUnstructured{Value:3}").kind()).isEqualTo(Kind.INVALID);
    }

    @Test
    void withoutAnAnswerTheCauseDecides() {
        KubeException tls = KubeErrors.map(new KubernetesClientException("failed", new IOException(
                new SSLHandshakeException("PKIX path building failed"))), "connect");
        assertThat(tls.kind()).isEqualTo(Kind.TLS);
        assertThat(tls.getMessage()).contains("PKIX path building failed");

        KubeException refused = KubeErrors.map(new KubernetesClientException("failed", new ConnectException()),
                "connect");
        assertThat(refused.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(refused.getMessage()).isEqualTo("connect: no answer (connection refused)");

        KubeException unknown = KubeErrors.map(new KubernetesClientException("failed",
                new UnknownHostException("api.example.invalid")), "connect");
        assertThat(unknown.getMessage()).contains("UnknownHostException: api.example.invalid");
    }
}
