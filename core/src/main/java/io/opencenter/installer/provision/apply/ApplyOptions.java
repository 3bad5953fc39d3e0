package io.opencenter.installer.provision.apply;

import java.time.Duration;

/**
 * How apply runs.
 *
 * @param parallelism       most calls/waits in flight at once ({@code provisioning.parallelism}, 1–16)
 * @param serializeNeutron  Neutron mutating calls one at a time ({@code provisioning.serializeApiCalls})
 * @param pollInitial       first wait before asking again whether a server/volume is ready
 * @param pollMax           the longest wait between two status reads (backoff doubles up to it)
 * @param readyTimeout      give up on one server/volume that is not ready after this long
 */
public record ApplyOptions(int parallelism, boolean serializeNeutron, Duration pollInitial, Duration pollMax,
                           Duration readyTimeout) {

    public static ApplyOptions of(int parallelism, boolean serializeNeutron) {
        return new ApplyOptions(parallelism, serializeNeutron, Duration.ofMillis(250), Duration.ofSeconds(5),
                Duration.ofMinutes(15));
    }
}
