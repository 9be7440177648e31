package io.agentbar.sip;

import io.agentbar.core.account.Transport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SipConfigTest {
    @Test
    void defaultsAreAPhoneOnAFreeUdpPort() {
        SipConfig c = SipConfig.of(InetAddress.getLoopbackAddress());
        assertThat(c.port()).isZero();
        assertThat(c.transport()).isEqualTo(Transport.UDP);
        assertThat(c.userAgent()).isEqualTo("AgentBar");
        assertThat(c.acceptRegistrations()).isFalse();
        assertThat(c.timerT1()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.withUserAgent("AgentBar/1.0 (Linux)").withTransport(Transport.TCP).withPort(5070).userAgent())
                .isEqualTo("AgentBar/1.0 (Linux)");
    }

    @Test
    void theWildcardAddressAndBadPortsAreRefused() throws IOException {
        InetAddress any = InetAddress.getByName("0.0.0.0");
        assertThatThrownBy(() -> SipConfig.of(any)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SipConfig.of(InetAddress.getLoopbackAddress()).withPort(70000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SipConfig.of(InetAddress.getLoopbackAddress()).withTimerT1(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRouteToALoopbackServerIsLoopback() throws IOException {
        assertThat(SipConfig.localAddressTowards("127.0.0.1", 5060).isLoopbackAddress()).isTrue();
    }

    @Test
    void startingTwiceOnTheSameFixedPortFailsWithIoException() throws IOException {
        try (SipPeer first = SipPeer.phone()) {
            JainSipSignalling second = new JainSipSignalling(SipConfig.of(SipPeer.LOOPBACK).withPort(first.port()));
            assertThatThrownBy(() -> second.start(e -> { })).isInstanceOf(IOException.class)
                    .hasMessageContaining(Integer.toString(first.port()));
            second.close();
        }
    }
}
