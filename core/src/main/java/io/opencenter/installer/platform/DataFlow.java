package io.opencenter.installer.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * One data-flow path of the spec ("Ingress path", "GitOps path", …) as ordered steps. A step's {@code from} and
 * {@code to} are service ids or {@link Actor} ids (things outside the cluster's services, like a Git repository).
 * {@code profiles} says where the path exists: the Cloud controller path only on OpenStack, and the Storage path
 * has one variant per profile (Cinder CSI, Longhorn) under the same name.
 */
public record DataFlow(String id, String name, String description, List<Step> steps, List<Profile> profiles) {
    public DataFlow {
        steps = List.copyOf(steps);
        profiles = profiles == null ? List.of(Profile.values()) : List.copyOf(profiles);
    }

    /** A path that exists in every profile. */
    public DataFlow(String id, String name, String description, List<Step> steps) {
        this(id, name, description, steps, List.of(Profile.values()));
    }

    public boolean in(Profile profile) {
        return profiles.contains(profile);
    }

    /** Every service or actor id the path touches. */
    public Set<String> endpoints() {
        Set<String> ids = new TreeSet<>();
        steps.forEach(s -> {
            ids.add(s.from());
            ids.add(s.to());
        });
        return ids;
    }

    /**
     * This path with only the steps between endpoints that are {@code present}, and without the steps that then
     * lead nowhere (their target used to pass traffic on, but its onward steps are gone): with Headlamp disabled,
     * "browser → MetalLB → Gateway" is not a path worth drawing. May leave no steps at all.
     */
    public DataFlow restrictedTo(Predicate<String> present) {
        Set<String> originalSources = new TreeSet<>();
        steps.forEach(s -> originalSources.add(s.from()));
        List<Step> kept = new ArrayList<>(steps.stream()
                .filter(s -> present.test(s.from()) && present.test(s.to())).toList());
        boolean pruned = true;
        while (pruned) {
            Set<String> sources = new TreeSet<>();
            kept.forEach(s -> sources.add(s.from()));
            pruned = kept.removeIf(s -> originalSources.contains(s.to()) && !sources.contains(s.to()));
        }
        return new DataFlow(id, name, description, kept, profiles);
    }

    public record Step(String from, String to, String label) {}
}
