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
    /** A bell: the ringtone sounds. */
    BELL(0, line("M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 1.5h-15z"), line("M10 20.5a2 2 0 0 0 4 0")),
    /** A struck-through bell: the ringtone is off. */
    BELL_OFF(0, line("M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 1.5h-15z"), line("M10 20.5a2 2 0 0 0 4 0"),
            line("M4 4l16 16")),
    SPEAKER(0, line("M11 5L6.5 9H3.5v6h3l4.5 4z"), line("M15 9a4 4 0 0 1 0 6"), line("M18 6a8 8 0 0 1 0 12")),
    SPEAKER_OFF(0, line("M11 5L6.5 9H3.5v6h3l4.5 4z"), line("M15.5 9.5l5 5"), line("M20.5 9.5l-5 5")),
    /** A handset, earpiece top left: "call" and "answer". */
    HANDSET(0, Handset.HANDLE, Handset.EARPIECE, Handset.MOUTHPIECE),
    /** The handset laid down: "hang up" and "reject". */
    HANDSET_DOWN(135, Handset.HANDLE, Handset.EARPIECE, Handset.MOUTHPIECE),
    ARROW_OUTGOING(0, line("M7 17L17 7"), line("M9 7h8v8")),
    ARROW_INCOMING(0, line("M17 7L7 17"), line("M15 17H7V9")),
    /** Two bars: "hold" (the guide's pause button) and "pause recording". */
    PAUSE(0, line("M9 6v12"), line("M15 6v12")),
    /** A triangle: "resume" a held call or a paused recording. */
    PLAY(0, line("M8 5.5v13l10.5-6.5z")),
    /** An arrow turning onward: transfer a call, forward a ringing one. */
    TRANSFER(0, line("M4 18v-2.5a5 5 0 0 1 5-5h10.5"), line("M15 6.5l4.5 4-4.5 4")),
    /** Two people: join calls into a conference. */
    CONFERENCE(0, line("M9 11a3.2 3.2 0 1 0 0-6.4a3.2 3.2 0 1 0 0 6.4z"), line("M3.5 19.5a5.5 5.5 0 0 1 11 0"),
            line("M15.5 4.9a3.2 3.2 0 0 1 0 6"), line("M17.5 14.2a5.5 5.5 0 0 1 3 5.3")),
    /** One line forking in two: split a conference back into calls. */
    SPLIT(0, line("M12 20v-7"), line("M12 13L6.5 6"), line("M12 13l5.5-7"), line("M6 10.5V5.5h5"),
            line("M18 10.5V5.5h-5")),
    /** A door and an arrow out: leave a conference, the others go on. */
    LEAVE(0, line("M10 4H6.5A2.5 2.5 0 0 0 4 6.5v11A2.5 2.5 0 0 0 6.5 20H10"), line("M15 8l4 4-4 4"),
            line("M19 12H9")),
    /** A ring with a dot: record. */
    RECORD(0, line("M12 3.5a8.5 8.5 0 1 1 0 17a8.5 8.5 0 1 1 0-17z"), new Part("M12 7.5a4.5 4.5 0 1 1 0 9a4.5 4.5 0 1 1 0-9z", 0)),
    /** A filled square: stop a recording. */
    STOP(0, new Part("M8 6h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2z", 0)),
    /** Twelve keys: show or hide the dialpad. */
    DIALPAD(0, dot(6, 4), dot(12, 4), dot(18, 4), dot(6, 9.5), dot(12, 9.5), dot(18, 9.5),
            dot(6, 15), dot(12, 15), dot(18, 15), dot(12, 20.5)),
    /** A cross: close a prompt, cancel. */
    CLOSE(0, line("M6.5 6.5l11 11"), line("M17.5 6.5l-11 11")),
    /** A plus: one more (a second recording). */
    PLUS(0, line("M12 5v14"), line("M5 12h14")),
    SEARCH(0, line("M10.5 4a6.5 6.5 0 1 1 0 13a6.5 6.5 0 0 1 0-13z"), line("M15.5 15.5L20 20")),
    FOLDER(0, line("M3.5 7.5a2 2 0 0 1 2-2h4l2 2.5h7a2 2 0 0 1 2 2v6.5a2 2 0 0 1-2 2h-13a2 2 0 0 1-2-2z")),
    /** A requirement met; drawn bolder, as it is shown small inside a disc. */
    CHECK(0, new Part("M5.5 12.5l4 4L18.5 7.5", 3)),
    /** A requirement failed. */
    CROSS(0, new Part("M7 7l10 10", 3), new Part("M17 7L7 17", 3)),
    /** The arrow beside the ready button: a list opens below. */
    CHEVRON_DOWN(0, line("M7 10l5 5 5-5")),
    /** The bar's menu: more things to do. */
    MORE(0, dot(12, 5.5), dot(12, 12), dot(12, 18.5)),
    /** Settings: three sliders. */
    SLIDERS(0, line("M4 7h8"), line("M16 7h4"), line("M14 5v4"), line("M4 12h3"), line("M11 12h9"),
            line("M9 10v4"), line("M4 17h10"), line("M18 17h2"), line("M16 15v4")),
    /** Always on top: a pin. */
    PIN(0, line("M9 4h6"), line("M10 4v5l-3 4h10l-3-4V4"), line("M12 13v7"));

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

    /** A filled key of the dialpad glyph, centred on {@code (x, y)}. */
    private static Part dot(double x, double y) {
        double r = 1.9;
        return new Part("M%s %sa%s %s 0 1 1 0 %sa%s %s 0 1 1 0 -%sz".formatted(x, y - r, r, r, 2 * r, r, r, 2 * r), 0);
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
