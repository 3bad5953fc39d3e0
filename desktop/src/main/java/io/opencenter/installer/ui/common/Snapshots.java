package io.opencenter.installer.ui.common;

import io.opencenter.installer.workspace.Folders;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/** Writes what a scene shows to a PNG (smoke test, screenshots). Must run on the FX thread. */
public final class Snapshots {
    private Snapshots() {}

    public static Path writePng(Scene scene, Path file) throws IOException {
        return write(scene.snapshot(null), file);
    }

    /**
     * As {@link #writePng}, with the other windows now showing (an open menu, a dialog) drawn over the scene where
     * they are on screen: a scene snapshot alone never shows popups, which are windows of their own.
     */
    public static Path writePngWithPopups(Scene scene, Path file) throws IOException {
        WritableImage image = scene.snapshot(null);
        Window main = scene.getWindow();
        double originX = main.getX() + scene.getX();
        double originY = main.getY() + scene.getY();
        for (Window other : Window.getWindows()) {
            if (other != main && other.isShowing() && other.getScene() != null) {
                WritableImage overlay = other.getScene().snapshot(null);
                int x = (int) Math.round(other.getX() + other.getScene().getX() - originX);
                int y = (int) Math.round(other.getY() + other.getScene().getY() - originY);
                blend(image, overlay, x, y);
                if (other instanceof Stage) {
                    // a dialog's title bar is the OS's and not in its scene: a frame shows where it ends
                    frame(image, x - 1, y - 1, (int) overlay.getWidth() + 2, (int) overlay.getHeight() + 2);
                }
            }
        }
        return write(image, file);
    }

    /** Source-over blending, so a popup's transparent shadow does not punch holes into the window below. */
    private static void blend(WritableImage target, WritableImage overlay, int offsetX, int offsetY) {
        PixelReader below = target.getPixelReader();
        PixelReader above = overlay.getPixelReader();
        PixelWriter out = target.getPixelWriter();
        int width = (int) target.getWidth();
        int height = (int) target.getHeight();
        for (int y = 0; y < (int) overlay.getHeight(); y++) {
            for (int x = 0; x < (int) overlay.getWidth(); x++) {
                int tx = x + offsetX;
                int ty = y + offsetY;
                Color color = above.getColor(x, y);
                if (tx >= 0 && ty >= 0 && tx < width && ty < height && color.getOpacity() > 0) {
                    Color opaque = new Color(color.getRed(), color.getGreen(), color.getBlue(), 1);
                    out.setColor(tx, ty, below.getColor(tx, ty).interpolate(opaque, color.getOpacity()));
                }
            }
        }
    }

    private static void frame(WritableImage target, int left, int top, int width, int height) {
        PixelWriter out = target.getPixelWriter();
        for (int x = left; x < left + width; x++) {
            plot(target, out, x, top);
            plot(target, out, x, top + height - 1);
        }
        for (int y = top; y < top + height; y++) {
            plot(target, out, left, y);
            plot(target, out, left + width - 1, y);
        }
    }

    private static void plot(WritableImage target, PixelWriter out, int x, int y) {
        if (x >= 0 && y >= 0 && x < target.getWidth() && y < target.getHeight()) {
            out.setColor(x, y, Color.gray(0.55));
        }
    }

    private static Path write(WritableImage image, Path file) throws IOException {
        Folders.createParentOf(file);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
        return file;
    }
}
