package io.agentbar.core.phone;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.alert.AlertSignal;
import io.agentbar.core.alert.Ringer;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.Party;
import io.agentbar.core.registration.RetryPolicy;
import io.agentbar.core.signalling.SignallingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The phone tells its ringer what to play as calls ring, connect and end, and only when that changes. */
class PhoneAlertTest {
    private final FakePorts ports = new FakePorts();
    private final BlockingQueue<Object> played = new LinkedBlockingQueue<>();
    private Phone phone;

    @BeforeEach
    void setUp() throws Exception {
        phone = new Phone(Account.of("1001", "127.0.0.1", 5060, Transport.UDP), Secret.of("pw"), ports.signalling,
                ports.audio, ports.transports, Clock.systemUTC(), Executors.newSingleThreadScheduledExecutor(),
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(1800), () -> 1.0));
        phone.useRinger(new Ringer() {
            @Override
            public void play(AlertSignal signal) {
                played.add(signal);
            }

            @Override
            public void close() {
                played.add("closed");
            }
        });
        phone.start();
    }

    @AfterEach
    void tearDown() {
        phone.shutdown(Duration.ofMillis(200));
    }

    @Test
    void ringsUntilAnsweredThenFallsSilent() throws Exception {
        CallId in = ring("in-1", Optional.empty());
        assertThat(next()).isEqualTo(AlertSignal.RING);
        phone.answer(in);
        assertThat(ports.nextCommand()).isEqualTo("accept");
        assertThat(next()).isEqualTo(AlertSignal.SILENCE);
    }

    @Test
    void aSecondCallWhileTalkingGetsTheCallWaitingTone() throws Exception {
        CallId first = phone.dial("1002");
        assertThat(ports.nextCommand()).isEqualTo("invite 1002");
        ports.sink.accept(new SignallingEvent.Answered(first, PhoneForwardTest.offer()));
        ring("in-2", Optional.empty());
        assertThat(next()).isEqualTo(AlertSignal.CALL_WAITING);
        ports.sink.accept(new SignallingEvent.Cancelled(new CallId("in-2")));
        assertThat(next()).isEqualTo(AlertSignal.SILENCE);
    }

    @Test
    void theRingtoneSwitchSilencesRingingButNotTheAutoAnswerBeeps() throws Exception {
        phone.setRingtoneEnabled(false);
        CallId quiet = ring("in-3", Optional.empty());
        phone.reject(quiet);
        assertThat(ports.nextCommand()).isEqualTo("reject 603");
        phone.setAutoAnswer(Optional.of(Duration.ofSeconds(30)));
        CallId beeping = ring("in-4", Optional.empty());
        assertThat(next()).as("nothing for the first call, beeps for the second").isEqualTo(AlertSignal.AUTO_ANSWER_BEEPS);
        phone.cancelAutoAnswer(beeping);
        assertThat(next()).as("cancelled: it rings on, silently").isEqualTo(AlertSignal.SILENCE);
        phone.setRingtoneEnabled(true);
        assertThat(next()).isEqualTo(AlertSignal.RING);
    }

    @Test
    void shutdownSilencesAndReleasesTheRinger() throws Exception {
        ring("in-5", Optional.empty());
        assertThat(next()).isEqualTo(AlertSignal.RING);
        phone.shutdown(Duration.ofMillis(500));
        assertThat(next()).isEqualTo(AlertSignal.SILENCE);
        assertThat(next()).isEqualTo("closed");
    }

    private CallId ring(String value, Optional<Duration> requested) throws Exception {
        CallId id = new CallId(value);
        ports.sink.accept(new SignallingEvent.IncomingCall(id, new Party("sip:1002@pbx.example", ""),
                new Party("sip:1001@pbx.example", ""), PhoneForwardTest.offer(), Optional.empty(), requested));
        assertThat(ports.nextCommand()).isEqualTo("ringing");
        return id;
    }

    private Object next() throws InterruptedException {
        Object signal = played.poll(2, TimeUnit.SECONDS);
        assertThat(signal).as("the ringer was told something").isNotNull();
        return signal;
    }
}
