package io.agentbar.sip;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.ServerRecordingRule;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.core.phone.CallSnapshot.ServerRecording;
import io.agentbar.core.phone.Phone;
import io.agentbar.core.phone.PhoneEvent;
import io.agentbar.core.registration.RetryPolicy;
import io.agentbar.sip.media.UdpMediaTransports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path with a real phone: a sipp PBX answers our call with X-Record: on, the snapshot
 * shows the recording, and the agent's pause and resume go out as INFOs the PBX accepts (the state
 * flips) or refuses (the agent is told, the indicator stays).
 */
class ServerRecordingPhoneSippIT {
    private static final Duration SIPP_DONE = Duration.ofSeconds(20);
    private static final Duration STEP = Duration.ofSeconds(10);
    private final BlockingQueue<PhoneEvent> events = new LinkedBlockingQueue<>();
    private Phone phone;
    private Sipp pbx;

    @AfterEach
    void stop() {
        if (pbx != null) {
            pbx.close();
        }
        if (phone != null) {
            phone.shutdown(Duration.ofSeconds(2));
        }
    }

    @Test
    void pauseAndResumeByInfoFlipTheIndicatorWhenThePbxAgrees() throws Exception {
        CallId id = recordedCall("uas-record-info");
        phone.pauseServerRecording(id);
        assertThat(awaitCall(c -> c.serverRecording().map(ServerRecording::paused).orElse(false)).serverRecording())
                .contains(new ServerRecording(true, false));
        phone.resumeServerRecording(id);
        assertThat(awaitCall(c -> c.serverRecording().map(r -> !r.paused() && !r.pending()).orElse(false))
                .serverRecording()).contains(ServerRecording.ACTIVE);
        hangUpAndFinish(id);
        assertThat(pbx.received("INFO")).isEqualTo(2);
    }

    @Test
    void aPauseThePbxRefusesIsReportedAndTheCallStaysRecorded() throws Exception {
        CallId id = recordedCall("uas-record-info-403");
        phone.pauseServerRecording(id);
        PhoneEvent.CommandRefused refused = awaitRefusal();
        assertThat(refused.message()).contains("403").contains("still recording");
        hangUpAndFinish(id);
    }

    private CallId recordedCall(String scenario) throws Exception {
        pbx = Sipp.start(scenario + "-phone", Sipp.scenarioFile(scenario + ".xml"), "");
        Account account = new Account("1001", "agentbar.test", "127.0.0.1", pbx.port, Transport.UDP, null, null,
                Duration.ofSeconds(300)).withServerRecording(ServerRecordingRule.DEFAULT.withControl(
                new ServerRecordingRule.Control.Info("application/x-record", "pause", "resume")));
        phone = new Phone(account, Secret.of("unused"), new JainSipSignalling(SipConfig.of(SipPeer.LOOPBACK)),
                new SilentAudio(), new UdpMediaTransports(), Clock.systemUTC(),
                Executors.newSingleThreadScheduledExecutor(),
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(1800), () -> 1.0));
        phone.subscribe(events::add);
        phone.start();
        CallId id = phone.dial("sip:service@127.0.0.1:" + pbx.port);
        CallSnapshot recorded = awaitCall(c -> c.serverRecording().isPresent());
        assertThat(recorded.id()).isEqualTo(id);
        assertThat(recorded.state()).isInstanceOf(CallState.Connected.class);
        assertThat(recorded.serverRecording()).contains(ServerRecording.ACTIVE);
        return id;
    }

    private void hangUpAndFinish(CallId id) throws Exception {
        phone.hangUp(id);
        awaitCall(c -> c.state().isEnded());
        assertThat(pbx.awaitExit(SIPP_DONE)).as(pbx.trace()).isZero();
    }

    private CallSnapshot awaitCall(Predicate<CallSnapshot> test) throws InterruptedException {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (System.nanoTime() < deadline) {
            if (events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS) instanceof PhoneEvent.CallChanged c
                    && test.test(c.call())) {
                return c.call();
            }
        }
        throw new AssertionError("no matching call within " + STEP);
    }

    private PhoneEvent.CommandRefused awaitRefusal() throws InterruptedException {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (System.nanoTime() < deadline) {
            if (events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS) instanceof PhoneEvent.CommandRefused r) {
                return r;
            }
        }
        throw new AssertionError("no CommandRefused within " + STEP);
    }
}
