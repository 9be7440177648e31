package io.agentbar.audio.recording;

import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.wav.WavWriter;

import java.io.IOException;
import java.nio.file.Path;

/**
 * 16-bit stereo WAV. {@link WavWriter} rewrites the RIFF and data sizes at every flush; its
 * buffer holds one second, so a full buffer flushes itself and a killed process leaves a valid
 * file missing at most the last second. WAV has no standard title field that players agree on:
 * the title lives in the metadata file only.
 */
final class WavSink implements RecordingSink {
    private final WavWriter writer;

    WavSink(Path file) throws IOException {
        writer = new WavWriter(file, PcmFormat.SAMPLE_RATE, 2, PcmFormat.SAMPLE_RATE * 2);
    }

    @Override
    public void write(short[] stereo) throws IOException {
        writer.write(stereo, 0, stereo.length);
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }

    @Override
    public void title(String title) {
        // no place for it in the file; see the class comment
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    @Override
    public void abandon() {
        try {
            writer.close();
        } catch (IOException e) {
            // already failing; the caller reports the first error
        }
    }
}
