package io.opencenter.installer.cli;

import io.opencenter.installer.install.CloudConnection;
import io.opencenter.installer.install.CloudProbe;
import io.opencenter.installer.install.Clouds;
import io.opencenter.installer.install.ConnectionProgress;
import io.opencenter.installer.install.ConnectionReport;
import io.opencenter.installer.install.LoginCheck;
import io.opencenter.installer.install.OpenedCloud;
import io.opencenter.installer.install.SandboxProvider;
import io.opencenter.installer.install.ServiceCheck;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackGateway.AuthInfo;
import io.opencenter.installer.spec.Finding;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Logs in to a cloud and makes one cheap read on each service (identity, compute, network, "
                + "image, block-storage), printing the result and latency of each. Creates nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:login and every service answered", "1:login or a service failed, or a bad option"})
final class CloudTestCommand implements Callable<Integer> {
    private final Clouds clouds;

    CloudTestCommand(Clouds clouds) {
        this.clouds = clouds;
    }

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--cloud", paramLabel = "NAME", description = "A cloud of clouds.yaml, or envvars.")
        String cloud;

        @Option(names = "--sandbox", description = "The built-in " + SandboxProvider.LABEL + ".")
        boolean sandbox;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (OpenedCloud cloud = target.sandbox ? clouds.sandbox(null) : clouds.named(target.cloud)) {
            if (!cloud.usable()) {
                cloud.findings().forEach(f -> err.println("error: " + f.message()
                        + (f.hint() == null ? "" : " (hint: " + f.hint() + ")")));
                return ExitCodes.FAILURE;
            }
            String label = target.sandbox ? SandboxProvider.LABEL : cloud.profile().name();
            out.println("Testing " + label + " at " + cloud.profile().auth().authUrl());
            return test(cloud.connection(), out) ? ExitCodes.OK : ExitCodes.FAILURE;
        } catch (OpenStackException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    /** One line per step as it comes in; after a failed login nothing else was tried. */
    private static boolean test(CloudConnection connection, PrintWriter out) {
        try (CloudProbe probe = CloudProbe.open(connection)) {
            ConnectionReport report = probe.test(new ConnectionProgress() {
                private boolean loggedIn;

                @Override
                public void login(LoginCheck login) {
                    loggedIn = login.ok();
                    if (loggedIn) {
                        AuthInfo auth = login.auth();
                        line(out, true, "login", login.latencyMs(), "as " + auth.userName() + " in project "
                                + auth.projectName() + (auth.domainName() == null ? "" : " (domain "
                                + auth.domainName() + ")"));
                    } else {
                        Finding f = login.problem();
                        line(out, false, "login", login.latencyMs(), f.message() + " (hint: " + f.hint() + ")");
                    }
                }

                @Override
                public void service(ServiceCheck check) {
                    if (loggedIn) {
                        line(out, check.ok(), check.service().catalogType(), check.latencyMs(),
                                check.ok() ? check.endpoint() : check.message());
                    }
                }
            });
            return report.ok();
        } finally {
            out.flush();
        }
    }

    private static void line(PrintWriter out, boolean ok, String what, long millis, String detail) {
        String time = millis < 0 ? "-" : millis + " ms";
        out.printf("%-4s %-10s %8s  %s%n", ok ? "OK" : "FAIL", what, time, detail);
    }
}
