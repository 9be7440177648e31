package io.agentbar.bench.calls;

import io.agentbar.app.it.signal.Wav;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What every phone sends as its microphone in these runs: espeak-ng speech (with its pauses; Opus spends its time
 * very differently on voiced, unvoiced and silent frames, so a tone would flatter both), resampled by sox to 16-bit
 * mono WAV. Both phones load the whole file into memory (baresip's aufile, AgentBar's WAV capture, which also
 * resamples it to 48 kHz at every call), so its length shows in their RSS: the short probe calls get one utterance,
 * the long Opus call a repetition that outlasts it (baresip's aufile hangs up at the end of its file).
 *
 * @param wideband   48 kHz mono, repeated to the requested length, for the Opus call
 * @param narrowband 8 kHz mono, one utterance (about 12 s), for the PCMU probe calls (aufile does not resample)
 */
record CallAudio(Path wideband, Path narrowband) {
    private static final Duration TOOL_LIMIT = Duration.ofSeconds(60);
    private static final String TEXT = "Good morning, thank you for calling. How can I help you today? "
            + "I can see the order you placed last week; it left our warehouse on Friday afternoon. "
            + "Could you confirm your postcode for me, please? Thank you, I have booked the delivery for Tuesday.";

    /** Synthesises the speech into {@code directory}, the wideband file long enough for {@code atLeast} of call. */
    static CallAudio create(Path directory, Duration atLeast) throws IOException, InterruptedException {
        Path spoken = directory.resolve("speech-espeak.wav");
        run(directory, List.of("espeak-ng", "-v", "en-us", "-s", "150", "-w", spoken.toString(), TEXT));
        double seconds = Wav.read(spoken).durationSeconds();
        if (seconds < 3) {
            throw new IllegalStateException("espeak-ng gave only " + seconds + " s of speech in " + spoken);
        }
        int repeats = (int) Math.ceil(atLeast.toMillis() / 1000.0 / seconds);
        Path wide = directory.resolve("speech-48k-mono.wav");
        Path narrow = directory.resolve("speech-8k-mono.wav");
        run(directory, List.of("sox", spoken.toString(), "-r", "48000", "-c", "1", "-b", "16", "-e", "signed-integer",
                wide.toString(), "repeat", Integer.toString(repeats)));
        run(directory, List.of("sox", spoken.toString(), "-r", "8000", "-c", "1", "-b", "16", "-e", "signed-integer",
                narrow.toString()));
        return new CallAudio(wide, narrow);
    }

    private static void run(Path directory, List<String> command) throws IOException, InterruptedException {
        Path log = directory.resolve(Path.of(command.getFirst()).getFileName() + ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(TOOL_LIMIT.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (is "
                        + command.getFirst() + " installed? scripts/install-test-peers); see " + log);
            }
        } finally {
            process.destroyForcibly();
        }
    }
}
