package io.agentbar.sip.media.dtls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agentbar.sip.media.dtls.DtlsHandshakeException.Reason;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Our DTLS-SRTP ends against OpenSSL 3's s_server/s_client on loopback: same keys on both sides. */
class OpensslDtlsIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final DtlsCertificate ours = DtlsCertificate.generate();
    private final List<AutoCloseable> cleanup = new ArrayList<>();
    private Path dir;
    private Fingerprint theirs;

    @BeforeEach
    void opensslCertificate(TestInfo test) throws Exception {
        dir = Path.of("target", "dtls-openssl", test.getTestMethod().orElseThrow().getName()).toAbsolutePath();
        Files.createDirectories(dir);
        OpensslPeer.run(dir, List.of("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-nodes", "-keyout", "key.pem", "-out", "cert.pem", "-days", "2", "-subj", "/CN=openssl"));
        try (InputStream pem = Files.newInputStream(dir.resolve("cert.pem"))) {
            byte[] der = CertificateFactory.getInstance("X.509").generateCertificate(pem).getEncoded();
            theirs = Fingerprint.of("sha-256", der);
        }
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (AutoCloseable c : cleanup.reversed()) {
            c.close();
        }
    }

    @Test
    void ourClientAndOpensslServerExportTheSameSrtpKeys() throws Exception {
        int port = UdpDtlsEndpoint.freeUdpPort();
        OpensslPeer server = started(OpensslPeer.start(dir, "s_server", List.of("s_server", "-dtls1_2",
                "-accept", "127.0.0.1:" + port, "-cert", "cert.pem", "-key", "key.pem",
                "-use_srtp", "SRTP_AES128_CM_SHA1_80", "-keymatexport", "EXTRACTOR-dtls_srtp",
                "-keymatexportlen", "60", "-Verify", "1", "-naccept", "1")));
        server.awaitLine("ACCEPT"::equals, WAIT);
        UdpDtlsEndpoint udp = started(new UdpDtlsEndpoint());
        udp.sendTo(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));

        DtlsSrtpHandshake client = started(DtlsSrtpHandshake.start(udp.packets, DtlsRole.CLIENT, ours, theirs, WAIT));
        DtlsSrtpKeys keys = client.keys().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(keys.profile()).isEqualTo(DtlsSrtpProfile.AES128_CM_HMAC_SHA1_80);
        server.awaitLine(l -> l.contains("SRTP Extension negotiated, profile=SRTP_AES128_CM_SHA1_80"), WAIT);
        assertThat(keyingMaterial(server)).isEqualTo(exported(keys, DtlsRole.CLIENT));
        assertThat(clientCertificateSeenBy(server)).isEqualTo(ours.sdpFingerprint());
    }

    @Test
    void ourServerAndOpensslClientExportTheSameGcmKeys() throws Exception {
        UdpDtlsEndpoint udp = started(new UdpDtlsEndpoint());
        DtlsSrtpHandshake server = started(DtlsSrtpHandshake.start(udp.packets, DtlsRole.SERVER, ours, theirs, WAIT));

        OpensslPeer client = started(OpensslPeer.start(dir, "s_client", List.of("s_client", "-dtls1_2",
                "-connect", "127.0.0.1:" + udp.port(), "-cert", "cert.pem", "-key", "key.pem",
                "-use_srtp", "SRTP_AEAD_AES_128_GCM", "-keymatexport", "EXTRACTOR-dtls_srtp",
                "-keymatexportlen", "56")));
        DtlsSrtpKeys keys = server.keys().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(keys.profile()).isEqualTo(DtlsSrtpProfile.AEAD_AES_128_GCM);
        client.awaitLine(l -> l.contains("SRTP Extension negotiated, profile=SRTP_AEAD_AES_128_GCM"), WAIT);
        // openssl lists AES-256 first; our server still picks its preferred suite
        client.awaitLine(l -> l.contains("Cipher is ECDHE-ECDSA-AES128-GCM-SHA256"), WAIT);
        assertThat(keyingMaterial(client)).isEqualTo(exported(keys, DtlsRole.SERVER));
    }

    @Test
    void opensslServerWithAnotherCertificateIsRejected() throws Exception {
        int port = UdpDtlsEndpoint.freeUdpPort();
        OpensslPeer server = started(OpensslPeer.start(dir, "s_server", List.of("s_server", "-dtls1_2",
                "-accept", "127.0.0.1:" + port, "-cert", "cert.pem", "-key", "key.pem",
                "-use_srtp", "SRTP_AES128_CM_SHA1_80", "-Verify", "1", "-naccept", "1")));
        server.awaitLine("ACCEPT"::equals, WAIT);
        UdpDtlsEndpoint udp = started(new UdpDtlsEndpoint());
        udp.sendTo(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));

        Fingerprint someoneElse = DtlsCertificate.generate().sdpFingerprint();
        DtlsSrtpHandshake client = started(DtlsSrtpHandshake.start(udp.packets, DtlsRole.CLIENT, ours, someoneElse, WAIT));

        assertThatThrownBy(() -> client.keys().get(WAIT.toSeconds(), TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(DtlsHandshakeException.class)
                .hasMessage("DTLS: the peer's certificate does not match a=fingerprint")
                .satisfies(e -> assertThat(((DtlsHandshakeException) e).reason()).isEqualTo(Reason.FINGERPRINT_MISMATCH));
        server.awaitLine(l -> l.contains("bad certificate"), WAIT);
    }

    private <T extends AutoCloseable> T started(T resource) {
        cleanup.add(resource);
        return resource;
    }

    /** openssl prints {@code Keying material: <HEX>} after the handshake. */
    private static String keyingMaterial(OpensslPeer peer) throws InterruptedException {
        String line = peer.awaitLine(l -> l.strip().startsWith("Keying material: "), WAIT);
        return line.strip().substring("Keying material: ".length()).strip();
    }

    /** Rebuilds client_key | server_key | client_salt | server_salt from our side's view. */
    private static String exported(DtlsSrtpKeys keys, DtlsRole us) {
        boolean client = us == DtlsRole.CLIENT;
        HexFormat hex = HexFormat.of().withUpperCase();
        return hex.formatHex(client ? keys.localMasterKey() : keys.remoteMasterKey())
                + hex.formatHex(client ? keys.remoteMasterKey() : keys.localMasterKey())
                + hex.formatHex(client ? keys.localMasterSalt() : keys.remoteMasterSalt())
                + hex.formatHex(client ? keys.remoteMasterSalt() : keys.localMasterSalt());
    }

    /** s_server prints the client's certificate as PEM after "Client certificate". */
    private static Fingerprint clientCertificateSeenBy(OpensslPeer server) throws Exception {
        server.awaitLine("Client certificate"::equals, WAIT);
        server.awaitLine("-----END CERTIFICATE-----"::equals, WAIT);
        List<String> lines = server.output();
        int begin = lines.indexOf("Client certificate") + 1;
        int end = lines.subList(begin, lines.size()).indexOf("-----END CERTIFICATE-----") + begin;
        String pem = String.join("\n", lines.subList(begin, end + 1));
        byte[] der = CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))).getEncoded();
        return Fingerprint.of("sha-256", der);
    }
}
