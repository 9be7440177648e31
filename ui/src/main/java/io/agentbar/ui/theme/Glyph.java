package io.agentbar.ui.theme;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Rotate;

import java.util.List;

/**
 * Line icons drawn on a 24-unit grid with round caps, so they stay crisp at any size and take
 * their colour from CSS. Drawn for AgentBar, so no icon font or licence comes along;
 * {@code BarScreenshotUiTest} renders them all large to {@code 10-glyphs.png} for review.
 */
public enum Glyph {
    MICROPHONE(0, line("M12 3a3 3 0 0 1 3 3v6a3 3 0 0 1-6 0V6a3 3 0 0 1 3-3z"),
            line("M18.5 11a6.5 6.5 0 0 1-13 0"), line("M12 17.5V21")),
    MICROPHONE_OFF(0, line("M12 3a3 3 0 0 1 3 3v6a3 3 0 0 1-6 0V6a3 3 0 0 1 3-3z"),
            line("M18.5 11a6.5 6.5 0 0 1-13 0"), line("M12 17.5V21"), line("M4 4l16 16")),
    SPEAKER(0, line("M11 5L6.5 9H3.5v6h3l4.5 4z"), line("M15 9a4 4 0 0 1 0 6"), line("M18 6a8 8 0 0 1 0 12")),
    SPEAKER_OFF(0, line("M11 5L6.5 9H3.5v6h3l4.5 4z"), line("M15.5 9.5l5 5"), line("M20.5 9.5l-5 5")),
    /** A handset, earpiece top left: "call" and "answer". */
    HANDSET(0, Handset.HANDLE, Handset.EARPIECE, Handset.MOUTHPIECE),
    /** The handset laid down: "hang up" and "reject". */
    HANDSET_DOWN(135, Handset.HANDLE, Handset.EARPIECE, Handset.MOUTHPIECE),
    ARROW_OUTGOING(0, line("M7 17L17 7"), line("M9 7h8v8")),
    ARROW_INCOMING(0, line("M17 7L7 17"), line("M15 17H7V9")),
    /** A requirement met; drawn bolder, as it is shown small inside a disc. */
    CHECK(0, new Part("M5.5 12.5l4 4L18.5 7.5", 3)),
    /** A requirement failed. */
    CROSS(0, new Part("M7 7l10 10", 3), new Part("M17 7L7 17", 3));

    private static final double GRID = 24;

    private final double rotation;
    private final List<Part> lines;

    Glyph(double rotation, Part... lines) {
        this.rotation = rotation;
        this.lines = List.of(lines);
    }

    /**
     * One path of a drawing: stroked with {@code width}, or filled when the width is 0. The width is
     * part of the drawing, so CSS sets only the colour, through the {@code -ab-glyph} token.
     */
    record Part(String path, double width) {
        boolean filled() {
            return width == 0;
        }
    }

    private static Part line(String path) {
        return new Part(path, 2);
    }

    /**
     * A node {@code size} pixels square showing this glyph. Its colour is the looked-up colour
     * {@code -ab-glyph}, which a button sets on itself (e.g. {@code .call-button { -ab-glyph: -ab-on-color; }}).
     */
    public Node create(double size) {
        Group strokes = new Group();
        for (Part part : lines) {
            SVGPath p = new SVGPath();
            p.setContent(part.path());
            if (part.filled()) {
                p.getStyleClass().add("glyph-fill");
            } else {
                p.setStrokeWidth(part.width());
                p.getStyleClass().add("glyph-stroke");
            }
            strokes.getChildren().add(p);
        }
        if (rotation != 0) {
            strokes.getTransforms().add(new Rotate(rotation, GRID / 2, GRID / 2));
        }
        // the invisible grid square keeps every glyph centred the same way, whatever its drawn extent
        Rectangle grid = new Rectangle(GRID, GRID);
        grid.setFill(null);
        grid.setStroke(null);
        Group drawing = new Group(grid, strokes);
        drawing.setScaleX(size / GRID);
        drawing.setScaleY(size / GRID);
        StackPane box = new StackPane(drawing);
        box.setMinSize(size, size);
        box.setPrefSize(size, size);
        box.setMaxSize(size, size);
        box.getStyleClass().add("glyph");
        box.setMouseTransparent(true);
        return box;
    }

    /** Shared by both handset glyphs: a curved handle between two rounded pads. */
    private static final class Handset {
        static final Part HANDLE = new Part("M6 7C6 13 11 18 17 18", 3.2);
        static final Part EARPIECE = new Part(
                "M4.2 6.2l2.6-2.6a1 1 0 0 1 1.4 0l2.1 2.1a1 1 0 0 1 0 1.4l-2.6 2.6z", 0);
        static final Part MOUTHPIECE = new Part(
                "M17.8 19.8l2.6-2.6a1 1 0 0 0 0-1.4l-2.1-2.1a1 1 0 0 0-1.4 0l-2.6 2.6z", 0);
    }
}
