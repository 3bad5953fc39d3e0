package io.opencenter.installer.openstack.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.Secret;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Test-only reading of the few clouds.yaml keys the contract suite needs, until the real loader (branch
 * wip/creds) is on main. Not the openstacksdk rules: no secure.yaml, no search path, no environment.
 */
final class TestClouds {

    private TestClouds() {
    }

    static CloudProfile load(Path file, String cloud) {
        JsonNode entry;
        try {
            entry = new ObjectMapper(new YAMLFactory()).readTree(file.toFile()).path("clouds").path(cloud);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        if (entry.isMissingNode()) {
            throw new IllegalStateException("no cloud '" + cloud + "' in " + file);
        }
        JsonNode a = entry.path("auth");
        String type = entry.path("auth_type").asText("password");
        CloudAuth auth;
        if (type.contains("applicationcredential")) {
            auth = new CloudAuth.ApplicationCredential(s(a, "auth_url"), s(a, "application_credential_id"),
                    s(a, "application_credential_name"), s(a, "username"), s(a, "user_domain_name"),
                    Secret.of(a.path("application_credential_secret").asText()));
        } else if (type.equals("token") || type.equals("v3token")) {
            auth = new CloudAuth.Token(s(a, "auth_url"), Secret.of(a.path("token").asText()), s(a, "project_name"),
                    s(a, "project_id"), s(a, "project_domain_name"));
        } else {
            auth = new CloudAuth.Password(s(a, "auth_url"), s(a, "username"), s(a, "user_domain_name"),
                    Secret.of(a.path("password").asText()), s(a, "project_name"), s(a, "project_id"),
                    s(a, "project_domain_name"));
        }
        String cacert = s(entry, "cacert");
        boolean insecure = entry.path("insecure").asBoolean(false) || entry.has("verify")
                && !entry.path("verify").asBoolean(true);
        return new CloudProfile(cloud, auth, s(entry, "region_name"), s(entry, "interface"),
                cacert == null ? null : Path.of(cacert), insecure, file.toString());
    }

    private static String s(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
