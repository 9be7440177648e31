package io.agentbar.app;

import javafx.scene.Scene;

/**
 * For the start-up benchmark: prints the wall-clock time of the first pulse that laid out the shown
 * window ({@code -Dagentbar.reportFirstFrame=true}), so a harness can time start to first frame.
 */
final class FirstFrameReport {
    private FirstFrameReport() {
    }

    static void after(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println("first-frame-epoch-ms=" + System.currentTimeMillis());
            System.out.flush();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
