package io.agentbar.audio.recording;

import java.io.IOException;

/** Where the writer thread puts stereo frames: one per file format. Confined to the writer thread. */
sealed interface RecordingSink permits OggOpusSink, WavSink {
    /** One 20 ms frame, 960 interleaved stereo pairs (agent left, customer right). */
    void write(short[] stereo) throws IOException;

    /** Makes everything written so far readable from the file (e.g. when a pause begins). */
    void flush() throws IOException;

    /** Records a new title in the file, where the format has a place for it. */
    void title(String title) throws IOException;

    /** Ends the file properly and closes it. */
    void close() throws IOException;

    /** Closes without finishing, after a failure. */
    void abandon();
}
