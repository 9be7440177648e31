package io.agentbar.core.phone;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.DtmfMode;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.ServerRecordingRule;
import io.agentbar.core.account.ServerRecordingRule.Control;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.PayloadFormat;
import io.agentbar.core.phone.CallSnapshot.ServerRecording;
import io.agentbar.core.registration.RetryPolicy;
import io.agentbar.core.signalling.SignallingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The PBX's recording: shown as the signalling indicates it, paused and resumed the configured way. */
class PhoneServerRecordingTest {
    private static final Control TOGGLE = new Control.FeatureCode("*3", "*3");
    private static final Control INFO = new Control.Info("application/x-record", "pause", "resume");

    private final FakePorts ports = new FakePorts();
    private final BlockingQueue<PhoneEvent> events = new LinkedBlockingQueue<>();
    private Phone phone;

    @AfterEach
    void tearDown() {
        if (phone != null) {
            phone.shutdown(Duration.ofMillis(200));
        }
    }

    private void startPhone(Control control, DtmfMode dtmf) throws Exception {
        Account account = Account.of("1001", "127.0.0.1", 5060, Transport.UDP).withDtmf(dtmf)
                .withServerRecording(ServerRecordingRule.DEFAULT.withControl(control));
        phone = new Phone(account, Secret.of("pw"), ports.signalling, ports.audio, ports.transports,
                Clock.systemUTC(), Executors.newSingleThreadScheduledExecutor(),
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(1800), () -> 1.0));
        phone.subscribe(events::add);
        phone.start();
    }

    /** Our call to 600, answered with telephone-event, and what the PBX said about recording on the 200. */
    private CallId answeredCall(Control control, boolean recorded) throws Exception {
        startPhone(control, DtmfMode.AUTO);
        CallId id = phone.dial("600");
        assertThat(ports.nextCommand()).isEqualTo("invite 600");
        List<PayloadFormat> formats = new ArrayList<>(List.of(PayloadFormat.staticFormat(Codec.PCMU),
                PayloadFormat.telephoneEvent(101)));
        ports.sink.accept(new SignallingEvent.Answered(id, new MediaDescription(
                new InetSocketAddress("127.0.0.1", 31000), null, formats, MediaDirection.SENDRECV, 20)));
        awaitCall(c -> c.state() instanceof CallState.Connected);
        if (recorded) {
            ports.sink.accept(new SignallingEvent.ServerRecordingIndicated(id, true));
            assertThat(awaitCall(c -> c.serverRecording().isPresent()).serverRecording())
                    .contains(ServerRecording.ACTIVE);
        }
        return id;
    }

    @Test
    void anIncomingCallTheServerRecordsRingsWithTheIndicator() throws Exception {
        startPhone(new Control.None(), DtmfMode.AUTO);
        CallId id = CallId.random();
        ports.sink.accept(new SignallingEvent.IncomingCall(id, new Party("sip:2002@pbx", ""),
                new Party("sip:1001@pbx", ""), new MediaDescription(new InetSocketAddress("127.0.0.1", 32000), null,
                List.of(PayloadFormat.staticFormat(Codec.PCMU)), MediaDirection.SENDRECV, 20)));
        ports.sink.accept(new SignallingEvent.ServerRecordingIndicated(id, true));
        CallSnapshot ringing = awaitCall(c -> c.serverRecording().isPresent());
        assertThat(ringing.state()).isInstanceOf(CallState.Ringing.class);
        phone.answer(id);
        assertThat(awaitCall(c -> c.state() instanceof CallState.Connected).serverRecording())
                .as("still shown once connected").contains(ServerRecording.ACTIVE);
    }

    @Test
    void theServerTurningItOffMidCallHidesTheIndicatorAndOnAgainKeepsTheAgentsPause() throws Exception {
        CallId id = answeredCall(TOGGLE, true);
        phone.pauseServerRecording(id);
        assertThat(awaitCall(c -> c.serverRecording().map(ServerRecording::paused).orElse(false))).isNotNull();
        ports.sink.accept(new SignallingEvent.ServerRecordingIndicated(id, true));
        ports.sink.accept(new SignallingEvent.ServerRecordingIndicated(id, false));
        CallSnapshot off = awaitCall(c -> c.serverRecording().isEmpty());
        assertThat(off.state()).isInstanceOf(CallState.Connected.class);
        ports.sink.accept(new SignallingEvent.ServerRecordingIndicated(id, true));
        assertThat(awaitCall(c -> c.serverRecording().isPresent()).serverRecording()).contains(ServerRecording.ACTIVE);
    }

    @ParameterizedTest(name = "DTMF {0}")
    @CsvSource({
            "RFC4733, dtmf *, dtmf 3",
            "INFO,    info * 160 ms, info 3 160 ms"})
    void aToggleFeatureCodeGoesTheAccountsDtmfWayAndFlipsAtOnce(DtmfMode mode, String star, String three)
            throws Exception {
        startPhone(TOGGLE, mode);
        CallId id = phone.dial("600");
        assertThat(ports.nextCommand()).isEqualTo("invite 600");
        ports.sink.accept(new SignallingEvent.Answered(id, new MediaDescription(
                new InetSocketAddress("127.0.0.1", 31000), null,
                List.of(PayloadFormat.staticFormat(Codec.PCMU), PayloadFormat.telephoneEvent(101)),
                MediaDirection.SENDRECV, 20)));
        ports.sink.accept(new SignallingEvent.ServerRecordingIndicated(id, true));
        awaitCall(c -> c.serverRecording().isPresent());
        ports.commands.clear();

        phone.pauseServerRecording(id);
        assertThat(List.of(ports.nextCommand(), ports.nextCommand(), ports.nextCommand(), ports.nextCommand()))
                .containsExactly("key tone *", star, "key tone 3", three);
        assertThat(awaitCall(c -> c.serverRecording().isPresent()).serverRecording())
                .contains(new ServerRecording(true, false));

        phone.resumeServerRecording(id);
        assertThat(List.of(ports.nextCommand(), ports.nextCommand(), ports.nextCommand(), ports.nextCommand()))
                .containsExactly("key tone *", star, "key tone 3", three);
        assertThat(awaitCall(c -> c.serverRecording().isPresent()).serverRecording())
                .contains(ServerRecording.ACTIVE);
    }

    @Test
    void distinctPauseAndResumeCodesAreSentEachForItsOwnCommand() throws Exception {
        CallId id = answeredCall(new Control.FeatureCode("*1", "#2"), true);
        ports.commands.clear();
        phone.pauseServerRecording(id);
        phone.resumeServerRecording(id);
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sent.add(ports.nextCommand());
        }
        assertThat(sent).filteredOn(s -> s.startsWith("dtmf")).containsExactly("dtmf *", "dtmf 1", "dtmf #", "dtmf 2");
    }

    @Test
    void infoPauseFlipsOnlyWhenThePbxSays200() throws Exception {
        CallId id = answeredCall(INFO, true);
        phone.pauseServerRecording(id);
        assertThat(ports.nextCommand()).isEqualTo("info application/x-record pause");
        assertThat(awaitCall(c -> c.serverRecording().map(ServerRecording::pending).orElse(false))
                .serverRecording()).as("asked, not yet paused").contains(new ServerRecording(false, true));
        phone.pauseServerRecording(id);
        assertThat(awaitRefusal().message()).contains("not answered");

        ports.sink.accept(new SignallingEvent.InfoAnswered(id, "application/x-record", 200));
        assertThat(awaitCall(c -> c.serverRecording().isPresent()).serverRecording())
                .contains(new ServerRecording(true, false));

        phone.resumeServerRecording(id);
        assertThat(ports.nextCommand()).isEqualTo("info application/x-record resume");
        ports.sink.accept(new SignallingEvent.InfoAnswered(id, "application/x-record", 200));
        assertThat(awaitCall(c -> c.serverRecording().map(r -> !r.paused() && !r.pending()).orElse(false))
                .serverRecording()).contains(ServerRecording.ACTIVE);
    }

    @ParameterizedTest(name = "answered {0}")
    @CsvSource({"403", "408", "481", "0"})
    void infoPauseRefusedByThePbxLeavesItRecordingAndTellsTheAgent(int status) throws Exception {
        CallId id = answeredCall(INFO, true);
        phone.pauseServerRecording(id);
        assertThat(ports.nextCommand()).isEqualTo("info application/x-record pause");
        awaitCall(c -> c.serverRecording().map(ServerRecording::pending).orElse(false));
        ports.sink.accept(new SignallingEvent.InfoAnswered(id, "application/x-record", status));
        assertThat(awaitRefusal().message()).contains("did not pause").contains("still recording");
        assertThat(awaitCall(c -> c.serverRecording().isPresent()).serverRecording()).contains(ServerRecording.ACTIVE);
    }

    @Test
    void anAnswerToAnotherInfoChangesNothing() throws Exception {
        CallId id = answeredCall(INFO, true);
        phone.pauseServerRecording(id);
        assertThat(ports.nextCommand()).isEqualTo("info application/x-record pause");
        awaitCall(c -> c.serverRecording().map(ServerRecording::pending).orElse(false));
        ports.sink.accept(new SignallingEvent.InfoAnswered(id, "application/media_control+xml", 403));
        ports.sink.accept(new SignallingEvent.InfoAnswered(id, "application/x-record", 200));
        CallSnapshot next = awaitCall(c -> true);
        assertThat(next.serverRecording()).as("the first answer was not ours").contains(new ServerRecording(true, false));
    }

    /** (what the call is like, the account's control, the command) → the refusal the agent reads. */
    @ParameterizedTest(name = "{0}, {1}, {2}")
    @CsvSource(delimiter = '|', value = {
            "not recorded   | toggle | pause  | does not say it records",
            "not recorded   | info   | resume | does not say it records",
            "recorded       | none   | pause  | No way to pause",
            "recorded       | toggle | resume | already running",
            "recorded       | info   | resume | already running",
            "ringing        | toggle | pause  | connected call",
            "unknown call   | toggle | pause  | No such call",
            "ended          | info   | pause  | No such call"})
    void commandsThatCannotWorkAreRefusedAndSendNothing(String call, String control, String command, String message)
            throws Exception {
        Control c = switch (control) {
            case "toggle" -> TOGGLE;
            case "info" -> INFO;
            default -> new Control.None();
        };
        CallId id;
        switch (call) {
            case "ringing" -> {
                startPhone(c, DtmfMode.AUTO);
                id = CallId.random();
                ports.sink.accept(new SignallingEvent.IncomingCall(id, new Party("sip:2002@pbx", ""),
                        new Party("sip:1001@pbx", ""), new MediaDescription(new InetSocketAddress("127.0.0.1", 32000),
                        null, List.of(PayloadFormat.staticFormat(Codec.PCMU)), MediaDirection.SENDRECV, 20)));
                ports.sink.accept(new SignallingEvent.ServerRecordingIndicated(id, true));
                awaitCall(s -> s.serverRecording().isPresent());
            }
            case "unknown call" -> {
                answeredCall(c, true);
                id = CallId.random();
            }
            case "ended" -> {
                id = answeredCall(c, true);
                ports.sink.accept(new SignallingEvent.RemoteHungUp(id));
                awaitCall(s -> s.state().isEnded());
            }
            default -> id = answeredCall(c, call.equals("recorded"));
        }
        ports.commands.clear();
        if (command.equals("pause")) {
            phone.pauseServerRecording(id);
        } else {
            phone.resumeServerRecording(id);
        }
        assertThat(awaitRefusal().message()).contains(message);
        assertThat(ports.commands.poll(100, TimeUnit.MILLISECONDS)).as("nothing sent").isNull();
    }

    private CallSnapshot awaitCall(Predicate<CallSnapshot> test) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS) instanceof PhoneEvent.CallChanged c
                    && test.test(c.call())) {
                return c.call();
            }
        }
        throw new AssertionError("no matching call snapshot within 2 s");
    }

    private PhoneEvent.CommandRefused awaitRefusal() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS) instanceof PhoneEvent.CommandRefused r) {
                return r;
            }
        }
        throw new AssertionError("no CommandRefused within 2 s");
    }
}
