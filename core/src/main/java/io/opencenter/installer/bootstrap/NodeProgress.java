package io.opencenter.installer.bootstrap;

import java.time.Duration;

/**
 * One node's state change, as the faces show it.
 *
 * @param name    the node (= server) name
 * @param state   where it is now
 * @param detail  the Ready condition's reason and message when not ready, else ""
 * @param ready   how many of the expected nodes are Ready now
 * @param total   how many nodes the cluster should have
 * @param eta     the estimated time until every node is Ready (null when it cannot be estimated yet)
 */
public record NodeProgress(String name, NodeState state, String detail, int ready, int total, Duration eta) {}
