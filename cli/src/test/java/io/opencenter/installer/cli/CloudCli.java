package io.opencenter.installer.cli;

import io.opencenter.installer.install.CloudConnector;
import io.opencenter.installer.install.Clouds;
import io.opencenter.installer.install.Kubeconfigs;
import java.time.Clock;
import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.openstack.client.RetryPolicy;
import io.opencenter.installer.openstack.config.ConfigLocations;
import io.opencenter.installer.provision.cloud.InfrastructureClouds;
import io.opencenter.installer.sandbox.SandboxCloudProvider;
import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.SpecYaml;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs the CLI with clouds.yaml and OS_* taken from a temporary folder only, never the real home, wired as the
 * process would be otherwise (the real client, the sandbox with the given options).
 */
final class CloudCli {
    record Run(int exit, String out, String err) {}

    private CloudCli() {}

    static Run run(Path home, Map<String, String> env, SandboxOptions sandbox, String... args) {
        return run(home, env, sandbox, InstallRunner.ENGINE, args);
    }

    /** As {@link #run(Path, Map, SandboxOptions, String...)}, with apply's installs run by {@code installer}. */
    static Run run(Path home, Map<String, String> env, SandboxOptions sandbox, InstallRunner installer,
                   String... args) {
        ConfigLocations locations = new ConfigLocations(env, home, home, home.resolve("etc-openstack"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        // no retries: an unreachable URL fails at once instead of after the retry budget
        Clouds clouds = new Clouds(locations, new CloudConnector(p -> OpenStackGateways.connect(p, RetryPolicy.none()),
                InfrastructureClouds::connect), new SandboxCloudProvider(sandbox));
        // the user's kubeconfig under the test's home too, with the test's KUBECONFIG if it sets one
        Kubeconfigs kubeconfigs = new Kubeconfigs(env, home, Clock.systemUTC());
        exit = InstallerCommand.run(new CliWiring(clouds, kubeconfigs, installer), new PrintWriter(out), new PrintWriter(err),
                inWorkspace(home, args));
        return new Run(exit, out.toString(), err.toString());
    }

    /** A workspace under {@code home} unless the test names one: commands that keep files never touch the real one. */
    private static String[] inWorkspace(Path home, String... args) {
        if (java.util.Arrays.asList(args).contains("--workspace")) {
            return args;
        }
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = home.resolve("workspace").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    static Run run(Path home, String... args) {
        return run(home, Map.of(), SandboxOptions.defaults(), args);
    }

    /** A clouds.yaml entry for a password profile (e.g. a running sandbox's), with the given password. */
    static String cloudEntry(String name, CloudProfile profile, String password) {
        CloudAuth.Password p = (CloudAuth.Password) profile.auth();
        return "  " + name + ":\n"
                + "    auth:\n"
                + "      auth_url: " + p.authUrl() + "\n"
                + "      username: " + p.username() + "\n"
                + "      password: " + password + "\n"
                + "      project_name: " + p.projectName() + "\n"
                + "      user_domain_name: " + (p.userDomainName() == null ? "Default" : p.userDomainName()) + "\n"
                + "      project_domain_name: " + (p.projectDomainName() == null ? "Default" : p.projectDomainName()) + "\n"
                + (profile.regionName() == null ? "" : "    region_name: " + profile.regionName() + "\n");
    }

    static Path writeClouds(Path dir, String... entries) throws IOException {
        Path file = dir.resolve("clouds.yaml");
        Files.writeString(file, "clouds:\n" + String.join("", entries));
        return file;
    }

    static Path writeConfig(Path dir, String name, ClusterConfig config) throws IOException {
        Path file = dir.resolve(name);
        SpecYaml.save(config, file);
        return file;
    }
}
