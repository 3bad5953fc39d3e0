package io.opencenter.installer.topology;

/**
 * One enabled platform service, drawn as a box inside its namespace box.
 *
 * @param id          the catalog's service id (also the SVG group id suffix: {@code svc-<id>})
 * @param displayName the name shown in the box
 * @param namespace   id of the {@link NamespaceBox} that holds it
 * @param required    false when the user could have disabled it
 * @param bounds      the box; always inside the namespace box's bounds, never overlapping another node
 * @param label       the display name, centered in the box
 */
public record ServiceNode(String id, String displayName, String namespace, boolean required, Rect bounds,
                          TextLabel label) {}
