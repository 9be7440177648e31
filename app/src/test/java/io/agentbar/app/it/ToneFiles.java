package io.agentbar.app.it;

import io.agentbar.app.it.peers.ItPaths;
import io.agentbar.app.it.signal.MonoSignal;
import io.agentbar.app.it.signal.SignalAnalysis;
import io.agentbar.app.it.signal.Tones;
import io.agentbar.app.it.signal.Wav;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Known signals for our side of a call, and the check that a recording carries one. */
public final class ToneFiles {
    /** What AgentBar plays; distinct from every tone the peers play. */
    public static final double OURS_HZ = 700;

    private ToneFiles() {
    }

    public static Path tone(String name, double hz, int rate, int channels) {
        Path file = ItPaths.newRunDirectory("tones-" + name).resolve(name + ".wav");
        Wav.write(file, Tones.sine(hz, rate, 30, 0.5), rate, channels);
        return file;
    }

    /** The recording holds {@code hz} in at least a third of its 50 ms frames, and not just a little. */
    public static void assertCarries(Path recording, double hz, String what) {
        MonoSignal signal = Wav.read(recording);
        assertThat(signal.durationSeconds()).as(what + ": recording length of " + recording).isGreaterThan(1.0);
        double fraction = SignalAnalysis.fractionOfFramesWithTone(signal.samples(), signal.sampleRate(), hz);
        assertThat(fraction).as(what + ": share of frames carrying " + hz + " Hz in " + recording).isGreaterThan(0.33);
    }
}
