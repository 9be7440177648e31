package io.agentbar.core.phone;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.call.Party;
import io.agentbar.core.registration.RetryPolicy;
import io.agentbar.core.signalling.SignallingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auto answer: the agent's delay or the server's, shown as a deadline, cancelled by the agent or
 * by the call ending. The clock is fixed (deadlines are exact); the loop's timers are real and short.
 */
class PhoneAutoAnswerTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration SHORT = Duration.ofMillis(150);
    /** Well past {@link #SHORT}: a cancelled answer would have fired by then. */
    private static final Duration QUIET = Duration.ofMillis(600);
    private final FakePorts ports = new FakePorts();
    private final BlockingQueue<PhoneEvent> events = new LinkedBlockingQueue<>();
    private Phone phone;

    @BeforeEach
    void setUp() throws Exception {
        phone = new Phone(Account.of("1001", "127.0.0.1", 5060, Transport.UDP), Secret.of("pw"), ports.signalling,
                ports.audio, ports.transports, Clock.fixed(NOW, ZoneOffset.UTC), Executors.newSingleThreadScheduledExecutor(),
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(1800), () -> 1.0));
        phone.subscribe(events::add);
        phone.start();
    }

    @AfterEach
    void tearDown() {
        phone.shutdown(Duration.ofMillis(200));
    }

    @Test
    void offByDefaultTheCallJustRings() throws Exception {
        CallSnapshot ringing = ring("in-1", Optional.empty());
        assertThat(ringing.autoAnswerAt()).isEmpty();
        assertThat(ports.commands.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void configuredDelayShowsTheDeadlineThenAnswers() throws Exception {
        phone.setAutoAnswer(Optional.of(SHORT));
        CallSnapshot ringing = ring("in-2", Optional.empty());
        assertThat(ringing.autoAnswerAt()).contains(NOW.plus(SHORT));
        assertThat(ports.nextCommand()).isEqualTo("accept");
        CallSnapshot connected = awaitCall(s -> s.state() instanceof CallState.Connected);
        assertThat(connected.autoAnswerAt()).isEmpty();
    }

    @Test
    void serverRequestIsHonouredEvenWithTheSettingOff() throws Exception {
        CallSnapshot ringing = ring("in-3", Optional.of(Duration.ZERO));
        assertThat(ringing.autoAnswerAt()).contains(NOW);
        assertThat(ports.nextCommand()).isEqualTo("accept");
    }

    @Test
    void serverDelayWinsOverTheSetting() throws Exception {
        phone.setAutoAnswer(Optional.of(Duration.ofSeconds(30)));
        CallSnapshot ringing = ring("in-4", Optional.of(SHORT));
        assertThat(ringing.autoAnswerAt()).contains(NOW.plus(SHORT));
        assertThat(ports.nextCommand()).isEqualTo("accept");
    }

    @Test
    void agentCancelsTheCountdownAndTheCallRingsOn() throws Exception {
        phone.setAutoAnswer(Optional.of(Duration.ofMillis(300)));
        CallSnapshot ringing = ring("in-5", Optional.empty());
        phone.cancelAutoAnswer(ringing.id());
        CallSnapshot cancelled = awaitCall(s -> s.autoAnswerAt().isEmpty());
        assertThat(cancelled.state()).isInstanceOf(CallState.Ringing.class);
        assertThat(ports.commands.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void callerHangingUpCancelsTheAnswer() throws Exception {
        phone.setAutoAnswer(Optional.of(Duration.ofMillis(300)));
        CallSnapshot ringing = ring("in-6", Optional.empty());
        ports.sink.accept(new SignallingEvent.Cancelled(ringing.id()));
        assertThat(awaitCall(s -> s.state().isEnded()).state()).isEqualTo(new CallState.Ended(EndReason.MISSED, 487));
        assertThat(ports.commands.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void rejectCancelsTheAnswer() throws Exception {
        phone.setAutoAnswer(Optional.of(Duration.ofMillis(300)));
        CallSnapshot ringing = ring("in-7", Optional.empty());
        phone.reject(ringing.id());
        assertThat(ports.nextCommand()).isEqualTo("reject 603");
        assertThat(ports.commands.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void neverAnsweredByItselfWhileAnotherCallIsUp() throws Exception {
        CallId first = phone.dial("1002");
        assertThat(ports.nextCommand()).isEqualTo("invite 1002");
        ports.sink.accept(new SignallingEvent.Answered(first, PhoneForwardTest.offer()));
        awaitCall(s -> s.id().equals(first) && s.state() instanceof CallState.Connected);
        phone.setAutoAnswer(Optional.of(Duration.ZERO));
        CallSnapshot second = ring("in-8", Optional.of(Duration.ZERO));
        assertThat(second.autoAnswerAt()).as("no countdown: it would hold the customer").isEmpty();
        assertThat(ports.commands.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void turningTheSettingOffStopsLaterCallsAnswering() throws Exception {
        phone.setAutoAnswer(Optional.of(SHORT));
        phone.setAutoAnswer(Optional.empty());
        assertThat(ring("in-9", Optional.empty()).autoAnswerAt()).isEmpty();
        assertThat(ports.commands.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)).isNull();
    }

    /** Rings a call and returns its first snapshot; the "ringing" command is consumed. */
    private CallSnapshot ring(String value, Optional<Duration> requested) throws Exception {
        CallId id = new CallId(value);
        ports.sink.accept(new SignallingEvent.IncomingCall(id, new Party("sip:1002@pbx.example", ""),
                new Party("sip:1001@pbx.example", ""), PhoneForwardTest.offer(), Optional.empty(), requested));
        assertThat(ports.nextCommand()).isEqualTo("ringing");
        return awaitCall(s -> s.id().equals(id) && s.state() instanceof CallState.Ringing);
    }

    private CallSnapshot awaitCall(Predicate<CallSnapshot> test) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < deadline) {
            PhoneEvent e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e instanceof PhoneEvent.CallChanged c && test.test(c.call())) {
                return c.call();
            }
        }
        throw new AssertionError("no matching call snapshot within 2 s");
    }
}
