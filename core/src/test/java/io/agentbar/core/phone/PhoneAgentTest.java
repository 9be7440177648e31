package io.agentbar.core.phone;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.agent.AgentEvent;
import io.agentbar.core.agent.AgentSettings;
import io.agentbar.core.agent.AgentState;
import io.agentbar.core.agent.AgentStatus;
import io.agentbar.core.agent.Channel;
import io.agentbar.core.agent.PauseReason;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.registration.RetryPolicy;
import io.agentbar.core.signalling.SignallingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Pause and ready through the phone: presence sent, queue calls refused, feature codes dialled and ended. */
class PhoneAgentTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration QUIET = Duration.ofMillis(300);
    private final FakePorts ports = new FakePorts();
    private final BlockingQueue<AgentEvent> agent = new LinkedBlockingQueue<>();
    private final BlockingQueue<PhoneEvent> events = new LinkedBlockingQueue<>();
    private Phone phone;

    @BeforeEach
    void setUp() throws Exception {
        phone = new Phone(Account.of("1001", "127.0.0.1", 5060, Transport.UDP), Secret.of("pw"), ports.signalling,
                ports.audio, ports.transports, Clock.fixed(NOW, ZoneOffset.UTC), Executors.newSingleThreadScheduledExecutor(),
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(1800), () -> 1.0));
        phone.subscribe(events::add);
        phone.subscribeAgent(agent::add);
        phone.configureAgent(AgentSettings.defaults());
        phone.start();
    }

    @Test
    void anUnconfiguredPhonePublishesNothing() throws Exception {
        Phone bare = new Phone(Account.of("1002", "127.0.0.1", 5060, Transport.UDP), Secret.of("pw"), ports.signalling,
                ports.audio, ports.transports, Clock.fixed(NOW, ZoneOffset.UTC), Executors.newSingleThreadScheduledExecutor(),
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(1800), () -> 1.0));
        BlockingQueue<AgentEvent> bareAgent = new LinkedBlockingQueue<>();
        bare.subscribeAgent(bareAgent::add);
        try {
            AgentEvent first = bareAgent.poll(2, TimeUnit.SECONDS);
            assertThat(first).isInstanceOf(AgentEvent.StatusChanged.class);
            assertThat(((AgentEvent.StatusChanged) first).status().settings().publishPresence()).isFalse();
        } finally {
            bare.shutdown(Duration.ofMillis(200));
        }
    }

    @AfterEach
    void tearDown() {
        phone.shutdown(Duration.ofMillis(200));
    }

    @Test
    void aNewListenerFirstLearnsTheCurrentStatus() throws Exception {
        AgentStatus first = awaitStatus(s -> true);
        assertThat(first.state()).isEqualTo(new AgentState.Ready());
        assertThat(first.connectedSince()).isEmpty();
        assertThat(first.presence()).isEqualTo(AgentStatus.Presence.OFF);
        assertThat(first.settings().reasons()).extracting(PauseReason::name).contains("Lunch");
    }

    @Test
    void registeringSetsTheConnectionInstantAndPublishesReady() throws Exception {
        register();
        assertThat(nextPresence()).isEqualTo("presence open");
        AgentStatus s = awaitStatus(x -> x.connectedSince().isPresent());
        assertThat(s.connectedSince()).contains(NOW);
        assertThat(s.presence()).isEqualTo(AgentStatus.Presence.PENDING);
        ports.sink.accept(new SignallingEvent.PresencePublished());
        awaitStatus(x -> x.presence() == AgentStatus.Presence.PUBLISHED);
    }

    @Test
    void pausePublishesAwayWithTheReasonAndReadyPublishesOpen() throws Exception {
        register();
        assertThat(nextPresence()).isEqualTo("presence open");
        phone.pause(PauseReason.of("lunch"));
        assertThat(nextPresence()).isEqualTo("presence closed away 'Lunch'");
        AgentStatus paused = awaitStatus(x -> x.state().paused());
        assertThat(paused.state()).isEqualTo(new AgentState.Paused(PauseReason.of("Lunch"), NOW));
        phone.ready();
        assertThat(nextPresence()).isEqualTo("presence open");
        awaitStatus(x -> x.state() instanceof AgentState.Ready);
    }

    @Test
    void nothingIsPublishedBeforeRegistrationNorWhenPresenceIsOff() throws Exception {
        phone.pause(PauseReason.of("Break"));
        awaitStatus(x -> x.state().paused());
        phone.configureAgent(AgentSettings.defaults().withPresence(false));
        register();
        awaitStatus(x -> x.connectedSince().isPresent());
        assertThat(ports.presence.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aServerWithoutPresenceIsAskedOnceOnly() throws Exception {
        register();
        assertThat(nextPresence()).isEqualTo("presence open");
        ports.sink.accept(new SignallingEvent.PresenceRefused(489, "Bad Event", true));
        awaitStatus(x -> x.presence() == AgentStatus.Presence.UNSUPPORTED);
        phone.pause(PauseReason.of("Lunch"));
        awaitStatus(x -> x.state().paused());
        assertThat(ports.presence.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void anUnknownReasonIsRefusedAndTheAgentStaysReady() throws Exception {
        awaitStatus(s -> s.settings().publishPresence()); // configured: nothing else is on its way
        phone.pause(PauseReason.of("Nap"));
        PhoneEvent.CommandRefused refused = await(PhoneEvent.CommandRefused.class);
        assertThat(refused.message()).contains("Nap").contains("Lunch");
        assertThat(agent.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void whilePausedOnVoiceACallIsRefusedWithoutRinging() throws Exception {
        phone.pause();
        awaitStatus(x -> x.state() instanceof AgentState.Paused p && p.reason().name().equals("Break"));
        ring("q-1", Map.of());
        assertThat(ports.nextCommand()).isEqualTo("reject 480");
        AgentEvent.CallRefused refused = awaitAgent(AgentEvent.CallRefused.class);
        assertThat(refused.status()).isEqualTo(480);
        assertThat(refused.from().user()).isEqualTo("555");
        assertThat(events.stream().filter(e -> e instanceof PhoneEvent.CallChanged)).isEmpty();
    }

    @Test
    void withAQueueHeaderOnlyMarkedCallsAreRefused() throws Exception {
        phone.configureAgent(AgentSettings.defaults().withPausedResponse(486, Optional.of("X-Queue")));
        phone.pause(PauseReason.of("Lunch"));
        awaitStatus(x -> x.state().paused());
        ring("direct", Map.of());
        assertThat(ports.nextCommand()).isEqualTo("ringing");
        ring("queued", Map.of("x-queue", "support"));
        assertThat(ports.nextCommand()).isEqualTo("reject 486");
    }

    @Test
    void readyOnVoiceOnlyTakesCallsAgain() throws Exception {
        phone.configureAgent(AgentSettings.defaults().withPartialPause(true, EnumSet.of(Channel.VOICE, Channel.CHAT)));
        phone.pause(PauseReason.of("Lunch"));
        phone.ready(Set.of(Channel.VOICE));
        AgentStatus partial = awaitStatus(x -> x.state() instanceof AgentState.PartiallyPaused);
        assertThat(partial.state().pausedOn(Channel.CHAT)).isTrue();
        ring("q-2", Map.of());
        assertThat(ports.nextCommand()).isEqualTo("ringing");
        await(PhoneEvent.CallChanged.class);
    }

    @Test
    void featureCodesAreDialledAndEndedOutOfSight() throws Exception {
        phone.configureAgent(AgentSettings.defaults().withFeatureCodes(Optional.of("*46"), Optional.of("*47"), true)
                .withPresence(false));
        phone.pause(PauseReason.of("Back office"));
        assertThat(ports.nextCommand()).isEqualTo("invite *46Back%20office");
        // the phone learns the call's id only from the signalling port: find it through the fake's offer
        CallId code = awaitInviteId();
        ports.sink.accept(new SignallingEvent.Answered(code, ports.lastOffer));
        assertThat(ports.nextCommand()).isEqualTo("hangup");
        ports.sink.accept(new SignallingEvent.HungUp(code, 200));
        phone.ready();
        assertThat(ports.nextCommand()).isEqualTo("invite *47");
        assertThat(events.stream().filter(e -> e instanceof PhoneEvent.CallChanged)).isEmpty();
        assertThat(ports.closedTransports).isEqualTo(1);
    }

    @Test
    void aRefusedFeatureCodeIsToldToTheAgent() throws Exception {
        phone.configureAgent(AgentSettings.defaults().withFeatureCodes(Optional.of("*46#"), Optional.empty(), false));
        phone.pause(PauseReason.of("Lunch"));
        assertThat(ports.nextCommand()).isEqualTo("invite *46%23");
        ports.sink.accept(new SignallingEvent.CallFailed(awaitInviteId(), 404, "Not Found"));
        assertThat(await(PhoneEvent.CommandRefused.class).message()).contains("*46#").contains("404");
        assertThat(ports.closedTransports).isEqualTo(1);
    }

    // ---- helpers ---------------------------------------------------------------------------

    private CallId awaitInviteId() throws InterruptedException {
        CallId id = ports.lastInvite.poll(2, TimeUnit.SECONDS);
        assertThat(id).isNotNull();
        return id;
    }

    private String nextPresence() throws InterruptedException {
        String p = ports.presence.poll(2, TimeUnit.SECONDS);
        assertThat(p).as("a presence publication within 2 s").isNotNull();
        return p;
    }

    @Test
    void shutdownWithdrawsWhatWasPublished() throws Exception {
        register();
        assertThat(nextPresence()).isEqualTo("presence open");
        ports.sink.accept(new SignallingEvent.PresencePublished());
        awaitStatus(x -> x.presence() == AgentStatus.Presence.PUBLISHED);
        Thread t = Thread.ofVirtual().start(() -> phone.shutdown(Duration.ofMillis(500)));
        assertThat(nextPresence()).isEqualTo("withdraw presence");
        t.join(3000);
    }

    private void register() throws Exception {
        phone.register();
        assertThat(ports.nextCommand()).isEqualTo("register 1001");
        ports.sink.accept(new SignallingEvent.Registered(Duration.ofSeconds(300)));
    }

    private void ring(String id, Map<String, String> headers) {
        MediaDescription offer = PhoneForwardTest.offer();
        ports.sink.accept(new SignallingEvent.IncomingCall(new CallId(id), new Party("sip:555@127.0.0.1", ""),
                new Party("sip:1001@127.0.0.1", ""), offer, Optional.empty(), Optional.empty(), headers));
    }

    private AgentStatus awaitStatus(Predicate<AgentStatus> test) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < end) {
            AgentEvent e = agent.poll(50, TimeUnit.MILLISECONDS);
            if (e instanceof AgentEvent.StatusChanged s && test.test(s.status())) {
                return s.status();
            }
        }
        throw new AssertionError("no such agent status within 2 s");
    }

    private <T extends AgentEvent> T awaitAgent(Class<T> type) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < end) {
            AgentEvent e = agent.poll(50, TimeUnit.MILLISECONDS);
            if (type.isInstance(e)) {
                return type.cast(e);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within 2 s");
    }

    private <T extends PhoneEvent> T await(Class<T> type) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < end) {
            PhoneEvent e = events.poll(50, TimeUnit.MILLISECONDS);
            if (type.isInstance(e)) {
                return type.cast(e);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within 2 s");
    }
}
