package io.opencenter.installer.cli;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.openstack.OpenStackGateway.AuthInfo;
import io.opencenter.installer.preflight.FailureFindings;
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

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--cloud", paramLabel = "NAME", description = "A cloud of clouds.yaml, or envvars.")
        String cloud;

        @Option(names = "--sandbox", description = "The built-in " + OpenedCloud.SANDBOX_LABEL + ".")
        boolean sandbox;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CloudEnvironment env = CloudEnvironment.current();
        try (OpenedCloud cloud = target.sandbox ? OpenedCloud.sandbox(env) : OpenedCloud.fromClouds(env, target.cloud)) {
            if (!cloud.usable()) {
                cloud.findings().forEach(f -> err.println("error: " + f.message()
                        + (f.hint() == null ? "" : " (hint: " + f.hint() + ")")));
                return ExitCodes.FAILURE;
            }
            String label = target.sandbox ? OpenedCloud.SANDBOX_LABEL : cloud.profile().name();
            out.println("Testing " + label + " at " + cloud.profile().auth().authUrl());
            return test(env, cloud.profile(), out) ? ExitCodes.OK : ExitCodes.FAILURE;
        } catch (OpenStackException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    private static boolean test(CloudEnvironment env, CloudProfile profile, PrintWriter out) {
        try (OpenStackGateway gateway = env.connector().apply(profile)) {
            long start = System.nanoTime();
            AuthInfo auth;
            try {
                auth = gateway.authenticate();
            } catch (OpenStackException e) {
                Finding f = FailureFindings.of(e, profile, "logging in", profile.auth().authUrl(), java.util.List.of());
                ServiceProbes.line(out, false, "login", millisSince(start), f.message() + " (hint: " + f.hint() + ")");
                return false;
            }
            ServiceProbes.line(out, true, "login", millisSince(start), "as " + auth.userName() + " in project "
                    + auth.projectName() + (auth.domainName() == null ? "" : " (domain " + auth.domainName() + ")"));
            return ServiceProbes.probeAll(gateway, profile, auth.catalog(), out);
        } finally {
            out.flush();
        }
    }

    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
