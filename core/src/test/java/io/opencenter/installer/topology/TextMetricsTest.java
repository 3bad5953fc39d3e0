package io.opencenter.installer.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMetricsTest {

    @Test
    void widerTextAndBoldAreWider() {
        assertThat(TextMetrics.width("kube-vip", 12, false)).isLessThan(TextMetrics.width("kube-vip-ha", 12, false));
        assertThat(TextMetrics.width("Grafana", 12, false)).isLessThan(TextMetrics.width("Grafana", 12, true));
        assertThat(TextMetrics.width("Grafana", 12, false)).isLessThan(TextMetrics.width("Grafana", 14, false));
        assertThat(TextMetrics.width("", 12, false)).isZero();
    }

    /** The estimate drives box sizes, so it must not be much narrower than what the PNG export actually paints. */
    @Test
    void estimateIsCloseToOrAboveTheSansFontWidth() {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            for (boolean bold : new boolean[] {false, true}) {
                g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(12f));
                for (String text : List.of("Operator Lifecycle Manager", "OpenStack Cloud Controller Manager",
                        "external-snapshotter", "MetalLB speakers", "flux-system", "WWW mmm 0123456789")) {
                    double actual = g.getFontMetrics().getStringBounds(text, g).getWidth();
                    assertThat(TextMetrics.width(text, 12, bold)).as("%s bold=%s", text, bold)
                            .isGreaterThan(actual * 0.9);
                }
            }
        } finally {
            g.dispose();
        }
    }
}
