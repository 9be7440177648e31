package io.agentbar.sip.media.dtls;

import java.io.IOException;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.UseSRTPData;

/** What both our DTLS ends agree to: DTLS 1.2, forward-secret AEAD suites, and the use_srtp profiles. */
final class DtlsSrtpPolicy {
    /** Our certificate is ECDSA, so as a server only ECDHE-ECDSA suites can be chosen. AES-128-GCM first. */
    static final int[] SERVER_SUITES = {
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
    };
    /**
     * As a client we also accept a server with an RSA certificate: Asterisk with a configured
     * {@code dtls_cert_file} often has one. The fingerprint check protects us either way.
     */
    static final int[] CLIENT_SUITES = {
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
    };
    /** How our P-256 key signs; every DTLS 1.2 peer offers it. */
    static final SignatureAndHashAlgorithm OUR_SIGNATURE =
            SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa);

    private DtlsSrtpPolicy() {
    }

    /** Adds our use_srtp offer (the profiles in our order, no MKI) to the ClientHello extensions. */
    static void offerSrtp(Hashtable<Integer, byte[]> extensions, List<DtlsSrtpProfile> profiles) throws IOException {
        int[] ids = profiles.stream().mapToInt(DtlsSrtpProfile::id).toArray();
        TlsSRTPUtils.addUseSRTPExtension(extensions, new UseSRTPData(ids, new byte[0]));
    }

    /** Server side: our most preferred profile among the client's offer (RFC 5764 §4.1.1). */
    static DtlsSrtpProfile selectSrtp(Hashtable<?, ?> clientExtensions, List<DtlsSrtpProfile> profiles)
            throws IOException {
        UseSRTPData offer = TlsSRTPUtils.getUseSRTPExtension(clientExtensions);
        if (offer == null) {
            throw new TlsFatalAlert(AlertDescription.handshake_failure, "DTLS: the peer did not offer use_srtp");
        }
        requireNoMki(offer);
        for (DtlsSrtpProfile p : profiles) {
            for (int id : offer.getProtectionProfiles()) {
                if (id == p.id()) {
                    return p;
                }
            }
        }
        throw new TlsFatalAlert(AlertDescription.handshake_failure, "DTLS: no SRTP profile in common");
    }

    /** Client side: the server must pick exactly one of the profiles we offered (RFC 5764 §4.1.2). */
    static DtlsSrtpProfile acceptSrtp(Hashtable<?, ?> serverExtensions, List<DtlsSrtpProfile> profiles)
            throws IOException {
        UseSRTPData answer = serverExtensions == null ? null : TlsSRTPUtils.getUseSRTPExtension(serverExtensions);
        if (answer == null) {
            throw new TlsFatalAlert(AlertDescription.handshake_failure, "DTLS: the peer did not agree to use_srtp");
        }
        requireNoMki(answer);
        int[] ids = answer.getProtectionProfiles();
        Optional<DtlsSrtpProfile> chosen = ids.length == 1
                ? DtlsSrtpProfile.byId(ids[0]).filter(profiles::contains) : Optional.empty();
        return chosen.orElseThrow(() -> new TlsFatalAlert(AlertDescription.illegal_parameter,
                "DTLS: the peer chose an SRTP profile we did not offer"));
    }

    /** Our SRTP layer puts no MKI in packets, so a peer that wants one cannot talk to us. */
    private static void requireNoMki(UseSRTPData data) throws TlsFatalAlert {
        if (data.getMki() != null && data.getMki().length > 0) {
            throw new TlsFatalAlert(AlertDescription.illegal_parameter, "DTLS: SRTP MKI is not supported");
        }
    }
}
