package io.opencenter.installer.sandbox.kube;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resource URL of the Kubernetes API, taken apart: {@code /api/v1/namespaces/ns/configmaps/name},
 * {@code /apis/group/version/plural/name/status}, with the query string's parameters.
 *
 * @param group     null for the core group ({@code /api})
 * @param namespace null for a cluster-scoped resource or a list across namespaces
 * @param name      null for a collection
 * @param status    whether the path ends in the status subresource
 */
record ApiPath(String group, String version, String namespace, String plural, String name, boolean status,
               Map<String, String> query) {

    private static final Pattern RESOURCE = Pattern.compile(
            "/(?:api|apis/(?<group>[^/]+))/(?<version>[^/]+)(?:/namespaces/(?<ns>[^/]+))?/(?<plural>[^/]+)"
                    + "(?:/(?<name>[^/]+)(?<status>/status)?)?");

    /** The resource path of {@code uri}, or null when it is not one (discovery, /version, ...). */
    static ApiPath parse(String uri) {
        int q = uri.indexOf('?');
        String path = q < 0 ? uri : uri.substring(0, q);
        Matcher m = RESOURCE.matcher(path);
        if (!m.matches()) {
            return null;
        }
        return new ApiPath(m.group("group"), m.group("version"), m.group("ns"), m.group("plural"), m.group("name"),
                m.group("status") != null, query(q < 0 ? "" : uri.substring(q + 1)));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            out.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** "apps/v1", "v1". */
    String apiVersion() {
        return group == null ? version : group + "/" + version;
    }

    /** The path of the object itself (no subresource, no query). */
    String objectPath() {
        return collectionPath() + "/" + name;
    }

    /** The path of the collection the object is created in. */
    String collectionPath() {
        return (group == null ? "/api/" : "/apis/" + group + "/") + version
                + (namespace == null ? "" : "/namespaces/" + namespace) + "/" + plural;
    }

    /** {@code configmaps "demo/settings"}: how error messages name the object. */
    String describe() {
        return plural + " \"" + (namespace == null ? "" : namespace + "/") + name + "\"";
    }
}
