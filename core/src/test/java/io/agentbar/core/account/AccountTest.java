package io.agentbar.core.account;

import io.agentbar.core.media.MediaProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {
    @Test
    void eachTransportGetsTheMediaProfileItsPbxEndpointExpects() {
        assertThat(Account.of("1001", "pbx", 443, Transport.WSS).media()).isEqualTo(MediaProfile.WEBRTC);
        assertThat(Account.of("1001", "pbx", 5061, Transport.TLS).media()).isEqualTo(MediaProfile.SDES);
        assertThat(Account.of("1001", "pbx", 5060, Transport.UDP).media()).isEqualTo(MediaProfile.RTP);
        assertThat(Account.of("1001", "pbx", 443, Transport.WSS).wsPath()).isEqualTo("/ws");
    }

    @Test
    void sdesKeysAreNeverOfferedOverAnInsecureTransport() {
        assertThatThrownBy(() -> Account.of("1001", "pbx", 5060, Transport.UDP).withMedia(MediaProfile.SDES, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tls or wss");
    }

    @Test
    void plainRtpOverSecureSignallingNeedsAnExplicitChoice() {
        Account tls = Account.of("1001", "pbx", 5061, Transport.TLS);
        assertThatThrownBy(() -> tls.withMedia(MediaProfile.RTP, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unencrypted");
        assertThat(tls.withMedia(MediaProfile.RTP, true).allowPlainRtp()).isTrue();
    }

    @Test
    void webRtcMediaWorksOverAnyTransportBecauseDtlsProtectsTheKeys() {
        assertThat(Account.of("1001", "pbx", 5060, Transport.UDP).withMedia(MediaProfile.WEBRTC, false).media())
                .isEqualTo(MediaProfile.WEBRTC);
    }

    @Test
    void refusesAWebSocketPathThatIsNotAPath() {
        Account wss = Account.of("1001", "pbx", 443, Transport.WSS);
        assertThatThrownBy(() -> wss.withWsPath("ws?x=1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(wss.withWsPath("/sip").wsPath()).isEqualTo("/sip");
    }
}
