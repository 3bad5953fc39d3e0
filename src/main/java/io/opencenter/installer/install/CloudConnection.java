package io.opencenter.installer.install;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.provision.InfrastructureCloud;
import java.util.function.Function;

/**
 * The cloud an install talks to: the profile, how to open the read gateway (preflight) and how to open the
 * provisioning side. Tests swap the connectors (e.g. for a gateway without retries).
 */
public record CloudConnection(CloudProfile profile, Function<CloudProfile, OpenStackGateway> gateway,
                              Function<CloudProfile, InfrastructureCloud> infrastructure) {}
