package io.opencenter.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.bootstrap.NodeState;
import io.opencenter.installer.install.BootstrapSummary;
import io.opencenter.installer.install.GitOpsSummary;
import io.opencenter.installer.install.InstallListener;
import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.install.InstallRequest;
import io.opencenter.installer.install.InstallResult;
import io.opencenter.installer.install.PhaseState;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.rollout.ServiceProgress;
import io.opencenter.installer.rollout.ServiceState;
import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.spec.ClusterConfigs;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What apply prints of GitOps and Rollout: a line per service state change while it runs, then the repository, Flux
 * and a table of the services; a service left Degraded fails the command and says how to roll it again. The install
 * is scripted (the events the engine's Rollout phase sends); the command, its wiring and the catalog are the real
 * ones.
 */
class ApplyRolloutTest {
    private static final GitOpsSummary GITOPS = new GitOpsSummary("https://git.example.test/platform/demo.git", "main",
            "clusters/demo", "4f1c2e9a7d3b", true, 214, "Flux v2.9.5 (upstream install manifests)", true);

    @TempDir
    Path home;
    private Path config;

    @BeforeEach
    void setUp() throws IOException {
        config = CloudCli.writeConfig(home, "cluster.yaml", ClusterConfigs.sandboxDefault());
    }

    /** Plays GitOps and Rollout with the given events, then ends as the engine would with these last states. */
    private static InstallRunner script(List<ServiceProgress> events) {
        return (InstallRequest request, InstallListener l, Cancellation cancel) -> {
            l.phase(InstallPhase.BOOTSTRAP, PhaseState.DONE, "5 nodes ready");
            l.phase(InstallPhase.GITOPS, PhaseState.RUNNING, "");
            l.phase(InstallPhase.GITOPS, PhaseState.DONE, "214 files published to main");
            l.phase(InstallPhase.ROLLOUT, PhaseState.RUNNING, "");
            l.rolloutStarted(id -> true);
            Map<String, ServiceProgress> last = new LinkedHashMap<>();
            for (ServiceProgress p : events) {
                l.service(p);
                last.put(p.serviceId(), p);
            }
            List<ServiceProgress> services = new ArrayList<>(last.values());
            boolean degraded = services.stream().anyMatch(s -> s.state() == ServiceState.DEGRADED);
            l.phase(InstallPhase.ROLLOUT, degraded ? PhaseState.FAILED : PhaseState.DONE, "");
            BootstrapSummary cluster = new BootstrapSummary("https://203.0.113.10:6443",
                    request.workspace().root().resolve("clusters/demo/kubeconfig"),
                    List.of(new BootstrapSummary.Node("demo-control-plane-1", "control plane", NodeState.READY)),
                    true);
            return degraded
                    ? new InstallResult(InstallResult.Outcome.FAILED, InstallPhase.GITOPS, null, null, cluster, GITOPS,
                            services, "1 platform service degraded: harbor")
                    : new InstallResult(InstallResult.Outcome.COMPLETE, InstallPhase.ROLLOUT, null, null, cluster,
                            GITOPS, services, "every platform service is ready");
        };
    }

    private static ServiceProgress p(String id, ServiceState state, int seconds, String reason) {
        return new ServiceProgress(id, state, Duration.ofSeconds(seconds), reason);
    }

    private CloudCli.Run apply(List<ServiceProgress> events) {
        return CloudCli.run(home, Map.of(), SandboxOptions.defaults(), script(events), "apply", "-f",
                config.toString(), "--until", "rollout");
    }

    @Test
    void printsALinePerServiceStateChangeThenTheRepositoryAndTheServices() {
        CloudCli.Run r = apply(List.of(
                p("cert-manager", ServiceState.WAITING, 0, ""),
                p("cluster-issuers", ServiceState.WAITING, 0, "waiting for cert-manager"),
                p("cert-manager", ServiceState.PROGRESSING, 0, "HelmRelease cert-manager: installing"),
                p("cert-manager", ServiceState.PROGRESSING, 20, "Deployment cert-manager: 0/1 ready"),
                p("cert-manager", ServiceState.READY, 72, ""),
                p("cluster-issuers", ServiceState.PROGRESSING, 0, ""),
                p("cluster-issuers", ServiceState.READY, 9, "")));

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("== GitOps: done (214 files published to main)")
                .containsPattern("(?m)^\\[0/2 ready\\] PROGRESSING service   cert-manager \\(cert-manager\\)\\s+"
                        + "\\(HelmRelease cert-manager: installing\\)$")
                .containsPattern("(?m)^\\[1/2 ready\\] READY       service   cert-manager \\(cert-manager\\)\\s+"
                        + "\\(1m12s\\)$")
                .containsPattern("(?m)^\\[2/2 ready\\] READY       service   ClusterIssuers \\(cert-manager\\)\\s+"
                        + "\\(9s\\)$")
                // waiting is not news, and a progressing service's new reason is not a state change
                .doesNotContain("WAITING").doesNotContain("0/1 ready")
                .contains("Repository:   https://git.example.test/platform/demo.git  (branch main, path clusters/demo)")
                .contains("Commit:       4f1c2e9a7d3b  (published by this run, 214 files)")
                .contains("Flux:         Flux v2.9.5 (upstream install manifests)  (simulated: the sandbox's Flux)")
                .contains("2 of 2 platform services ready")
                .containsPattern("(?m)^SERVICE\\s+NAMESPACE\\s+STATE\\s+ELAPSED\\s+REASON$")
                .containsPattern("(?m)^cert-manager\\s+cert-manager\\s+READY\\s+1m12s$")
                .containsPattern("(?m)^ClusterIssuers\\s+cert-manager\\s+READY\\s+9s$");
        assertThat(r.err()).doesNotContain("degraded");
    }

    @Test
    void aDegradedServiceFailsTheCommandWithItsReasonAndSaysHowToRollItAgain() {
        String pull = "ImagePullBackOff: Back-off pulling image \"goharbor/harbor-core:v2.13.1\"";
        CloudCli.Run r = apply(List.of(
                p("cert-manager", ServiceState.WAITING, 0, ""),
                p("harbor", ServiceState.WAITING, 0, ""),
                p("harbor-registry", ServiceState.WAITING, 0, ""),
                p("cert-manager", ServiceState.PROGRESSING, 0, ""),
                p("harbor", ServiceState.PROGRESSING, 0, ""),
                p("cert-manager", ServiceState.READY, 40, ""),
                p("harbor", ServiceState.DEGRADED, 300, pull),
                p("harbor-registry", ServiceState.BLOCKED, 0, "needs Harbor Core (harbor), which is degraded")));

        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.out())
                .containsPattern("(?m)^\\[1/3 ready\\] DEGRADED    service   Harbor Core \\(harbor\\)\\s+"
                        + "\\(5m00s, ImagePullBackOff: Back-off pulling image \"goharbor/harbor-core:v2.13.1\"\\)$")
                .containsPattern("(?m)^\\[1/3 ready\\] BLOCKED     service   Harbor Registry \\(harbor\\)\\s+"
                        + "\\(needs Harbor Core \\(harbor\\), which is degraded\\)$")
                .contains("1 of 3 platform services ready")
                .containsPattern("(?m)^cert-manager\\s+cert-manager\\s+READY\\s+40s$")
                .containsPattern("(?m)^Harbor Core\\s+harbor\\s+DEGRADED\\s+5m00s\\s+" + java.util.regex.Pattern
                        .quote(pull) + "$")
                .containsPattern("(?m)^Harbor Registry\\s+harbor\\s+BLOCKED\\s+-\\s+needs Harbor Core");
        assertThat(r.err()).contains("error: 1 platform service degraded: harbor")
                .contains("error: 1 platform service(s) degraded: Harbor Core (harbor) (reasons in the table above)")
                .contains("fix the cause, then run 'opencenter-installer apply -f " + config
                        + "' again: it resumes, keeps what is ready and rolls the degraded services")
                .doesNotContain("nothing is lost");
    }
}
