package io.agentbar.audio.playback;

import io.agentbar.audio.recording.CallRecording;
import io.agentbar.audio.recording.RecordingFormat;
import io.agentbar.audio.recording.RecordingMetadata;
import io.agentbar.audio.testing.Tones;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Writes a recording through the module's own recorder: the agent's tone left, the customer's right. */
final class TwoToneRecording {
    static final double AGENT_HZ = 440;
    static final double CUSTOMER_HZ = 1000;
    private static final int FRAME = 960;

    private TwoToneRecording() {
    }

    static Path write(Path file, RecordingFormat format, int frames) throws Exception {
        // 1 s periods: both tones complete whole cycles in 48000 samples, so frames join without clicks
        short[] agent = Tones.sine(AGENT_HZ, 48_000, 48_000, 0.4);
        short[] customer = Tones.sine(CUSTOMER_HZ, 48_000, 48_000, 0.4);
        short[] a = new short[FRAME];
        short[] c = new short[FRAME];
        CallRecording recording = CallRecording.start(file, format, new RecordingMetadata("call-1", "201", "1002", ""));
        for (int i = 0, at = 0; i < frames; i++, at = (at + FRAME) % agent.length) {
            System.arraycopy(agent, at, a, 0, FRAME);
            System.arraycopy(customer, at, c, 0, FRAME);
            recording.frame(a, c);
        }
        recording.stop().toCompletableFuture().get(20, TimeUnit.SECONDS);
        return file;
    }
}
