package io.agentbar.ui;

import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting on conditions (never sleeping) and saving snapshots, for the TestFX tests. */
public final class UiTestSupport {
    private UiTestSupport() {
    }

    /** Waits until {@code condition}, evaluated on the FX thread, holds; fails after 5 s. */
    public static void await(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 5 s", e);
        }
    }

    /** Runs {@code action} on the FX thread and waits for it and the events it caused. */
    public static <T> T onFx(Callable<T> action) {
        T result = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    /** The node with {@code query} (e.g. {@code #call-state}), failing clearly when absent. */
    public static <T extends Node> T node(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }

    /** Whether the node exists and is shown: it and every parent visible (a hidden row hides its labels). */
    public static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> {
            for (Node at = n; at != null; at = at.getParent()) {
                if (!at.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false);
    }

    public static boolean exists(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    /** The text of the first labelled node matching {@code query}; empty when there is none yet. */
    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n instanceof javafx.scene.control.Labeled l ? l.getText()
                : n instanceof javafx.scene.control.TextInputControl t ? t.getText() : "").orElse("");
    }

    public static void writePng(Image image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
    }
}
