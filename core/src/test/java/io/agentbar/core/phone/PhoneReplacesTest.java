package io.agentbar.core.phone;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.PayloadFormat;
import io.agentbar.core.registration.RegistrationState;
import io.agentbar.core.registration.RetryPolicy;
import io.agentbar.core.signalling.SignallingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Incoming calls carrying RFC 3891 Replaces, against fake ports that record what signalling was asked. */
class PhoneReplacesTest {
    private final FakePorts ports = new FakePorts();
    private final BlockingQueue<PhoneEvent> events = new LinkedBlockingQueue<>();
    private Phone phone;

    @BeforeEach
    void setUp() throws Exception {
        phone = new Phone(Account.of("1001", "127.0.0.1", 5060, Transport.UDP), Secret.of("pw"), ports.signalling,
                ports.audio, ports.transports, Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC),
                Executors.newSingleThreadScheduledExecutor(),
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(1800), () -> 1.0));
        phone.subscribe(events::add);
        phone.start();
        await(PhoneEvent.RegistrationChanged.class,
                e -> e.state() instanceof RegistrationState.Unregistered);
    }

    @AfterEach
    void tearDown() {
        phone.shutdown(Duration.ofSeconds(1));
    }

    @Test
    void replacingCallIsAnsweredWithoutRingingAndTheReplacedCallIsHungUp() throws Exception {
        CallId consultation = connectedOutgoing("1003");
        CallId transferee = new CallId("in-replacing");
        ports.sink.accept(incoming(transferee, Optional.of(consultation)));
        List<String> sent = new java.util.ArrayList<>();
        for (String c = ports.nextCommand(); !c.equals("accept"); c = ports.nextCommand()) {
            sent.add(c);
        }
        // the old call's audio is released before the new one starts
        assertThat(sent).as("answered at once, never rung").containsExactly("hangup", "media closed");
        CallSnapshot taken = awaitSnapshot(s -> s.id().equals(transferee));
        assertThat(taken.state()).as("its first snapshot: no ringing shown").isInstanceOf(CallState.Connected.class);
        assertThat(seen).anyMatch(e -> e instanceof PhoneEvent.CallChanged c && c.call().id().equals(consultation)
                && c.call().state() instanceof CallState.Ending);
    }

    @Test
    void replacesNamingNoCallOfOursIsRefusedWith481AndNothingRings() throws Exception {
        CallId stranger = new CallId("in-unknown");
        ports.sink.accept(incoming(stranger, Optional.of(new CallId("gone"))));
        assertThat(ports.nextCommand()).isEqualTo("reject 481");
        assertThat(ports.commands.poll(200, TimeUnit.MILLISECONDS)).isNull();
        events.drainTo(seen);
        assertThat(seen).noneMatch(e -> e instanceof PhoneEvent.CallChanged c && c.call().id().equals(stranger));
    }

    @Test
    void aCallStillRingingInCannotBeReplaced() throws Exception {
        CallId ringing = new CallId("in-ringing");
        ports.sink.accept(incoming(ringing, Optional.empty()));
        assertThat(ports.nextCommand()).isEqualTo("ringing");
        ports.sink.accept(incoming(new CallId("in-pickup"), Optional.of(ringing)));
        assertThat(ports.nextCommand()).as("RFC 3891 §3: an early dialog we did not start").isEqualTo("reject 481");
    }

    @Test
    void ordinaryIncomingCallStillRings() throws Exception {
        ports.sink.accept(new SignallingEvent.IncomingCall(new CallId("in-plain"), new Party("sip:1002@h", ""),
                new Party("sip:1001@h", ""), remote()));
        assertThat(ports.nextCommand()).isEqualTo("ringing");
    }

    private static SignallingEvent.IncomingCall incoming(CallId id, Optional<CallId> replaces) {
        return new SignallingEvent.IncomingCall(id, new Party("sip:1002@h", ""), new Party("sip:1001@h", ""),
                remote(), replaces, Optional.empty());
    }

    private CallId connectedOutgoing(String target) throws Exception {
        CallId id = phone.dial(target);
        assertThat(ports.nextCommand()).startsWith("invite");
        ports.sink.accept(new SignallingEvent.Answered(id, remote()));
        awaitSnapshot(s -> s.id().equals(id) && s.state() instanceof CallState.Connected);
        return id;
    }

    private static MediaDescription remote() {
        return new MediaDescription(new InetSocketAddress("127.0.0.1", 4000), null,
                List.of(PayloadFormat.staticFormat(Codec.PCMU)), MediaDirection.SENDRECV, 20);
    }

    private CallSnapshot awaitSnapshot(Predicate<CallSnapshot> test) throws InterruptedException {
        return await(PhoneEvent.CallChanged.class, e -> test.test(e.call())).call();
    }

    private final List<PhoneEvent> seen = new java.util.ArrayList<>();

    private <T extends PhoneEvent> T await(Class<T> type, Predicate<T> test) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < deadline) {
            PhoneEvent e = events.poll(100, TimeUnit.MILLISECONDS);
            if (e != null) {
                seen.add(e);
            }
            if (type.isInstance(e) && test.test(type.cast(e))) {
                return type.cast(e);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " matching within 3 s; seen " + seen);
    }
}
