package io.agentbar.ui;

import io.agentbar.core.settings.ThemeMode;
import io.agentbar.ui.theme.Theme;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

import static io.agentbar.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes a scene as {@code <name>-light.png} and {@code <name>-dark.png} (switching the app-wide
 * theme between the two and back to light) to {@code target/screenshots}, twice the size under
 * {@code 2x/}, and a copy to {@code docs/screenshots} when the docs folder is there.
 */
public final class ThemedShots {
    public static final Path DIR = Path.of(System.getProperty("agentbar.screenshots", "target/screenshots"));
    private static final Path DOCS = Path.of("../docs/screenshots");

    private ThemedShots() {
    }

    /** Both themes of {@code scene}, e.g. {@code 01-idle-registered-light.png} and {@code -dark.png}. */
    public static void shoot(Supplier<Scene> scene, String name) throws IOException {
        try {
            for (ThemeMode mode : ThemeMode.values()) {
                onFx(() -> {
                    Theme.mode().set(mode);
                    return null;
                });
                String file = name + "-" + mode.name().toLowerCase(Locale.ROOT);
                // after the theme's layout pass: CSS and sizes settle on the pulse onFx waits for
                WritableImage image = onFx(() -> scene.get().snapshot(null));
                write(image, file);
                WritableImage large = onFx(() -> {
                    SnapshotParameters p = new SnapshotParameters();
                    p.setTransform(Transform.scale(2, 2));
                    return scene.get().getRoot().snapshot(p, null);
                });
                UiTestSupport.writePng(large, DIR.resolve("2x").resolve(file + ".png"));
            }
        } finally {
            onFx(() -> {
                Theme.mode().set(ThemeMode.LIGHT);
                return null;
            });
        }
    }

    public static void write(WritableImage image, String name) throws IOException {
        Path file = DIR.resolve(name + ".png");
        UiTestSupport.writePng(image, file);
        assertThat(Files.size(file)).isPositive();
        if (Files.isDirectory(DOCS)) {
            UiTestSupport.writePng(image, DOCS.resolve(name + ".png"));
        }
    }
}
