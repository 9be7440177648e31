package io.agentbar.sip;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallState;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.core.phone.Phone;
import io.agentbar.core.phone.PhoneEvent;
import io.agentbar.core.registration.RegistrationState;
import io.agentbar.core.registration.RetryPolicy;
import io.agentbar.sip.media.UdpMediaTransports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server-requested auto answer with a whole phone against sipp: heeded from the account's
 * registrar, ignored from a direct peer (127.0.0.2 plays a host on the LAN).
 */
class AutoAnswerSippIT {
    private static final Duration SIPP_DONE = Duration.ofSeconds(20);
    private static final Duration STEP = Duration.ofSeconds(10);
    private final BlockingDeque<PhoneEvent> events = new LinkedBlockingDeque<>();
    private Phone phone;
    private Sipp registrar;
    private Sipp peer;

    @AfterEach
    void stop() {
        for (Sipp s : new Sipp[] {registrar, peer}) {
            if (s != null) {
                s.close();
            }
        }
        if (phone != null) {
            phone.shutdown(Duration.ofSeconds(2));
        }
    }

    @Test
    void registrarAskingForAnswerAfterOneSecondIsAnsweredAfterAboutASecond() throws Exception {
        registrar = Sipp.start("autoanswer-registrar", Sipp.scenarioFile("uas-registrar-autoanswer.xml"), "");
        startPhone(accountAt(registrar));
        CallSnapshot ringing = awaitCall(s -> s.state() instanceof CallState.Ringing);
        long rang = System.nanoTime();
        assertThat(ringing.autoAnswerAt()).as("the countdown is shown").isPresent();
        awaitCall(s -> s.state() instanceof CallState.Connected);
        Duration waited = Duration.ofNanos(System.nanoTime() - rang);
        assertThat(waited).isBetween(Duration.ofMillis(800), Duration.ofSeconds(4));
        awaitCall(s -> s.state().isEnded()); // sipp hangs up
        assertThat(registrar.awaitExit(SIPP_DONE)).as(registrar.trace()).isZero();
    }

    @Test
    void directPeerAskingForAnswerAfterJustRings() throws Exception {
        registrar = Sipp.start("autoanswer-plain-registrar", Sipp.scenarioFile("uas-registrar.xml"), "");
        // proxy-only off, or the direct INVITE would be refused before it could ring at all
        startPhone(accountAt(registrar).withProxyOnly(false));
        assertThat(registrar.awaitExit(SIPP_DONE)).as(registrar.trace()).isZero();
        peer = Sipp.start("autoanswer-direct-peer", Sipp.scenarioFile("uac-autoanswer-invite.xml"),
                "127.0.0.1:" + signallingPort, "-s", "1001", "-i", "127.0.0.2");
        CallSnapshot ringing = awaitCall(s -> s.state() instanceof CallState.Ringing);
        assertThat(ringing.autoAnswerAt()).as("no countdown for a direct peer").isEmpty();
        assertThat(next(s -> !(s.state() instanceof CallState.Ringing), Duration.ofSeconds(3)))
                .as("still ringing after 3 s").isEmpty();
        phone.reject(ringing.id());
        assertThat(peer.awaitExit(SIPP_DONE)).as(peer.trace()).isZero();
        assertThat(peer.receivedResponses("200", "INVITE")).isZero();
    }

    private int signallingPort;

    private void startPhone(Account account) throws Exception {
        JainSipSignalling signalling = new JainSipSignalling(SipConfig.of(SipPeer.LOOPBACK));
        phone = new Phone(account, Secret.of("unused"), signalling, new SilentAudio(), new UdpMediaTransports(),
                Clock.systemUTC(), Executors.newSingleThreadScheduledExecutor(),
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(1800), () -> 1.0));
        phone.subscribe(events::add);
        phone.start();
        signallingPort = signalling.localPort();
        phone.register();
        long deadline = System.nanoTime() + STEP.toNanos();
        // the registrar's INVITE may overtake its 200 to REGISTER: what comes before Registered goes back
        // to the head of the queue, in order, for the test's own waits
        List<PhoneEvent> before = new ArrayList<>();
        try {
            while (System.nanoTime() < deadline) {
                PhoneEvent e = events.poll(100, TimeUnit.MILLISECONDS);
                if (e instanceof PhoneEvent.RegistrationChanged r && r.state() instanceof RegistrationState.Registered) {
                    return;
                }
                if (e != null) {
                    before.add(e);
                }
            }
            throw new AssertionError("not registered within " + STEP);
        } finally {
            for (int i = before.size() - 1; i >= 0; i--) {
                events.addFirst(before.get(i));
            }
        }
    }

    private static Account accountAt(Sipp server) {
        return new Account("1001", "agentbar.test", "127.0.0.1", server.port, Transport.UDP, null, null,
                Duration.ofSeconds(300));
    }

    private CallSnapshot awaitCall(Predicate<CallSnapshot> test) throws InterruptedException {
        return next(test, STEP).orElseThrow(() -> new AssertionError("no matching call within " + STEP));
    }

    /** The next call snapshot matching {@code test} within {@code timeout}, or empty. */
    private Optional<CallSnapshot> next(Predicate<CallSnapshot> test, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            PhoneEvent e = events.poll(Math.max(0, Math.min(100, (deadline - System.nanoTime()) / 1_000_000)),
                    TimeUnit.MILLISECONDS);
            if (e instanceof PhoneEvent.CallChanged c && test.test(c.call())) {
                return Optional.of(c.call());
            }
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }
}
