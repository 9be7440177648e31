package io.agentbar.app.it.peers;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a strict TLS client thinks of a listener's certificate: {@code openssl s_client} with a CA file and a
 * host-name or IP check, run against 127.0.0.1. An independent reference for the negative TLS tests: if openssl
 * rejects the certificate, our client must reject it too.
 *
 * @param code   openssl's verify result: 0 is ok, 62 hostname mismatch, 64 IP address mismatch, 20 unable to get
 *               local issuer certificate, 21 unable to verify the first certificate (both: unknown CA)
 * @param reason the text openssl gives for {@code code}, e.g. {@code "hostname mismatch"}
 */
public record TlsCheck(int code, String reason) {

    public static final int OK = 0;
    /** The server sent its (untrusted) root along: "self-signed certificate in certificate chain". */
    public static final int SELF_SIGNED_IN_CHAIN = 19;
    public static final int UNKNOWN_ISSUER = 20;
    /** The server sent only its certificate, whose issuer is not trusted: "unable to verify the first certificate". */
    public static final int UNVERIFIABLE_LEAF = 21;
    public static final int HOSTNAME_MISMATCH = 62;
    public static final int IP_MISMATCH = 64;
    private static final Pattern VERIFY_RESULT = Pattern.compile("Verify return code: (\\d+) \\((.*)\\)");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    public boolean ok() {
        return code == OK;
    }

    /** The chain does not lead to the trusted CA, whether or not the server sent its own root along. */
    public boolean untrustedIssuer() {
        return code == UNKNOWN_ISSUER || code == SELF_SIGNED_IN_CHAIN || code == UNVERIFIABLE_LEAF;
    }

    /** Connects to 127.0.0.1:{@code port}, trusting only {@code caFile}, and checks the certificate names {@code hostname}. */
    public static TlsCheck hostname(int port, Path caFile, String hostname) {
        return run(port, caFile, List.of("-verify_hostname", hostname));
    }

    /** Connects to 127.0.0.1:{@code port}, trusting only {@code caFile}, and checks the certificate names {@code ip}. */
    public static TlsCheck ip(int port, Path caFile, String ip) {
        return run(port, caFile, List.of("-verify_ip", ip));
    }

    private static TlsCheck run(int port, Path caFile, List<String> check) {
        List<String> command = new ArrayList<>(List.of(PeerBinaries.require("openssl").toString(), "s_client",
                "-connect", "127.0.0.1:" + port, "-CAfile", caFile.toString(),
                // only the given CA: the system trust store must not make an unknown CA look trusted
                "-no-CApath", "-no-CAstore"));
        command.addAll(check);
        try (PeerProcess client = PeerProcess.start("openssl-s_client", new ProcessBuilder(command))) {
            try {
                // EOF on stdin: s_client finishes the handshake, prints its verdict and closes the connection
                client.stdin().close();
            } catch (IOException e) {
                throw client.failure("could not close stdin: " + e);
            }
            client.awaitExit(TIMEOUT);
            PeerProcess.LineMatch result = client.awaitLine(VERIFY_RESULT, Duration.ZERO);
            return new TlsCheck(Integer.parseInt(result.group(1)), result.group(2));
        }
    }
}
