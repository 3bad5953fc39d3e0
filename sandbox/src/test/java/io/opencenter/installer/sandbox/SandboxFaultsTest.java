package io.opencenter.installer.sandbox;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Injected faults: scripted, per service, per operation, and reproducible from the seed. */
class SandboxFaultsTest {

    @Test
    void scripted429CarriesRetryAfterThenServiceRecovers() {
        try (SandboxCloud cloud = SandboxCloud.start()) {
            RawClient raw = new RawClient(cloud).login();
            cloud.faults().retryAfterSeconds(3).failNext("compute", FaultKind.HTTP_429, 2);
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> r = raw.call("GET", "/compute/v2.1/flavors", null);
                assertThat(r.statusCode()).isEqualTo(429);
                assertThat(r.headers().firstValue("Retry-After")).contains("3");
            }
            assertThat(raw.call("GET", "/compute/v2.1/flavors", null).statusCode()).isEqualTo(200);
            assertThat(raw.call("GET", "/networking/v2.0/networks", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void internalErrorsUseEachServicesBodyAnd503IsAProxyPage() {
        try (SandboxCloud cloud = SandboxCloud.start()) {
            RawClient raw = new RawClient(cloud).login();
            cloud.faults().failNext("network", FaultKind.HTTP_500, 1).failNext("volume", FaultKind.HTTP_503, 1);
            HttpResponse<String> neutron = raw.call("GET", "/networking/v2.0/networks", null);
            assertThat(neutron.statusCode()).isEqualTo(500);
            assertThat(RawClient.json(neutron).path("NeutronError").path("type").asText())
                    .isEqualTo("HTTPInternalServerError");
            HttpResponse<String> cinder = raw.call("GET", "/volume/v3/{p}/volumes", null);
            assertThat(cinder.statusCode()).isEqualTo(503);
            assertThat(cinder.body()).contains("503 Service Unavailable");
        }
    }

    /** Two resets in a row, because java.net.http (like okhttp) silently retries an idempotent call once. */
    @Test
    void connectionResetDropsTheConnection() {
        try (SandboxCloud cloud = SandboxCloud.start()) {
            RawClient raw = new RawClient(cloud).login();
            cloud.faults().failNext("image", FaultKind.CONNECTION_RESET, 2);
            assertThatThrownBy(() -> raw.call("GET", "/image/v2/images", null))
                    .isInstanceOf(UncheckedIOException.class);
            assertThat(raw.call("GET", "/image/v2/images", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void operationRateOnlyHitsThatOperation() {
        try (SandboxCloud cloud = SandboxCloud.start()) {
            RawClient raw = new RawClient(cloud).login();
            cloud.faults().kinds(FaultKind.HTTP_503).rate("compute", "GET limits", 1.0);
            assertThat(raw.call("GET", "/compute/v2.1/limits", null).statusCode()).isEqualTo(503);
            assertThat(raw.call("GET", "/compute/v2.1/flavors", null).statusCode()).isEqualTo(200);
            cloud.faults().clear();
            assertThat(raw.call("GET", "/compute/v2.1/limits", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void sameSeedGivesTheSameFaults() {
        assertThat(statuses(7)).isEqualTo(statuses(7));
        assertThat(statuses(7)).contains(200).containsAnyOf(500, 503);
    }

    private static List<Integer> statuses(long seed) {
        SandboxOptions options = SandboxOptions.builder().seed(seed).faultRate("network", 0.5)
                .faultKinds(Set.of(FaultKind.HTTP_500, FaultKind.HTTP_503)).build();
        try (SandboxCloud cloud = SandboxCloud.start(options)) {
            RawClient raw = new RawClient(cloud).login();
            List<Integer> result = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                result.add(raw.call("GET", "/networking/v2.0/networks", null).statusCode());
            }
            return result;
        }
    }
}
