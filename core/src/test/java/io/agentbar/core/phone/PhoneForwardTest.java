package io.agentbar.core.phone;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.call.Party;
import io.agentbar.core.dialplan.DialPlan;
import io.agentbar.core.dialplan.DialRules;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.PayloadFormat;
import io.agentbar.core.registration.RetryPolicy;
import io.agentbar.core.signalling.SignallingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Forwarding: a ringing call is redirected (302), a connected one transferred blind (REFER). */
class PhoneForwardTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final FakePorts ports = new FakePorts();
    private final BlockingQueue<PhoneEvent> events = new LinkedBlockingQueue<>();
    private Phone phone;

    private void start(DialRules rules) throws Exception {
        phone = new Phone(Account.of("1001", "127.0.0.1", 5060, Transport.UDP), Secret.of("pw"), ports.signalling,
                ports.audio, ports.transports, CLOCK, Executors.newSingleThreadScheduledExecutor(),
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(1800), () -> 1.0), new DialPlan(rules, CLOCK));
        phone.subscribe(events::add);
        phone.start();
    }

    @AfterEach
    void tearDown() {
        if (phone != null) {
            phone.shutdown(Duration.ofMillis(200));
        }
    }

    @Test
    void ringingCallIsRedirectedToTheNormalisedTargetAndEndsForwarded() throws Exception {
        start(DialRules.defaults());
        CallId id = ringing("in-1");
        phone.forward(id, " 1003 ");
        assertThat(ports.nextCommand()).isEqualTo("forward in-1 1003");
        assertThat(awaitCall(id, s -> s.state().isEnded()).state()).isEqualTo(new CallState.Ended(EndReason.FORWARDED, 302));
        assertThat(ports.closedTransports).as("the media port opened for the ringing call is released").isEqualTo(1);
    }

    @Test
    void separatorsAreDroppedFromAForwardedNumber() throws Exception {
        start(DialRules.defaults());
        CallId id = ringing("in-2");
        phone.forward(id, "+1 (555) 010-0200");
        assertThat(ports.nextCommand()).isEqualTo("forward in-2 +15550100200");
    }

    @Test
    void blockedTargetIsRefusedAndTheCallRingsOn() throws Exception {
        start(DialRules.defaults().withBlocked(DialRules.TOLL_FRAUD_PREFIXES));
        CallId id = ringing("in-3");
        phone.forward(id, "+1 900 555 0100");
        assertThat(refusal()).contains("blocked");
        phone.answer(id);
        assertThat(ports.nextCommand()).as("no redirect went out; the call could still be answered").isEqualTo("accept");
    }

    @Test
    void invalidTargetIsRefused() throws Exception {
        start(DialRules.defaults());
        CallId id = ringing("in-4");
        phone.forward(id, "not a target!");
        assertThat(refusal()).contains("not a number or SIP address");
        assertThat(ports.commands.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void connectedCallIsTransferredBlindInstead() throws Exception {
        start(DialRules.defaults());
        CallId id = ringing("in-5");
        phone.answer(id);
        assertThat(ports.nextCommand()).isEqualTo("accept");
        awaitCall(id, s -> s.state() instanceof CallState.Connected);
        phone.forward(id, "sip:1003@pbx.example");
        assertThat(ports.nextCommand()).isEqualTo("refer in-5 sip:1003@pbx.example");
        ports.sink.accept(new SignallingEvent.TransferProgressed(id, true, 200, "OK"));
        assertThat(ports.nextCommand()).as("transferred: our leg is over").isEqualTo("hangup");
    }

    @Test
    void outgoingCallStillDialingCannotBeForwarded() throws Exception {
        start(DialRules.defaults());
        CallId id = phone.dial("1002");
        assertThat(ports.nextCommand()).isEqualTo("invite 1002");
        phone.forward(id, "1003");
        assertThat(refusal()).contains("ringing or connected");
        assertThat(ports.commands.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    private CallId ringing(String value) throws Exception {
        CallId id = new CallId(value);
        ports.sink.accept(new SignallingEvent.IncomingCall(id, new Party("sip:1002@pbx.example", ""),
                new Party("sip:1001@pbx.example", ""), offer()));
        assertThat(ports.nextCommand()).isEqualTo("ringing");
        awaitCall(id, s -> s.state() instanceof CallState.Ringing);
        return id;
    }

    static MediaDescription offer() {
        return new MediaDescription(new InetSocketAddress("127.0.0.1", 4000), null,
                List.of(PayloadFormat.staticFormat(Codec.PCMU)), MediaDirection.SENDRECV, 20);
    }

    private String refusal() throws InterruptedException {
        return ((PhoneEvent.CommandRefused) await(x -> x instanceof PhoneEvent.CommandRefused)).message();
    }

    private CallSnapshot awaitCall(CallId id, Predicate<CallSnapshot> test) throws InterruptedException {
        return ((PhoneEvent.CallChanged) await(e -> e instanceof PhoneEvent.CallChanged c && c.call().id().equals(id)
                && test.test(c.call()))).call();
    }

    private PhoneEvent await(Predicate<PhoneEvent> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < deadline) {
            PhoneEvent e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e != null && wanted.test(e)) {
                return e;
            }
        }
        throw new AssertionError("no matching event within 2 s");
    }
}
