package io.opencenter.installer.preflight;

import static io.opencenter.installer.spec.NodeField.FLAVOR;
import static io.opencenter.installer.spec.NodeField.IMAGE;
import static io.opencenter.installer.spec.NodeField.VOLUME_SIZE_GB;

import io.opencenter.installer.openstack.OpenStackGateway.Flavor;
import io.opencenter.installer.openstack.OpenStackGateway.Image;
import io.opencenter.installer.spec.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Per node group: the flavor exists and meets the minimums, the image exists, is active, and fits the flavor's
 * RAM and the root disk (the boot volume, or the flavor's disk when booting from the image).
 */
final class NodeResourceCheck {
    private NodeResourceCheck() {}

    static List<Finding> check(NodeGroup group, List<Flavor> flavors, List<Image> images) {
        List<Finding> findings = new ArrayList<>();
        Optional<Flavor> flavor = checkFlavor(group, flavors, findings);
        Optional<Image> image = checkImage(group, images, findings);
        if (flavor.isPresent() && image.isPresent()) {
            checkFit(group, flavor.get(), image.get(), findings);
        }
        return findings;
    }

    private static Optional<Flavor> checkFlavor(NodeGroup group, List<Flavor> flavors, List<Finding> findings) {
        if (group.flavor() == null || group.flavor().isBlank()) {
            return Optional.empty();
        }
        Optional<Flavor> flavor = CloudLookup.flavor(flavors, group.flavor());
        if (flavor.isEmpty()) {
            findings.add(Finding.error(group.field(FLAVOR), "flavor " + group.flavor() + " does not exist in the cloud",
                    Suggestions.hint(group.flavor(), flavors.stream().map(Flavor::name).toList(), "flavors")));
        } else if (!FlavorMinimums.meets(flavor.get())) {
            String better = FlavorMinimums.smallestSuitable(flavors).map(f -> "e.g. " + FlavorMinimums.describe(f))
                    .orElse("no flavor of this cloud is big enough; ask the cloud admin for one");
            findings.add(Finding.error(group.field(FLAVOR), "flavor " + FlavorMinimums.describe(flavor.get())
                    + " is too small for the " + group.role() + ": it needs at least " + FlavorMinimums.MIN_VCPUS
                    + " vCPU and " + FlavorMinimums.MIN_RAM_MB / 1024 + " GiB RAM", "pick a bigger flavor, " + better));
        }
        return flavor;
    }

    private static Optional<Image> checkImage(NodeGroup group, List<Image> images, List<Finding> findings) {
        if (group.image() == null || group.image().isBlank()) {
            return Optional.empty();
        }
        Optional<Image> image = CloudLookup.image(images, group.image());
        if (image.isEmpty()) {
            findings.add(Finding.error(group.field(IMAGE), "image " + group.image() + " does not exist in the cloud",
                    Suggestions.hint(group.image(), images.stream().map(Image::name).filter(n -> n != null).toList(),
                            "images")));
            return image;
        }
        if (image.get().status() != null && !"active".equalsIgnoreCase(image.get().status())) {
            findings.add(Finding.error(group.field(IMAGE), "image " + group.image() + " is "
                    + image.get().status() + ", not active", "wait for the upload to finish or pick another image"));
        }
        long sameName = images.stream().filter(i -> group.image().equals(i.name())).count();
        if (sameName > 1) {
            findings.add(Finding.warning(group.field(IMAGE), sameName + " images are named " + group.image()
                    + "; the installer takes " + image.get().id(), "name the image by its id to be sure"));
        }
        return image;
    }

    private static void checkFit(NodeGroup group, Flavor flavor, Image image, List<Finding> findings) {
        if (image.minRamMb() > flavor.ramMb()) {
            findings.add(Finding.error(group.field(FLAVOR), "image " + image.name() + " needs at least "
                    + image.minRamMb() + " MB RAM but flavor " + flavor.name() + " has " + flavor.ramMb() + " MB",
                    "pick a flavor with more RAM"));
        }
        if (group.bootsFromVolume()) {
            if (group.volumeSizeGb() < image.minDiskGb()) {
                findings.add(Finding.error(group.field(VOLUME_SIZE_GB), "image " + image.name() + " needs a root disk of at least "
                        + image.minDiskGb() + " GB but the boot volume is " + group.volumeSizeGb() + " GB",
                        "set volumeSizeGb to " + image.minDiskGb() + " or more"));
            }
        } else if (flavor.diskGb() == 0) {
            findings.add(Finding.error(group.field(VOLUME_SIZE_GB), "flavor " + flavor.name()
                    + " has no root disk (0 GB), so Nova cannot boot the " + group.role() + " from the image",
                    "boot from a volume: set volumeSizeGb (e.g. " + Math.max(40, image.minDiskGb()) + ")"));
        } else if (flavor.diskGb() < image.minDiskGb()) {
            findings.add(Finding.error(group.field(FLAVOR), "image " + image.name() + " needs a root disk of at least "
                    + image.minDiskGb() + " GB but flavor " + flavor.name() + " has " + flavor.diskGb() + " GB",
                    "pick a flavor with a bigger disk, or boot from a volume (volumeSizeGb ≥ " + image.minDiskGb() + ")"));
        }
    }
}
