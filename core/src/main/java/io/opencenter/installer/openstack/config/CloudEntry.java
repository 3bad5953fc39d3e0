package io.opencenter.installer.openstack.config;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.spec.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One cloud entry (after secure.yaml was merged over it) → a {@link CloudProfile} plus findings. */
final class CloudEntry {

    /** Auth keys openstacksdk also accepts at the top of an entry (and which {@code OS_*} variables become). */
    static final Set<String> AUTH_KEYS = Set.of("auth_url", "username", "user_id", "password", "project_name",
            "project_id", "user_domain_name", "user_domain_id", "project_domain_name", "project_domain_id",
            "domain_name", "domain_id", "application_credential_id", "application_credential_name",
            "application_credential_secret", "token", "auth_token", "tenant_name", "tenant_id");

    private static final Set<String> INTERFACES = Set.of("public", "internal", "admin");

    record Result(CloudProfile profile, List<Finding> findings) {}

    private CloudEntry() {}

    static Result parse(String name, Object raw, String source, ConfigLocations locations) {
        EntryReader r = new EntryReader(name, source);
        if (!(raw instanceof Map<?, ?> rawEntry)) {
            r.error("", "the entry must be a mapping with auth:, region_name:, ..., but is "
                    + (raw == null ? "empty" : EntryReader.describe(raw)), "indent the cloud's keys under its name");
            return new Result(null, r.findings());
        }
        Map<?, ?> entry = normalizedKeys(rawEntry);
        Map<?, ?> authMap = r.mapping(entry, "auth");
        if (r.hasErrors()) {
            return new Result(null, r.findings());
        }
        Map<Object, Object> auth = normalizedAuth(entry, authMap);
        AuthType type = authType(r, entry, auth);
        CloudAuth cloudAuth = type == null ? null : AuthMapper.map(r, type, auth);

        String region = region(r, entry);
        String iface = interfaceType(r, entry);
        String cacertText = r.text(entry, "cacert", "cacert");
        Path cacert = cacertText == null ? null : locations.expandHome(cacertText);
        Boolean verify = r.bool(entry, "verify");
        Boolean insecureFlag = r.bool(entry, "insecure");
        boolean insecure = Boolean.FALSE.equals(verify) || Boolean.TRUE.equals(insecureFlag);
        if (insecure) {
            r.warning(Boolean.TRUE.equals(insecureFlag) ? "insecure" : "verify",
                    "TLS certificate verification is switched off; anyone on the network path can read the credentials",
                    "give the cloud's CA bundle as cacert: instead");
        }
        if (r.hasErrors() || cloudAuth == null) {
            return new Result(null, r.findings());
        }
        return new Result(new CloudProfile(name, cloudAuth, region, iface, cacert, insecure, source), r.findings());
    }

    /**
     * openstacksdk's fix-ups before the auth plugin sees the keys: top-level auth keys move under auth,
     * tenant_* are the old names of project_*, and with a project scope a single domain_name/domain_id stands
     * for both the user's and the project's domain.
     */
    private static Map<Object, Object> normalizedAuth(Map<?, ?> entry, Map<?, ?> authMap) {
        Map<Object, Object> auth = normalizedKeys(authMap == null ? Map.of() : authMap);
        for (String key : AUTH_KEYS) {
            if (entry.containsKey(key) && !auth.containsKey(key)) {
                auth.put(key, entry.get(key));
            }
        }
        moveIfAbsent(auth, "auth_token", "token");
        moveIfAbsent(auth, "tenant_name", "project_name");
        moveIfAbsent(auth, "tenant_id", "project_id");
        boolean projectScoped = auth.get("project_name") != null || auth.get("project_id") != null;
        if (projectScoped) {
            copyIfAbsent(auth, "domain_name", "user_domain_name", "project_domain_name");
            copyIfAbsent(auth, "domain_id", "user_domain_id", "project_domain_id");
        }
        return auth;
    }

    /** openstacksdk treats {@code user-domain-name} and {@code user_domain_name} alike. */
    private static Map<Object, Object> normalizedKeys(Map<?, ?> map) {
        Map<Object, Object> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object key = e.getKey() instanceof String k ? k.replace('-', '_') : e.getKey();
            result.putIfAbsent(key, e.getValue());
        }
        return result;
    }

    private static void moveIfAbsent(Map<Object, Object> auth, String from, String to) {
        Object value = auth.remove(from);
        if (value != null && auth.get(to) == null) {
            auth.put(to, value);
        }
    }

    private static void copyIfAbsent(Map<Object, Object> auth, String from, String... targets) {
        Object value = auth.get(from);
        if (value == null) {
            return;
        }
        for (String target : targets) {
            // user_domain_id given explicitly must not be shadowed by a copied domain_name, and vice versa
            String sibling = target.endsWith("_name") ? target.replace("_name", "_id") : target.replace("_id", "_name");
            if (auth.get(target) == null && auth.get(sibling) == null) {
                auth.put(target, value);
            }
        }
    }

    private static AuthType authType(EntryReader r, Map<?, ?> entry, Map<Object, Object> auth) {
        String key = entry.containsKey("auth_type") ? "auth_type" : "auth_plugin";
        String name = r.text(entry, key, key);
        if (name == null) {
            return r.hasErrors() ? null : AuthMapper.infer(auth);
        }
        AuthType type = AuthType.fromYaml(name).orElse(null);
        if (type == null) {
            r.error(key, key + " '" + name + "' is not supported; supported: " + AuthType.supportedList(),
                    "application credentials (v3applicationcredential) are recommended");
        }
        return type;
    }

    /** region_name, or the only entry of a {@code regions:} list; with several and no choice, none and a note. */
    private static String region(EntryReader r, Map<?, ?> entry) {
        String regionName = r.text(entry, "region_name", "region_name");
        Object raw = entry.get("regions");
        if (raw == null) {
            return regionName;
        }
        List<String> regions = regionNames(r, raw);
        if (regions.isEmpty()) {
            return regionName;
        }
        if (regionName != null) {
            if (!regions.contains(regionName)) {
                r.error("region_name", "region_name '" + regionName + "' is not one of the cloud's regions: "
                        + String.join(", ", regions), "pick one of " + String.join(", ", regions));
            }
            return regionName;
        }
        if (regions.size() == 1) {
            return regions.get(0);
        }
        r.warning("regions", "several regions (" + String.join(", ", regions) + ") and none chosen",
                "set region_name (or OS_REGION_NAME) to one of " + String.join(", ", regions));
        return null;
    }

    private static List<String> regionNames(EntryReader r, Object raw) {
        if (!(raw instanceof List<?> list)) {
            r.error("regions", "regions must be a list, but is " + EntryReader.describe(raw),
                    "write regions: [RegionOne, RegionTwo] or one '- name' line per region");
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            // a region is a name, or a mapping {name: ..., values: {...}} with per-region overrides
            Object name = item instanceof Map<?, ?> m ? m.get("name") : item;
            if (name instanceof String s && !s.isBlank()) {
                names.add(s);
            } else {
                r.error("regions[" + i + "]", "regions[" + i + "] must be a region name, but is "
                        + (name == null ? "empty" : EntryReader.describe(name)), "write the region's name");
            }
        }
        return names;
    }

    /** public/internal/admin; the old catalog spellings publicURL etc. mean the same. */
    private static String interfaceType(EntryReader r, Map<?, ?> entry) {
        String key = entry.containsKey("interface") ? "interface" : "endpoint_type";
        String value = r.text(entry, key, key);
        if (value == null) {
            return null;
        }
        String normalized = value.toLowerCase(Locale.ROOT).replaceFirst("url$", "");
        if (!INTERFACES.contains(normalized)) {
            r.error(key, key + " '" + value + "' is not an endpoint interface", "use public, internal or admin");
            return null;
        }
        return normalized;
    }
}
