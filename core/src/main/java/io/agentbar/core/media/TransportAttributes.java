package io.agentbar.core.media;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an SDP media section says about how its packets travel and are protected, besides the
 * address: the profile, SDES keys, the DTLS fingerprint and role, ICE, rtcp-mux and the BUNDLE
 * identification. Values stay as their SDP text; the signalling adapter gives them meaning.
 *
 * @param profile     the m= protocol
 * @param crypto      the values of {@code a=crypto} lines (RFC 4568); they hold keys, never printed
 * @param fingerprint the value of {@code a=fingerprint} (RFC 8122), e.g. {@code sha-256 AB:CD:...}
 * @param setup       the value of {@code a=setup} (RFC 4145): actpass, active or passive
 * @param ice         ICE credentials and candidates
 * @param rtcpMux     {@code a=rtcp-mux} (RFC 5761)
 * @param mid         {@code a=mid} (RFC 5888), echoed with a BUNDLE group when the offer had one
 */
public record TransportAttributes(RtpProfile profile, List<String> crypto, Optional<String> fingerprint,
                                  Optional<String> setup, Optional<IceAttributes> ice, boolean rtcpMux,
                                  Optional<String> mid) {
    private static final TransportAttributes PLAIN = new TransportAttributes(RtpProfile.AVP, List.of(),
            Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty());

    public TransportAttributes {
        Objects.requireNonNull(profile, "profile");
        crypto = List.copyOf(crypto);
        fingerprint = fingerprint == null ? Optional.empty() : fingerprint;
        setup = setup == null ? Optional.empty() : setup;
        ice = ice == null ? Optional.empty() : ice;
        mid = mid == null ? Optional.empty() : mid;
    }

    /** Plain RTP/AVP, nothing else: what every classic SIP phone understands. */
    public static TransportAttributes plain() {
        return PLAIN;
    }

    public TransportAttributes withProfile(RtpProfile p) {
        return new TransportAttributes(p, crypto, fingerprint, setup, ice, rtcpMux, mid);
    }

    public TransportAttributes withCrypto(List<String> lines) {
        return new TransportAttributes(profile, lines, fingerprint, setup, ice, rtcpMux, mid);
    }

    public TransportAttributes withDtls(String fingerprintValue, String setupValue) {
        return new TransportAttributes(profile, crypto, Optional.of(fingerprintValue), Optional.of(setupValue), ice,
                rtcpMux, mid);
    }

    public TransportAttributes withIce(IceAttributes attributes) {
        return new TransportAttributes(profile, crypto, fingerprint, setup, Optional.of(attributes), rtcpMux, mid);
    }

    public TransportAttributes withRtcpMux(boolean mux) {
        return new TransportAttributes(profile, crypto, fingerprint, setup, ice, mux, mid);
    }

    public TransportAttributes withMid(Optional<String> newMid) {
        return new TransportAttributes(profile, crypto, fingerprint, setup, ice, rtcpMux, newMid);
    }

    @Override
    public String toString() {
        return "TransportAttributes[profile=" + profile.token() + ", crypto=" + crypto.size() + " line(s) (redacted)"
                + ", fingerprint=" + fingerprint.orElse("-") + ", setup=" + setup.orElse("-") + ", ice=" + ice
                + ", rtcpMux=" + rtcpMux + ", mid=" + mid.orElse("-") + "]";
    }
}
