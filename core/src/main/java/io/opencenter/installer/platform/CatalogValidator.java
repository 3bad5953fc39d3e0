package io.opencenter.installer.platform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Everything that must hold for a catalog to be usable: ids unique and well formed, every reference (namespace,
 * dependency, group owner, data-flow endpoint) resolvable in every profile that uses it, health probes well
 * formed, and the dependencies of each profile free of cycles.
 */
final class CatalogValidator {
    private static final Pattern ID = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Set<String> CHART_TYPES =
            Set.of("helm", "kustomize", "manifest", "olm-subscription", "flux-install", "static-pod");

    private final Catalog catalog;
    private final List<String> problems = new ArrayList<>();

    CatalogValidator(Catalog catalog) {
        this.catalog = catalog;
    }

    List<String> problems() {
        checkIds("namespace", catalog.namespaces(), NamespaceDef::id);
        checkIds("service", catalog.services(), ServiceDef::id);
        checkIds("actor", catalog.actors(), Actor::id);
        checkIds("data flow", catalog.dataFlows(), DataFlow::id);
        catalog.actors().stream().filter(a -> catalog.service(a.id()).isPresent())
                .forEach(a -> problems.add("actor " + a.id() + ": id already used by a service"));
        checkProfiles();
        catalog.namespaces().forEach(this::checkNamespace);
        catalog.services().forEach(this::checkService);
        catalog.dataFlows().forEach(this::checkFlow);
        if (problems.isEmpty()) {
            checkAcyclic();
        }
        return List.copyOf(problems);
    }

    private <T> void checkIds(String what, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String value = id.apply(item);
            if (value == null || !ID.matcher(value).matches()) {
                problems.add(what + " id '" + value + "' is not a lower-case DNS label");
            } else if (!seen.add(value)) {
                problems.add("duplicate " + what + " id '" + value + "'");
            }
        }
    }

    private void checkProfiles() {
        for (Profile p : Profile.values()) {
            var def = catalog.profile(p);
            if (def.isEmpty()) {
                problems.add("profiles: no entry for profile " + p.id());
            } else if (blank(def.get().storageProvisioner()) || blank(def.get().storageBackend())) {
                problems.add("profile " + p.id() + ": needs storageBackend and storageProvisioner");
            }
        }
        if (catalog.profiles().stream().map(ProfileDef::profile).distinct().count() != catalog.profiles().size()) {
            problems.add("profiles: a profile is described twice");
        }
    }

    private void checkNamespace(NamespaceDef n) {
        require(!blank(n.purpose()), "namespace " + n.id() + ": needs a purpose");
        require(!n.profiles().isEmpty(), "namespace " + n.id() + ": exists in no profile");
    }

    private void checkService(ServiceDef s) {
        String where = "service " + s.id();
        require(!blank(s.displayName()) && !blank(s.purpose()), where + ": needs displayName and purpose");
        require(!s.profiles().isEmpty(), where + ": exists in no profile");
        var ns = catalog.namespace(s.namespace());
        if (ns.isEmpty()) {
            problems.add(where + ": unknown namespace '" + s.namespace() + "'");
        } else {
            s.profiles().stream().filter(p -> !ns.get().in(p)).forEach(p -> problems.add(
                    where + ": runs in profile " + p.id() + " but namespace " + s.namespace() + " does not"));
        }
        checkDelivery(s, where);
        checkReferences(s, where);
        require(!s.health().isEmpty(), where + ": needs at least one health probe");
        s.health().forEach(p -> problems.addAll(HealthProbeRules.problems(s, p)));
        s.storage().forEach(c -> require(c.count() >= 1 && c.sizeGb() >= 1 && !blank(c.purpose()),
                where + ": storage claim needs a purpose, count >= 1 and sizeGb >= 1"));
        require(s.policies().stream().distinct().count() == s.policies().size(), where + ": duplicate policy names");
        s.provides().stream().filter(c -> catalog.service(c).isPresent()).forEach(c -> problems.add(
                where + ": capability '" + c + "' collides with a service id"));
    }

    private void checkDelivery(ServiceDef s, String where) {
        if (s.isPart()) {
            var owner = catalog.service(s.partOf());
            if (owner.isEmpty()) {
                problems.add(where + ": partOf unknown service '" + s.partOf() + "'");
                return;
            }
            require(!owner.get().isPart(), where + ": owner " + s.partOf() + " is itself a part (one level only)");
            require(owner.get().profiles().containsAll(s.profiles()),
                    where + ": runs in a profile where its owner " + s.partOf() + " does not");
            require(s.chart() != null || s.dependsOn().contains(s.partOf()),
                    where + ": delivered by " + s.partOf() + "'s release, so it must depend on it");
        } else {
            require(s.chart() != null, where + ": needs a chart (only parts are delivered by their owner)");
        }
        if (s.chart() != null) {
            require(s.chart().type() != null && CHART_TYPES.contains(s.chart().type()),
                    where + ": chart type must be one of " + CHART_TYPES + ", was " + s.chart().type());
            require(!blank(s.chart().name()), where + ": chart needs a name");
            require(!"helm".equals(s.chart().type()) || !blank(s.chart().repository()),
                    where + ": a helm chart needs its repository");
        }
    }

    private void checkReferences(ServiceDef s, String where) {
        for (String ref : s.dependsOn()) {
            require(!Objects.equals(ref, s.id()), where + ": depends on itself");
            if (!known(ref)) {
                problems.add(where + ": dependsOn unknown service or capability '" + ref + "'");
                continue;
            }
            for (Profile p : s.profiles()) {
                require(!new DependencyGraph(catalog, p).resolve(ref).isEmpty(),
                        where + ": dependsOn '" + ref + "', which nothing provides in profile " + p.id());
            }
        }
        s.after().stream().filter(ref -> !known(ref))
                .forEach(ref -> problems.add(where + ": after unknown service or capability '" + ref + "'"));
    }

    private boolean known(String ref) {
        return catalog.service(ref).isPresent()
                || catalog.services().stream().anyMatch(o -> o.provides().contains(ref));
    }

    private void checkFlow(DataFlow f) {
        String where = "data flow " + f.id();
        require(!blank(f.name()) && !f.steps().isEmpty(), where + ": needs a name and at least one step");
        require(!f.profiles().isEmpty(), where + ": exists in no profile");
        for (DataFlow.Step step : f.steps()) {
            require(!blank(step.label()), where + ": step " + step.from() + " -> " + step.to() + " needs a label");
            for (String end : List.of(step.from() == null ? "" : step.from(), step.to() == null ? "" : step.to())) {
                if (catalog.actor(end).isPresent()) {
                    continue;
                }
                var service = catalog.service(end);
                if (service.isEmpty()) {
                    problems.add(where + ": unknown service or actor '" + end + "'");
                } else {
                    f.profiles().stream().filter(p -> !service.get().in(p)).forEach(p -> problems.add(
                            where + ": service " + end + " does not run in profile " + p.id()));
                }
            }
        }
        for (Profile p : f.profiles()) {
            long sameName = catalog.dataFlows(p).stream().filter(o -> Objects.equals(o.name(), f.name())).count();
            require(sameName <= 1, where + ": name '" + f.name() + "' used twice in profile " + p.id());
        }
    }

    private void checkAcyclic() {
        for (Profile p : Profile.values()) {
            try {
                new DependencyGraph(catalog, p).waves(catalog.services(p));
            } catch (IllegalStateException e) {
                problems.add(e.getMessage());
            }
        }
    }

    private void require(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
