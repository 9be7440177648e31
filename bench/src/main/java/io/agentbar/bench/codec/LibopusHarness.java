package io.agentbar.bench.codec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The peer: Debian's libopus, driven by {@code codec/opus_bench.c} which is compiled at bench time with
 * {@code gcc -O2} against libopus-dev. The harness times its own loop, so process start-up is never counted.
 */
final class LibopusHarness {
    private static final Duration COMPILE_LIMIT = Duration.ofSeconds(60);
    private static final Duration RUN_LIMIT = Duration.ofMinutes(3);
    private static final Pattern RESULT = Pattern.compile("frames=(\\d+) total_ns=(\\d+) bytes=(\\d+)");

    private final Path binary;
    private final Path directory;

    private LibopusHarness(Path binary, Path directory) {
        this.binary = binary;
        this.directory = directory;
    }

    /** Compiles the harness into {@code directory}. */
    static LibopusHarness compile(Path directory) throws IOException, InterruptedException {
        Path source = directory.resolve("opus_bench.c");
        try (InputStream in = LibopusHarness.class.getResourceAsStream("/codec/opus_bench.c")) {
            if (in == null) {
                throw new IllegalStateException("codec/opus_bench.c is missing from the bench class path");
            }
            Files.copy(in, source);
        }
        Path binary = directory.resolve("opus_bench");
        Command.run(directory, COMPILE_LIMIT, List.of("gcc", "-O2", "-o", binary.toString(), source.toString(),
                "-I/usr/include/opus", "-lopus"));
        return new LibopusHarness(binary, directory);
    }

    /** The libopus version the harness links against, e.g. {@code libopus 1.3.1}. */
    String version() throws IOException, InterruptedException {
        return Command.run(directory, COMPILE_LIMIT, List.of(binary.toString(), "version")).strip();
    }

    /** Encodes the speech, writing the timed frames' packets to {@code packets}. */
    FrameTiming encode(SpeechSignal speech, Path packets, int warmup, int frames) throws IOException, InterruptedException {
        return parse(Command.run(directory, RUN_LIMIT, List.of(binary.toString(), "encode", speech.raw().toString(),
                packets.toString(), Integer.toString(warmup), Integer.toString(frames))));
    }

    /** Decodes {@code packets}, cycling through them. */
    FrameTiming decode(Path packets, int warmup, int frames) throws IOException, InterruptedException {
        return parse(Command.run(directory, RUN_LIMIT, List.of(binary.toString(), "decode", packets.toString(),
                Integer.toString(warmup), Integer.toString(frames))));
    }

    private static FrameTiming parse(String output) {
        Matcher m = RESULT.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("opus_bench printed no result: " + output.strip());
        }
        return new FrameTiming(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
    }
}
