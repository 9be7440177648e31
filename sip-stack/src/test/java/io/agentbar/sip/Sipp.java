package io.agentbar.sip;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One sipp process on loopback for one call. Started by ProcessBuilder, ended by its own PID;
 * its message trace is kept under target/sipp for the post-mortem of a failed test.
 */
final class Sipp implements AutoCloseable {
    final int port;
    private final Process process;
    private final Path messages;
    private final Path output;

    private Sipp(int port, Process process, Path messages, Path output) {
        this.port = port;
        this.process = process;
        this.messages = messages;
        this.output = output;
    }

    /**
     * @param name      names the trace files
     * @param scenario  {@code -sn <built-in>} or {@code -sf <file>} arguments
     * @param remote    {@code host:port} to call, or empty for a server scenario
     */
    static Sipp start(String name, List<String> scenario, String remote, String... extra) throws IOException {
        int port = freeUdpPort();
        Path dir = Path.of("target", "sipp");
        Files.createDirectories(dir);
        Path messages = dir.resolve(name + "-messages.log");
        Path errors = dir.resolve(name + "-errors.log");
        Path output = dir.resolve(name + "-screen.log");
        Files.deleteIfExists(messages);
        Files.deleteIfExists(errors);
        List<String> command = new ArrayList<>(List.of("sipp"));
        command.addAll(scenario);
        if (!List.of(extra).contains("-m")) {
            command.addAll(List.of("-m", "1"));
        }
        command.addAll(List.of("-i", "127.0.0.1", "-p", Integer.toString(port), "-nostdin",
                "-timeout", "30s", "-timeout_error", "-trace_msg", "-message_file", messages.toString(),
                "-trace_err", "-error_file", errors.toString()));
        command.addAll(List.of(extra));
        if (!remote.isEmpty()) {
            command.add(remote);
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new Sipp(port, p, messages, output);
    }

    static List<String> scenarioFile(String resource) {
        try {
            return List.of("-sf", Path.of(Sipp.class.getResource("/sipp/" + resource).toURI()).toString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** sipp's exit code: 0 when all its calls (one unless -m says otherwise) succeeded. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("sipp did not finish within " + timeout + "; see " + output);
        }
        return process.exitValue();
    }

    /** How many requests of this method sipp received. */
    long received(String method) throws IOException {
        if (!Files.exists(messages)) {
            return 0;
        }
        List<String> lines = Files.readAllLines(messages);
        long count = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("UDP message received") && i + 2 < lines.size()
                    && lines.get(i + 2).startsWith(method + " ")) {
                count++;
            }
        }
        return count;
    }

    /** When sipp received each request of this method, from its trace's timestamps (sipp's clock). */
    List<LocalDateTime> receivedAt(String method) throws IOException {
        List<LocalDateTime> out = new ArrayList<>();
        if (!Files.exists(messages)) {
            return out;
        }
        List<String> lines = Files.readAllLines(messages);
        for (int i = 1; i + 2 < lines.size(); i++) {
            if (lines.get(i).startsWith("UDP message received") && lines.get(i + 2).startsWith(method + " ")
                    && lines.get(i - 1).startsWith("-----")) {
                out.add(LocalDateTime.parse(lines.get(i - 1).replaceFirst("^-+\\s+", "").replace(' ', 'T')));
            }
        }
        return out;
    }

    /** How many responses with this status line sipp received for requests of this method. */
    long receivedResponses(String status, String method) throws IOException {
        if (!Files.exists(messages)) {
            return 0;
        }
        long count = 0;
        for (String message : Files.readString(messages).split("-{20,}")) {
            if (message.contains("UDP message received") && message.contains("SIP/2.0 " + status)
                    && message.matches("(?s).*\\nCSeq: \\d+ " + method + "\\s.*")) {
                count++;
            }
        }
        return count;
    }

    String trace() throws IOException {
        return Files.exists(messages) ? Files.readString(messages) : "(no trace)";
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(3, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(0, SipPeer.LOOPBACK)) {
            return s.getLocalPort();
        }
    }
}
