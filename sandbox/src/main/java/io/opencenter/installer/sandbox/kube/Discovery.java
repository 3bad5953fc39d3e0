package io.opencenter.installer.sandbox.kube;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.utils.KubernetesVersionPriority;
import io.fabric8.mockwebserver.http.MockResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The discovery documents ({@code /api}, {@code /api/v1}, {@code /apis}, {@code /apis/<group>},
 * {@code /apis/<group>/<version>}) from the built-in kinds and the stored CRDs. Only the legacy (unaggregated)
 * form: clients that ask for aggregated discovery fall back to it, as with an older server.
 */
final class Discovery {

    private static final List<String> VERBS = List.of("create", "delete", "deletecollection", "get", "list",
            "patch", "update", "watch");
    private static final List<String> STATUS_VERBS = List.of("get", "patch", "update");

    /** One served resource, built-in or custom. */
    private record Served(String group, String version, String kind, String plural, String singular,
                          boolean namespaced, boolean status, List<String> shortNames, List<String> categories) {
    }

    private final CrdCatalog crds;
    private final String serverAddress;

    Discovery(CrdCatalog crds, String serverAddress) {
        this.crds = crds;
        this.serverAddress = serverAddress;
    }

    /** The answer for a discovery path, or null when {@code path} is not one. */
    MockResponse answer(String path) {
        String[] p = path.replaceAll("/+$", "").split("/");
        if (p.length == 2 && p[1].equals("api")) {
            ObjectNode versions = object("APIVersions", null);
            versions.putArray("versions").add("v1");
            versions.putArray("serverAddressByClientCIDRs").addObject().put("clientCIDR", "0.0.0.0/0")
                    .put("serverAddress", serverAddress);
            return Responses.json(200, versions);
        }
        if (p.length == 3 && p[1].equals("api")) {
            return resources("", p[2]);
        }
        if (p.length == 2 && p[1].equals("apis")) {
            ObjectNode list = object("APIGroupList", "v1");
            ArrayNode groups = list.putArray("groups");
            groups().forEach((name, versions) -> groups.add(group(name, versions)));
            return Responses.json(200, list);
        }
        if (p.length == 3 && p[1].equals("apis")) {
            List<String> versions = groups().get(p[2]);
            return versions == null ? Responses.notFound("the server could not find the requested resource")
                    : Responses.json(200, group(p[2], versions));
        }
        if (p.length == 4 && p[1].equals("apis")) {
            return resources(p[2], p[3]);
        }
        return null;
    }

    /** The kind served at that resource path, or null when none is. */
    String kindOf(String group, String version, String plural) {
        return served().stream().filter(s -> s.group.equals(group) && s.version.equals(version)
                && s.plural.equals(plural)).map(Served::kind).findFirst().orElse(null);
    }

    private MockResponse resources(String group, String version) {
        List<Served> served = served().stream().filter(s -> s.group.equals(group) && s.version.equals(version))
                .toList();
        if (served.isEmpty()) {
            return Responses.notFound("the server could not find the requested resource");
        }
        ObjectNode list = object("APIResourceList", "v1");
        list.put("groupVersion", group.isEmpty() ? version : group + "/" + version);
        ArrayNode resources = list.putArray("resources");
        for (Served s : served) {
            ObjectNode r = resources.addObject().put("name", s.plural).put("singularName", s.singular)
                    .put("namespaced", s.namespaced).put("kind", s.kind);
            VERBS.forEach(r.putArray("verbs")::add);
            if (!s.shortNames.isEmpty()) {
                s.shortNames.forEach(r.putArray("shortNames")::add);
            }
            if (!s.categories.isEmpty()) {
                s.categories.forEach(r.putArray("categories")::add);
            }
            if (s.status) {
                ObjectNode st = resources.addObject().put("name", s.plural + "/status").put("singularName", "")
                        .put("namespaced", s.namespaced).put("kind", s.kind);
                STATUS_VERBS.forEach(st.putArray("verbs")::add);
            }
        }
        return Responses.json(200, list);
    }

    private ObjectNode group(String name, List<String> versions) {
        ObjectNode g = object("APIGroup", "v1");
        g.put("name", name);
        ArrayNode vs = g.putArray("versions");
        for (String v : versions) {
            vs.addObject().put("groupVersion", name + "/" + v).put("version", v);
        }
        String preferred = KubernetesVersionPriority.highestPriority(versions);
        g.putObject("preferredVersion").put("groupVersion", name + "/" + preferred).put("version", preferred);
        return g;
    }

    /** Each named group and its versions, built-in groups first. */
    private Map<String, List<String>> groups() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Served s : served()) {
            if (!s.group.isEmpty()) {
                List<String> versions = out.computeIfAbsent(s.group, g -> new ArrayList<>());
                if (!versions.contains(s.version)) {
                    versions.add(s.version);
                }
            }
        }
        return out;
    }

    private List<Served> served() {
        List<Served> out = new ArrayList<>();
        for (BuiltinKinds.Builtin b : BuiltinKinds.ALL) {
            out.add(new Served(b.group(), b.version(), b.kind(), b.plural(), b.kind().toLowerCase(), b.namespaced(),
                    b.status(), b.shortNames(), b.categories()));
        }
        for (CrdCatalog.ServedKind k : crds.kinds()) {
            out.add(new Served(k.group(), k.version(), k.kind(), k.plural(), k.singular(), k.namespaced(),
                    k.statusSubresource(), k.shortNames(), k.categories()));
        }
        return out;
    }

    private static ObjectNode object(String kind, String apiVersion) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("kind", kind);
        if (apiVersion != null) {
            o.put("apiVersion", apiVersion);
        }
        return o;
    }
}
