package io.agentbar.audio.recording;

import io.agentbar.audio.device.FrameClock;

import java.nio.file.Path;

/**
 * Child process for {@link RecordingCrashTest}: records a tone pair in real time, saying how many
 * frames it has handed over, until it is killed.
 */
public final class RecordingProcess {
    private RecordingProcess() {
    }

    public static void main(String[] args) throws Exception {
        CallRecording recording = CallRecording.start(Path.of(args[0]), RecordingFormat.valueOf(args[1]),
                new RecordingMetadata("crash-call", "201", "202", "killed"));
        TestFrames frames = new TestFrames(440, 1000);
        FrameClock clock = new FrameClock(); // paced like a microphone, so pages are due by wall time too
        for (int n = 1; ; n++) {
            clock.awaitTick();
            frames.next();
            recording.frame(frames.agentFrame(), frames.customerFrame());
            System.out.println("fed " + n);
        }
    }
}
