package io.opencenter.installer.preflight;

import io.opencenter.installer.openstack.OpenStackGateway.Flavor;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The smallest node the installer supports: 2 vCPU and 4 GiB RAM, for control-plane and worker nodes alike. */
public final class FlavorMinimums {
    public static final int MIN_VCPUS = 2;
    public static final int MIN_RAM_MB = 4096;

    private FlavorMinimums() {}

    public static boolean meets(Flavor flavor) {
        return flavor.vcpus() >= MIN_VCPUS && flavor.ramMb() >= MIN_RAM_MB;
    }

    /** The smallest flavor that meets the minimums (fewest vCPU, then least RAM), for a hint. */
    static Optional<Flavor> smallestSuitable(List<Flavor> flavors) {
        return flavors.stream().filter(FlavorMinimums::meets)
                .min(Comparator.comparingInt(Flavor::vcpus).thenComparingInt(Flavor::ramMb).thenComparing(Flavor::name));
    }

    static String describe(Flavor f) {
        return f.name() + " (" + f.vcpus() + " vCPU, " + f.ramMb() + " MB RAM, " + f.diskGb() + " GB disk)";
    }
}
