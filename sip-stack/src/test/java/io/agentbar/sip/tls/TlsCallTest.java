package io.agentbar.sip.tls;

import io.agentbar.core.call.CallId;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.PayloadFormat;
import io.agentbar.core.signalling.SignallingEvent;
import io.agentbar.core.signalling.SignallingEvent.CallFailed;
import io.agentbar.sip.JainSipSignalling;
import io.agentbar.sip.SipConfig;
import io.agentbar.sip.tls.TestPki.Identity;
import io.agentbar.sip.tls.TestPki.San;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** INVITE to {@code sips:} targets: over TLS only, checked against the target's host. */
class TlsCallTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Identity CA = TestPki.authority("AgentBar Test CA");
    private static final MediaDescription OFFER = new MediaDescription(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 40000), null,
            List.of(PayloadFormat.staticFormat(Codec.PCMU)), MediaDirection.SENDRECV, 20);

    private final BlockingQueue<SignallingEvent> events = new LinkedBlockingQueue<>();
    private TlsRegistrar peer;
    private JainSipSignalling phone;

    @AfterEach
    void stop() throws Exception {
        phone.close();
        peer.close();
    }

    private void start(San san) throws Exception {
        peer = TlsRegistrar.presenting(TestPki.server(CA, "peer", san));
        phone = new JainSipSignalling(SipConfig.of(InetAddress.getLoopbackAddress())
                .withTls(TlsSettings.systemTrust().withAuthority(CA.certificate())));
        phone.start(events::add);
    }

    @Test
    void sipsTargetIsCalledOverTlsAndMatchedAgainstItsIpAddress() throws Exception {
        start(San.ip("127.0.0.1"));

        phone.invite(CallId.random(), "sips:bob@127.0.0.1:" + peer.port(), OFFER);

        String invite = peer.nextRequest(WAIT).orElseThrow();
        assertThat(invite).startsWith("INVITE sips:bob@127.0.0.1:" + peer.port() + " SIP/2.0");
        assertThat(TlsRegistrar.header(invite, "Via").orElseThrow()).startsWith("SIP/2.0/TLS ");
    }

    @Test
    void transportTlsTargetWithCertificateForAnotherHostFailsTheCallAtOnce() throws Exception {
        start(San.dns("other.example"));
        CallId call = CallId.random();

        phone.invite(call, "sip:bob@127.0.0.1:" + peer.port() + ";transport=tls", OFFER);

        SignallingEvent e = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(e).isInstanceOfSatisfying(CallFailed.class, f -> {
            assertThat(f.call()).isEqualTo(call);
            assertThat(f.reason()).isEqualTo("Cannot reach 127.0.0.1:" + peer.port()
                    + ": TLS: the server certificate is for other.example, not 127.0.0.1");
        });
        assertThat(peer.nextRequest(Duration.ofMillis(300))).as("nothing sent over the refused connection").isEmpty();
    }
}
