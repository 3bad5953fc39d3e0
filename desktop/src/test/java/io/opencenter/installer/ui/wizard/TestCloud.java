package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.install.CloudConnector;
import io.opencenter.installer.install.Clouds;
import io.opencenter.installer.install.SharedSandbox;
import io.opencenter.installer.openstack.config.ConfigLocations;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxCloudProvider;
import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.ui.wizard.cloud.CloudServices;
import io.opencenter.installer.ui.wizard.cloud.PreflightRunners;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The cloud the UI tests talk to: the real sandbox over HTTP, the real gateway and preflight, and a clouds.yaml
 * of its own (naming the sandbox) instead of the user's; wired as {@code InstallerApp} wires the real ones.
 */
final class TestCloud {
    private final SharedSandbox sandbox;
    private final Path home;
    private volatile SandboxCloud started;

    TestCloud() {
        this(SandboxOptions.defaults());
    }

    /** A sandbox with these knobs (e.g. quick server transitions for install tests). */
    TestCloud(SandboxOptions options) {
        SandboxCloudProvider provider = new SandboxCloudProvider(options);
        sandbox = new SharedSandbox(stateFile -> {
            started = provider.start(stateFile);
            return started;
        });
        try {
            home = Files.createTempDirectory("cloudui-home");
            Files.createDirectories(home.resolve("work"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clouds.yaml with one entry, {@code lab}: the same sandbox, reached as a person's own cloud would be. */
    void writeCloudsYaml() {
        try {
            Path dir = Files.createDirectories(home.resolve(".config").resolve("openstack"));
            Files.writeString(dir.resolve("clouds.yaml"), running().cloudsYaml().replace("  sandbox:", "  lab:"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sandbox keeps no state file: every test starts from the seeded cloud. */
    CloudServices services() {
        Clouds clouds = new Clouds(ConfigLocations.of(Map.of(), home.resolve("work"), home),
                CloudConnector.standard(), sandbox);
        return new CloudServices(clouds, null, PreflightRunners.of(Catalog::builtIn));
    }

    SandboxCloud running() {
        sandbox.start(null);
        return started;
    }

    /** The sandbox's Keystone, as a person would type it into the credentials form. */
    String authUrl() {
        return running().authUrl();
    }

    String user() {
        return "demo";
    }

    String project() {
        return "demo";
    }

    /** Sets the sandbox's instance quota (it is live: the next check sees it). */
    void instanceLimit(long limit) {
        running().quotas().set("instances", limit);
    }

    /** Every sandbox call takes seconds, so a test can watch the spinner and cancel. */
    void slow() {
        running().faults().latency(3000);
    }

    void release() {
        SandboxCloud cloud = started;
        if (cloud != null) {
            cloud.faults().latency(0);
        }
    }

    void close() {
        sandbox.close();
    }
}
