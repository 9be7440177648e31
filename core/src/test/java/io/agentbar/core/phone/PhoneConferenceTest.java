package io.agentbar.core.phone;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Local three-way conferences: join, split, leave, and how hold and hang-up end them. */
class PhoneConferenceTest {
    private final FakePorts ports = new FakePorts();
    private final BlockingQueue<PhoneEvent> events = new LinkedBlockingQueue<>();
    private Phone phone;
    private CallId first;
    private CallId second;

    @BeforeEach
    void setUp() throws Exception {
        phone = new Phone(Account.of("1001", "127.0.0.1", 5060, Transport.UDP), Secret.of("pw"), ports.signalling,
                ports.audio, ports.transports, Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC),
                Executors.newSingleThreadScheduledExecutor(),
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(1800), () -> 1.0));
        phone.subscribe(events::add);
        phone.start();
        await(PhoneEvent.RegistrationChanged.class, e -> e.state() instanceof RegistrationState.Unregistered);
        first = connectedOutgoing("1002");
        second = connectedOutgoing("1003"); // holds the first
        ports.sink.accept(new SignallingEvent.ReofferAnswered(first, remote(MediaDirection.RECVONLY)));
        awaitSnapshot(s -> s.id().equals(first) && s.hold().local() && !s.hold().pending());
    }

    @AfterEach
    void tearDown() {
        phone.shutdown(Duration.ofSeconds(1));
    }

    @Test
    void conferenceResumesTheHeldCallAndMixesBoth() throws Exception {
        phone.conference(first, second);
        assertThat(ports.nextCommand()).isEqualTo("conference");
        assertThat(ports.nextCommand()).isEqualTo("direction " + first.value() + " sendrecv");
        CallSnapshot a = awaitSnapshot(s -> s.id().equals(first) && s.inConference());
        assertThat(a.conferencedWith()).containsExactly(second);
        assertThat(a.hold().pending()).as("resume under way").isTrue();
        assertThat(awaitSnapshot(s -> s.id().equals(second) && s.inConference()).conferencedWith())
                .containsExactly(first);
    }

    @Test
    void splitKeepsTheChosenCallAndHoldsTheOther() throws Exception {
        conferenced();
        phone.split(second);
        assertThat(ports.nextCommand()).isEqualTo("split");
        assertThat(ports.nextCommand()).isEqualTo("direction " + first.value() + " sendonly");
        awaitSnapshot(s -> s.id().equals(second) && !s.inConference() && !s.hold().any());
        awaitSnapshot(s -> s.id().equals(first) && !s.inConference() && s.hold().pending());
    }

    @Test
    void holdingAMemberSplitsTheConferenceFirst() throws Exception {
        conferenced();
        phone.hold(second);
        assertThat(ports.nextCommand()).isEqualTo("split");
        assertThat(ports.nextCommand()).isEqualTo("direction " + second.value() + " sendonly");
    }

    @Test
    void leavingTransfersOneFarEndToTheOtherAndEndsBothOfOurCalls() throws Exception {
        conferenced();
        phone.leaveConference(first);
        assertThat(ports.nextCommand()).isEqualTo("replace " + first.value() + " " + second.value());
        ports.sink.accept(new SignallingEvent.TransferProgressed(first, true, 200, "OK"));
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            after.add(ports.nextCommand());
        }
        assertThat(after).containsExactly("hangup", "split", "media closed", "hangup", "media closed");
    }

    @Test
    void whenOneFarEndHangsUpTheOtherCallStaysWithTheAgent() throws Exception {
        conferenced();
        ports.sink.accept(new SignallingEvent.RemoteHungUp(second));
        assertThat(ports.nextCommand()).isEqualTo("split");
        CallSnapshot a = awaitSnapshot(s -> s.id().equals(first) && !s.inConference());
        assertThat(a.state()).isInstanceOf(CallState.Connected.class);
        assertThat(a.hold().any()).isFalse();
    }

    @Test
    void aCallCannotBeConferencedWithItself() throws Exception {
        phone.conference(second, second);
        await(PhoneEvent.CommandRefused.class, e -> e.message().contains("two different connected calls"));
        phone.leaveConference(second);
        await(PhoneEvent.CommandRefused.class, e -> e.message().contains("not in a conference"));
        assertThat(ports.commands).isEmpty();
    }

    private void conferenced() throws Exception {
        phone.conference(first, second);
        assertThat(ports.nextCommand()).isEqualTo("conference");
        assertThat(ports.nextCommand()).isEqualTo("direction " + first.value() + " sendrecv");
        ports.sink.accept(new SignallingEvent.ReofferAnswered(first, remote(MediaDirection.SENDRECV)));
        awaitSnapshot(s -> s.id().equals(first) && s.inConference() && !s.hold().pending());
    }

    private CallId connectedOutgoing(String target) throws Exception {
        CallId id = phone.dial(target);
        while (!ports.nextCommand().startsWith("invite")) {
            // e.g. the previous call put on hold first
        }
        ports.sink.accept(new SignallingEvent.Answered(id, remote(MediaDirection.SENDRECV)));
        awaitSnapshot(s -> s.id().equals(id) && s.state() instanceof CallState.Connected);
        return id;
    }

    private static MediaDescription remote(MediaDirection direction) {
        return new MediaDescription(new InetSocketAddress("127.0.0.1", 4000), null,
                List.of(PayloadFormat.staticFormat(Codec.PCMU)), direction, 20);
    }

    private CallSnapshot awaitSnapshot(Predicate<CallSnapshot> test) throws InterruptedException {
        return await(PhoneEvent.CallChanged.class, e -> test.test(e.call())).call();
    }

    private <T extends PhoneEvent> T await(Class<T> type, Predicate<T> test) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < deadline) {
            PhoneEvent e = events.poll(100, TimeUnit.MILLISECONDS);
            if (type.isInstance(e) && test.test(type.cast(e))) {
                return type.cast(e);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " matching within 3 s");
    }
}
