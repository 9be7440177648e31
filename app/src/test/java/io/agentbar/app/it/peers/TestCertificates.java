package io.agentbar.app.it.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A throw-away PKI for TLS integration tests, generated with the {@code openssl} CLI into {@code target/it-run/certs-<n>}.
 *
 * <ul>
 *   <li>{@link #caCertificate()}: the test CA; our client gets it as {@code --ca FILE.pem}, baresip as {@code sip_cafile}.</li>
 *   <li>{@link #server()}: for the SIP domain: SAN {@code URI:sip:<domain>}, {@code DNS:<domain>} and {@code IP:127.0.0.1}
 *       (loopback tests connect to 127.0.0.1 but name the domain they expect).</li>
 *   <li>{@link #wrongHost()}: signed by the same CA, but only for {@code wrong-host.<domain>} (no IP SAN), so both a
 *       host-name and an IP check fail while the chain is trusted.</li>
 *   <li>{@link #unknownCa()}: names the right domain and 127.0.0.1, but is signed by a CA nobody trusts.</li>
 * </ul>
 *
 * RSA 2048 rather than EC, because every peer (Kamailio's OpenSSL, libre in baresip, JSSE, BouncyCastle) accepts it.
 */
public record TestCertificates(Path directory, String domain, Path caCertificate, ServerCertificate server,
                               ServerCertificate wrongHost, ServerCertificate unknownCa) {

    /** Default SIP domain of the TLS tests; it resolves nowhere, tests connect to 127.0.0.1 and name it explicitly. */
    public static final String DEFAULT_DOMAIN = "sip.agentbar.test";
    private static final Pattern SAFE_DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9.-]*[a-z0-9])?");
    private static final Duration OPENSSL_TIMEOUT = Duration.ofSeconds(30);
    private static final int DAYS = 30;

    /**
     * One TLS identity: PEM certificate, PEM private key (unencrypted), both concatenated (for peers that want one
     * file, e.g. baresip's {@code sip_certificate}), and the PEM of the CA that signed it.
     */
    public record ServerCertificate(String name, Path certificate, Path privateKey, Path certificateAndKey, Path issuer) {
    }

    /** Generates a CA and the three server certificates for {@link #DEFAULT_DOMAIN}. */
    public static TestCertificates generate() {
        return generate(DEFAULT_DOMAIN);
    }

    /** Generates a CA and the three server certificates for {@code domain} into a new run directory. */
    public static TestCertificates generate(String domain) {
        if (!SAFE_DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException("domain goes into openssl config and kamailio cfg, keep it [a-z0-9.-]: " + domain);
        }
        Path dir = ItPaths.newRunDirectory("certs");
        Path ca = createCa(dir, "ca", "AgentBar Test CA");
        ServerCertificate server = issue(dir, "server", domain,
                "URI:sip:" + domain + ",DNS:" + domain + ",IP:127.0.0.1", ca);
        String wrong = "wrong-host." + domain;
        ServerCertificate wrongHost = issue(dir, "wrong-host", wrong, "URI:sip:" + wrong + ",DNS:" + wrong, ca);
        Path otherCa = createCa(dir, "unknown-ca", "Unknown Test CA");
        ServerCertificate unknownCa = issue(dir, "unknown-ca-server", domain,
                "URI:sip:" + domain + ",DNS:" + domain + ",IP:127.0.0.1", otherCa);
        return new TestCertificates(dir, domain, ca, server, wrongHost, unknownCa);
    }

    /** The CA's private key; tests that want to sign more (e.g. a client certificate) find it beside the CA. */
    public Path caPrivateKey() {
        return directory.resolve("ca.key");
    }

    private static Path createCa(Path dir, String name, String commonName) {
        Path key = dir.resolve(name + ".key");
        Path cert = dir.resolve(name + ".pem");
        openssl(dir, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", Integer.toString(DAYS),
                "-keyout", key.toString(), "-out", cert.toString(), "-subj", "/O=AgentBar tests/CN=" + commonName,
                "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        return cert;
    }

    private static ServerCertificate issue(Path dir, String name, String commonName, String subjectAltNames, Path ca) {
        Path key = dir.resolve(name + ".key");
        Path csr = dir.resolve(name + ".csr");
        Path cert = dir.resolve(name + ".pem");
        Path extensions = dir.resolve(name + ".ext");
        write(extensions, String.join("\n",
                "basicConstraints=critical,CA:FALSE",
                "keyUsage=critical,digitalSignature,keyEncipherment",
                // clientAuth too: the same identity may be a baresip TLS listener or a mutual-TLS client
                "extendedKeyUsage=serverAuth,clientAuth",
                "subjectAltName=" + subjectAltNames, ""));
        openssl(dir, "req", "-new", "-newkey", "rsa:2048", "-nodes", "-sha256",
                "-keyout", key.toString(), "-out", csr.toString(), "-subj", "/O=AgentBar tests/CN=" + commonName);
        Path caKey = ca.resolveSibling(ca.getFileName().toString().replace(".pem", ".key"));
        openssl(dir, "x509", "-req", "-sha256", "-days", Integer.toString(DAYS), "-in", csr.toString(),
                "-CA", ca.toString(), "-CAkey", caKey.toString(), "-set_serial", serial(),
                "-extfile", extensions.toString(), "-out", cert.toString());
        Path combined = dir.resolve(name + "-with-key.pem");
        try {
            write(combined, Files.readString(cert) + Files.readString(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServerCertificate(name, cert, key, combined, ca);
    }

    /** Distinct serials, so no peer mistakes one test certificate for another it has cached. */
    private static String serial() {
        return "0x" + Long.toHexString(System.nanoTime() & Long.MAX_VALUE);
    }

    private static void openssl(Path dir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(PeerBinaries.require("openssl").toString());
        command.addAll(List.of(args));
        try (PeerProcess process = PeerProcess.start("openssl-" + args[0], new ProcessBuilder(command).directory(dir.toFile()))) {
            int code = process.awaitExit(OPENSSL_TIMEOUT);
            if (code != 0) {
                throw process.failure("failed with exit code " + code);
            }
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
