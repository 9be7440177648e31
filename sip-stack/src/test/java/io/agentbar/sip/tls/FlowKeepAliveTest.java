package io.agentbar.sip.tls;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.signalling.SignallingEvent;
import io.agentbar.core.signalling.SignallingEvent.Registered;
import io.agentbar.sip.JainSipSignalling;
import io.agentbar.sip.SipConfig;
import io.agentbar.sip.tls.TestPki.Identity;
import io.agentbar.sip.tls.TestPki.San;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 5626 §4.4.1 pings on the registered TLS flow, and a new REGISTER when that flow dies. */
class FlowKeepAliveTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Identity CA = TestPki.authority("AgentBar Test CA");

    private final BlockingQueue<SignallingEvent> events = new LinkedBlockingQueue<>();
    private TlsRegistrar registrar;
    private JainSipSignalling phone;
    private Account account;

    @BeforeEach
    void start() throws Exception {
        registrar = TlsRegistrar.presenting(TestPki.server(CA, "pbx", San.uri("sip:sip.example")));
        phone = new JainSipSignalling(SipConfig.of(InetAddress.getLoopbackAddress())
                .withTls(TlsSettings.systemTrust().withAuthority(CA.certificate()))
                .withKeepAlive(Duration.ofMillis(200)));
        phone.start(events::add);
        account = new Account("1001", "sip.example", "127.0.0.1", registrar.port(), Transport.TLS, null, null,
                Duration.ofSeconds(600));
    }

    @AfterEach
    void stop() throws Exception {
        phone.close();
        registrar.close();
    }

    private SignallingEvent nextEvent() throws InterruptedException {
        SignallingEvent e = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(e).as("an event within " + WAIT).isNotNull();
        return e;
    }

    @Test
    void registeredFlowIsPingedOnTheSameConnection() throws Exception {
        phone.register(account, Secret.of("pw"));
        assertThat(nextEvent()).isInstanceOf(Registered.class);
        Socket flow = registrar.nextConnection(WAIT).orElseThrow();
        String peer = flow.getRemoteSocketAddress().toString();

        assertThat(registrar.nextPing(WAIT)).contains(peer);
        assertThat(registrar.nextPing(WAIT)).contains(peer);
        assertThat(registrar.nextConnection(Duration.ofMillis(300))).as("no second connection").isEmpty();
    }

    @Test
    void droppedFlowIsReRegisteredOverANewConnection() throws Exception {
        phone.register(account, Secret.of("pw"));
        assertThat(nextEvent()).isInstanceOf(Registered.class);
        assertThat(registrar.nextRequest(WAIT).orElseThrow()).startsWith("REGISTER ");
        Socket first = registrar.nextConnection(WAIT).orElseThrow();

        registrar.dropConnections();

        Socket second = registrar.nextConnection(WAIT).orElseThrow();
        assertThat(second.getRemoteSocketAddress()).isNotEqualTo(first.getRemoteSocketAddress());
        String again = registrar.nextRequest(WAIT).orElseThrow();
        assertThat(again).startsWith("REGISTER sip:sip.example ");
        assertThat(nextEvent()).as("re-registered on its own").isInstanceOf(Registered.class);
    }
}
