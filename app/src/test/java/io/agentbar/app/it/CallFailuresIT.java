package io.agentbar.app.it;

import io.agentbar.app.PhoneAssembly;
import io.agentbar.app.cli.AccountOptions;
import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.peers.Kamailio;
import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.phone.Phone;
import io.agentbar.core.phone.PhoneEvent;
import io.agentbar.core.registration.RegistrationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls that do not connect: cancelled while ringing, refused busy. */
class CallFailuresIT {
    private static final Duration STEP = Duration.ofSeconds(20);
    private static Kamailio kamailio;

    @BeforeAll
    static void startRegistrar() {
        kamailio = Kamailio.start(Map.of("1001", "pw-1001", "1002", "pw-1002"));
    }

    @AfterAll
    static void stopRegistrar() {
        kamailio.close();
    }

    @Test
    void cancelWhileRingingEndsCancelledOnBothSides() throws Exception {
        try (Baresip callee = Baresip.start(BaresipOptions.named("ringing").registerAt(kamailio, "1002", "pw-1002"))) {
            Account account = Account.of("1001", kamailio.host(), kamailio.port(), Transport.UDP);
            Phone phone = PhoneAssembly.headless(PhoneAssembly.Options.silent(
                    new AccountOptions(account, Secret.of("pw-1001"), "", 0)));
            BlockingQueue<PhoneEvent> events = new LinkedBlockingQueue<>();
            phone.subscribe(events::add);
            phone.start();
            try {
                phone.register();
                await(events, e -> e instanceof PhoneEvent.RegistrationChanged r && r.state() instanceof RegistrationState.Registered);
                CallId id = phone.dial("1002");
                callee.awaitIncomingCall(STEP);
                await(events, e -> e instanceof PhoneEvent.CallChanged c && c.call().state() instanceof CallState.Alerting);
                phone.hangUp(id);
                PhoneEvent ended = await(events, e -> e instanceof PhoneEvent.CallChanged c && c.call().state().isEnded());
                assertThat(((PhoneEvent.CallChanged) ended).call().state()).isEqualTo(new CallState.Ended(EndReason.CANCELLED, 487));
                // baresip words a caller's CANCEL of a ringing call this way
                assertThat(callee.awaitCallClosed(STEP)).isEqualTo("Connection reset by peer");
            } finally {
                phone.shutdown(Duration.ofSeconds(3));
            }
        }
    }

    @Test
    void busyCalleeEndsBusy() throws Exception {
        try (Baresip callee = Baresip.start(BaresipOptions.named("busy").registerAt(kamailio, "1002", "pw-1002"))) {
            HeadlessRun run = HeadlessRun.start(List.of("call", "1002", "--server", kamailio.hostPort(), "--user", "1001",
                    "--password-env", "AB_PW", "--seconds", "2"), Map.of("AB_PW", "pw-1001"));
            callee.awaitIncomingCall(STEP);
            callee.hangup();
            assertThat(run.awaitExit(STEP)).isEqualTo(1);
            assertThat(run.errors()).contains("call failed: busy (486)");
        }
    }

    @Test
    void unknownNumberGivesOneClearLine() throws Exception {
        HeadlessRun run = HeadlessRun.start(List.of("call", "9999", "--server", kamailio.hostPort(), "--user", "1001",
                "--password-env", "AB_PW"), Map.of("AB_PW", "pw-1001"));
        assertThat(run.awaitExit(STEP)).isEqualTo(1);
        assertThat(run.errors().lines().filter(l -> l.startsWith("agentbar:")).toList())
                .containsExactly("agentbar: call failed: not found (404)");
    }

    private static PhoneEvent await(BlockingQueue<PhoneEvent> events, Predicate<PhoneEvent> match) throws InterruptedException {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (System.nanoTime() < deadline) {
            PhoneEvent e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e != null && match.test(e)) {
                return e;
            }
        }
        throw new AssertionError("event did not come within " + STEP);
    }
}
