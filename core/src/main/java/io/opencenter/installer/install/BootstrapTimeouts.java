package io.opencenter.installer.install;

import java.time.Duration;

/**
 * How long Bootstrap waits. A real node installs packages, pulls images and runs kubeadm before it registers, so
 * the defaults are generous; tests of the failure paths shorten them.
 *
 * @param api   until the API answers on the floating IP (the first control plane has run kubeadm init)
 * @param nodes until every node is Ready, counted from the API's first answer
 * @param poll  between two looks at the API or the nodes
 */
public record BootstrapTimeouts(Duration api, Duration nodes, Duration poll) {

    public static final BootstrapTimeouts DEFAULT = new BootstrapTimeouts(Duration.ofMinutes(20),
            Duration.ofMinutes(30), Duration.ofSeconds(2));
}
