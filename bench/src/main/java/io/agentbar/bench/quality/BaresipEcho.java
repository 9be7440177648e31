package io.agentbar.bench.quality;

import io.agentbar.app.it.peers.PeerBinaries;
import io.agentbar.app.it.peers.PeerProcess;
import io.agentbar.app.it.peers.Ports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A baresip 1.0.0 that answers every call with its {@code echo} module: each call's player and source are one
 * {@code aubridge} device, which hands every 20 ms frame the player takes straight to the source, so what comes back
 * has been through baresip's whole receive path (jitter buffer, decoder, playout buffer) and its whole send path
 * (source, encoder) with no device delay in between.
 *
 * <p>It can also place a call ({@link #dial}, through {@code ctrl_tcp}): the configured player and source are then the
 * same {@code aubridge} device {@code bridge}, so an outgoing call echoes too.
 *
 * <p>Its own config rather than the test harness's {@code Baresip}: baresip takes the first {@code audio_player}
 * line, and the harness's is ALSA. Buffers are the harness's (and baresip's generated defaults): jitter buffer 5–10
 * frames, audio buffer 20–160 ms, Opus at 28 kb/s.
 */
final class BaresipEcho implements AutoCloseable {
    private static final Path MODULES = Path.of("/usr/lib/baresip/modules");
    private static final Pattern READY = Pattern.compile("^baresip is ready\\.$");

    private static final int CONTROL_TIMEOUT_MILLIS = 5000;

    private final PeerProcess process;
    private final int sipPort;
    private final int controlPort;

    private BaresipEcho(PeerProcess process, int sipPort, int controlPort) {
        this.process = process;
        this.sipPort = sipPort;
        this.controlPort = controlPort;
    }

    static BaresipEcho start(Path directory) throws IOException {
        Path binary = PeerBinaries.require("baresip");
        for (String module : List.of("echo.so", "aubridge.so", "opus.so")) {
            if (!Files.isRegularFile(MODULES.resolve(module))) {
                throw new IllegalStateException("baresip module " + module + " missing in " + MODULES);
            }
        }
        int sipPort = Ports.freeRange(2, false).first();
        int controlPort = Ports.freePort();
        Ports.PortRange rtp = Ports.freeRtpRange(10);
        Path config = Files.createDirectories(directory.resolve("baresip-echo"));
        Path home = Files.createDirectories(config.resolve("home"));
        Files.writeString(config.resolve("config"), String.join("\n",
                "poll_method epoll",
                "sip_listen 127.0.0.1:" + sipPort,
                "net_interface 127.0.0.1",
                "dns_server 127.0.0.1:53",
                "audio_player aubridge,bridge",
                "audio_source aubridge,bridge",
                // no ring or ringback tones: played on the bridge, they would take it over and stop it when they end
                "audio_alert aubridge,ringback",
                "audio_path " + home,
                "audio_level no",
                "ausrc_format s16",
                "auplay_format s16",
                "auenc_format s16",
                "audec_format s16",
                "audio_buffer 20-160",
                "rtp_ports " + rtp.dashed(),
                "rtcp_mux no",
                "jitter_buffer_delay 5-10",
                "rtp_stats no",
                "statmode_default off",
                "module_path " + MODULES,
                "module opus.so",
                "module aubridge.so",
                "module_tmp account.so",
                "module_app echo.so",
                "module_app menu.so",
                "module_app ctrl_tcp.so",
                "ctrl_tcp_listen 127.0.0.1:" + controlPort,
                "opus_bitrate 28000",
                "") + "\n");
        Files.writeString(config.resolve("accounts"), "<sip:echo@127.0.0.1:" + sipPort + ">;regint=0;"
                + "audio_codecs=opus/48000/2\n");
        Files.writeString(config.resolve("contacts"), "");
        ProcessBuilder builder = new ProcessBuilder(binary.toString(), "-f", config.toString()).directory(config.toFile());
        builder.environment().put("HOME", home.toString());
        PeerProcess process = PeerProcess.start("baresip-echo", builder);
        try {
            process.awaitLine(READY, Duration.ofSeconds(15));
        } catch (AssertionError | RuntimeException e) {
            process.stop();
            throw e;
        }
        return new BaresipEcho(process, sipPort, controlPort);
    }

    /** Calls {@code uri}; returns once baresip has taken the command (not the call). */
    void dial(String uri) throws IOException {
        command("dial", uri);
    }

    /** Hangs up the current call. */
    void hangup() throws IOException {
        command("hangup", null);
    }

    /**
     * One ctrl_tcp request on its own connection: a JSON netstring, then netstrings read until the response (events
     * may come first), bounded by a socket timeout.
     */
    private void command(String command, String params) throws IOException {
        String json = "{\"command\":\"" + command + "\"" + (params == null ? "" : ",\"params\":\"" + params + "\"")
                + ",\"token\":\"bench\"}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), controlPort), CONTROL_TIMEOUT_MILLIS);
            socket.setSoTimeout(CONTROL_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write((body.length + ":").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.write(',');
            out.flush();
            InputStream in = socket.getInputStream();
            for (int message = 0; message < 50; message++) {
                String reply = readNetstring(in);
                if (reply.contains("\"response\"")) {
                    if (!reply.contains("\"ok\":true")) {
                        throw new IOException("baresip refused " + command + ": " + reply);
                    }
                    return;
                }
            }
            throw new IOException("baresip did not answer " + command);
        }
    }

    private static String readNetstring(InputStream in) throws IOException {
        int length = 0;
        for (int c = in.read(); c != ':'; c = in.read()) {
            if (c < '0' || c > '9' || length > 1 << 20) {
                throw new IOException("bad ctrl_tcp netstring");
            }
            length = length * 10 + (c - '0');
        }
        byte[] body = in.readNBytes(length);
        in.read(); // the closing comma
        return new String(body, StandardCharsets.UTF_8);
    }

    int sipPort() {
        return sipPort;
    }

    @Override
    public void close() {
        process.stop();
    }
}
