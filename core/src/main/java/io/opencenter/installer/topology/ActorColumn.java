package io.opencenter.installer.topology;

import static io.opencenter.installer.topology.LayoutMetrics.ACTOR_GAP;
import static io.opencenter.installer.topology.LayoutMetrics.ACTOR_HEIGHT;
import static io.opencenter.installer.topology.LayoutMetrics.ACTOR_MIN_WIDTH;
import static io.opencenter.installer.topology.LayoutMetrics.SERVICE_FONT;
import static io.opencenter.installer.topology.LayoutMetrics.SERVICE_TEXT_PADDING;

import io.opencenter.installer.platform.Actor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Places the actors in one column left of the namespaces, each as close as it can get to the height of the
 * services it talks to, without overlapping the actor above.
 */
final class ActorColumn {

    private ActorColumn() {}

    static double width(List<Actor> actors) {
        double widest = actors.stream()
                .mapToDouble(a -> TextMetrics.width(name(a), SERVICE_FONT, false))
                .max().orElse(0);
        return Math.ceil(Math.max(ACTOR_MIN_WIDTH, widest + 2 * SERVICE_TEXT_PADDING + ACTOR_HEIGHT / 2));
    }

    /**
     * @param wantedCenterY per actor id, the mean center height of the nodes it connects to (missing: top)
     */
    static List<ActorNode> place(List<Actor> actors, double left, double top, double width,
                                 Map<String, Double> wantedCenterY) {
        List<Actor> order = new ArrayList<>(actors);
        order.sort(Comparator.comparingDouble((Actor a) -> wantedCenterY.getOrDefault(a.id(), top))
                .thenComparing(actors::indexOf));
        List<ActorNode> placed = new ArrayList<>();
        double nextFree = top;
        for (Actor a : order) {
            double wanted = wantedCenterY.getOrDefault(a.id(), top) - ACTOR_HEIGHT / 2;
            double y = Math.max(nextFree, wanted);
            Rect bounds = new Rect(left, y, width, ACTOR_HEIGHT);
            placed.add(new ActorNode(a.id(), name(a), bounds,
                    NamespaceBlock.centered(name(a), bounds, SERVICE_FONT, false)));
            nextFree = bounds.bottom() + ACTOR_GAP;
        }
        return placed;
    }

    private static String name(Actor a) {
        return a.displayName() == null || a.displayName().isBlank() ? a.id() : a.displayName();
    }
}
