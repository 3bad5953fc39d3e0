package io.opencenter.installer.sandbox.kube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every request to the sandbox API server: {@code /version}, health and discovery answered here, server-side apply
 * done here ({@link ServerSideApply}), selectors the mock cannot match checked here ({@link Selectors}), objects
 * validated here ({@link ObjectValidation}), a namespace's objects deleted with it; the rest is fabric8's CRUD mock
 * ({@link ObjectStore}). Writes run one at a time, and each successful one is followed by {@code afterWrite} (the
 * state file) before it is answered.
 */
final class ApiDispatcher extends Dispatcher {

    static final String APPLY_PATCH = "application/apply-patch+yaml";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final ObjectStore store;
    private final CrdCatalog crds;
    private final ObjectValidation validation;
    private final ServerSideApply apply;
    private final String version;
    private final Runnable afterWrite;
    private volatile Discovery discovery;
    private final Object writes = new Object();

    /**
     * @param kubernetesVersion "1.35.4" or "v1.35.4": what {@code /version} reports
     * @param afterWrite        run after each successful write, while writes are held off
     */
    ApiDispatcher(ObjectStore store, String kubernetesVersion, Runnable afterWrite) {
        this.store = store;
        this.crds = new CrdCatalog(store);
        this.validation = new ObjectValidation(crds);
        this.apply = new ServerSideApply(store, validation);
        this.version = kubernetesVersion.startsWith("v") ? kubernetesVersion : "v" + kubernetesVersion;
        this.afterWrite = afterWrite;
        this.discovery = new Discovery(crds, "127.0.0.1:0");
    }

    /** Once the port is known: discovery names the server's address. */
    void listeningOn(String hostAndPort) {
        this.discovery = new Discovery(crds, hostAndPort);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        MockResponse response = route(request);
        if (response.getWebSocketListener() == null && response.getHeaders().get("Content-Type") == null
                && response.getBody() != null && response.getBody().size() > 0) {
            response.setHeader("Content-Type", Responses.JSON);
        }
        return response;
    }

    private MockResponse route(RecordedRequest request) {
        String uri = request.getPath();
        String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        HttpMethod method = request.method();
        if (method == HttpMethod.GET) {
            MockResponse fixed = fixed(path);
            if (fixed != null) {
                return fixed;
            }
        }
        ApiPath api = ApiPath.parse(uri);
        if (api == null) {
            return Responses.notFound("the server could not find the requested resource");
        }
        if (method == HttpMethod.GET) {
            return api.name() == null ? list(uri, path, api) : store.dispatch(request);
        }
        synchronized (writes) {
            MockResponse response = write(request, api);
            if (response.code() / 100 == 2) {
                if (path.startsWith(ObjectStore.CRD_PATH)) {
                    crds.changed();
                }
                afterWrite.run();
            }
            return response;
        }
    }

    /** /version, health, discovery; null for anything else. */
    private MockResponse fixed(String path) {
        switch (path) {
            case "/version":
                return Responses.json(200, versionInfo());
            case "/healthz", "/livez", "/readyz":
                return new MockResponse().setResponseCode(200).setHeader("Content-Type", "text/plain").setBody("ok");
            default:
                return discovery.answer(path);
        }
    }

    private ObjectNode versionInfo() {
        String[] parts = version.substring(1).split("[.+-]");
        ObjectNode v = JSON.createObjectNode();
        v.put("major", parts[0]).put("minor", parts.length > 1 ? parts[1] : "0").put("gitVersion", version)
                .put("gitCommit", "0000000000000000000000000000000000000000").put("gitTreeState", "clean")
                .put("buildDate", "1970-01-01T00:00:00Z").put("goVersion", "simulated (" + SandboxKubernetes.LABEL
                        + ")").put("compiler", "gc").put("platform", "linux/amd64");
        return v;
    }

    private MockResponse list(String uri, String path, ApiPath api) {
        Selectors selectors = Selectors.of(path, api.query());
        boolean watch = "true".equals(api.query().get("watch")) || "1".equals(api.query().get("watch"));
        if (watch && selectors.postFilter()) {
            return Responses.failure(400, "BadRequest", "the sandbox Kubernetes (simulated) cannot watch with "
                    + selectors.fields().stream().map(Selectors.Requirement::describe).toList()
                    + selectors.labels().stream().map(Selectors.Requirement::describe).toList()
                    + ": only label equality and existence and the metadata.name and metadata.namespace fields");
        }
        MockResponse response = store.handleGet(selectors.postFilter() ? selectors.forMock() : uri);
        JsonNode list = Responses.body(response);
        if (response.code() != 200 || !list.isObject() || response.getWebSocketListener() != null) {
            return response;
        }
        selectors.filter(list);
        // the mock calls every list "List"; the API server names it after the kind (kubectl reads it)
        String kind = discovery.kindOf(api.group() == null ? "" : api.group(), api.version(), api.plural());
        if (kind != null) {
            ((ObjectNode) list).put("kind", kind + "List").put("apiVersion", api.apiVersion());
        }
        return Responses.json(200, list);
    }

    private MockResponse write(RecordedRequest request, ApiPath api) {
        String contentType = request.getHeader("Content-Type");
        switch (request.method()) {
            case PATCH -> {
                if (contentType != null && contentType.startsWith(APPLY_PATCH)) {
                    JsonNode body = parse(request);
                    if (body == null) {
                        return Responses.failure(400, "BadRequest", "the applied configuration is not YAML or JSON");
                    }
                    return apply.apply(api, body, api.query().get("fieldManager"),
                            "true".equals(api.query().get("force")));
                }
                return store.dispatch(request);
            }
            case POST, PUT -> {
                JsonNode body = parse(request);
                if (body == null || !body.isObject()) {
                    return Responses.failure(400, "BadRequest", "the request body is not a JSON object");
                }
                List<String> problems = validation.check(body);
                if (!problems.isEmpty()) {
                    String name = body.path("metadata").path("name").asText(api.name() == null ? "" : api.name());
                    return ObjectValidation.invalid(new ApiPath(api.group(), api.version(), api.namespace(),
                            api.plural(), name, false, api.query()), problems);
                }
                if (request.method() == HttpMethod.PUT) {
                    keepManagedFields(api, (ObjectNode) body);
                }
                return store.dispatch(Responses.request(request.method(), request.getPath(), body));
            }
            case DELETE -> {
                MockResponse response = store.dispatch(request);
                if (response.code() == 200 && api.name() != null && api.namespace() == null) {
                    if (api.group() == null && "namespaces".equals(api.plural())) {
                        deleteAll(meta -> api.name().equals(meta.path("metadata").path("namespace").asText(null)));
                    } else if (api.objectPath().startsWith(ObjectStore.CRD_PATH)) {
                        JsonNode crd = Responses.body(response);
                        String group = crd.path("spec").path("group").asText();
                        String kind = crd.path("spec").path("names").path("kind").asText();
                        deleteAll(o -> o.path("kind").asText().equals(kind)
                                && o.path("apiVersion").asText().startsWith(group + "/"));
                    }
                }
                return response;
            }
            default -> {
                return store.dispatch(request);
            }
        }
    }

    /**
     * An update that leaves out {@code managedFields} keeps the stored ones, as on a real server (clients rarely send
     * them back), so server-side apply still knows who owns what after a controller's update.
     */
    private void keepManagedFields(ApiPath api, ObjectNode body) {
        if (api.name() == null || body.path("metadata").has("managedFields")) {
            return;
        }
        JsonNode current = Responses.body(store.handleGet(api.objectPath()));
        JsonNode managed = current.path("metadata").path("managedFields");
        if (managed.isArray() && body.path("metadata").isObject()) {
            ((ObjectNode) body.get("metadata")).set("managedFields", managed);
        }
    }

    /**
     * The namespace controller's and the apiextensions controller's part: a deleted namespace's objects, a deleted
     * CRD's custom objects, go with it (at once: no Terminating phase).
     */
    private void deleteAll(Predicate<JsonNode> which) {
        for (ObjectStore.Stored s : store.snapshot()) {
            JsonNode o = s.object();
            if (!s.plural().isEmpty() && which.test(o)) {
                String apiVersion = o.path("apiVersion").asText();
                String ns = o.path("metadata").path("namespace").asText("");
                store.handleDelete((apiVersion.contains("/") ? "/apis/" : "/api/") + apiVersion
                        + (ns.isEmpty() ? "" : "/namespaces/" + ns) + "/" + s.plural() + "/"
                        + o.path("metadata").path("name").asText());
            }
        }
    }

    private static JsonNode parse(RecordedRequest request) {
        String text = new String(request.getBody().getBytes(), StandardCharsets.UTF_8);
        try {
            return JSON.readTree(text);
        } catch (IOException notJson) {
            try {
                return YAML.readTree(text);
            } catch (IOException notYaml) {
                return null;
            }
        }
    }
}
