package io.agentbar.sip;

import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.signalling.SignallingEvent.IncomingCall;
import io.agentbar.core.signalling.SignallingEvent.Registered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A registered phone and INVITEs from a host that is not its server (127.0.0.2 on loopback). */
class GhostCallTest {
    private static final InetAddress STRANGER = InetAddress.ofLiteral("127.0.0.2");
    private static final String INVITE = """
            INVITE sip:${user}@127.0.0.1:${target} SIP/2.0
            Via: SIP/2.0/UDP 127.0.0.2:${port};branch=${branch}
            From: <sip:ghost@127.0.0.2:${port}>;tag=g1
            To: <sip:${user}@127.0.0.1>
            Call-ID: ghost-${user}
            CSeq: 1 INVITE
            Max-Forwards: 70
            Contact: <sip:ghost@127.0.0.2:${port}>
            Content-Type: application/sdp
            Content-Length: ${length}

            v=0
            c=IN IP4 127.0.0.2
            m=audio 4000 RTP/AVP 0
            """;

    private SipPeer phone;
    private SipPeer line;

    @BeforeEach
    void start() throws IOException {
        phone = SipPeer.phone();
        line = SipPeer.testLine();
    }

    @AfterEach
    void stop() {
        SipPeer.closeAll(phone, line);
    }

    @Test
    void proxyOnlyAccountRefusesADirectInviteForItsOwnUserWith403() throws Exception {
        phone.signalling.register(line.accountAt("1001", Transport.UDP), Secret.of("unused"));
        phone.await(Registered.class);
        try (RawSip stranger = new RawSip(STRANGER, phone.port())) {
            stranger.send(INVITE.replace("${user}", "1001"));
            assertThat(stranger.finalStatusLine()).startsWith("SIP/2.0 403");
        }
        phone.assertQuiet(Duration.ofMillis(200));
    }

    @Test
    void withoutProxyOnlyADirectCallerRingsButAWrongUserGets404() throws Exception {
        phone.signalling.register(line.accountAt("1001", Transport.UDP).withProxyOnly(false), Secret.of("unused"));
        phone.await(Registered.class);
        try (RawSip stranger = new RawSip(STRANGER, phone.port())) {
            stranger.send(INVITE.replace("${user}", "100"));
            assertThat(stranger.finalStatusLine()).startsWith("SIP/2.0 404");
            phone.assertQuiet(Duration.ofMillis(200));
            stranger.send(INVITE.replace("${user}", "1001"));
            assertThat(phone.await(IncomingCall.class).from().user()).isEqualTo("ghost");
        }
    }

    @Test
    void withoutAnAccountNothingIsScreened() throws Exception {
        try (RawSip stranger = new RawSip(STRANGER, phone.port())) {
            stranger.send(INVITE.replace("${user}", "anyone"));
            assertThat(phone.await(IncomingCall.class).to().user()).isEqualTo("anyone");
        }
    }
}
