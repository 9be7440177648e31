package io.agentbar.audio.device;

import io.agentbar.audio.testing.Tones;
import io.agentbar.audio.wav.PcmAudio;
import io.agentbar.audio.wav.WavReader;
import io.agentbar.audio.wav.WavWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real time: each frame a line plays takes 20 ms. */
@Tag("realtime")
class WavFileSpeakerTest {
    private static final int FRAME = 960;
    private static final short[] HIGH = Tones.sine(1000, 48_000, FRAME, 0.3);
    private static final short[] LOW = Tones.sine(440, 48_000, FRAME, 0.3);

    @TempDir
    Path dir;

    @Test
    void linesOpenAtTheSameTimeAreHeardTogether() throws Exception {
        Path file = dir.resolve("speaker.wav");
        WavFileSpeaker speaker = new WavFileSpeaker(file);
        PlaybackDevice first = speaker.line("call-1");
        PlaybackDevice second = speaker.line("call-2");
        first.open();
        second.open();
        for (int f = 0; f < 10; f++) {
            first.write(HIGH);
            second.write(LOW);
        }
        first.close();
        second.close();
        short[] s = WavReader.read(file).samples();
        assertThat(s).as("one timeline, not two files' worth").hasSize(10 * FRAME);
        assertThat(Tones.amplitude(s, 5 * FRAME, FRAME, 1000, 48_000)).isGreaterThan(0.25);
        assertThat(Tones.amplitude(s, 5 * FRAME, FRAME, 440, 48_000)).isGreaterThan(0.25);
    }

    @Test
    void aLaterLineContinuesTheFileButTheFirstStartsItAfresh() throws Exception {
        Path file = dir.resolve("speaker.wav");
        WavWriter.write(file, new PcmAudio(48_000, 1, Tones.sine(300, 48_000, 100 * FRAME, 0.3)));
        WavFileSpeaker speaker = new WavFileSpeaker(file);
        play(speaker.line("call-1"), HIGH, 5);
        play(speaker.line("call-2"), LOW, 5);
        short[] s = WavReader.read(file).samples();
        assertThat(s).as("the old file is gone, the first call's audio is kept").hasSize(10 * FRAME);
        assertThat(Tones.amplitude(s, 2 * FRAME, FRAME, 1000, 48_000)).isGreaterThan(0.25);
        assertThat(Tones.amplitude(s, 7 * FRAME, FRAME, 440, 48_000)).isGreaterThan(0.25);
        assertThat(Tones.amplitude(s, 7 * FRAME, FRAME, 1000, 48_000)).isLessThan(0.02);
    }

    @Test
    void aStalledLineDoesNotHoldTheFileBackAndItsLateFrameIsStillPlayed() throws Exception {
        Path file = dir.resolve("speaker.wav");
        WavFileSpeaker speaker = new WavFileSpeaker(file);
        PlaybackDevice playing = speaker.line("call-1");
        PlaybackDevice stalled = speaker.line("call-2");
        playing.open();
        stalled.open();
        for (int f = 0; f < 70; f++) {
            playing.write(HIGH);
        }
        assertThat(WavReader.read(file).samples()).as("flushed while a line stalls")
                .hasSizeGreaterThanOrEqualTo(50 * FRAME);
        stalled.write(LOW);
        playing.close();
        stalled.close();
        short[] s = WavReader.read(file).samples();
        assertThat(s).hasSize(70 * FRAME);
        assertThat(Tones.amplitude(s, (70 - 16) * FRAME, FRAME, 440, 48_000)).as("the late frame, at the oldest open slot")
                .isGreaterThan(0.25);
    }

    @Test
    void aLineThatIsNotOpenCannotPlay() {
        PlaybackDevice line = new WavFileSpeaker(dir.resolve("speaker.wav")).line("call-1");
        assertThatThrownBy(() -> line.write(HIGH)).isInstanceOf(AudioDeviceException.class);
    }

    private static void play(PlaybackDevice line, short[] frame, int frames) throws AudioDeviceException {
        line.open();
        for (int f = 0; f < frames; f++) {
            line.write(frame);
        }
        line.close();
    }
}
