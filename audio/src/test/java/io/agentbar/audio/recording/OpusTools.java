package io.agentbar.audio.recording;

import io.agentbar.audio.wav.PcmAudio;
import io.agentbar.audio.wav.WavReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reference Ogg Opus tools (opus-tools: opusinfo, opusdec) as independent judges of our files. */
final class OpusTools {
    private static final Pattern LENGTH = Pattern.compile("Playback length: (\\d+)m:(\\d+\\.\\d+)s");

    record Result(int exit, String output) {
    }

    private OpusTools() {
    }

    static Result run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    static Result info(Path file) throws IOException, InterruptedException {
        return run("opusinfo", file.toString());
    }

    /** What opusinfo reports as the playback length, in seconds. */
    static double playbackSeconds(String info) {
        Matcher m = LENGTH.matcher(info);
        if (!m.find()) {
            throw new AssertionError("no playback length in:\n" + info);
        }
        return Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2));
    }

    /** Decodes with opusdec at 48 kHz, undithered, and reads the WAV it wrote. */
    static PcmAudio decode(Path file) throws IOException, InterruptedException {
        Path wav = file.resolveSibling(file.getFileName() + ".decoded.wav");
        Result r = run("opusdec", "--quiet", "--rate", "48000", "--no-dither", file.toString(), wav.toString());
        if (r.exit() != 0) {
            throw new AssertionError("opusdec failed (" + r.exit() + "):\n" + r.output());
        }
        return WavReader.read(wav);
    }

    static short[] channel(short[] interleaved, int channel) {
        short[] out = new short[interleaved.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = interleaved[2 * i + channel];
        }
        return out;
    }
}
