package io.agentbar.bench.calls;

import io.agentbar.app.it.peers.PeerBinaries;
import io.agentbar.app.it.peers.PeerProcess;
import io.agentbar.app.it.peers.Ports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Starts {@code linphonec -c rc} (linphone-cli 5.1) for the ready-time comparison only. Its rc sets the SIP UDP port
 * and a free TCP port (the default 5060 may be taken by a Kamailio of another test). It needs a writable HOME with
 * {@code .local/share/linphone}: without that directory linphonec starts but never answers OPTIONS (seen here).
 */
final class LinphonecLaunch {
    private static final Pattern NEVER = Pattern.compile("(?!)");

    private LinphonecLaunch() {
    }

    static PhoneUnderTest start(Path work) throws IOException {
        Path binary = PeerBinaries.require("linphonec");
        int udp = Ports.freePort();
        int tcp = Ports.freePort();
        Path run = Files.createTempDirectory(work, "linphonec-");
        Path home = Files.createDirectories(run.resolve("home"));
        Files.createDirectories(home.resolve(".local/share/linphone"));
        Files.writeString(home.resolve(".asoundrc"), "pcm.!default { type null }\n");
        Path rc = run.resolve("rc");
        Files.writeString(rc, "[sip]\nsip_port=" + udp + "\nsip_tcp_port=" + tcp + "\n");
        ProcessBuilder builder = new ProcessBuilder(List.of(binary.toString(), "-c", rc.toString())).directory(run.toFile());
        builder.environment().put("HOME", home.toString());
        long started = System.nanoTime();
        PeerProcess process = PeerProcess.start("bench-linphonec", builder);
        // never called here: its call-state patterns match nothing
        return new PhoneUnderTest("linphonec", process, started, "linphone", udp, NEVER, 0, NEVER, NEVER);
    }
}
