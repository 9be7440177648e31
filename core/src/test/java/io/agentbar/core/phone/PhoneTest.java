package io.agentbar.core.phone;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.MediaEvent;
import io.agentbar.core.media.MediaState;
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
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final FakePorts ports = new FakePorts();
    private final BlockingQueue<PhoneEvent> events = new LinkedBlockingQueue<>();
    private Phone phone;

    @BeforeEach
    void setUp() throws Exception {
        Account account = Account.of("1001", "127.0.0.1", 5060, Transport.UDP);
        phone = new Phone(account, Secret.of("pw"), ports.signalling, ports.audio, ports.transports,
                Clock.fixed(NOW, ZoneOffset.UTC), Executors.newSingleThreadScheduledExecutor(),
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(1800), () -> 1.0));
        phone.subscribe(events::add);
        phone.start();
        // the current state comes first to every new listener
        await(PhoneEvent.RegistrationChanged.class, e -> e.state() instanceof RegistrationState.Unregistered);
        await(PhoneEvent.AudioControlsChanged.class, e -> !e.microphoneMuted());
    }

    @Test
    void lateSubscriberGetsTheCurrentState() throws Exception {
        phone.setMicrophoneMuted(true);
        await(PhoneEvent.AudioControlsChanged.class, PhoneEvent.AudioControlsChanged::microphoneMuted);
        BlockingQueue<PhoneEvent> late = new LinkedBlockingQueue<>();
        phone.subscribe(late::add);
        assertThat(late.poll(2, TimeUnit.SECONDS)).isEqualTo(new PhoneEvent.RegistrationChanged(new RegistrationState.Unregistered()));
        assertThat(late.poll(2, TimeUnit.SECONDS)).isEqualTo(new PhoneEvent.AudioControlsChanged(true, false));
    }

    @AfterEach
    void tearDown() {
        phone.shutdown(Duration.ofMillis(200));
    }

    private <T extends PhoneEvent> T await(Class<T> type, Predicate<T> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < deadline) {
            PhoneEvent e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (type.isInstance(e) && condition.test(type.cast(e))) {
                return type.cast(e);
            }
        }
        throw new AssertionError("no matching " + type.getSimpleName() + " within 2 s");
    }

    private CallSnapshot awaitCall(Predicate<CallState> state) throws InterruptedException {
        return await(PhoneEvent.CallChanged.class, e -> state.test(e.call().state())).call();
    }

    private static MediaDescription remote(Codec codec) {
        return new MediaDescription(new InetSocketAddress("127.0.0.1", 31000), null,
                List.of(PayloadFormat.staticFormat(codec)), MediaDirection.SENDRECV, 20);
    }

    @Test
    void registerGoesGreenOnSuccess() throws Exception {
        phone.register();
        assertThat(ports.nextCommand()).isEqualTo("register 1001");
        await(PhoneEvent.RegistrationChanged.class, e -> e.state() instanceof RegistrationState.Registering);
        ports.sink.accept(new SignallingEvent.Registered(Duration.ofSeconds(600)));
        var registered = await(PhoneEvent.RegistrationChanged.class, e -> e.state() instanceof RegistrationState.Registered);
        assertThat(((RegistrationState.Registered) registered.state()).expiresAt()).isEqualTo(NOW.plusSeconds(600));
    }

    @Test
    void registrationIsRefreshedBeforeItExpires() throws Exception {
        phone.register();
        ports.nextCommand();
        ports.sink.accept(new SignallingEvent.Registered(Duration.ofSeconds(1)));
        await(PhoneEvent.RegistrationChanged.class, e -> e.state() instanceof RegistrationState.Registered);
        // a one-second binding is refreshed after one second, and the light stays green meanwhile
        assertThat(ports.nextCommand()).isEqualTo("register 1001");
        assertThat(events.stream().filter(e -> e instanceof PhoneEvent.RegistrationChanged)).isEmpty();
    }

    @Test
    void wrongPasswordFailsWithoutRetry() throws Exception {
        phone.register();
        ports.nextCommand();
        ports.sink.accept(new SignallingEvent.RegistrationFailed(401, "Unauthorized", true, Optional.empty()));
        var failed = await(PhoneEvent.RegistrationChanged.class, e -> e.state() instanceof RegistrationState.Failed);
        assertThat(((RegistrationState.Failed) failed.state()).retryAt()).isEmpty();
        assertThat(ports.commands.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void serverErrorSchedulesRetryAfter() throws Exception {
        phone.register();
        ports.nextCommand();
        ports.sink.accept(new SignallingEvent.RegistrationFailed(503, "Service Unavailable", false, Optional.of(Duration.ZERO)));
        var failed = await(PhoneEvent.RegistrationChanged.class, e -> e.state() instanceof RegistrationState.Failed);
        assertThat(((RegistrationState.Failed) failed.state()).retryAt()).contains(NOW);
        assertThat(ports.nextCommand()).isEqualTo("register 1001");
        await(PhoneEvent.RegistrationChanged.class, e -> e.state() instanceof RegistrationState.Registering r && r.attempt() == 2);
    }

    @Test
    void outgoingCallConnectsAndStartsMedia() throws Exception {
        CallId id = phone.dial("600");
        assertThat(ports.nextCommand()).isEqualTo("invite 600");
        assertThat(ports.lastOffer.formats()).extracting(PayloadFormat::codec).contains(Codec.OPUS, Codec.PCMU);
        ports.sink.accept(new SignallingEvent.Progressed(id, 180));
        awaitCall(s -> s instanceof CallState.Alerting);
        ports.sink.accept(new SignallingEvent.Answered(id, remote(Codec.PCMU)));
        CallSnapshot connected = awaitCall(s -> s instanceof CallState.Connected);
        assertThat(connected.connectedAt()).contains(NOW);
        assertThat(connected.codec()).contains(Codec.PCMU);
        assertThat(ports.mediaStarted.poll(2, TimeUnit.SECONDS).codec()).isEqualTo(Codec.PCMU);
        ports.mediaSink.accept(new MediaEvent.FirstPacketReceived(id.value()));
        await(PhoneEvent.CallChanged.class, e -> e.call().media() instanceof MediaState.Flowing);
        ports.mediaSink.accept(new MediaEvent.DeviceFailed(id.value(), "USB headset", "unplugged"));
        await(PhoneEvent.AudioDeviceFailed.class, e -> e.device().equals("USB headset"));
        phone.hangUp(id);
        awaitCall(s -> s instanceof CallState.Ending);
        ports.sink.accept(new SignallingEvent.HungUp(id, 200));
        CallSnapshot ended = awaitCall(CallState::isEnded);
        assertThat(ended.state()).isEqualTo(new CallState.Ended(EndReason.LOCAL_HANGUP, 200));
        assertThat(ports.closedTransports).isEqualTo(1);
    }

    @Test
    void mediaPathFailureEndsTheCallWithTheReason() throws Exception {
        ports.mediaReady = new java.util.concurrent.CompletableFuture<>();
        CallId id = phone.dial("600");
        ports.nextCommand();
        MediaDescription answer = remote(Codec.PCMU);
        ports.sink.accept(new SignallingEvent.Answered(id, answer));
        awaitCall(s -> s instanceof CallState.Connected);
        // media starts right after Connected is published; the transport is connected before it
        assertThat(ports.mediaStarted.poll(2, TimeUnit.SECONDS)).isNotNull();
        assertThat(ports.connectedTo).isEqualTo(answer);
        ports.mediaReady.completeExceptionally(new java.io.IOException("DTLS: the peer's certificate does not match a=fingerprint"));
        await(PhoneEvent.CommandRefused.class, e -> e.message().contains("a=fingerprint"));
        assertThat(ports.nextCommand()).isEqualTo("hangup");
        ports.sink.accept(new SignallingEvent.HungUp(id, 200));
        assertThat(awaitCall(CallState::isEnded).state()).isEqualTo(new CallState.Ended(EndReason.MEDIA_FAILED, 200));
        assertThat(ports.closedTransports).isEqualTo(1);
    }

    @Test
    void busyCalleeEndsBusy() throws Exception {
        CallId id = phone.dial("1002");
        ports.nextCommand();
        ports.sink.accept(new SignallingEvent.CallFailed(id, 486, "Busy Here"));
        assertThat(awaitCall(CallState::isEnded).state()).isEqualTo(new CallState.Ended(EndReason.BUSY, 486));
    }

    @Test
    void cancelBeforeAnswerEndsCancelled() throws Exception {
        CallId id = phone.dial("1002");
        ports.nextCommand();
        ports.sink.accept(new SignallingEvent.Progressed(id, 180));
        phone.hangUp(id);
        assertThat(ports.nextCommand()).isEqualTo("hangup");
        ports.sink.accept(new SignallingEvent.HungUp(id, 487));
        assertThat(awaitCall(CallState::isEnded).state()).isEqualTo(new CallState.Ended(EndReason.CANCELLED, 487));
    }

    @Test
    void invalidTargetNeverReachesTheNetwork() throws Exception {
        phone.dial("12<script>");
        assertThat(awaitCall(CallState::isEnded).state()).isEqualTo(new CallState.Ended(EndReason.INVALID_TARGET, 0));
        await(PhoneEvent.CommandRefused.class, e -> true);
        assertThat(ports.commands.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void incomingCallRingsAnswersAndEndsOnRemoteBye() throws Exception {
        CallId id = new CallId("in-1");
        ports.sink.accept(new SignallingEvent.IncomingCall(id, new Party("sip:1002@127.0.0.1", "Bob"),
                new Party("sip:1001@127.0.0.1", ""), remote(Codec.PCMU)));
        assertThat(ports.nextCommand()).isEqualTo("ringing");
        CallSnapshot ringing = awaitCall(s -> s instanceof CallState.Ringing);
        assertThat(ringing.direction()).isEqualTo(Direction.INCOMING);
        assertThat(ringing.remote().label()).isEqualTo("Bob");
        phone.answer(id);
        assertThat(ports.nextCommand()).isEqualTo("accept");
        assertThat(ports.lastAnswer.formats()).extracting(PayloadFormat::codec).containsExactly(Codec.PCMU);
        awaitCall(s -> s instanceof CallState.Connected);
        ports.sink.accept(new SignallingEvent.RemoteHungUp(id));
        assertThat(awaitCall(CallState::isEnded).state()).isEqualTo(new CallState.Ended(EndReason.REMOTE_HANGUP, 0));
    }

    @Test
    void incomingCallWithoutCommonCodecIsRefusedWithoutRinging() throws Exception {
        ports.sink.accept(new SignallingEvent.IncomingCall(new CallId("in-2"), new Party("sip:x@y", ""),
                new Party("sip:1001@127.0.0.1", ""), remote(Codec.PCMA)));
        assertThat(ports.nextCommand()).isEqualTo("reject 488");
        assertThat(events.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void callerCancelEndsMissed() throws Exception {
        CallId id = new CallId("in-3");
        ports.sink.accept(new SignallingEvent.IncomingCall(id, new Party("sip:1002@h", ""), new Party("sip:1001@h", ""),
                remote(Codec.PCMU)));
        awaitCall(s -> s instanceof CallState.Ringing);
        ports.sink.accept(new SignallingEvent.Cancelled(id));
        assertThat(awaitCall(CallState::isEnded).state()).isEqualTo(new CallState.Ended(EndReason.MISSED, 487));
    }

    @Test
    void rejectSendsDecline() throws Exception {
        CallId id = new CallId("in-4");
        ports.sink.accept(new SignallingEvent.IncomingCall(id, new Party("sip:1002@h", ""), new Party("sip:1001@h", ""),
                remote(Codec.PCMU)));
        ports.nextCommand();
        phone.reject(id);
        assertThat(ports.nextCommand()).isEqualTo("reject 603");
        assertThat(awaitCall(CallState::isEnded).state()).isEqualTo(new CallState.Ended(EndReason.REJECTED, 603));
    }

    @Test
    void shutdownUnregistersWhenRegistered() throws Exception {
        phone.register();
        ports.nextCommand();
        ports.sink.accept(new SignallingEvent.Registered(Duration.ofSeconds(600)));
        await(PhoneEvent.RegistrationChanged.class, e -> e.state() instanceof RegistrationState.Registered);
        Thread t = Thread.ofVirtual().start(() -> phone.shutdown(Duration.ofSeconds(2)));
        assertThat(ports.nextCommand()).isEqualTo("unregister");
        ports.sink.accept(new SignallingEvent.Unregistered());
        t.join(3000);
        assertThat(t.isAlive()).isFalse();
        await(PhoneEvent.ShutDown.class, e -> true);
    }
}
