package io.agentbar.core.media;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MediaStateTest {
    private static final NegotiatedMedia MEDIA = new NegotiatedMedia(PayloadFormat.staticFormat(Codec.PCMU),
            Optional.empty(), new InetSocketAddress("127.0.0.1", 4000), null, MediaDirection.SENDRECV, 20);

    @Test
    void waitingFlowsOnFirstPacketThenGoesSilentAndResumes() {
        MediaState s = new MediaState.Waiting(MEDIA);
        s = MediaState.next(s, new MediaEvent.FirstPacketReceived("c"));
        assertThat(s).isEqualTo(new MediaState.Flowing(MEDIA));
        s = MediaState.next(s, new MediaEvent.RtpTimedOut("c", 5000));
        assertThat(s).isEqualTo(new MediaState.Silent(MEDIA, 5000));
        s = MediaState.next(s, new MediaEvent.RtpResumed("c"));
        assertThat(s).isEqualTo(new MediaState.Flowing(MEDIA));
        assertThat(MediaState.next(s, new MediaEvent.Stopped("c"))).isEqualTo(new MediaState.Stopped());
    }

    @Test
    void eventsThatDoNotApplyChangeNothing() {
        MediaState idle = new MediaState.Idle();
        assertThat(MediaState.next(idle, new MediaEvent.FirstPacketReceived("c"))).isSameAs(idle);
        assertThat(MediaState.next(idle, new MediaEvent.RtpResumed("c"))).isSameAs(idle);
        MediaState flowing = new MediaState.Flowing(MEDIA);
        assertThat(MediaState.next(flowing, new MediaEvent.DeviceFailed("c", "mic", "unplugged"))).isSameAs(flowing);
    }
}
