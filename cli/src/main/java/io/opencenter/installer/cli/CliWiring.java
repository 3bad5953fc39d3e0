package io.opencenter.installer.cli;

import io.opencenter.installer.install.Clouds;
import io.opencenter.installer.install.Kubeconfigs;
import io.opencenter.installer.sandbox.SandboxCloudProvider;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The CLI's one wiring root: builds the install-level services the commands work with (where clouds.yaml and the
 * {@code OS_*} variables are read, how a cloud is connected, which sandbox starts) and hands them to the commands
 * through their constructors, as picocli's factory. The only CLI class that names the sandbox.
 */
public final class CliWiring implements CommandLine.IFactory {
    private final Map<Class<?>, Supplier<?>> commands;

    /**
     * With these clouds (tests: a temporary home, a client without retries, a sandbox with small quotas) and this
     * user's kubeconfig (tests: one under a temporary home).
     */
    public CliWiring(Clouds clouds, Kubeconfigs kubeconfigs) {
        this(clouds, kubeconfigs, InstallRunner.ENGINE);
    }

    /** As {@link #CliWiring(Clouds, Kubeconfigs)}, with apply's installs run by {@code installer} (tests: a script). */
    public CliWiring(Clouds clouds, Kubeconfigs kubeconfigs, InstallRunner installer) {
        commands = Map.of(
                CloudListCommand.class, () -> new CloudListCommand(clouds),
                CloudTestCommand.class, () -> new CloudTestCommand(clouds),
                PreflightCommand.class, () -> new PreflightCommand(clouds),
                PlanCommand.class, () -> new PlanCommand(clouds),
                ApplyCommand.class, () -> new ApplyCommand(clouds, kubeconfigs, installer),
                KubeconfigCommand.class, () -> new KubeconfigCommand(kubeconfigs),
                DestroyCommand.class, () -> new DestroyCommand(clouds));
    }

    /**
     * The process's own: its environment and clouds.yaml, the openstack4j clients, and the built-in sandbox with its
     * defaults. Builds objects only; nothing is read or started until a command asks.
     */
    public static CliWiring ofProcess() {
        return new CliWiring(Clouds.ofSystem(SandboxCloudProvider.defaults()), Kubeconfigs.forThisUser());
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Supplier<?> command = commands.get(type);
        return command != null ? type.cast(command.get()) : CommandLine.defaultFactory().create(type);
    }
}
