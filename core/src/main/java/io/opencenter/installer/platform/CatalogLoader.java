package io.opencenter.installer.platform;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.opencenter.installer.platform.CatalogFile.FlowEntry;
import io.opencenter.installer.platform.CatalogFile.NamespaceEntry;
import io.opencenter.installer.platform.CatalogFile.ProbeEntry;
import io.opencenter.installer.platform.CatalogFile.ServiceEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a platform catalog from YAML and refuses one that contradicts itself (see {@link CatalogValidator}):
 * better to stop at start-up than to roll out a half-wired platform.
 */
public final class CatalogLoader {
    static final String BUILT_IN = "/platform/catalog.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private CatalogLoader() {}

    /** The catalog on the class path, parsed and checked once. */
    static Catalog builtIn() {
        return BuiltIn.CATALOG;
    }

    /** Loads a catalog file, e.g. one a developer is editing. */
    public static Catalog load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read platform catalog " + file, e);
        }
    }

    /**
     * @param source names the input in error messages
     * @throws CatalogException listing every problem found
     */
    public static Catalog load(InputStream in, String source) {
        CatalogFile file;
        try {
            byte[] content = in.readAllBytes();
            if (new String(content, StandardCharsets.UTF_8).isBlank()) {
                throw new CatalogException(source, List.of("the file is empty"));
            }
            file = YAML.readValue(content, CatalogFile.class);
        } catch (JsonMappingException e) {
            throw new CatalogException(source, "at " + path(e) + " (near " + at(e.getLocation()) + "): "
                    + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new CatalogException(source, at(e.getLocation()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read platform catalog " + source, e);
        }
        if (file == null) {
            throw new CatalogException(source, List.of("the file holds no catalog"));
        }
        List<String> problems = new ArrayList<>();
        Catalog catalog = new Mapping(problems).catalog(file);
        problems.addAll(new CatalogValidator(catalog).problems());
        if (!problems.isEmpty()) {
            throw new CatalogException(source, problems);
        }
        return catalog;
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0
                ? "unknown line" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Where in the document a mapping error is, e.g. {@code services[2].dependOn}: exact where lines are not. */
    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.length() == 0 ? "the top level" : out.toString();
    }

    /** Turns the file's entries into the public records, filling in what the file may leave out. */
    private static final class Mapping {
        private final List<String> problems;
        private final Map<String, List<Profile>> namespaceProfiles = new HashMap<>();

        Mapping(List<String> problems) {
            this.problems = problems;
        }

        Catalog catalog(CatalogFile f) {
            List<NamespaceDef> namespaces = list(f.namespaces()).stream().map(this::namespace).toList();
            return new Catalog(
                    namespaces,
                    list(f.services()).stream().map(this::service).toList(),
                    list(f.actors()).stream().map(a -> new Actor(a.id(), a.displayName())).toList(),
                    list(f.dataFlows()).stream().map(this::flow).toList(),
                    list(f.profiles()).stream().map(p -> new ProfileDef(profile(p.id(), "profiles"), p.displayName(),
                            p.description(), p.storageBackend(), p.storageProvisioner())).toList());
        }

        private NamespaceDef namespace(NamespaceEntry n) {
            List<Profile> profiles = profiles(n.profiles(), List.of(Profile.values()), "namespace " + n.id());
            namespaceProfiles.put(n.id(), profiles);
            return new NamespaceDef(n.id(), n.purpose(), profiles);
        }

        private ServiceDef service(ServiceEntry s) {
            String where = "service " + s.id();
            List<Profile> inherited = namespaceProfiles.getOrDefault(s.namespace(), List.of(Profile.values()));
            var chart = s.chart() == null ? null : new ServiceDef.Chart(s.chart().type(), s.chart().name(),
                    s.chart().version(), s.chart().repository(), s.chart().appVersion());
            return new ServiceDef(s.id(), s.displayName(), s.namespace(), s.purpose(),
                    s.required() != null && s.required(), profiles(s.profiles(), inherited, where), chart,
                    list(s.dependsOn()), list(s.health()).stream().map(Mapping::probe).toList(),
                    list(s.storage()).stream().map(c -> new ServiceDef.StorageClaim(c.purpose(),
                            c.count() == null ? 0 : c.count(), c.sizeGb() == null ? 0 : c.sizeGb())).toList(),
                    list(s.policies()), s.partOf(), list(s.provides()), list(s.after()));
        }

        private static ServiceDef.HealthProbe probe(ProbeEntry p) {
            return new ServiceDef.HealthProbe(p.kind(), p.workloadKind(), p.fluxKind(), p.namespace(), p.name(),
                    p.selector(), p.condition(), p.apiVersion());
        }

        private DataFlow flow(FlowEntry f) {
            return new DataFlow(f.id(), f.name(), f.description(),
                    list(f.steps()).stream().map(s -> new DataFlow.Step(s.from(), s.to(), s.label())).toList(),
                    profiles(f.profiles(), List.of(Profile.values()), "data flow " + f.id()));
        }

        private List<Profile> profiles(List<String> ids, List<Profile> fallback, String where) {
            return ids == null ? fallback : ids.stream().map(id -> profile(id, where)).toList();
        }

        /** Strict, unlike {@link Profile#fromId}: a misspelt profile in the catalog is a bug, not a default. */
        private Profile profile(String id, String where) {
            for (Profile p : Profile.values()) {
                if (p.id().equals(id)) {
                    return p;
                }
            }
            problems.add(where + ": unknown profile '" + id + "' (known: "
                    + Arrays.stream(Profile.values()).map(Profile::id).toList() + ")");
            return Profile.OPENSTACK;
        }

        /** A missing list is an empty one; an empty entry ({@code - } with nothing after it) is a problem. */
        private <T> List<T> list(List<T> maybe) {
            if (maybe == null) {
                return List.of();
            }
            if (maybe.contains(null)) {
                problems.add("an empty list entry in " + maybe + " (a '-' or '~' with nothing after it)");
            }
            return maybe.stream().filter(Objects::nonNull).toList();
        }
    }

    /** Holder idiom: the JVM loads the built-in catalog once, on first use, thread-safely. */
    private static final class BuiltIn {
        static final Catalog CATALOG = read();

        private static Catalog read() {
            try (InputStream in = CatalogLoader.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new IllegalStateException("platform catalog " + BUILT_IN + " missing from the class path");
                }
                return load(in, "classpath:" + BUILT_IN);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
