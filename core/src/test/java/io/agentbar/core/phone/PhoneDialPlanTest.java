package io.agentbar.core.phone;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.dialplan.DialPlan;
import io.agentbar.core.dialplan.DialRules;
import io.agentbar.core.registration.RetryPolicy;
import io.agentbar.core.signalling.SignallingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The dial plan sits between the agent's dial and the network. */
class PhoneDialPlanTest {
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
    void blockedPremiumNumberEndsBlockedAndNeverReachesTheNetwork() throws Exception {
        start(DialRules.defaults().withBlocked(DialRules.TOLL_FRAUD_PREFIXES));
        CallId id = phone.dial("+1 900 555 0100");
        assertThat(ended(id)).isEqualTo(new CallState.Ended(EndReason.BLOCKED, 0));
        assertThat(refusal()).contains("+1900", "blocked");
        assertThat(ports.commands.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aBlindTransferToABlockedNumberIsRefusedAndTheCallStays() throws Exception {
        start(DialRules.defaults().withBlocked(DialRules.TOLL_FRAUD_PREFIXES));
        CallId id = phone.dial("1002");
        assertThat(ports.nextCommand()).startsWith("invite");
        ports.sink.accept(new io.agentbar.core.signalling.SignallingEvent.Answered(id, new io.agentbar.core.media.MediaDescription(
                new java.net.InetSocketAddress("127.0.0.1", 4000), null,
                java.util.List.of(io.agentbar.core.media.PayloadFormat.staticFormat(io.agentbar.core.media.Codec.PCMU)),
                io.agentbar.core.media.MediaDirection.SENDRECV, 20)));
        phone.transfer(id, "+1 900 555 0100");
        assertThat(refusal()).contains("+1900");
        assertThat(ports.commands.poll(300, TimeUnit.MILLISECONDS)).as("no REFER").isNull();
    }

    @Test
    void callsOverThePerMinuteCapAreRefused() throws Exception {
        start(DialRules.defaults().withCallsPerMinute(1));
        CallId first = phone.dial("1002");
        assertThat(ports.nextCommand()).isEqualTo("invite 1002");
        ports.sink.accept(new SignallingEvent.CallFailed(first, 486, "Busy Here"));
        assertThat(ended(first).reason()).isEqualTo(EndReason.BUSY);
        CallId second = phone.dial("1002");
        assertThat(ended(second)).isEqualTo(new CallState.Ended(EndReason.BLOCKED, 0));
        assertThat(refusal()).contains("at most 1");
        assertThat(ports.commands.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void secondCallBeyondTheConcurrentCapIsRefusedWhileTheFirstGoesOn() throws Exception {
        start(DialRules.defaults().withMaxConcurrentCalls(1));
        CallId first = phone.dial("1002");
        assertThat(ports.nextCommand()).isEqualTo("invite 1002");
        CallId second = phone.dial("1003");
        assertThat(ended(second).reason()).isEqualTo(EndReason.BLOCKED);
        assertThat(ports.commands.poll(200, TimeUnit.MILLISECONDS)).isNull();
        phone.hangUp(first);
        assertThat(ports.nextCommand()).isEqualTo("hangup");
    }

    @Test
    void defaultPhoneStillDialsInternational() throws Exception {
        phone = new Phone(Account.of("1001", "127.0.0.1", 5060, Transport.UDP), Secret.of("pw"), ports.signalling,
                ports.audio, ports.transports, CLOCK, Executors.newSingleThreadScheduledExecutor(),
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(1800), () -> 1.0));
        phone.start();
        phone.dial("0044 20 7946 0000");
        assertThat(ports.nextCommand()).isEqualTo("invite 00442079460000");
    }

    private CallState.Ended ended(CallId id) throws InterruptedException {
        PhoneEvent e = await(x -> x instanceof PhoneEvent.CallChanged c && c.call().id().equals(id)
                && c.call().state() instanceof CallState.Ended);
        return (CallState.Ended) ((PhoneEvent.CallChanged) e).call().state();
    }

    private String refusal() throws InterruptedException {
        return ((PhoneEvent.CommandRefused) await(x -> x instanceof PhoneEvent.CommandRefused)).message();
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
