package io.opencenter.installer.sandbox.compute;

import io.opencenter.installer.sandbox.state.CloudState;
import io.opencenter.installer.sandbox.state.ComputeModel.Server;
import io.opencenter.installer.sandbox.state.NetworkModel.FixedIp;
import io.opencenter.installer.sandbox.state.NetworkModel.Port;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code os-getConsoleOutput} answers in the sandbox: no virtual machine runs, so the first line says the log is
 * simulated, and the rest is the shape of an Ubuntu cloud image's serial console (kernel, cloud-init stages, the
 * kubeadm step its user-data runs) derived from the server's state: a server still in BUILD has only booted so far,
 * a server whose join fault is set ({@link io.opencenter.installer.sandbox.SandboxBehaviour#joinFault}) shows kubeadm
 * failing with that reason, and a stopped one ends powered down.
 */
final class ConsoleLog {
    static final String SIMULATED = "[sandbox] simulated console output: no virtual machine runs in the sandbox"
            + " cloud, so these lines stand in for the boot log of ";
    private static final String CLOUD_INIT = "Cloud-init v. 24.4";
    private static final DateTimeFormatter CLOUD_INIT_TIME = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss '+0000'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final List<String> lines = new ArrayList<>();
    private final Server server;
    private final long bootedAt;

    private ConsoleLog(Server server) {
        this.server = server;
        this.bootedAt = server.createdAt;
    }

    static String of(Server server, CloudState state, long now) {
        ConsoleLog log = new ConsoleLog(server);
        log.write(state, server.status(now));
        return String.join("\n", log.lines);
    }

    private void write(CloudState state, String status) {
        lines.add(SIMULATED + server.name + ".");
        kernel(0.0, "Linux version 6.8.0-sandbox (simulated kernel) #1 SMP PREEMPT_DYNAMIC");
        kernel(0.0, "Command line: BOOT_IMAGE=/vmlinuz root=LABEL=cloudimg-rootfs ro console=tty1 console=ttyS0");
        kernel(1.2, "systemd[1]: Hostname set to <" + server.name + ">.");
        cloudInit(4.1, 512, CLOUD_INIT + " running 'init-local' at " + at(4.1) + ". Up 4.11 seconds.");
        if (status.equals("BUILD")) {
            return;
        }
        cloudInit(6.4, 610, CLOUD_INIT + " running 'init' at " + at(6.4) + ". Up 6.40 seconds.");
        cloudInit(6.4, 610, "ci-info: ++++++++++++++++++++++Net device info++++++++++++++++++++++");
        for (Port port : state.portsOfDevice(server.id)) {
            for (FixedIp ip : port.fixedIps) {
                cloudInit(6.4, 610, "ci-info: | ens3 | True | " + ip.ipAddress() + " | 255.255.255.0 | global | "
                        + port.macAddress + " |");
            }
        }
        cloudInit(12.8, 903, CLOUD_INIT + " running 'modules:config' at " + at(12.8) + ". Up 12.78 seconds.");
        cloudInit(20.1, 1021, CLOUD_INIT + " running 'modules:final' at " + at(20.1) + ". Up 20.12 seconds.");
        boolean first = server.name.endsWith("-control-plane-1");
        boolean controlPlane = server.name.contains("-control-plane-");
        cloudInit(21.0, 1021, "[preflight] Running pre-flight checks");
        if (server.joinFault != null) {
            cloudInit(81.0, 1021, "error execution phase preflight: " + server.joinFault);
            cloudInit(81.0, 1021, "To see the stack trace of this error execute with --v=5 or higher");
            cloudInit(81.1, 1021, "cc_scripts_user.py[WARNING]: Failed to run module scripts_user (scripts in"
                    + " /var/lib/cloud/instance/scripts)");
            cloudInit(81.2, 1021, CLOUD_INIT + " finished at " + at(81.2)
                    + ". Datasource DataSourceOpenStackLocal [net,ver=2].  Up 81.20 seconds");
        } else {
            cloudInit(58.2, 1021, first ? "Your Kubernetes control-plane has initialized successfully!"
                    : controlPlane ? "This node has joined the cluster and a new control plane instance was created"
                    : "This node has joined the cluster");
            cloudInit(58.9, 1021, CLOUD_INIT + " finished at " + at(58.9)
                    + ". Datasource DataSourceOpenStackLocal [net,ver=2].  Up 58.90 seconds");
        }
        lines.add("");
        lines.add("Ubuntu 24.04 LTS " + server.name + " ttyS0");
        lines.add("");
        lines.add(server.name + " login: ");
        if (status.equals("SHUTOFF")) {
            kernel(3600.0, "reboot: Power down");
        }
    }

    private void kernel(double seconds, String text) {
        lines.add(String.format(Locale.ROOT, "[%12.6f] %s", seconds, text));
    }

    private void cloudInit(double seconds, int pid, String text) {
        kernel(seconds, "cloud-init[" + pid + "]: " + text);
    }

    private String at(double seconds) {
        return CLOUD_INIT_TIME.format(Instant.ofEpochMilli(bootedAt + (long) (seconds * 1000)));
    }

    /**
     * Nova's tail of the log ({@code compute.manager._tail_log}): the last {@code length} lines of the text split at
     * newlines, nothing for 0, everything for null. Nova hands -1 through unchanged, which keeps all but the first
     * line; so does this.
     */
    static String tail(String log, Integer length) {
        if (length == null) {
            return log;
        }
        if (length == 0) {
            return "";
        }
        String[] parts = log.split("\n", -1);
        int from = length > 0 ? Math.max(0, parts.length - length) : Math.min(parts.length, -length);
        return String.join("\n", java.util.Arrays.copyOfRange(parts, from, parts.length));
    }
}
