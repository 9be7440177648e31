package io.agentbar.bench.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audio stream of an SDP body: where a phone wants its RTP and RTCP, and the same body with those ports replaced by
 * the relay's, so that both directions of media pass through it. Other lines are left exactly as they were.
 */
final class SdpMedia {

    /** Where a phone receives: RTP at {@code host:rtpPort}, RTCP at {@code host:rtcpPort}. */
    record Address(String host, int rtpPort, int rtcpPort) {
    }

    private SdpMedia() {
    }

    /** The first audio stream's addresses (media-level {@code c=} over session-level; {@code a=rtcp} or port + 1). */
    static Optional<Address> audio(String sdp) {
        String sessionHost = null;
        String mediaHost = null;
        int rtp = -1;
        int rtcp = -1;
        boolean inAudio = false;
        for (String line : sdp.split("\r?\n")) {
            if (line.startsWith("m=")) {
                if (rtp >= 0) {
                    break; // only the first audio stream
                }
                inAudio = line.startsWith("m=audio ");
                if (inAudio) {
                    rtp = Integer.parseInt(line.split(" ")[1].split("/")[0]);
                }
            } else if (line.startsWith("c=")) {
                String host = line.substring(line.lastIndexOf(' ') + 1).split("/")[0];
                if (inAudio) {
                    mediaHost = host;
                } else if (rtp < 0) {
                    sessionHost = host;
                }
            } else if (inAudio && line.startsWith("a=rtcp:")) {
                rtcp = Integer.parseInt(line.substring("a=rtcp:".length()).split(" ")[0].strip());
            }
        }
        String host = mediaHost != null ? mediaHost : sessionHost;
        if (rtp <= 0 || host == null) {
            return Optional.empty();
        }
        return Optional.of(new Address(host, rtp, rtcp > 0 ? rtcp : rtp + 1));
    }

    /** The body with the first audio stream moved to {@code rtpPort} (RTCP at {@code rtpPort + 1}) on 127.0.0.1. */
    static String withAudioPort(String sdp, int rtpPort) {
        String ending = sdp.contains("\r\n") ? "\r\n" : "\n";
        List<String> out = new ArrayList<>();
        boolean inAudio = false;
        boolean done = false;
        for (String line : sdp.split("\r?\n", -1)) {
            if (line.startsWith("m=")) {
                inAudio = !done && line.startsWith("m=audio ");
                if (inAudio) {
                    String[] parts = line.split(" ", 3);
                    line = parts[0] + " " + rtpPort + " " + parts[2];
                    done = true;
                }
            } else if (inAudio && line.startsWith("a=rtcp:")) {
                line = "a=rtcp:" + (rtpPort + 1);
            }
            out.add(line);
        }
        return String.join(ending, out);
    }
}
