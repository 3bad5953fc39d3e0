package io.opencenter.installer.cli;

import io.opencenter.installer.install.Clouds;

/** A config command that talks to the cluster's cloud, which {@link CliWiring} hands it. */
abstract class ClusterCommand extends ConfigCommand {
    final Clouds clouds;

    ClusterCommand(Clouds clouds) {
        this.clouds = clouds;
    }
}
