package io.agentbar.bench.quality;

import io.agentbar.app.it.peers.PeerBinaries;
import io.agentbar.app.it.signal.MonoSignal;
import io.agentbar.app.it.signal.Wav;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The speech both receivers are scored on: Harvard sentences (IEEE 1969 list 1) spoken by espeak-ng, normalised to
 * -3 dBFS and converted by sox to 48 kHz stereo 16-bit with silence before and after, which is what baresip's aufile
 * needs for {@code opus/48000/2}. The silence lets the call settle before speech starts and lets the receivers'
 * jitter buffers drain before aufile ends the call at the end of the file.
 */
final class SpeechSource {
    private static final List<String> SENTENCES = List.of(
            "The birch canoe slid on the smooth planks.",
            "Glue the sheet to the dark blue background.",
            "It's easy to tell the depth of a well.",
            "These days a chicken leg is a rare dish.",
            "Rice is often served in round bowls.",
            "The juice of lemons makes fine punch.",
            "The box was thrown beside the parked truck.",
            "The hogs were fed chopped corn and garbage.");
    private static final long TOOL_TIMEOUT_SECONDS = 30;

    private SpeechSource() {
    }

    /** Writes the first {@code sentences} sentences to {@code directory/speech.wav}; returns the file. */
    static Path write(Path directory, int sentences) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Path raw = directory.resolve("speech-espeak.wav");
        Path wav = directory.resolve("speech.wav");
        String text = String.join(" ", SENTENCES.subList(0, Math.min(sentences, SENTENCES.size())));
        Path log = directory.resolve("speech-tools.log");
        run(List.of(PeerBinaries.require("espeak-ng").toString(), "-v", "en-us", "-s", "165", "-w", raw.toString(), text),
                log);
        run(List.of(PeerBinaries.require("sox").toString(), raw.toString(), "-r", "48000", "-c", "2", "-b", "16",
                wav.toString(), "norm", "-3", "pad", "0.7", "1.5"), log);
        return wav;
    }

    /** The speech as sent, mono. */
    static MonoSignal read(Path wav) {
        return Wav.read(wav);
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(TOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command.getFirst() + " did not finish within " + TOOL_TIMEOUT_SECONDS + " s");
        }
        if (process.exitValue() != 0) {
            throw new IOException(command.getFirst() + " failed with exit code " + process.exitValue() + "; see " + log);
        }
    }
}
