package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.CloudObject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Which existing cloud object stands for a planned resource: names are unique per kind within a cluster. */
final class Adoption {

    private Adoption() {}

    /**
     * The object named {@code name}. Should an earlier bug have left two, the best one wins: usable before
     * pending before broken, tagged before untagged.
     */
    static Optional<CloudObject> match(List<CloudObject> candidates, String name) {
        return candidates.stream()
                .filter(o -> o.name().equals(name))
                .filter(o -> o.origin() == CloudObject.Origin.INSTALLER)
                .min(Comparator.comparingInt(Adoption::rank).thenComparing(o -> o.tagged() ? 0 : 1));
    }

    private static int rank(CloudObject o) {
        return switch (o.state()) {
            case READY -> 0;
            case PENDING -> 1;
            case ERROR -> 2;
            case DELETING -> 3;
        };
    }
}
