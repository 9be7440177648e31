package io.agentbar.core.phone;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.MediaSession;
import io.agentbar.core.media.PayloadFormat;
import io.agentbar.core.recording.Recorder;
import io.agentbar.core.recording.RecordingHandle;
import io.agentbar.core.recording.RecordingRequest;
import io.agentbar.core.recording.RecordingStarted;
import io.agentbar.core.registration.RetryPolicy;
import io.agentbar.core.signalling.SignallingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneRecordingTest {
    private final FakePorts ports = new FakePorts();
    private final BlockingQueue<PhoneEvent> events = new LinkedBlockingQueue<>();
    private final List<String> recorder = new CopyOnWriteArrayList<>();
    private Phone phone;

    @BeforeEach
    void setUp() throws Exception {
        phone = new Phone(Account.of("1001", "pbx.example.com", 5060, Transport.UDP), Secret.of("pw"), ports.signalling,
                ports.audio, ports.transports, Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC),
                Executors.newSingleThreadScheduledExecutor(),
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(1800), () -> 1.0));
        phone.useRecorder(new Recorder() {
            @Override
            public RecordingStarted start(MediaSession session, RecordingRequest request) {
                recorder.add("start " + request.title());
                return new RecordingStarted.Started(handle(request.title()));
            }
        });
        phone.subscribe(events::add);
        phone.start();
    }

    @AfterEach
    void tearDown() {
        phone.shutdown(Duration.ofSeconds(1));
    }

    @Test
    void twoRecordingsRunOnTheirOwnAndAThirdIsRefused() throws Exception {
        CallId id = connected();
        phone.startRecording(id, "first");
        phone.startRecording(id, "second");
        awaitSnapshot(s -> s.recordings().size() == 2);
        phone.startRecording(id, "third");
        await(PhoneEvent.CommandRefused.class, e -> e.message().contains("Two recordings"));
        phone.pauseRecording(id, 2);
        awaitSnapshot(s -> s.recordings().stream().anyMatch(r -> r.number() == 2 && r.paused()));
        phone.stopRecording(id, 1);
        awaitSnapshot(s -> s.recordings().size() == 1 && s.recordings().getFirst().number() == 2);
        assertThat(recorder).containsExactly("start first", "start second", "pause second", "stop first");
    }

    @Test
    void aBlindTransferStopsTheRecordingAtOnce() throws Exception {
        CallId id = connected();
        phone.startRecording(id, "order");
        awaitSnapshot(s -> s.recordings().size() == 1);
        phone.transfer(id, "1003");
        awaitSnapshot(s -> s.recordings().isEmpty());
        assertThat(recorder).contains("stop order");
    }

    @Test
    void anAttendedTransferToAColleagueKeepsRecordingToAnOutsiderStops() throws Exception {
        CallId customer = connected("5551234");
        phone.startRecording(customer, "kept");
        awaitSnapshot(s -> s.id().equals(customer) && s.recordings().size() == 1);
        CallId colleague = connected("1003");
        phone.transfer(customer, colleague);
        assertThat(nextCommandStarting("replace ")).isEqualTo("replace " + customer.value() + " " + colleague.value());
        assertThat(recorder).as("a hand-over to an extension may be recorded").doesNotContain("stop kept");

        CallId other = connected("5551000");
        phone.startRecording(other, "stopped");
        awaitSnapshot(s -> s.id().equals(other) && s.recordings().size() == 1);
        CallId outsider = connected("+441632960961");
        phone.transfer(other, outsider);
        awaitSnapshot(s -> s.id().equals(other) && s.recordings().isEmpty());
        assertThat(recorder).contains("stop stopped");
    }

    @Test
    void theCallsEndStopsItsRecordings() throws Exception {
        CallId id = connected();
        phone.startRecording(id, "x");
        awaitSnapshot(s -> s.recordings().size() == 1);
        ports.sink.accept(new SignallingEvent.RemoteHungUp(id));
        awaitSnapshot(s -> s.state().isEnded());
        assertThat(recorder).contains("stop x");
    }

    private RecordingHandle handle(String title) {
        return new RecordingHandle() {
            @Override
            public Path file() {
                return Path.of("/tmp", title + ".opus");
            }

            @Override
            public boolean pause() {
                recorder.add("pause " + title);
                return true;
            }

            @Override
            public boolean resume() {
                recorder.add("resume " + title);
                return true;
            }

            @Override
            public void title(String t) {
                recorder.add("title " + t);
            }

            @Override
            public CompletionStage<Path> stop() {
                recorder.add("stop " + title);
                return CompletableFuture.completedFuture(file());
            }
        };
    }

    private String nextCommandStarting(String prefix) throws InterruptedException {
        for (String c = ports.nextCommand(); ; c = ports.nextCommand()) {
            if (c.startsWith(prefix)) {
                return c;
            }
        }
    }

    private CallId connected() throws Exception {
        return connected("1002");
    }

    private CallId connected(String target) throws Exception {
        CallId id = phone.dial(target);
        ports.sink.accept(new SignallingEvent.Answered(id, new MediaDescription(new InetSocketAddress("127.0.0.1", 4000),
                null, List.of(PayloadFormat.staticFormat(Codec.PCMU)), MediaDirection.SENDRECV, 20)));
        awaitSnapshot(s -> s.id().equals(id) && s.state() instanceof CallState.Connected);
        assertThat(ports.mediaStarted.poll(2, TimeUnit.SECONDS)).isNotNull();
        return id;
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
