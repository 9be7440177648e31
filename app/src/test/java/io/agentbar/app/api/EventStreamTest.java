package io.agentbar.app.api;

import io.agentbar.core.agent.AgentEvent;
import io.agentbar.core.agent.AgentSettings;
import io.agentbar.core.agent.AgentState;
import io.agentbar.core.agent.AgentStatus;
import io.agentbar.core.agent.PauseReason;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.MediaState;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.core.phone.PhoneEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class EventStreamTest {
    private static final String TOKEN = ApiServerTest.TOKEN;
    private final FakePhone phone = new FakePhone();
    private ApiServer server;

    private void start(int queue, Duration keepAlive) throws Exception {
        server = ApiServer.start(phone, BearerToken.of(TOKEN), 0, new ApiServer.Limits(4, queue, keepAlive));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Opens /api/events on a raw socket; lines read are queued by a reader thread. */
    private Socket open(BlockingQueue<String> lines, int receiveBuffer) throws Exception {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(receiveBuffer);
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()), 5000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        if (lines != null) {
            Thread.ofVirtual().start(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (java.io.IOException e) {
                    lines.add("<closed>");
                }
            });
        }
        assertThat(phone.subscriptions.poll(5, TimeUnit.SECONDS)).isEqualTo("subscribed");
        return socket;
    }

    private static String awaitLine(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line != null && line.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return line;
            }
        }
        throw new AssertionError("no line starting with '" + prefix + "' (any case)");
    }

    @Test
    void aCallEventArrivesAsServerSentEvent() throws Exception {
        start(16, Duration.ofSeconds(15));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Socket socket = open(lines, 65536);
        try {
            assertThat(awaitLine(lines, "Content-Type")).contains("text/event-stream");
            Instant at = Instant.parse("2025-01-02T03:04:05Z");
            phone.publish(new PhoneEvent.CallChanged(new CallSnapshot(new CallId("c7"), Direction.INCOMING,
                    new Party("sip:1002@pbx", ""), new CallState.Ringing(), new MediaState.Idle(), at,
                    Optional.empty(), Optional.empty())));
            assertThat(awaitLine(lines, "event:")).isEqualTo("event: call");
            assertThat(awaitLine(lines, "data:")).startsWith("data: {\"id\":\"c7\",\"direction\":\"incoming\"")
                    .contains("\"state\":\"ringing\",\"phonebarStatus\":32");
        } finally {
            socket.close();
        }
    }

    @Test
    void agentEventsArriveOnTheSameStream() throws Exception {
        start(16, Duration.ofMillis(100)); // keep-alives find the closed socket soon
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Socket socket = open(lines, 65536);
        try {
            assertThat(phone.agentSubscriptions.poll(5, TimeUnit.SECONDS)).isEqualTo("subscribed");
            Instant at = Instant.parse("2025-01-02T03:04:05Z");
            phone.publish(new AgentEvent.StatusChanged(new AgentStatus(
                    new AgentState.Paused(PauseReason.of("Lunch"), at), Optional.of(at), AgentSettings.defaults(),
                    AgentStatus.Presence.PUBLISHED)));
            assertThat(awaitLine(lines, "event:")).isEqualTo("event: agent");
            assertThat(awaitLine(lines, "data:")).startsWith("data: {\"state\":\"paused\",\"reason\":\"Lunch\","
                    + "\"pausedSince\":\"2025-01-02T03:04:05Z\"").contains("\"presence\":\"published\"");
            phone.publish(new AgentEvent.CallRefused(new Party("sip:555@pbx", "Queue"), 480,
                    new AgentState.Paused(PauseReason.of("Lunch"), at)));
            assertThat(awaitLine(lines, "event:")).isEqualTo("event: agent-call-refused");
            assertThat(awaitLine(lines, "data:")).contains("\"number\":\"555\"").contains("\"sipStatus\":480");
        } finally {
            socket.close();
        }
        assertThat(phone.agentSubscriptions.poll(5, TimeUnit.SECONDS)).isEqualTo("unsubscribed");
    }

    @Test
    void aQuietStreamGetsKeepAliveComments() throws Exception {
        start(16, Duration.ofMillis(100));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Socket socket = open(lines, 65536);
        try {
            assertThat(awaitLine(lines, ": keep-alive")).isEqualTo(": keep-alive");
        } finally {
            socket.close();
        }
    }

    @Test
    void aClientThatGoesAwayIsUnsubscribed() throws Exception {
        start(16, Duration.ofMillis(100));
        open(null, 65536).close();
        // the next keep-alive finds the connection gone
        assertThat(phone.subscriptions.poll(5, TimeUnit.SECONDS)).isEqualTo("unsubscribed");
        assertThat(server.eventStreams()).isZero();
        assertThat(phone.listeners).isEmpty();
    }

    @Test
    void aStalledClientIsDroppedWithoutBlockingThePhone() throws Exception {
        start(8, Duration.ofSeconds(15));
        try (Socket stalled = open(null, 4096)) {
            String big = "x".repeat(16 * 1024);
            // far more than the socket buffers and the queue hold together: the writer must block
            CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 2000; i++) {
                    phone.publish(new PhoneEvent.CommandRefused(big));
                }
            });
            publishing.get(10, TimeUnit.SECONDS);
            assertThat(phone.subscriptions.poll(10, TimeUnit.SECONDS)).isEqualTo("unsubscribed");
            assertThat(server.eventStreams()).isZero();
            assertThat(readsToTheEnd(stalled)).as("the server closed the stalled connection").isTrue();
        }
        // the server is fine afterwards
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Socket socket = open(lines, 65536);
        try {
            phone.publish(new PhoneEvent.ShutDown());
            assertThat(awaitLine(lines, "event:")).isEqualTo("event: shutdown");
        } finally {
            socket.close();
        }
    }

    /** Reads what the server had sent until the connection ends; false when it stays open. */
    private static boolean readsToTheEnd(Socket socket) throws java.io.IOException {
        socket.setSoTimeout(10_000);
        byte[] buffer = new byte[64 * 1024];
        try {
            while (socket.getInputStream().read(buffer) >= 0) {
                // discard
            }
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    @Test
    void eventStreamsNeedTheTokenToo() throws Exception {
        start(16, Duration.ofSeconds(15));
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write("GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(status).startsWith("HTTP/1.1 401");
        }
        assertThat(phone.subscriptions).isEmpty();
    }
}
