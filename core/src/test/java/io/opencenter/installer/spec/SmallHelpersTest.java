package io.opencenter.installer.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmallHelpersTest {

    @Test
    void didYouMeanFindsCaseSlipsAndSmallTypos() {
        List<String> keys = List.of("nodeCidr", "externalNetwork", "dnsNameservers", "metallbPool");
        assertThat(DidYouMean.closest("nodeCIDR", keys)).contains("nodeCidr");
        assertThat(DidYouMean.closest("metalbPool", keys)).contains("metallbPool");
        assertThat(DidYouMean.closest("extrenalNetwork", keys)).contains("externalNetwork");
        assertThat(DidYouMean.closest("dns-nameservers", keys)).contains("dnsNameservers");
        assertThat(DidYouMean.closest("storage", keys)).isEmpty();
        assertThat(DidYouMean.closest("", keys)).isEmpty();
    }

    @Test
    void editDistanceCountsATranspositionAsOneEdit() {
        assertThat(DidYouMean.distance("flavor", "flavour")).isEqualTo(1);
        assertThat(DidYouMean.distance("count", "conut")).isEqualTo(1);
        assertThat(DidYouMean.distance("abc", "abc")).isZero();
        assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void dns1123LabelsAndSuggestions() {
        assertThat(Dns1123.isLabel("prod-east", 40)).isTrue();
        assertThat(Dns1123.isLabel("a", 40)).isTrue();
        assertThat(Dns1123.isLabel("-prod", 40)).isFalse();
        assertThat(Dns1123.isLabel("prod-", 40)).isFalse();
        assertThat(Dns1123.isLabel("Prod", 40)).isFalse();
        assertThat(Dns1123.isLabel("a".repeat(41), 40)).isFalse();
        assertThat(Dns1123.suggest("Prod_East!", 40)).isEqualTo("prod-east");
        assertThat(Dns1123.suggest("___", 40)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///home/me/prod-east-gitops", "https://github.com/org/repo.git",
            "http://git.local:3000/org/repo", "ssh://git@git.example.com:2222/org/repo.git",
            "git@github.com:org/repo.git", "oci://registry.internal:5000/opencenter/gitops"})
    void acceptsGitAndOciUrls(String url) {
        assertThat(RepoUrls.isValid(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "my repo", "ftp://example.com/repo", "https://", "https://github.com",
            "file://server/share", "github.com/org/repo", "oci://", "git@github.com", "file:relative/path"})
    void rejectsOtherUrls(String url) {
        assertThat(RepoUrls.isValid(url)).isFalse();
    }

    @Test
    void supportedVersionsIncludeTheExamplesAndTheDefault() {
        assertThat(SupportedVersions.KUBERNETES).contains("1.32.4", SupportedVersions.DEFAULT_KUBERNETES);
        assertThat(SupportedVersions.closest("v1.34.3")).contains("1.34.3");
        assertThat(SupportedVersions.closest("1.34")).contains("1.34.3");
        assertThat(SupportedVersions.closest("1.20.1")).isEmpty();
    }
}
