package io.opencenter.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.ClusterSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightCommandTest {
    @TempDir
    Path home;

    private Path sandboxConfig() throws IOException {
        return CloudCli.writeConfig(home, "cluster.yaml", ClusterConfigs.sandboxDefault());
    }

    /** The sandbox default config, but on the clouds.yaml entry {@code lab}. */
    private static ClusterConfig onCloud(String cloud, String workerFlavor) {
        ClusterConfig c = ClusterConfigs.sandboxDefault();
        ClusterSpec s = c.spec();
        ClusterSpec.WorkerPool w = s.workerPools().get(0);
        ClusterSpec spec = new ClusterSpec(new ClusterSpec.Cloud(cloud, s.cloud().region(), null, false),
                s.kubernetes(), s.network(), s.controlPlane(),
                java.util.List.of(new ClusterSpec.WorkerPool(w.name(), w.count(), workerFlavor, w.image(),
                        w.volumeSizeGb())), s.sshPublicKeyFile(), s.platform(), s.provisioning(), s.offline());
        return new ClusterConfig(c.apiVersion(), c.kind(), c.metadata(), spec);
    }

    @Test
    void theSandboxConfigPassesAndPrintsTheQuotaTable() throws IOException {
        CloudCli.Run r = CloudCli.run(home, "preflight", "-f", sandboxConfig().toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).doesNotContain("ERROR")
                .containsPattern("(?m)^QUOTA\\s+PART\\s+NEEDED\\s+IN USE\\s+LIMIT")
                .containsPattern("(?m)^instances\\s+infrastructure\\s+5\\s+0\\s+\\d+\\s+ok$")
                .containsPattern("(?m)^gigabytes\\s+add-ons\\s+507\\s+")
                .contains("preflight passed");
    }

    @Test
    void jsonHasTheValidateShapePlusTheQuotaTable() throws IOException {
        CloudCli.Run r = CloudCli.run(home, "preflight", "-f", sandboxConfig().toString(), "--output", "json");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.fieldNames()).toIterable().containsExactly("valid", "findings", "quota");
        assertThat(doc.get("valid").asBoolean()).isTrue();
        JsonNode first = doc.get("quota").get(0);
        assertThat(first.fieldNames()).toIterable()
                .containsExactly("resource", "part", "needed", "inUse", "limit", "ok");
        assertThat(first.get("resource").asText()).isEqualTo("instances");
    }

    @Test
    void aSandboxOneInstanceShortExitsTwoNamingTheQuota() throws IOException {
        SandboxOptions tight = SandboxOptions.builder().quota("instances", 4).build();
        CloudCli.Run r = CloudCli.run(home, Map.of(), tight, "preflight", "-f", sandboxConfig().toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("ERROR spec.workerPools[0].count: instances: need 5, in use 0, limit 4")
                .containsPattern("(?m)^instances\\s+infrastructure\\s+5\\s+0\\s+4\\s+SHORT$");
    }

    @Test
    void anInvalidConfigIsReportedWithoutContactingAnyCloud() throws IOException {
        ClusterConfig c = ClusterConfigs.sandboxDefault();
        ClusterSpec s = c.spec();
        ClusterSpec bad = new ClusterSpec(new ClusterSpec.Cloud("nowhere", null, null, false), s.kubernetes(),
                s.network(), new ClusterSpec.ControlPlane(2, "m1.large", "ubuntu-24.04", 40), s.workerPools(),
                s.sshPublicKeyFile(), s.platform(), s.provisioning(), s.offline());
        Path file = CloudCli.writeConfig(home, "bad.yaml",
                new ClusterConfig(c.apiVersion(), c.kind(), c.metadata(), bad));
        CloudCli.Run r = CloudCli.run(home, "preflight", "-f", file.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("ERROR spec.controlPlane.count").doesNotContain("spec.cloud.name");
        assertThat(r.err()).contains("the cloud was not contacted");
    }

    @Test
    void anUnknownCloudEntryListsTheAvailableOnes() throws IOException {
        try (SandboxCloud sandbox = SandboxCloud.start(SandboxOptions.defaults())) {
            CloudCli.writeClouds(home, CloudCli.cloudEntry("lab", sandbox.profile(), "x"));
        }
        Path file = CloudCli.writeConfig(home, "c.yaml", onCloud("labx", "m1.xlarge"));
        CloudCli.Run r = CloudCli.run(home, "preflight", "-f", file.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).containsPattern("ERROR spec\\.cloud\\.name: there is no cloud named labx \\(read .*clouds\\.yaml\\)"
                + " \\(hint: did you mean lab\\? \\(available clouds: lab\\)\\)");
    }

    @Test
    void aWrongFlavorOnACloudsYamlCloudGetsTheClosestName() throws IOException {
        try (SandboxCloud sandbox = SandboxCloud.start(SandboxOptions.defaults())) {
            String password = new String(((CloudAuth.Password) sandbox.profile().auth()).password().reveal());
            CloudCli.writeClouds(home, CloudCli.cloudEntry("lab", sandbox.profile(), password));
            Path file = CloudCli.writeConfig(home, "c.yaml", onCloud("lab", "m1.xlarg"));
            CloudCli.Run r = CloudCli.run(home, "preflight", "-f", file.toString());
            assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCodes.FINDINGS);
            assertThat(r.out()).contains("ERROR spec.workerPools[0].flavor: flavor m1.xlarg does not exist in the cloud"
                    + " (hint: did you mean m1.xlarge?");
        }
    }

    @Test
    void aWrongPasswordIsAFindingAtTheCloudName() throws IOException {
        try (SandboxCloud sandbox = SandboxCloud.start(SandboxOptions.defaults())) {
            CloudCli.writeClouds(home, CloudCli.cloudEntry("lab", sandbox.profile(), "not-the-password"));
            Path file = CloudCli.writeConfig(home, "c.yaml", onCloud("lab", "m1.xlarge"));
            CloudCli.Run r = CloudCli.run(home, "preflight", "-f", file.toString(), "--output", "json");
            assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
            JsonNode doc = new ObjectMapper().readTree(r.out());
            assertThat(doc.get("valid").asBoolean()).isFalse();
            assertThat(doc.get("findings").findValuesAsText("path")).containsExactly("spec.cloud.name");
            assertThat(r.out()).contains("rejected user").doesNotContain("not-the-password");
        }
    }

    @Test
    void aWrongRegionOnTheSandboxExitsTwoListingTheRegions() throws IOException {
        ClusterConfig c = ClusterConfigs.sandboxDefault();
        ClusterSpec s = c.spec();
        ClusterSpec spec = new ClusterSpec(new ClusterSpec.Cloud(null, "regionone", null, true), s.kubernetes(),
                s.network(), s.controlPlane(), s.workerPools(), s.sshPublicKeyFile(), s.platform(), s.provisioning(),
                s.offline());
        Path file = CloudCli.writeConfig(home, "r.yaml", new ClusterConfig(c.apiVersion(), c.kind(), c.metadata(), spec));
        CloudCli.Run r = CloudCli.run(home, "preflight", "-f", file.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("ERROR spec.cloud.region: region regionone is not in the service catalog "
                + "(hint: did you mean RegionOne?").doesNotContain("QUOTA");
    }

    @Test
    void aMissingFileExitsOne() {
        CloudCli.Run r = CloudCli.run(home, "preflight", "-f", home.resolve("nope.yaml").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("no such file");
    }
}
