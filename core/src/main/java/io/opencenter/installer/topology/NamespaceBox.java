package io.opencenter.installer.topology;

import java.util.List;

/**
 * A namespace with at least one enabled service, drawn as a box holding its service boxes.
 *
 * @param id       namespace name, e.g. {@code flux-system} (SVG group id {@code ns-<id>})
 * @param purpose  the catalog's purpose text (for tooltips; not drawn by the exporters)
 * @param layer    dependency depth, 0 = top row (namespaces whose services depend on nothing in other namespaces)
 * @param bounds   the box; namespace boxes never overlap each other
 * @param label    the namespace name, drawn inside the box's top-left header band
 * @param services its service boxes, in catalog order
 */
public record NamespaceBox(String id, String purpose, int layer, Rect bounds, TextLabel label,
                           List<ServiceNode> services) {
    public NamespaceBox {
        services = List.copyOf(services);
    }
}
