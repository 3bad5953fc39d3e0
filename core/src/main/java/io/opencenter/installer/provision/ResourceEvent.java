package io.opencenter.installer.provision;

import java.time.Instant;

/**
 * One change of a resource's state during apply or destroy.
 *
 * @param cloudId null until the cloud gave one
 * @param adopted true when the resource already existed (earlier run) and was taken over instead of created
 * @param reason  why it failed or was skipped; null otherwise. Never holds a secret.
 */
public record ResourceEvent(String key, ResourceKind kind, String name, ResourceState state, String cloudId,
                            boolean adopted, String reason, Instant at) {}
