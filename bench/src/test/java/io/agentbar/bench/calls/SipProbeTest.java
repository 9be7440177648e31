package io.agentbar.bench.calls;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The probe against a scripted UDP callee in this JVM: the whole exchange, no external process. */
class SipProbeTest {
    private DatagramSocket callee;
    private Thread answering;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile int ignoreFirstOptions;
    private volatile int inviteStatus = 200;

    @BeforeEach
    void startCallee() throws SocketException {
        callee = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        answering = Thread.ofPlatform().daemon().start(this::answer);
    }

    @AfterEach
    void stopCallee() throws InterruptedException {
        callee.close();
        answering.join(2000);
    }

    @Test
    void timesACallAndEndsItWithAckAndBye() {
        try (SipProbe probe = SipProbe.open()) {
            long nanos = probe.call("bench", callee.getLocalPort(), Duration.ofSeconds(5));
            assertThat(nanos).isPositive().isLessThan(Duration.ofSeconds(1).toNanos());
            assertThat(probe.retransmissions()).isZero();
        }
        assertThat(received).extracting(r -> r.substring(0, r.indexOf(' '))).containsExactly("INVITE", "ACK", "BYE");
        assertThat(received.get(1)).startsWith("ACK sip:bench@127.0.0.1:" + callee.getLocalPort() + ";x=contact SIP/2.0")
                .contains(";tag=callee-tag");
        assertThat(received.get(0)).contains("m=audio ", "RTP/AVP 0", "Content-Type: application/sdp");
    }

    @Test
    void waitsThroughUnansweredPingsForTheFirst200() {
        ignoreFirstOptions = 3;
        try (SipProbe probe = SipProbe.open()) {
            long start = System.nanoTime();
            long ok = probe.awaitOptionsOk("bench", callee.getLocalPort(), Duration.ofMillis(5), Duration.ofSeconds(5),
                    () -> true);
            assertThat(ok).isGreaterThan(start);
        }
        assertThat(received).hasSize(4).allMatch(r -> r.startsWith("OPTIONS sip:bench@127.0.0.1:"));
    }

    @Test
    void aRejectedCallIsAFailureNotAFigure() {
        inviteStatus = 486;
        try (SipProbe probe = SipProbe.open()) {
            assertThatThrownBy(() -> probe.call("bench", callee.getLocalPort(), Duration.ofSeconds(5)))
                    .hasMessageContaining("486");
        }
    }

    private void answer() {
        byte[] buffer = new byte[65535];
        try {
            while (true) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                callee.receive(packet);
                String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
                SipMessage request = SipMessage.parse(text).orElseThrow();
                received.add(text);
                String method = request.method();
                if (method.equals("OPTIONS") && ignoreFirstOptions > 0) {
                    ignoreFirstOptions--;
                } else if (method.equals("INVITE")) {
                    reply(response(request, 100, "Trying", false), packet);
                    reply(response(request, inviteStatus, inviteStatus == 200 ? "OK" : "Busy Here", true), packet);
                } else if (!method.equals("ACK")) {
                    reply(response(request, 200, "OK", false), packet);
                }
            }
        } catch (IOException closed) {
            // the test is over
        }
    }

    private String response(SipMessage request, int status, String reason, boolean tagged) {
        String ok = request.okResponse().replace("SIP/2.0 200 OK", "SIP/2.0 " + status + " " + reason);
        if (tagged) {
            String to = request.header("to").orElseThrow();
            ok = ok.replace("To: " + to, "To: " + to + ";tag=callee-tag")
                    .replace("Content-Length: 0", "Contact: <sip:bench@127.0.0.1:" + callee.getLocalPort()
                            + ";x=contact>\r\nContent-Length: 0");
        }
        return ok;
    }

    private void reply(String message, DatagramPacket to) throws IOException {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        callee.send(new DatagramPacket(bytes, bytes.length, to.getSocketAddress()));
    }
}
