package io.agentbar.audio.device;

import io.agentbar.audio.pcm.PcmFormat;
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
import static org.assertj.core.api.Assertions.within;

/** Real time: each frame takes 20 ms, so these read only a few frames. */
@Tag("realtime")
class SoftwareDevicesTest {
    @TempDir
    Path dir;

    @Test
    void stereoEightKilohertzFileBecomesMonoFortyEightKilohertzAndLoops() throws IOException {
        // left 500 Hz, right silent: the mono mix is 500 Hz at half the level
        short[] left = Tones.sine(500, 8000, 800, 0.8);
        short[] interleaved = new short[1600];
        for (int i = 0; i < 800; i++) {
            interleaved[2 * i] = left[i];
        }
        Path file = dir.resolve("stereo8k.wav");
        WavWriter.write(file, new PcmAudio(8000, 2, interleaved)); // 100 ms = 5 frames
        WavFileCapture capture = new WavFileCapture(file);
        capture.open();
        short[] all = new short[7 * PcmFormat.FRAME_SAMPLES];
        short[] frame = new short[PcmFormat.FRAME_SAMPLES];
        long start = System.nanoTime();
        for (int f = 0; f < 7; f++) {
            capture.read(frame);
            System.arraycopy(frame, 0, all, f * 960, 960);
        }
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        capture.close();
        assertThat(elapsedMillis).as("six ticks of 20 ms").isBetween(110L, 400L);
        assertThat(Tones.amplitude(all, 960, 2880, 500, 48_000)).isCloseTo(0.4, within(0.03));
        assertThat(all[5 * 960 + 100]).as("looped back to the start").isEqualTo(all[100]);
    }

    @Test
    void recorderWritesWhatItPlaysAndStaysReadableWhileOpen() throws IOException {
        Path file = dir.resolve("rec.wav");
        WavFileRecorder recorder = new WavFileRecorder(file);
        recorder.open();
        short[] frame = Tones.sine(1000, 48_000, 960, 0.5);
        for (int i = 0; i < 3; i++) {
            recorder.write(frame);
        }
        assertThat(WavReader.read(file).samples()).as("readable before close").isEmpty();
        recorder.close();
        recorder.close();
        PcmAudio audio = WavReader.read(file);
        assertThat(audio.sampleRate()).isEqualTo(48_000);
        assertThat(audio.channels()).isEqualTo(1);
        assertThat(audio.samples()).hasSize(3 * 960);
    }

    @Test
    void toneCaptureHearsItsTone() throws AudioDeviceException {
        ToneCapture tone = new ToneCapture(1000, 0.5);
        tone.open();
        short[] frame = new short[960];
        tone.read(frame);
        tone.read(frame);
        assertThat(Tones.amplitude(frame, 0, 960, 1000, 48_000)).isCloseTo(0.5, within(0.01));
    }

    @Test
    void loopbackMicrophoneHearsItsCallsSpeakerTwoFramesLater() throws AudioDeviceException {
        LoopbackDevices loopback = new LoopbackDevices(java.time.Duration.ofMillis(40));
        PlaybackDevice speaker = loopback.playback("call-1");
        CaptureDevice microphone = loopback.capture("call-1");
        CaptureDevice otherCall = loopback.capture("call-2");
        speaker.open();
        microphone.open();
        otherCall.open();
        short[] frame = new short[PcmFormat.FRAME_SAMPLES];
        int[] heard = new int[5];
        for (int i = 0; i < 5; i++) {
            java.util.Arrays.fill(frame, (short) (i + 1));
            speaker.write(frame);
            microphone.read(frame);
            heard[i] = frame[0];
        }
        assertThat(heard).containsExactly(0, 0, 1, 2, 3);
        otherCall.read(frame);
        assertThat(frame[0]).as("calls do not share a line").isZero();
        speaker.close();
        microphone.close();
        otherCall.close();
    }

    @Test
    void aMissingFileFailsToOpenWithADeviceException() {
        assertThatThrownBy(() -> new WavFileCapture(dir.resolve("missing.wav")).open())
                .isInstanceOf(AudioDeviceException.class);
    }

    @Test
    void javaSoundWithoutASoundSystemReportsInsteadOfThrowingOddly() {
        // on this machine there are no mixers; on a workstation the named device does not exist
        assertThatThrownBy(() -> new JavaSoundCapture("no such microphone").open())
                .isInstanceOf(AudioDeviceException.class).hasMessageContaining("no such microphone");
        assertThat(new DeviceCatalog().microphones()).doesNotContain("no such microphone");
    }
}
