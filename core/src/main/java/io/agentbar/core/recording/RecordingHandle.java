package io.agentbar.core.recording;

import java.nio.file.Path;
import java.util.concurrent.CompletionStage;

/** One running recording of a call. Commands return at once; the file is written elsewhere. */
public interface RecordingHandle {
    /** Where the audio goes (metadata beside it). */
    Path file();

    boolean pause();

    boolean resume();

    void title(String title);

    /** Stops and closes the file; completes with it once written out. Idempotent. */
    CompletionStage<Path> stop();
}
