package io.agentbar.sip.ws;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.PayloadFormat;
import io.agentbar.core.signalling.SignallingEvent;
import io.agentbar.sip.JainSipSignalling;
import io.agentbar.sip.SipConfig;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** A started {@link JainSipSignalling} on loopback whose events a test waits for (cf. SipPeer). */
final class Phone implements AutoCloseable {
    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    static final Secret PASSWORD = Secret.of(Kamailio.PASSWORD);

    final JainSipSignalling signalling;
    private final BlockingQueue<SignallingEvent> events = new LinkedBlockingQueue<>();
    private final List<SignallingEvent> seen = new ArrayList<>();

    Phone(WebSocketSettings webSocket) throws IOException {
        signalling = new JainSipSignalling(SipConfig.of(LOOPBACK), webSocket);
        signalling.start(events::add);
    }

    static Account account(String user, String server, int port, Transport transport) {
        return new Account(user, "127.0.0.1", server, port, transport, null, null, Duration.ofSeconds(300));
    }

    void register(Account account) {
        signalling.register(account, PASSWORD);
    }

    static MediaDescription media(int port) {
        return new MediaDescription(new InetSocketAddress(LOOPBACK, port), null,
                List.of(PayloadFormat.staticFormat(Codec.PCMU), PayloadFormat.telephoneEvent(101)),
                MediaDirection.SENDRECV, 20);
    }

    /** The next event of this type within {@code wait}; other events on the way are kept in {@link #seen}. */
    <T extends SignallingEvent> T await(Class<T> type, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                SignallingEvent e = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
                if (e == null) {
                    fail("no " + type.getSimpleName() + " within " + wait + "; seen " + seen);
                }
                seen.add(e);
                if (type.isInstance(e)) {
                    return type.cast(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    <T extends SignallingEvent> T await(Class<T> type) {
        return await(type, Duration.ofSeconds(10));
    }

    /** Asserts that no event arrives within {@code quiet}. */
    void assertQuiet(Duration quiet) throws InterruptedException {
        assertThat(events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)).as("unexpected event").isNull();
    }

    @Override
    public void close() {
        signalling.close();
    }

    /** Closes phones in parallel: JAIN-SIP's stop() sleeps a second each. */
    static void closeAll(Phone... phones) {
        List<Thread> threads = new ArrayList<>();
        for (Phone p : phones) {
            if (p != null) {
                threads.add(Thread.ofVirtual().start(p::close));
            }
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
