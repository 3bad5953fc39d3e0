package io.opencenter.installer.install;

import io.opencenter.installer.kube.ApiEndpointMap;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.KubeException;
import io.opencenter.installer.kube.client.KubeConnector;
import io.opencenter.installer.provision.Cancellation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Connects to a cluster's API while it is still coming up. Until the first control plane has run kubeadm init
 * nothing answers (unreachable), and for a moment after it the admin group is not bound yet (forbidden): both are
 * waited out. A certificate the kubeconfig's CA does not trust, or refused credentials, end the wait at once:
 * waiting would not change them.
 */
final class ApiWait {

    /** What a control plane still starting up answers. */
    private static final Set<KubeException.Kind> NOT_YET = Set.of(KubeException.Kind.UNREACHABLE,
            KubeException.Kind.FORBIDDEN, KubeException.Kind.SERVER_ERROR, KubeException.Kind.TIMEOUT);

    /** The wait ended without a connection. */
    record Failure(String message, boolean cancelled) {}

    private ApiWait() {
    }

    /**
     * @param tries gets the attempt count and the last reason after each failed attempt
     * @return the connected cluster
     * @throws WaitEnded when the API did not answer in time, refused us, or the install was cancelled
     */
    static KubeCluster connect(Path kubeconfig, ApiEndpointMap route, Duration timeout, Duration poll,
                               Cancellation cancel, Clock clock, Consumer<String> tries) {
        Instant deadline = clock.instant().plus(timeout);
        int attempt = 0;
        while (true) {
            attempt++;
            try {
                return KubeConnector.connect(kubeconfig, null, route);
            } catch (KubeException e) {
                if (!NOT_YET.contains(e.kind())) {
                    throw new WaitEnded(new Failure(e.getMessage(), false));
                }
                tries.accept("attempt " + attempt + ": " + e.getMessage());
                if (cancel.isCancelled()) {
                    throw new WaitEnded(new Failure("cancelled while waiting for the API", true));
                }
                if (!clock.instant().isBefore(deadline)) {
                    throw new WaitEnded(new Failure("the API did not answer within " + timeout.toMinutes()
                            + " min (" + attempt + " attempts; last: " + e.getMessage() + ")", false));
                }
                sleep(poll);
            }
        }
    }

    private static void sleep(Duration poll) {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WaitEnded(new Failure("interrupted while waiting for the API", true));
        }
    }

    /** How a wait ended without a connection; carries a message for the user, never a stack trace. */
    static final class WaitEnded extends RuntimeException {
        private final transient Failure failure;

        WaitEnded(Failure failure) {
            super(failure.message(), null, false, false);
            this.failure = failure;
        }

        Failure failure() {
            return failure;
        }
    }
}
