package io.opencenter.installer.provision;

/**
 * Minimal {@code #cloud-config} that only records which node it was meant for. It does not install Kubernetes:
 * the bootstrap issue replaces it, and the marker line makes a node booted with it easy to recognise.
 */
public final class PlaceholderBootstrapData implements BootstrapData {

    public static final String MARKER = "# opencenter-installer placeholder user-data: no bootstrap yet";

    @Override
    public String userData(NodeRole role, String group, int index) {
        return "#cloud-config\n"
                + MARKER + "\n"
                + "write_files:\n"
                + "  - path: /etc/opencenter/node\n"
                + "    content: |\n"
                + "      role=" + role.name().toLowerCase(java.util.Locale.ROOT) + "\n"
                + "      group=" + group + "\n"
                + "      index=" + index + "\n";
    }
}
