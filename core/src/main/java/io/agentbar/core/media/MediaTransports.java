package io.agentbar.core.media;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Opens the packet path for a new stream, bound to the address signalling uses, under the
 * account's media policy (which profiles it offers and which offers it accepts).
 */
public interface MediaTransports {
    /** A transport to make an offer with. */
    MediaTransport open(InetAddress bindAddress) throws IOException;

    /**
     * Why a remote offer cannot be answered under our policy (plain RTP refused on a secure
     * account, SDES keys over an insecure transport, an unsupported profile), or empty when it can.
     */
    default Optional<String> refusal(MediaDescription remoteOffer) {
        return remoteOffer.transport().profile().encrypted()
                ? Optional.of("encrypted media (" + remoteOffer.transport().profile().token() + ") is not supported")
                : Optional.empty();
    }

    /** A transport that answers {@code remoteOffer}; call only when {@link #refusal} is empty. */
    default MediaTransport answer(InetAddress bindAddress, MediaDescription remoteOffer) throws IOException {
        return open(bindAddress);
    }
}
