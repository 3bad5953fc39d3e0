package io.opencenter.installer.provision.reliability;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.config.CloudsYaml;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.ProgressSnapshot;
import io.opencenter.installer.provision.ProvisionListener;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceEvent;
import io.opencenter.installer.provision.apply.Applier;
import io.opencenter.installer.provision.apply.ApplyOptions;
import io.opencenter.installer.provision.apply.ApplyResult;
import io.opencenter.installer.provision.cloud.InfrastructureClouds;
import io.opencenter.installer.provision.journal.Journal;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The process the kill/resume tests SIGKILL: one apply of a config, as the CLI would run it, in its own JVM.
 * Arguments: the config file, the workspace folder and the first poll interval in ms (no secret ever goes into
 * arguments); the cloud comes from {@code OS_CLIENT_CONFIG_FILE} and {@code OS_CLOUD}. Prints one
 * {@code APPLY <outcome> created=N adopted=M} line and exits 0 when the run is complete, 2 otherwise.
 */
public final class ApplyChild {

    static final String RESULT_PREFIX = "APPLY ";
    static final int EXIT_COMPLETE = 0;
    static final int EXIT_INCOMPLETE = 2;

    private ApplyChild() {}

    public static void main(String[] args) {
        ClusterConfig config = ReliabilityClusters.load(Path.of(args[0]));
        Workspace workspace = new Workspace(Path.of(args[1]));
        Duration poll = Duration.ofMillis(Long.parseLong(args[2]));
        ProvisioningPlan plan = ReliabilityClusters.plan(config);
        CloudProfile profile = CloudsYaml.load().require(System.getenv("OS_CLOUD"));
        InfrastructureCloud cloud = InfrastructureClouds.connect(profile);
        ApplyResult result;
        try (Journal journal = Journal.open(journalOf(workspace, config.name()))) {
            result = Applier.apply(plan, cloud, journal, options(config, poll), new Printer(), new Cancellation());
        }
        System.out.println(RESULT_PREFIX + result.outcome() + " created=" + result.created() + " adopted="
                + result.adopted() + " failures=" + result.failures().stream()
                .map(f -> f.key() + ": " + f.reason()).toList());
        System.out.flush();
        System.exit(result.complete() ? EXIT_COMPLETE : EXIT_INCOMPLETE);
    }

    static Path journalOf(Workspace workspace, String cluster) {
        return workspace.cluster(cluster).resolve("journal.jsonl");
    }

    static ApplyOptions options(ClusterConfig config, Duration poll) {
        ClusterSpec.Provisioning p = config.spec().provisioning();
        return new ApplyOptions(p.parallelismOrDefault(), p.serializeOrDefault(), poll, poll.multipliedBy(4),
                Duration.ofMinutes(5));
    }

    /** Progress to stdout (the parent keeps it in a log file per child). */
    private static final class Printer implements ProvisionListener {
        @Override
        public void resource(ResourceEvent e) {
            System.out.println(e.at() + " " + e.state() + " " + e.key() + (e.adopted() ? " (adopted)" : "")
                    + (e.reason() == null ? "" : " " + e.reason()));
        }

        @Override
        public void progress(ProgressSnapshot progress) {}

        @Override
        public void log(String line) {
            System.out.println(line);
        }
    }
}
