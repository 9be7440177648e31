package io.agentbar.sip;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Transport;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.PayloadFormat;
import io.agentbar.core.signalling.SignallingEvent;

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

/** A started {@link JainSipSignalling} on loopback whose events tests wait for. */
final class SipPeer implements AutoCloseable {
    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    static final Duration WAIT = Duration.ofSeconds(10);

    final JainSipSignalling signalling;
    private final BlockingQueue<SignallingEvent> events = new LinkedBlockingQueue<>();
    private final List<SignallingEvent> seen = new ArrayList<>();

    SipPeer(SipConfig config) throws IOException {
        signalling = new JainSipSignalling(config);
        signalling.start(events::add);
    }

    static SipPeer phone() throws IOException {
        return new SipPeer(SipConfig.of(LOOPBACK));
    }

    static SipPeer testLine() throws IOException {
        return new SipPeer(SipConfig.of(LOOPBACK).withAcceptRegistrations(true).withLocalUser("testline"));
    }

    int port() {
        return signalling.localPort();
    }

    String uri(String user) {
        return "sip:" + user + "@127.0.0.1:" + port();
    }

    /** An account whose registrar/proxy is this peer. */
    Account accountAt(String user, Transport transport) {
        return new Account(user, "127.0.0.1", "127.0.0.1", port(), transport, null, null, Duration.ofSeconds(300));
    }

    static MediaDescription offer(int port) {
        return new MediaDescription(new InetSocketAddress(LOOPBACK, port), null,
                List.of(PayloadFormat.opus(111), PayloadFormat.staticFormat(Codec.PCMU),
                        PayloadFormat.telephoneEvent(101)), MediaDirection.SENDRECV, 20);
    }

    static MediaDescription answer(int port) {
        return new MediaDescription(new InetSocketAddress(LOOPBACK, port), null,
                List.of(PayloadFormat.staticFormat(Codec.PCMU)), MediaDirection.SENDRECV, 20);
    }

    /** The next event of this type; other events on the way are kept in {@link #seen}. */
    <T extends SignallingEvent> T await(Class<T> type) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                SignallingEvent e = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
                if (e == null) {
                    fail("no " + type.getSimpleName() + " within " + WAIT + "; seen " + seen);
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

    /** Asserts that nothing else arrives within {@code quiet}. */
    void assertQuiet(Duration quiet) throws InterruptedException {
        SignallingEvent e = events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(e).as("unexpected event").isNull();
    }

    List<SignallingEvent> seen() {
        return seen;
    }

    @Override
    public void close() {
        signalling.close();
    }

    /** Closes peers in parallel: JAIN-SIP's stop() sleeps a second each. */
    static void closeAll(SipPeer... peers) {
        List<Thread> threads = new ArrayList<>();
        for (SipPeer p : peers) {
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
