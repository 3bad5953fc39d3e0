package io.opencenter.installer.kube;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ApiEndpointMapTest {

    private static final String ENV = ApiEndpointMap.ENV;

    @Test
    void parsesTheEnvironmentVariable() {
        ApiEndpointMap map = ApiEndpointMap.fromEnvironment(Map.of(ENV,
                " 203.0.113.10:6443=127.0.0.1:16443 , [2001:DB8::1]:6443=[::1]:16444,"
                        + "api.Example.test:443=localhost:16445"));
        assertThat(map.source()).isEqualTo(ENV);
        assertThat(map.entries()).extracting(ApiEndpointMap.Entry::toString).containsExactly(
                "203.0.113.10:6443=127.0.0.1:16443", "[2001:db8:0:0:0:0:0:1]:6443=[0:0:0:0:0:0:0:1]:16444",
                "api.example.test:443=localhost:16445");
        assertThat(map.dialed("https://203.0.113.10:6443")).contains("https://127.0.0.1:16443");
        assertThat(map.dialed("https://[2001:db8::1]:6443/")).contains("https://[0:0:0:0:0:0:0:1]:16444/");
        // no port: the scheme's; the name case-insensitively
        assertThat(map.dialed("https://API.example.test")).contains("https://localhost:16445");
        assertThat(map.dialed("https://203.0.113.10:443")).isEmpty();
        assertThat(map.dialed("https://203.0.113.11:6443")).isEmpty();
    }

    @Test
    void unsetOrBlankIsNoMap() {
        assertThat(ApiEndpointMap.fromEnvironment(Map.of()).isEmpty()).isTrue();
        assertThat(ApiEndpointMap.fromEnvironment(Map.of(ENV, "  ")).isEmpty()).isTrue();
        assertThat(ApiEndpointMap.none().dialed("https://203.0.113.10:6443")).isEmpty();
    }

    @Test
    void settableInCode() {
        ApiEndpointMap map = ApiEndpointMap.none().with("203.0.113.10", 6443, 16443);
        assertThat(map.dialed("https://203.0.113.10:6443")).contains("https://127.0.0.1:16443");
        assertThat(map.source()).isEqualTo("endpoint map set by the installer");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "203.0.113.10:6443",                       // no target
            "203.0.113.10=127.0.0.1:16443",            // no port
            "203.0.113.10:6443=127.0.0.1",             // no target port
            "203.0.113.10:6443=127.0.0.1:99999",       // port out of range
            "203.0.113.10:6443=10.0.0.5:6443",         // a target off loopback
            "203.0.113.10:6443=api.local:6443",        // a name: would need a lookup to know
            "a:1=127.0.0.1:2=127.0.0.1:3",             // two '='
            "https://203.0.113.10:6443=127.0.0.1:1",   // a URL, not host:port
            "203.0.113.10:6443=127.0.0.1:1,203.0.113.10:6443=127.0.0.1:2", // mapped twice
            ","})
    void badInputNamesTheSettingAndTheExpectedForm(String value) {
        KubeException e = catchThrowableOfType(() -> ApiEndpointMap.fromEnvironment(Map.of(ENV, value)),
                KubeException.class);
        assertThat(e).as(value).isNotNull();
        assertThat(e.kind()).isEqualTo(KubeException.Kind.CONFIG);
        assertThat(e.getMessage()).startsWith(ENV + ": ").contains("expected <host>:<port>=127.0.0.1:<port>",
                "203.0.113.10:6443=127.0.0.1:16443");
    }

    @Test
    void theMessageSaysWhatIsWrong() {
        KubeException e = catchThrowableOfType(() -> ApiEndpointMap.parse("--api-endpoint-map",
                "203.0.113.10:6443=10.0.0.5:6443"), KubeException.class);
        assertThat(e.getMessage()).startsWith("--api-endpoint-map: \"203.0.113.10:6443=10.0.0.5:6443\"")
                .contains("10.0.0.5:6443 is not a loopback address");
    }
}
