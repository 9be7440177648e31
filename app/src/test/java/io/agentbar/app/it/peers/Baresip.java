package io.agentbar.app.it.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real baresip 1.0.0 user agent on 127.0.0.1 for integration tests, with a generated config directory.
 *
 * <p>Audio without a sound card: the {@code aufile} module plays a generated WAV (a tone) as microphone, the
 * {@code sndfile} filter records what was sent ({@code *-enc.wav}) and received ({@code *-dec.wav}) into
 * {@link #recordingDirectory()}, and the player is ALSA's {@code null} device ({@code HOME/.asoundrc}).
 * <b>aufile hangs up the call when its file ends</b>, so the generated tone lasts
 * {@link BaresipOptions#DEFAULT_SOURCE_LENGTH} unless the options say otherwise.
 *
 * <p>Control: the {@code ctrl_tcp} module (JSON netstrings, see {@link BaresipControl}) runs the menu commands
 * {@code dial}, {@code accept} and {@code hangup}, and reports call events, which land in the peer log as
 * {@code ## <time> ctrl_tcp event <TYPE> <json>} lines; the {@code await*} methods wait for those lines. Each await
 * consumes one event of its kind, so a test with two calls simply awaits twice.
 */
public final class Baresip implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    static final Path MODULES = Path.of("/usr/lib/baresip/modules");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration REGISTER_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration RECORDING_TIMEOUT = Duration.ofSeconds(10);
    private static final int RTP_PORTS = 20;

    /** Printed once all modules are loaded (and ctrl_tcp is listening). */
    static final Pattern READY = Pattern.compile("^baresip is ready\\.$");
    /** sndfile announces the files of each call: {@code sndfile: dumping decode audio to /dir/dump-<time>-dec.wav}. */
    static final Pattern DECODE_DUMP = Pattern.compile("^sndfile: dumping decode audio to (.+-dec\\.wav)$");
    static final Pattern ENCODE_DUMP = Pattern.compile("^sndfile: dumping encode audio to (.+-enc\\.wav)$");
    private static final Pattern RTCP_RECEIVED = Pattern.compile("\"rx\"\\s*:\\s*\\{\\s*\"sent\"\\s*:\\s*(\\d+)");
    private static final Pattern PARAM = Pattern.compile("\"param\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final BaresipOptions options;
    private final int sipPort;
    private final int controlPort;
    private final Path runDirectory;
    private final Path recordingDirectory;
    private final PeerProcess process;
    private BaresipControl control;
    private final Map<String, Integer> eventCursors = new HashMap<>();

    private Baresip(BaresipOptions options, int sipPort, int controlPort, Path runDirectory, PeerProcess process) {
        this.options = options;
        this.sipPort = sipPort;
        this.controlPort = controlPort;
        this.runDirectory = runDirectory;
        this.recordingDirectory = runDirectory.resolve("recordings");
        this.process = process;
    }

    /**
     * Generates config, accounts and source WAV, starts {@code baresip -f <dir>}, connects to ctrl_tcp and, when the
     * options register at a Kamailio, waits for the 200 OK of the REGISTER.
     */
    public static Baresip start(BaresipOptions options) {
        Path binary = PeerBinaries.require("baresip");
        List<String> modules = new ArrayList<>(List.of("ctrl_tcp.so", "aufile.so", "sndfile.so", "g711.so", "opus.so"));
        if (options.mediaEncryption != null) {
            modules.addAll(options.webrtcMedia ? List.of("dtls_srtp.so", "ice.so") : List.of("srtp.so"));
        }
        for (String module : modules) {
            if (!Files.isRegularFile(MODULES.resolve(module))) {
                throw new AssertionError("baresip module " + module + " missing in " + MODULES + ": run scripts/install-test-peers");
            }
        }
        // baresip listens on sip_listen for UDP and TCP and on the port above it for TLS
        int sipPort = Ports.freeRange(2, false).first();
        int controlPort = Ports.freePort();
        Ports.PortRange rtp = Ports.freeRtpRange(RTP_PORTS);
        Path run = ItPaths.newRunDirectory("baresip-" + options.name);
        Path configDirectory = ItPaths.createDirectories(run.resolve("config"));
        Path home = ItPaths.createDirectories(run.resolve("home"));
        Path recordings = ItPaths.createDirectories(run.resolve("recordings"));
        Path source = options.sourceWav != null ? options.sourceWav : BaresipConfig.writeTone(options, run);
        write(home.resolve(".asoundrc"), "# no sound card on CI: play into ALSA's null device\npcm.!default { type null }\n");
        write(configDirectory.resolve("config"), BaresipConfig.config(options, sipPort, controlPort, rtp, source, recordings));
        write(configDirectory.resolve("accounts"), BaresipConfig.account(options, sipPort) + "\n");
        write(configDirectory.resolve("contacts"), "");

        List<String> command = new ArrayList<>(List.of(binary.toString(), "-f", configDirectory.toString()));
        if (options.sipTrace) {
            command.add("-s");
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(run.toFile());
        builder.environment().put("HOME", home.toString());
        PeerProcess process = PeerProcess.start("baresip-" + options.name, builder);
        Baresip baresip = new Baresip(options, sipPort, controlPort, run, process);
        try {
            process.awaitLine(READY, START_TIMEOUT);
            baresip.control = BaresipControl.connect(controlPort, process);
            if (options.registrar != null) {
                baresip.awaitRegistered(REGISTER_TIMEOUT);
            }
        } catch (RuntimeException | AssertionError e) {
            baresip.close();
            throw e;
        }
        return baresip;
    }

    /** Calls {@code uri} (menu command {@code dial}); returns when baresip accepted the command, not the call. */
    public void dial(String uri) {
        control.command("dial", uri, COMMAND_TIMEOUT);
    }

    /** Answers the ringing incoming call (menu command {@code accept}). */
    public void answer() {
        control.command("accept", null, COMMAND_TIMEOUT);
    }

    /** Hangs up the current call, or cancels it while it rings (menu command {@code hangup}). */
    public void hangup() {
        control.command("hangup", null, COMMAND_TIMEOUT);
    }

    /** Sends any other menu command, e.g. {@code ("listcalls", null)}; returns its output. */
    public String command(String command, String params) {
        return control.command(command, params, COMMAND_TIMEOUT);
    }

    /** Waits for the next {@code CALL_INCOMING} event; returns the caller's URI. */
    public String awaitIncomingCall(Duration timeout) {
        return awaitEvent("CALL_INCOMING", timeout);
    }

    /** Waits for the next {@code CALL_ESTABLISHED} event (200 OK sent or received); returns the peer's URI. */
    public String awaitCallEstablished(Duration timeout) {
        return awaitEvent("CALL_ESTABLISHED", timeout);
    }

    /**
     * Waits for the next {@code CALL_CLOSED} event, which baresip sends exactly once per call however it ended
     * (local or remote hangup, rejection, end of the source file); returns the reason, e.g.
     * {@code "Connection reset by user"} or {@code "404 Not Found"}.
     */
    public String awaitCallClosed(Duration timeout) {
        return awaitEvent("CALL_CLOSED", timeout);
    }

    /**
     * Waits for RTCP showing that the peer has sent at least {@code packets} RTP packets in the current call
     * ({@code CALL_RTCP} events, about every 5 s, carry the peer's sender-report count as {@code rx.sent}). This is
     * how a test lets "a few seconds" of audio flow without sleeping: 50 packets are one second at 20 ms ptime.
     *
     * @return the packet count reported
     */
    public long awaitRtpReceived(long packets, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            String line = awaitEventLine("CALL_RTCP", left);
            Matcher received = RTCP_RECEIVED.matcher(line);
            if (received.find() && Long.parseLong(received.group(1)) >= packets) {
                return Long.parseLong(received.group(1));
            }
        }
    }

    /**
     * Waits for the REGISTER's 200 OK, logged by baresip as
     * {@code <user>@<domain>: {0/UDP/v4} 200 OK (<server>) [1 binding]}.
     */
    public void awaitRegistered(Duration timeout) {
        if (options.registrar == null) {
            throw new IllegalStateException(options.name + " does not register");
        }
        process.awaitLine(Pattern.compile("^" + Pattern.quote(options.user + "@") + "\\S*: \\{\\d+/\\w+/v[46]\\} 200 OK"), timeout);
    }

    /** What this peer received in its last call ({@code *-dec.wav}), once the call has ended and the file is closed. */
    public Path receivedRecording() {
        return receivedRecording(RECORDING_TIMEOUT);
    }

    public Path receivedRecording(Duration timeout) {
        return recording(DECODE_DUMP, timeout);
    }

    /** What this peer sent in its last call ({@code *-enc.wav}), once the call has ended and the file is closed. */
    public Path sentRecording() {
        return recording(ENCODE_DUMP, RECORDING_TIMEOUT);
    }

    /** The URI that reaches this peer: its AOR at the registrar, or {@code sip:<name>@127.0.0.1:<port>} directly. */
    public String uri() {
        return options.registrar != null ? options.registrar.uri(options.user) : directUri();
    }

    /** This peer's own contact address, bypassing any registrar. */
    public String directUri() {
        return "sip:" + options.user + "@" + HOST + ":" + sipPort;
    }

    public int sipPort() {
        return sipPort;
    }

    public int controlPort() {
        return controlPort;
    }

    public Path runDirectory() {
        return runDirectory;
    }

    public Path recordingDirectory() {
        return recordingDirectory;
    }

    public PeerProcess process() {
        return process;
    }

    /** Closes the control connection and stops baresip by PID (it un-registers on SIGTERM). */
    @Override
    public void close() {
        if (control != null) {
            control.close();
        }
        process.stop();
    }

    private String awaitEvent(String type, Duration timeout) {
        Matcher param = PARAM.matcher(awaitEventLine(type, timeout));
        return param.find() ? BaresipControl.unescape(param.group(1)) : "";
    }

    /** The next not yet consumed event line of {@code type}. */
    private String awaitEventLine(String type, Duration timeout) {
        int from;
        synchronized (eventCursors) {
            from = eventCursors.getOrDefault(type, 0);
        }
        PeerProcess.LineMatch match = process.awaitLine(eventLine(type), from, timeout);
        synchronized (eventCursors) {
            eventCursors.merge(type, match.index() + 1, Math::max);
        }
        return match.line();
    }

    private static Pattern eventLine(String type) {
        return Pattern.compile("^## \\S+ " + Pattern.quote(BaresipControl.EVENT_PREFIX + type) + " ");
    }

    private Path recording(Pattern dumpLine, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        PeerProcess.LineMatch dump = process.findLast(dumpLine)
                .orElseThrow(() -> process.failure("has recorded no call yet (no line /" + dumpLine + "/)"));
        // the call that wrote this file must be over: its CALL_CLOSED comes after the dump line
        process.awaitLine(eventLine("CALL_CLOSED"), dump.index() + 1, timeout);
        Path file = Path.of(dump.group(1));
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        if (!RecordingFile.awaitClosed(file, left)) {
            throw process.failure("recording " + file + " was not closed (RIFF size still unset) within " + timeout);
        }
        return file;
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
