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

    @Test
    void clipCutsTheCenterToCenterPathAtBothBorders() {
        List<Point> clipped = OrthogonalRouter.clip(
                List.of(new Point(50, 120), new Point(50, 200), new Point(450, 200), new Point(450, 120)), LEFT, RIGHT);

        assertThat(clipped).containsExactly(new Point(50, 140), new Point(50, 200), new Point(450, 200),
                new Point(450, 140));
    }

    @Test
    void shiftMovesTheMiddleAndSlidesTheEndsAlongTheirBorders() {
        List<Point> path = List.of(new Point(50, 140), new Point(50, 200), new Point(450, 200), new Point(450, 140));

        List<Point> shifted = OrthogonalRouter.shift(path, 3);

        assertThat(shifted).containsExactly(new Point(53, 140), new Point(53, 203), new Point(453, 203),
                new Point(453, 140));
    }

    @Test
    void simplifyDropsCollinearAndRepeatedPoints() {
        List<Point> simple = OrthogonalRouter.simplify(List.of(new Point(0, 0), new Point(5, 0), new Point(5, 0),
                new Point(10, 0), new Point(10, 7), new Point(10, 9)));

        assertThat(simple).containsExactly(new Point(0, 0), new Point(10, 0), new Point(10, 9));
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
