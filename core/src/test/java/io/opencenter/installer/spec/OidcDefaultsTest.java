package io.opencenter.installer.spec;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.spec.ClusterSpec.Oidc;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The issuer the API server trusts: the config's, else the cluster's own Keycloak, else none. */
class OidcDefaultsTest {
    private static final String BASE = """
            apiVersion: installer.opencenter.io/v1alpha1
            kind: Cluster
            metadata: {name: demo}
            spec:
              network: {nodeCidr: 10.20.0.0/24, metallbPool: 10.20.0.200-10.20.0.220}
              platform:
                profile: openstack
            """;

    @Test
    void theConfigsIssuerWinsAndItsClientIdDefaultsToKubernetes() {
        assertThat(OidcDefaults.effective(spec("    oidc: {issuerUrl: 'https://id.example.com/realms/x'}\n")))
                .contains(new Oidc("https://id.example.com/realms/x", "kubernetes"));
        assertThat(OidcDefaults.effective(spec("    oidc: {issuerUrl: 'https://id.example.com/r', clientId: k8s}\n")))
                .contains(new Oidc("https://id.example.com/r", "k8s"));
    }

    @Test
    void withoutAnIssuerTheClustersOwnKeycloakOnTheFirstMetallbAddress() {
        assertThat(OidcDefaults.effective(spec("")))
                .contains(new Oidc("https://10.20.0.200/realms/opencenter", "kubernetes"));
        assertThat(OidcDefaults.effective(spec("    oidc: {clientId: mine}\n")))
                .contains(new Oidc("https://10.20.0.200/realms/opencenter", "mine"));
    }

    @Test
    void keycloakDisabledAndNoIssuerMeansNoOidc() {
        assertThat(OidcDefaults.effective(spec("    disabled: [keycloak]\n"))).isEqualTo(Optional.empty());
        assertThat(OidcDefaults.effective(spec("    disabled: [keycloak]\n    oidc: {issuerUrl: 'https://a/b'}\n")))
                .contains(new Oidc("https://a/b", "kubernetes"));
    }

    /** The name OidcDefaults looks for in {@code disabled} is the catalog's optional Keycloak service. */
    @Test
    void keycloakIsAnOptionalServiceOfTheCatalog() {
        assertThat(Catalog.builtIn().knownServices().optional()).contains(OidcDefaults.KEYCLOAK);
    }

    private static ClusterSpec spec(String platformLines) {
        SpecYaml.LoadResult r = SpecYaml.parse(BASE + platformLines);
        assertThat(r.config()).as(r.findings().toString()).isNotNull();
        return r.config().spec();
    }
}
