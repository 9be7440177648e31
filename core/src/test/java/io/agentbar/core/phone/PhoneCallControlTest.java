package io.agentbar.core.phone;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.EndReason;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Hold, resume, several calls and transfers, against fake ports that record what signalling was asked. */
class PhoneCallControlTest {
    private final FakePorts ports = new FakePorts();
    private final BlockingQueue<PhoneEvent> events = new LinkedBlockingQueue<>();
    private Phone phone;
    /** Commands the phone sent before a dial's INVITE. */
    private final List<String> before = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        phone = new Phone(Account.of("1001", "127.0.0.1", 5060, Transport.UDP), Secret.of("pw"), ports.signalling,
                ports.audio, ports.transports, Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC),
                Executors.newSingleThreadScheduledExecutor(),
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(1800), () -> 1.0));
        phone.subscribe(events::add);
        phone.start();
        await(PhoneEvent.RegistrationChanged.class, e -> e.state() instanceof RegistrationState.Unregistered);
    }

    @AfterEach
    void tearDown() {
        phone.shutdown(Duration.ofSeconds(1));
    }

    @Test
    void holdSendsSendonlyAndIsConfirmedByTheAnswer() throws Exception {
        CallId id = connectedOutgoing("1002");
        phone.hold(id);
        assertThat(ports.nextCommand()).isEqualTo("direction " + id.value() + " sendonly");
        CallSnapshot pending = awaitSnapshot(s -> s.hold().pending());
        assertThat(pending.hold().local()).isFalse();
        ports.sink.accept(new SignallingEvent.ReofferAnswered(id, remote(MediaDirection.RECVONLY)));
        CallSnapshot held = awaitSnapshot(s -> s.hold().local() && !s.hold().pending());
        assertThat(held.state()).isInstanceOf(CallState.Connected.class);
        phone.resume(id);
        assertThat(ports.nextCommand()).isEqualTo("direction " + id.value() + " sendrecv");
        ports.sink.accept(new SignallingEvent.ReofferAnswered(id, remote(MediaDirection.SENDRECV)));
        awaitSnapshot(s -> !s.hold().any() && !s.hold().pending());
    }

    @Test
    void refusedHoldLeavesTheCallAsItWasAndSaysSo() throws Exception {
        CallId id = connectedOutgoing("1002");
        phone.hold(id);
        ports.nextCommand();
        ports.sink.accept(new SignallingEvent.ReofferFailed(id, 488));
        awaitSnapshot(s -> !s.hold().any() && !s.hold().pending());
        await(PhoneEvent.CommandRefused.class, e -> e.message().contains("488"));
    }

    @Test
    void remoteHoldIsShownAndEndsWhenTheyResume() throws Exception {
        CallId id = connectedOutgoing("1002");
        ports.sink.accept(new SignallingEvent.Reoffered(id, remote(MediaDirection.SENDONLY), MediaDirection.RECVONLY));
        awaitSnapshot(s -> s.hold().remote());
        ports.sink.accept(new SignallingEvent.Reoffered(id, remote(MediaDirection.SENDRECV), MediaDirection.SENDRECV));
        awaitSnapshot(s -> !s.hold().remote());
    }

    @Test
    void answeringASecondCallHoldsTheFirst() throws Exception {
        CallId first = connectedOutgoing("1002");
        CallId second = new CallId("in-2");
        ports.sink.accept(new SignallingEvent.IncomingCall(second, new Party("sip:1003@h", ""),
                new Party("sip:1001@h", ""), remote(MediaDirection.SENDRECV)));
        assertThat(ports.nextCommand()).isEqualTo("ringing");
        phone.answer(second);
        assertThat(ports.nextCommand()).isEqualTo("direction " + first.value() + " sendonly");
        assertThat(ports.nextCommand()).isEqualTo("accept");
    }

    @Test
    void blindTransferEndsTheCallWhenTheTargetAnswers() throws Exception {
        CallId id = connectedOutgoing("1002");
        phone.transfer(id, "1003");
        assertThat(ports.nextCommand()).isEqualTo("refer " + id.value() + " 1003");
        ports.sink.accept(new SignallingEvent.TransferProgressed(id, true, 100, "Trying"));
        awaitSnapshot(s -> s.transfer().filter(t -> t.status() == 100 && !t.done()).isPresent());
        ports.sink.accept(new SignallingEvent.TransferProgressed(id, true, 200, "OK"));
        assertThat(ports.nextCommand()).isEqualTo("hangup");
        ports.sink.accept(new SignallingEvent.HungUp(id, 200));
        assertThat(awaitSnapshot(s -> s.state().isEnded()).state())
                .isEqualTo(new CallState.Ended(EndReason.LOCAL_HANGUP, 200));
    }

    @Test
    void failedTransferBringsTheCallBack() throws Exception {
        CallId id = connectedOutgoing("1002");
        phone.transfer(id, "1003");
        ports.nextCommand();
        ports.sink.accept(new SignallingEvent.TransferProgressed(id, true, 486, "Busy Here"));
        CallSnapshot back = awaitSnapshot(s -> s.transfer().filter(CallSnapshot.TransferStatus::done).isPresent());
        assertThat(back.state()).isInstanceOf(CallState.Connected.class);
        await(PhoneEvent.CommandRefused.class, e -> e.message().contains("the call is back"));
    }

    @Test
    void aLate202AfterTheFinalNotifyDoesNotReopenTheTransfer() throws Exception {
        CallId id = connectedOutgoing("1002");
        phone.transfer(id, "1003");
        ports.nextCommand();
        ports.sink.accept(new SignallingEvent.TransferProgressed(id, true, 486, "Busy Here"));
        ports.sink.accept(new SignallingEvent.TransferProgressed(id, true, 100, "Accepted"));
        // events and commands share one queue: once hold is sent, the late 202 has been handled
        phone.hold(id);
        assertThat(ports.nextCommand()).isEqualTo("direction " + id.value() + " sendonly");
        CallSnapshot after = awaitSnapshot(s -> s.hold().pending());
        assertThat(after.transfer()).contains(new CallSnapshot.TransferStatus(after.transfer().orElseThrow().target(), 486, "Busy Here", true));
    }

    @Test
    void attendedTransferRefersWithTheConsultationDialog() throws Exception {
        CallId customer = connectedOutgoing("1002");
        CallId consultation = connectedOutgoing("1003");
        assertThat(before).containsExactly("direction " + customer.value() + " sendonly");
        phone.transfer(customer, consultation);
        assertThat(ports.nextCommand()).isEqualTo("replace " + customer.value() + " " + consultation.value());
    }

    private CallId connectedOutgoing(String target) throws Exception {
        CallId id = phone.dial(target);
        for (String c = ports.nextCommand(); !c.startsWith("invite"); c = ports.nextCommand()) {
            before.add(c); // e.g. the previous call put on hold first
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
