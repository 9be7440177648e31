package io.agentbar.bench.calls;

import io.agentbar.app.it.peers.PeerBinaries;
import io.agentbar.app.it.peers.PeerProcess;
import io.agentbar.app.it.peers.Ports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Starts baresip 1.0.0 with a config written here rather than by the test harness's {@code Baresip}, for two reasons:
 * the harness config fixes {@code opus_bitrate 28000} and baresip takes the <em>first</em> occurrence of a key
 * (checked with two {@code sip_listen} lines), so 32 kb/s cannot be set on top of it; and its speaker, ALSA's null
 * device, never blocks, so baresip's player thread spins (measured: about 85 % of a core per call), which would bill
 * baresip for a test artefact. Here the speaker is an {@code aubridge} player with no partner source, which is never
 * started: every packet is still decoded and recorded by sndfile, like AgentBar's file speaker. Otherwise the modules
 * mirror the harness's (G.711, Opus, aufile as microphone, sndfile recording). No ctrl_tcp: a caller dials with
 * {@code -e /dial}, and the state is read from the console lines.
 */
final class BaresipLaunch {
    static final Path MODULES = Path.of("/usr/lib/baresip/modules");
    /** Opus as the issue asks: mono, 32 kb/s, VOIP, FEC planned for 10 % loss (as AgentBar), no DTX. */
    static final String OPUS = "opus/48000/1";
    private static final int RTP_PORTS = 20;

    private BaresipLaunch() {
    }

    /**
     * @param name       SIP user and directory name
     * @param codec      {@code PCMU} or {@link #OPUS}
     * @param source     the microphone WAV; aufile does not resample: 8 kHz mono for PCMU, 48 kHz mono for Opus
     * @param complexity the Opus encoder complexity (0–10)
     * @param dial       a URI to call as soon as it is up, or empty to wait (and auto-answer)
     */
    static PhoneUnderTest start(Path work, String name, String codec, Path source, int complexity, Optional<String> dial)
            throws IOException {
        Path binary = PeerBinaries.require("baresip");
        for (String module : List.of("g711.so", "opus.so", "aubridge.so", "aufile.so", "sndfile.so", "menu.so",
                "account.so")) {
            if (!Files.isRegularFile(MODULES.resolve(module))) {
                throw new IllegalStateException("baresip module " + module + " missing in " + MODULES
                        + ": run scripts/install-test-peers");
            }
        }
        // baresip listens on sip_listen for UDP and TCP and on the port above it for TLS
        int sipPort = Ports.freeRange(2, false).first();
        Ports.PortRange rtp = Ports.freeRtpRange(RTP_PORTS);
        Path run = Files.createTempDirectory(work, "baresip-" + name + "-");
        Path home = Files.createDirectories(run.resolve("home"));
        Path recordings = Files.createDirectories(run.resolve("recordings"));
        Files.writeString(run.resolve("config"), config(sipPort, rtp, source, recordings, complexity));
        Files.writeString(run.resolve("accounts"), "<sip:" + name + "@" + SipDialog.HOST + ":" + sipPort + ">;regint=0"
                + ";answermode=" + (dial.isPresent() ? "manual" : "auto") + ";audio_codecs=" + codec + "\n");
        Files.writeString(run.resolve("contacts"), "");

        List<String> command = new ArrayList<>(List.of(binary.toString(), "-f", run.toString()));
        dial.ifPresent(uri -> command.addAll(List.of("-e", "/dial " + uri)));
        ProcessBuilder builder = new ProcessBuilder(command).directory(run.toFile());
        builder.environment().put("HOME", home.toString());
        long started = System.nanoTime();
        PeerProcess process = PeerProcess.start("bench-baresip-" + name, builder);
        // "session closed" is the menu's line for the call-closed event, printed once per call however it ended
        Pattern closed = Pattern.compile("^\\S+: session closed: ");
        return new PhoneUnderTest("baresip", process, started, name, sipPort, closed, 0,
                Pattern.compile(": Call established: "), closed);
    }

    private static String config(int sipPort, Ports.PortRange rtp, Path source, Path recordings, int complexity) {
        return String.join("\n",
                "poll_method epoll",
                "sip_listen " + SipDialog.HOST + ":" + sipPort,
                // loopback only: without this baresip puts the eth0 address into its SDP
                "net_interface " + SipDialog.HOST,
                "dns_server " + SipDialog.HOST + ":53",
                "call_local_timeout 120",
                "call_max_calls 4",
                // a speaker that never asks for audio: decoding and the sndfile recording still run for every packet,
                // as they do on the receive path; ALSA's null device instead busy-loops baresip (about a core per call)
                "audio_player aubridge,speaker",
                "audio_source aufile," + source,
                "audio_alert aubridge,alert",
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
                "module g711.so",
                "module opus.so",
                "module aubridge.so",
                "module aufile.so",
                "module sndfile.so",
                "module_tmp account.so",
                "module_app menu.so",
                "snd_path " + recordings,
                "opus_bitrate 32000",
                "opus_complexity " + complexity,
                "opus_application voip",
                "opus_stereo no",
                "opus_sprop_stereo no",
                "opus_inbandfec yes",
                "opus_packet_loss 10",
                "opus_dtx no",
                "");
    }
}
