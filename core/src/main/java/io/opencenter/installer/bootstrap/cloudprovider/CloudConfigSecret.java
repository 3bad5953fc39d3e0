package io.opencenter.installer.bootstrap.cloudprovider;

import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.workspace.SecretValues;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code cloud-config} Secret the CCM and the CSI driver mount: {@code cloud.conf} and, for a cloud with a
 * private CA, its bundle. Built as a map, never as YAML text, and the file's text is remembered as a secret value so
 * the log redactor masks it (and its base64 form) wherever it would appear.
 */
public final class CloudConfigSecret {

    public static final String NAME = "cloud-config";

    private CloudConfigSecret() {}

    public static Manifest in(String namespace, CloudProviderSettings settings) {
        String conf = CloudConf.render(settings);
        SecretValues.remember(conf);
        SecretValues.remember(settings.credentialSecret());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(CloudConf.FILE, base64(conf));
        if (settings.caBundlePem() != null) {
            data.put(CloudConf.CA_FILE, base64(settings.caBundlePem()));
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", NAME);
        metadata.put("namespace", namespace);
        metadata.put("labels", Map.of("app.kubernetes.io/managed-by", "opencenter-installer"));
        Map<String, Object> secret = new LinkedHashMap<>();
        secret.put("apiVersion", "v1");
        secret.put("kind", "Secret");
        secret.put("metadata", metadata);
        secret.put("type", "Opaque");
        secret.put("data", data);
        return new Manifest(secret);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
