package io.agentbar.core.media;

import java.util.List;
import java.util.Objects;

/**
 * The ICE attributes of one stream (RFC 8839): credentials and the full candidate list, since
 * PBXs expect complete offers rather than trickled candidates.
 *
 * @param ufrag      {@code a=ice-ufrag}
 * @param password   {@code a=ice-pwd}; a secret for the life of the call, never printed
 * @param candidates the values of the {@code a=candidate} lines, as written
 * @param lite       {@code a=ice-lite}: the peer only answers checks
 */
public record IceAttributes(String ufrag, String password, List<String> candidates, boolean lite) {
    public IceAttributes {
        Objects.requireNonNull(ufrag, "ufrag");
        Objects.requireNonNull(password, "password");
        candidates = List.copyOf(candidates);
    }

    @Override
    public String toString() {
        return "IceAttributes[ufrag=" + ufrag + ", password=(redacted), candidates=" + candidates + ", lite=" + lite + "]";
    }
}
