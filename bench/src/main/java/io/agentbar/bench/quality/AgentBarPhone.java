package io.agentbar.bench.quality;

import io.agentbar.app.it.peers.PeerProcess;
import io.agentbar.app.it.peers.Ports;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * AgentBar run headless through {@code ./agentbar answer} (exactly what a user runs), without a registrar: it listens
 * on its own loopback port and is called directly by URI. File devices: {@code --play} is its microphone,
 * {@code --record} what its speaker played, written in real time by its playout clock.
 */
final class AgentBarPhone implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    static final Pattern WAITING = Pattern.compile("^waiting for a call");
    static final Pattern CONNECTED = Pattern.compile("^connected");
    static final Pattern ENDED = Pattern.compile("^ended: ");

    private final PeerProcess process;
    private final int sipPort;
    private final Map<String, Integer> cursors = new HashMap<>();

    private AgentBarPhone(PeerProcess process, int sipPort) {
        this.process = process;
        this.sipPort = sipPort;
    }

    /**
     * {@code agentbar answer --calls N}: answers {@code calls} calls one after the other, each held until the caller
     * hangs up (at most {@code seconds}); every call plays {@code play} (silence if null) from its start and records to
     * {@code record} afresh. Returns once it waits.
     */
    static AgentBarPhone answer(Path launcher, String name, Path play, Path record, int calls, int seconds) {
        int port = Ports.freeRange(2, false).first();
        List<String> args = new ArrayList<>(List.of("answer", "--calls", Integer.toString(calls), "--record",
                record.toString(), "--seconds", Integer.toString(seconds), "--timeout", "60"));
        if (play != null) {
            args.addAll(List.of("--play", play.toString()));
        }
        AgentBarPhone phone = start(launcher, name, port, args);
        phone.awaitNext(WAITING, START_TIMEOUT);
        return phone;
    }

    private static AgentBarPhone start(Path launcher, String name, int port, List<String> args) {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(args);
        command.addAll(List.of("--no-register", "--server", "127.0.0.1", "--transport", "udp", "--user", name,
                "--local-port", Integer.toString(port), "--bind", "127.0.0.1", "--codec", "opus"));
        return new AgentBarPhone(PeerProcess.start("agentbar-" + name, new ProcessBuilder(command)), port);
    }

    int sipPort() {
        return sipPort;
    }

    PeerProcess process() {
        return process;
    }

    /** Waits for the next line matching {@code line} that no earlier call of this method consumed. */
    void awaitNext(Pattern line, Duration timeout) {
        int from = cursors.getOrDefault(line.pattern(), 0);
        PeerProcess.LineMatch match = process.awaitLine(line, from, timeout);
        cursors.put(line.pattern(), match.index() + 1);
    }

    /** Waits for the command to exit by itself: only then is its recording complete. */
    void awaitExit(Duration timeout) {
        ProcessHandle handle = ProcessHandle.of(process.pid()).orElse(null);
        if (handle == null) {
            return; // already gone and reaped
        }
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw process.failure("did not exit within " + timeout);
        } catch (ExecutionException e) {
            throw process.failure("could not be awaited: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw process.failure("interrupted while awaiting exit");
        }
        process.stop(); // already exited: this only logs the exit code and closes the log
    }

    @Override
    public void close() {
        process.stop();
    }
}
