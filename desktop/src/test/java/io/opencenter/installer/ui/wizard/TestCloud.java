package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.openstack.config.ConfigLocations;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.ui.wizard.cloud.CloudServices;
import io.opencenter.installer.ui.wizard.cloud.CloudsYamlDirectory;
import io.opencenter.installer.ui.wizard.cloud.LazySandbox;
import io.opencenter.installer.ui.wizard.cloud.PreflightRunners;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The cloud the UI tests talk to: the real sandbox over HTTP, the real gateway and preflight, and a clouds.yaml
 * of its own (naming the sandbox) instead of the user's.
 */
final class TestCloud {
    private final LazySandbox sandbox;
    private final Path home;

    TestCloud() {
        this(io.opencenter.installer.sandbox.SandboxOptions.defaults());
    }

    /** A sandbox with these knobs (e.g. quick server transitions for install tests). */
    TestCloud(io.opencenter.installer.sandbox.SandboxOptions options) {
        sandbox = new LazySandbox(options);
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

    CloudServices services() {
        CloudsYamlDirectory directory = new CloudsYamlDirectory(
                ConfigLocations.of(Map.of(), home.resolve("work"), home));
        return new CloudServices(directory, OpenStackGateways::connect, sandbox,
                PreflightRunners.of(Catalog::builtIn));
    }

    SandboxCloud running() {
        sandbox.start();
        return sandbox.running().orElseThrow();
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
        sandbox.running().ifPresent(c -> c.faults().latency(0));
    }

    void close() {
        sandbox.close();
    }
}
