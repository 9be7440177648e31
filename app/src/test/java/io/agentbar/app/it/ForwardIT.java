package io.agentbar.app.it;

import io.agentbar.app.PhoneAssembly;
import io.agentbar.app.cli.AccountOptions;
import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.peers.Kamailio;
import io.agentbar.app.it.peers.KamailioOptions;
import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.media.Codec;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.core.phone.Phone;
import io.agentbar.core.phone.PhoneEvent;
import io.agentbar.core.registration.RegistrationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forwarding a ringing call through Kamailio: our 302 names the target and the proxy, as a PBX
 * does, places the call there; the caller ends up talking to the target, never to us.
 */
class ForwardIT {
    private static final Duration STEP = Duration.ofSeconds(20);
    private static final double B_HZ = 1000;
    private static Kamailio kamailio;
    private final BlockingQueue<PhoneEvent> events = new LinkedBlockingQueue<>();
    private Phone phone;

    @BeforeAll
    static void startRegistrar() {
        kamailio = Kamailio.start(KamailioOptions.withUsers(Map.of("1001", "pw-1001", "1002", "pw-1002",
                "1003", "pw-1003")).followRedirects());
    }

    @AfterAll
    static void stopRegistrar() {
        kamailio.close();
    }

    @BeforeEach
    void startPhone() throws Exception {
        Account account = Account.of("1001", kamailio.host(), kamailio.port(), Transport.UDP);
        phone = PhoneAssembly.headless(PhoneAssembly.Options.files(new AccountOptions(account, Secret.of("pw-1001"), "", 0),
                List.of(Codec.PCMU), Optional.of(ToneFiles.tone("agent", ToneFiles.OURS_HZ, 8000, 1)), Optional.empty()));
        phone.subscribe(events::add);
        phone.start();
        phone.register();
        await(PhoneEvent.RegistrationChanged.class, e -> e.state() instanceof RegistrationState.Registered);
    }

    @AfterEach
    void stopPhone() {
        phone.shutdown(Duration.ofSeconds(3));
    }

    @Test
    void ringingCallForwardedWith302ConnectsTheCallerToTheTarget() throws Exception {
        try (Baresip b = Baresip.start(BaresipOptions.named("fwd-b").codecs("PCMU").tone(B_HZ)
                .registerAt(kamailio, "1002", "pw-1002"));
             Baresip c = Baresip.start(BaresipOptions.named("fwd-c").autoAnswer(true).codecs("PCMU").tone(700)
                     .registerAt(kamailio, "1003", "pw-1003"))) {
            b.awaitRegistered(STEP);
            c.awaitRegistered(STEP);
            b.dial(kamailio.uri("1001"));
            CallSnapshot ringing = awaitCall(s -> s.state() instanceof CallState.Ringing);
            assertThat(ringing.remote().uri()).contains("1002");
            phone.forward(ringing.id(), "1003");
            CallSnapshot ended = awaitCall(s -> s.id().equals(ringing.id()) && s.state().isEnded());
            assertThat(ended.state()).isEqualTo(new CallState.Ended(EndReason.FORWARDED, 302));
            assertThat(c.awaitCallEstablished(STEP)).as("the target is called by the caller").contains("1002");
            b.awaitCallEstablished(STEP);
            kamailio.process().awaitLine(java.util.regex.Pattern.compile("AGENTBAR redirect followed to sip:1003@"), STEP);
            c.awaitRtpReceived(100, STEP);
            b.hangup();
            c.awaitCallClosed(STEP);
            ToneFiles.assertCarries(c.receivedRecording(STEP), B_HZ, "the target hears the forwarded caller");
        }
    }

    private CallSnapshot awaitCall(Predicate<CallSnapshot> test) throws InterruptedException {
        return await(PhoneEvent.CallChanged.class, e -> test.test(e.call())).call();
    }

    private <T extends PhoneEvent> T await(Class<T> type, Predicate<T> test) throws InterruptedException {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (System.nanoTime() < deadline) {
            PhoneEvent e = events.poll(100, TimeUnit.MILLISECONDS);
            if (type.isInstance(e) && test.test(type.cast(e))) {
                return type.cast(e);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " matching within " + STEP);
    }
}
