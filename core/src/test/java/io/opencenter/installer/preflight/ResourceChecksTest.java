package io.opencenter.installer.preflight;

import static io.opencenter.installer.preflight.CloudFixtures.config;
import static io.opencenter.installer.preflight.CloudFixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.OpenStackGateway.Image;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceChecksTest {

    private static List<Finding> findings(ClusterConfig c, CloudFacts f) {
        return CloudFixtures.check(c, f).findings();
    }

    private static ClusterConfig controlPlane(String flavor, String image, int volumeGb) {
        return CloudFixtures.withControlPlane(config(), new ClusterSpec.ControlPlane(3, flavor, image, volumeGb));
    }

    private static ClusterConfig workers(String flavor, String image, int volumeGb) {
        return CloudFixtures.withWorkers(config(), new ClusterSpec.WorkerPool("default", 2, flavor, image, volumeGb));
    }

    @Test
    void aMistypedFlavorGetsTheClosestNameAsHint() {
        assertThat(findings(controlPlane("m1.larg", "ubuntu-24.04", 40), facts())).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.controlPlane.flavor");
            assertThat(f.message()).isEqualTo("flavor m1.larg does not exist in the cloud");
            assertThat(f.hint()).startsWith("did you mean m1.large?");
        });
    }

    @Test
    void anUnrelatedFlavorNameListsWhatThereIs() {
        assertThat(findings(workers("gpu-monster", "ubuntu-24.04", 100), facts())).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.workerPools[0].flavor");
            assertThat(f.hint()).isEqualTo("flavors: b1.bfv, m1.large, m1.medium, m1.small, m1.tiny, m1.xlarge");
        });
    }

    @Test
    void aFlavorThatDiffersOnlyInCaseIsSuggested() {
        assertThat(findings(workers("M1.XLARGE", "ubuntu-24.04", 100), facts())).singleElement()
                .extracting(Finding::hint).asString().startsWith("did you mean m1.xlarge?");
    }

    @Test
    void aFlavorBelowTwoVcpuOrFourGibIsTooSmallAndTheSmallestGoodOneIsSuggested() {
        assertThat(findings(controlPlane("m1.small", "ubuntu-24.04", 40), facts())).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.controlPlane.flavor");
            assertThat(f.message()).contains("m1.small (1 vCPU, 2048 MB RAM, 20 GB disk)")
                    .contains("control plane").contains("at least 2 vCPU and 4 GiB RAM");
            assertThat(f.hint()).contains("m1.medium (2 vCPU, 4096 MB RAM");
        });
        // m1.tiny is also below the image's min_ram: both are true and both are said
        assertThat(findings(workers("m1.tiny", "ubuntu-24.04", 100), facts())).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("too small for the worker pool default"))
                .anySatisfy(m -> assertThat(m).contains("needs at least 1024 MB RAM but flavor m1.tiny has 512 MB"));
    }

    @Test
    void exactlyTheMinimumIsEnough() {
        assertThat(findings(workers("m1.medium", "ubuntu-24.04", 100), facts())).isEmpty();
    }

    @Test
    void aMistypedImageGetsAHintAtItsPool() {
        assertThat(findings(workers("m1.xlarge", "ubuntu-24.4", 100), facts())).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.workerPools[0].image");
            assertThat(f.hint()).startsWith("did you mean ubuntu-24.04?");
        });
    }

    @Test
    void anImageThatIsStillUploadingIsAnError() {
        assertThat(findings(workers("m1.xlarge", "uploading", 100), facts())).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("image uploading is queued, not active"));
    }

    @Test
    void twoImagesWithTheSameNameAreAWarning() {
        CloudFacts f = facts();
        List<Image> images = new ArrayList<>(f.images());
        images.add(new Image("img-9", "ubuntu-24.04", "active", 10, 1024, "ubuntu", "24.04", 1));
        CloudFacts twice = new CloudFacts(f.auth(), f.profileRegion(), f.interfaceType(), f.availabilityZones(),
                f.flavors(), images, f.externalNetworks(), null, f.quotas(), List.of());
        List<Finding> found = findings(config(), twice);
        assertThat(found).hasSize(2).allMatch(w -> !w.isError());
        assertThat(found).extracting(Finding::path).containsExactly("spec.controlPlane.image", "spec.workerPools[0].image");
    }

    @Test
    void theImagesMinimumRamMustFitTheFlavor() {
        assertThat(findings(workers("m1.xlarge", "fat-image", 200), facts())).isEmpty();
        assertThat(findings(controlPlane("m1.large", "fat-image", 200), facts())).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.controlPlane.flavor");
            assertThat(f.message()).contains("16384 MB").contains("8192 MB");
        });
    }

    @Test
    void theBootVolumeMustHoldTheImage() {
        assertThat(findings(workers("m1.xlarge", "fat-image", 100), facts())).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.workerPools[0].volumeSizeGb");
            assertThat(f.message()).contains("at least 200 GB").contains("100 GB");
            assertThat(f.hint()).isEqualTo("set volumeSizeGb to 200 or more");
        });
    }

    @Test
    void bootingFromTheImageNeedsAFlavorDiskThatHoldsIt() {
        assertThat(findings(workers("m1.xlarge", "fat-image", 0), facts())).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.workerPools[0].flavor");
            assertThat(f.message()).contains("at least 200 GB").contains("m1.xlarge has 160 GB");
        });
        assertThat(findings(workers("m1.xlarge", "ubuntu-24.04", 0), facts())).isEmpty();
    }

    @Test
    void aFlavorWithoutRootDiskCannotBootFromTheImage() {
        assertThat(findings(workers("b1.bfv", "ubuntu-24.04", 0), facts())).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.workerPools[0].volumeSizeGb");
            assertThat(f.message()).contains("no root disk");
        });
        assertThat(findings(workers("b1.bfv", "ubuntu-24.04", 50), facts())).isEmpty();
    }

    @Test
    void aMissingExternalNetworkIsNamedWithTheOnesThereAre() {
        ClusterConfig c = CloudFixtures.withNetwork(config(), new ClusterSpec.Network("10.20.0.0/24", "publik",
                List.of(), "10.20.0.200-10.20.0.220"));
        assertThat(findings(c, facts())).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.network.externalNetwork");
            assertThat(f.hint()).startsWith("did you mean public?");
        });
        ClusterConfig byId = CloudFixtures.withNetwork(config(), new ClusterSpec.Network("10.20.0.0/24", "net-pub",
                List.of(), "10.20.0.200-10.20.0.220"));
        assertThat(findings(byId, facts())).isEmpty();
    }

    @Test
    void anUnknownAvailabilityZoneIsAnError() {
        ClusterConfig c = CloudFixtures.withCloud(config(), new ClusterSpec.Cloud("x", "RegionOne", "nvoa", false));
        assertThat(findings(c, facts())).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.cloud.availabilityZone");
            assertThat(f.hint()).startsWith("did you mean nova?");
        });
    }
}
