package io.opencenter.installer.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolylinesTest {

    private static final Rect LEFT = new Rect(0, 100, 100, 40);
    private static final Rect RIGHT = new Rect(400, 100, 100, 40);

    @Test
    void clipCutsTheCenterToCenterPathAtBothBorders() {
        List<Point> clipped = Polylines.clip(
                List.of(new Point(50, 120), new Point(50, 200), new Point(450, 200), new Point(450, 120)), LEFT, RIGHT);

        assertThat(clipped).containsExactly(new Point(50, 140), new Point(50, 200), new Point(450, 200),
                new Point(450, 140));
    }

    @Test
    void shiftMovesTheMiddleAndSlidesTheEndsAlongTheirBorders() {
        List<Point> path = List.of(new Point(50, 140), new Point(50, 200), new Point(450, 200), new Point(450, 140));

        List<Point> shifted = Polylines.shift(path, 3);

        assertThat(shifted).containsExactly(new Point(53, 140), new Point(53, 203), new Point(453, 203),
                new Point(453, 140));
    }

    @Test
    void simplifyDropsCollinearAndRepeatedPoints() {
        List<Point> simple = Polylines.simplify(List.of(new Point(0, 0), new Point(5, 0), new Point(5, 0),
                new Point(10, 0), new Point(10, 7), new Point(10, 9)));

        assertThat(simple).containsExactly(new Point(0, 0), new Point(10, 0), new Point(10, 9));
    }

    @Test
    void straightFallbackRunsBetweenTheBordersAndIsNotShifted() {
        List<Point> line = Polylines.straight(LEFT, new Rect(300, 300, 100, 40));

        assertThat(LEFT.onBorder(line.get(0), 1e-9)).isTrue();
        assertThat(new Rect(300, 300, 100, 40).onBorder(line.get(1), 1e-9)).isTrue();
        assertThat(Polylines.shift(line, 3)).isEqualTo(line);
    }
}
