package io.opencenter.installer.rollout;

/**
 * Told of every change of a service's state or reason, one call at a time, on the thread that runs the rollout (a
 * face hands it on to its own thread). A listener that throws is logged and does not stop the rollout.
 */
@FunctionalInterface
public interface RolloutListener {

    void service(ServiceProgress p);

    RolloutListener NONE = p -> { };
}
