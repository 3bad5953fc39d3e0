package io.opencenter.installer.openstack.config;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Saves a cloud the user typed into the wizard as openstacksdk expects it: everything but the secret in
 * clouds.yaml, the password / application credential secret / token in secure.yaml (mode 0600). Other clouds
 * in both files are kept; an entry with the same name is replaced as a whole, so no stale secret survives in
 * clouds.yaml. Comments in the existing files are not kept (the YAML is re-serialized).
 */
public final class CloudsYamlWriter {

    private CloudsYamlWriter() {}

    /**
     * @throws IOException         when a file cannot be read or written
     * @throws OpenStackException  of kind CONFIG when an existing file is not valid YAML (it is left untouched)
     */
    public static void save(CloudProfile profile, Path cloudsYaml, Path secureYaml) throws IOException {
        Map<String, Object> publicEntry = publicEntry(profile);
        Map<String, Object> secretAuth = new LinkedHashMap<>();
        putSecret(secretAuth, profile.auth());
        // read both before writing either, so a malformed secure.yaml does not leave a half-saved cloud
        Map<String, Object> clouds = withEntry(cloudsYaml, profile.name(), publicEntry);
        Map<String, Object> secure = withEntry(secureYaml, profile.name(), Map.of("auth", secretAuth));
        OwnerOnlyFiles.write(cloudsYaml, dump(clouds), false);
        OwnerOnlyFiles.write(secureYaml, dump(secure), true);
    }

    private static Map<String, Object> publicEntry(CloudProfile profile) {
        Map<String, Object> auth = new LinkedHashMap<>();
        Map<String, Object> entry = new LinkedHashMap<>();
        CloudAuth a = profile.auth();
        put(auth, "auth_url", a.authUrl());
        if (a instanceof CloudAuth.Password p) {
            entry.put("auth_type", AuthType.PASSWORD.yamlName());
            put(auth, "username", p.username());
            put(auth, "user_domain_name", p.userDomainName());
            put(auth, "project_name", p.projectName());
            put(auth, "project_id", p.projectId());
            put(auth, "project_domain_name", p.projectDomainName());
        } else if (a instanceof CloudAuth.ApplicationCredential c) {
            entry.put("auth_type", AuthType.APPLICATION_CREDENTIAL.yamlName());
            put(auth, "application_credential_id", c.id());
            put(auth, "application_credential_name", c.name());
            put(auth, "username", c.username());
            put(auth, "user_domain_name", c.userDomainName());
        } else if (a instanceof CloudAuth.Token t) {
            entry.put("auth_type", AuthType.TOKEN.yamlName());
            put(auth, "project_name", t.projectName());
            put(auth, "project_id", t.projectId());
            put(auth, "project_domain_name", t.projectDomainName());
        }
        entry.put("auth", auth);
        put(entry, "region_name", profile.regionName());
        put(entry, "interface", profile.interfaceType());
        if (profile.cacert() != null) {
            entry.put("cacert", profile.cacert().toString());
        }
        if (profile.insecure()) {
            entry.put("verify", false);
        }
        return entry;
    }

    private static void putSecret(Map<String, Object> auth, CloudAuth a) {
        if (a instanceof CloudAuth.Password p) {
            putSecret(auth, "password", p.password());
        } else if (a instanceof CloudAuth.ApplicationCredential c) {
            putSecret(auth, "application_credential_secret", c.secret());
        } else if (a instanceof CloudAuth.Token t) {
            putSecret(auth, "token", t.token());
        }
    }

    private static void putSecret(Map<String, Object> auth, String key, Secret secret) {
        if (secret == null) {
            return;
        }
        char[] chars = secret.reveal();
        try {
            auth.put(key, new String(chars));
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    /** The file's document with {@code clouds.<name>} set to {@code entry}; everything else as it was. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withEntry(Path file, String name, Map<String, Object> entry)
            throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        if (Files.exists(file)) {
            Object existing;
            try {
                existing = YamlFile.read(file);
            } catch (YamlFile.Malformed e) {
                throw new OpenStackException(OpenStackException.Kind.CONFIG,
                        "not saving: " + e.getMessage() + " (fix the file first; it was left as it is)");
            }
            if (existing instanceof Map<?, ?> m) {
                doc.putAll((Map<String, Object>) m);
            } else if (existing != null) {
                throw new OpenStackException(OpenStackException.Kind.CONFIG,
                        "not saving: " + file + " is not a mapping with a clouds: section");
            }
        }
        Object clouds = doc.get("clouds");
        Map<String, Object> section = clouds instanceof Map<?, ?> m
                ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
        section.put(name, entry);
        doc.put("clouds", section);
        return doc;
    }

    private static String dump(Map<String, Object> doc) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(200);
        return new Yaml(options).dump(doc);
    }
}
