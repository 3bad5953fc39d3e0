package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.PlannedResource;
import java.time.Duration;

/**
 * How one resource's task ended.
 *
 * @param object  the cloud object when ready (else the last one seen, possibly null)
 * @param created made by this run (false when adopted)
 * @param reason  why it failed or stopped; null when ready
 * @param took    from the task's start to its end, for the duration model
 */
record TaskResult(PlannedResource resource, Outcome outcome, CloudObject object, boolean created, String reason,
                  Duration took) {

    enum Outcome { READY, FAILED, CANCELLED }
}
