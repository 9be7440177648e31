package io.agentbar.bench.codec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The signal both codecs get: espeak-ng speech resampled by sox to raw 16-bit little-endian, 48 kHz mono. Real
 * speech with its pauses, not a tone, because Opus spends its time very differently on voiced, unvoiced and silent
 * frames. Written once to a file that the libopus harness and the Java side both read.
 */
final class SpeechSignal {
    static final int FRAME_SAMPLES = 960;
    /** 20 s at least, so one pass holds the cold-JIT sample and the rounds are long against timer noise. */
    static final int MIN_FRAMES = 1_000;
    private static final Duration TOOL_LIMIT = Duration.ofSeconds(60);
    private static final String TEXT = "Thank you for calling. My name is Anna, how can I help you today? "
            + "I see your order from the fourteenth of March; the parcel left our warehouse on Friday. "
            + "Could you please confirm your postcode and the last four digits of your card? "
            + "Perfect, thank you. I have rescheduled the delivery for Tuesday morning, between nine and twelve. "
            + "Is there anything else I can do for you?";

    private final Path raw;
    private final short[] samples;

    private SpeechSignal(Path raw, short[] samples) {
        this.raw = raw;
        this.samples = samples;
    }

    /** Synthesises the speech into {@code directory}. */
    static SpeechSignal create(Path directory) throws IOException, InterruptedException {
        Path wav = directory.resolve("speech-22k.wav");
        Path raw = directory.resolve("speech-48k-s16le.raw");
        Command.run(directory, TOOL_LIMIT, List.of("espeak-ng", "-v", "en-us", "-s", "150", "-w", wav.toString(), TEXT));
        Command.run(directory, TOOL_LIMIT, List.of("sox", wav.toString(),
                "-r", "48000", "-c", "1", "-b", "16", "-e", "signed-integer", "-L", "-t", "raw", raw.toString()));
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(raw)).order(ByteOrder.LITTLE_ENDIAN);
        int frames = bytes.remaining() / 2 / FRAME_SAMPLES;
        if (frames < MIN_FRAMES) {
            throw new IllegalStateException("espeak-ng gave only " + frames + " frames of speech in " + raw);
        }
        short[] samples = new short[frames * FRAME_SAMPLES];
        bytes.asShortBuffer().get(samples);
        return new SpeechSignal(raw, samples);
    }

    Path raw() {
        return raw;
    }

    int frames() {
        return samples.length / FRAME_SAMPLES;
    }

    /** Copies frame {@code index} (cycling through the speech) into {@code frame}. */
    void frame(long index, short[] frame) {
        int start = (int) (index % frames()) * FRAME_SAMPLES;
        System.arraycopy(samples, start, frame, 0, FRAME_SAMPLES);
    }
}
