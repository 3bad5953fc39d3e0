package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.ResourceEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How an apply ended.
 *
 * @param cloudIds plan key → cloud id of every resource that is ready
 * @param created  resources created by this run
 * @param adopted  resources found on the cloud and taken over
 * @param failures the FAILED events (with reasons), empty when complete
 */
public record ApplyResult(Outcome outcome, Map<String, String> cloudIds, int created, int adopted,
                          List<ResourceEvent> failures, Duration elapsed) {

    public enum Outcome { COMPLETE, FAILED, CANCELLED }

    public boolean complete() {
        return outcome == Outcome.COMPLETE;
    }
}
