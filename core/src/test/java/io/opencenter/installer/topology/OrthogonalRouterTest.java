package io.opencenter.installer.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrthogonalRouterTest {

    private static final Rect LEFT = new Rect(0, 100, 100, 40);
    private static final Rect MIDDLE = new Rect(200, 100, 100, 40);
    private static final Rect RIGHT = new Rect(400, 100, 100, 40);
    private static final Rect REGION = new Rect(-50, 0, 600, 300);

    private static OrthogonalRouter router() {
        return new OrthogonalRouter(List.of(
                new OrthogonalRouter.Node("left", LEFT, -1),
                new OrthogonalRouter.Node("middle", MIDDLE, -1),
                new OrthogonalRouter.Node("right", RIGHT, -1)), List.of(), List.of(), REGION, 16, 40);
    }

    @Test
    void goesAroundABoxInTheWay() {
        List<Point> path = router().route("left", "right");

        assertThat(LEFT.onBorder(path.get(0), 1e-9)).isTrue();
        assertThat(RIGHT.onBorder(path.get(path.size() - 1), 1e-9)).isTrue();
        for (int i = 0; i + 1 < path.size(); i++) {
            assertThat(crossesInterior(path.get(i), path.get(i + 1), MIDDLE))
                    .as("segment %s-%s crosses the middle box", path.get(i), path.get(i + 1)).isFalse();
        }
        assertThat(path.size()).isGreaterThan(2);
    }

    @Test
    void neighboursWithNothingBetweenGetAStraightLineBetweenFacingSides() {
        List<Point> path = router().route("left", "middle");

        assertThat(path).containsExactly(new Point(100, 120), new Point(200, 120));
    }

    private static boolean crossesInterior(Point a, Point b, Rect r) {
        if (a.y() == b.y()) {
            return a.y() > r.y() && a.y() < r.bottom() && Math.min(a.x(), b.x()) < r.right()
                    && Math.max(a.x(), b.x()) > r.x();
        }
        return a.x() > r.x() && a.x() < r.right() && Math.min(a.y(), b.y()) < r.bottom()
                && Math.max(a.y(), b.y()) > r.y();
    }
}
