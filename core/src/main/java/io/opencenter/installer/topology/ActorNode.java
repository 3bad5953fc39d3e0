package io.opencenter.installer.topology;

/**
 * Something outside the platform services that a data flow passes through (a user, Git, the OpenStack APIs, …).
 * Actors sit in a column left of the namespaces and overlap nothing.
 *
 * @param id     the catalog's actor id (SVG group id {@code actor-<id>})
 * @param label  the display name, centered in the box
 */
public record ActorNode(String id, String displayName, Rect bounds, TextLabel label) {}
