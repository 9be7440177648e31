package io.agentbar.sip.media;

import io.agentbar.core.media.MediaProfile;
import io.agentbar.sip.media.ice.IceServers;

import java.util.Objects;

/**
 * What an account allows its media to be.
 *
 * @param profile          what we offer
 * @param allowPlainRtp    whether plain RTP offers are answered although the profile is secure
 * @param signallingSecure whether SIP travels over TLS or WSS: only then may SDES keys be sent or
 *                         accepted (RFC 4568 §8.3)
 * @param ice              STUN/TURN servers for the WebRTC profile
 * @param ports            the UDP port range for plain and SDES media
 */
public record MediaPolicy(MediaProfile profile, boolean allowPlainRtp, boolean signallingSecure, IceServers ice,
                          PortRange ports) {
    public MediaPolicy {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(ice, "ice");
        Objects.requireNonNull(ports, "ports");
    }

    /** Plain RTP on the default port range: the classic account and the test line. */
    public static MediaPolicy plain() {
        return new MediaPolicy(MediaProfile.RTP, true, false, IceServers.none(), PortRange.DEFAULT);
    }
}
