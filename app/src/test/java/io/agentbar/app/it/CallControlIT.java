package io.agentbar.app.it;

import io.agentbar.app.PhoneAssembly;
import io.agentbar.app.cli.AccountOptions;
import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.peers.ItPaths;
import io.agentbar.app.it.peers.Kamailio;
import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
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

import java.nio.file.Path;
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
 * Hold, resume and transfers with baresips through Kamailio: what the peers saw on the wire
 * (their SDP direction, the REFER's target), and that audio then flows between the right parties.
 */
class CallControlIT {
    private static final Duration STEP = Duration.ofSeconds(20);
    private static final double B_HZ = 1000;
    private static final double C_HZ = 700;
    private static Kamailio kamailio;
    private final BlockingQueue<PhoneEvent> events = new LinkedBlockingQueue<>();
    private Phone phone;

    @BeforeAll
    static void startRegistrar() {
        kamailio = Kamailio.start(Map.of("1001", "pw-1001", "1002", "pw-1002", "1003", "pw-1003"));
    }

    @AfterAll
    static void stopRegistrar() {
        kamailio.close();
    }

    private Path recordings;

    @BeforeEach
    void startPhone() throws Exception {
        Account account = Account.of("1001", kamailio.host(), kamailio.port(), Transport.UDP);
        recordings = ItPaths.newRunDirectory("recordings");
        phone = PhoneAssembly.headless(PhoneAssembly.Options.files(new AccountOptions(account, Secret.of("pw-1001"), "", 0),
                List.of(Codec.PCMU), Optional.of(ToneFiles.tone("agent", ToneFiles.OURS_HZ, 8000, 1)), Optional.empty())
                .withRecordings(recordings));
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
    void holdAndResumeAreSeenByThePeerAsSdpDirection() throws Exception {
        try (Baresip b = Baresip.start(BaresipOptions.named("hold-b").autoAnswer(true).codecs("PCMU").tone(B_HZ)
                .registerAt(kamailio, "1002", "pw-1002"))) {
            b.awaitRegistered(STEP);
            CallId id = phone.dial("1002");
            awaitCall(id, s -> s.state() instanceof CallState.Connected);
            int mark = b.process().lineCount();
            phone.hold(id);
            awaitCall(id, s -> s.hold().local() && !s.hold().pending());
            b.process().awaitLine(java.util.regex.Pattern.compile("^a=sendonly"), mark, STEP);
            b.process().awaitLine(java.util.regex.Pattern.compile("^a=recvonly"), mark, STEP);
            int resumed = b.process().lineCount();
            phone.resume(id);
            awaitCall(id, s -> !s.hold().any() && !s.hold().pending());
            b.process().awaitLine(java.util.regex.Pattern.compile("^a=sendrecv"), resumed, STEP);
            phone.hangUp(id);
            awaitCall(id, s -> s.state().isEnded());
        }
    }

    @Test
    void blindTransferConnectsTheCallerToTheTarget() throws Exception {
        try (Baresip b = Baresip.start(BaresipOptions.named("blind-b").autoAnswer(true).codecs("PCMU").tone(B_HZ)
                .registerAt(kamailio, "1002", "pw-1002"));
             Baresip c = Baresip.start(BaresipOptions.named("blind-c").autoAnswer(true).codecs("PCMU").tone(C_HZ)
                     .registerAt(kamailio, "1003", "pw-1003"))) {
            b.awaitRegistered(STEP);
            c.awaitRegistered(STEP);
            CallId id = phone.dial("1002");
            awaitCall(id, s -> s.state() instanceof CallState.Connected);
            phone.transfer(id, "1003");
            CallSnapshot done = awaitCall(id, s -> s.state().isEnded());
            assertThat(done.transfer()).hasValueSatisfying(t -> assertThat(t.succeeded()).isTrue());
            assertThat(b.process().lines()).anyMatch(l -> l.startsWith("REFER sip:"));
            assertThat(b.process().lines()).anyMatch(l -> l.startsWith("Refer-To:") && l.contains("1003"));
            String caller = c.awaitCallEstablished(STEP);
            assertThat(caller).contains("1002");
            c.awaitRtpReceived(100, STEP);
            b.hangup();
            c.awaitCallClosed(STEP);
            ToneFiles.assertCarries(c.receivedRecording(STEP), B_HZ, "the transfer target hears the transferred caller");
        }
    }

    @Test
    void attendedTransferReplacesTheConsultationCall() throws Exception {
        try (Baresip b = Baresip.start(BaresipOptions.named("att-b").autoAnswer(true).codecs("PCMU").tone(B_HZ)
                .registerAt(kamailio, "1002", "pw-1002"));
             Baresip c = Baresip.start(BaresipOptions.named("att-c").autoAnswer(true).codecs("PCMU").tone(C_HZ)
                     .registerAt(kamailio, "1003", "pw-1003"))) {
            b.awaitRegistered(STEP);
            c.awaitRegistered(STEP);
            CallId customer = phone.dial("1002");
            awaitCall(customer, s -> s.state() instanceof CallState.Connected);
            CallId consultation = phone.dial("1003");
            awaitCall(customer, s -> s.hold().local());
            awaitCall(consultation, s -> s.state() instanceof CallState.Connected);
            phone.transfer(customer, consultation);
            awaitCall(customer, s -> s.state().isEnded());
            awaitCall(consultation, s -> s.state().isEnded());
            // the Replaces names the consultation dialog (RFC 3891), escaped inside the Refer-To URI;
            // baresip 1.0 as transferee does not turn it into a Replaces header (it lacks RFC 3891),
            // so the agent ends the consultation leg itself once the transfer succeeded
            String referTo = b.process().lines().stream().filter(l -> l.startsWith("Refer-To:")).findFirst().orElseThrow();
            java.util.regex.Matcher replaces = java.util.regex.Pattern
                    .compile("\\?Replaces=([^>]+)>").matcher(referTo);
            assertThat(replaces.find()).as(referTo).isTrue();
            String decoded = java.net.URLDecoder.decode(replaces.group(1), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(decoded).matches("[^;]+;to-tag=[^;]+;from-tag=[^;]+");
            String consultationCallId = decoded.substring(0, decoded.indexOf(';'));
            assertThat(c.process().lines()).as("the Replaces names the consultation dialog C had with us")
                    .contains("Call-ID: " + consultationCallId);
            c.awaitRtpReceived(100, STEP);
            b.hangup();
            ToneFiles.assertCarries(c.receivedRecording(STEP), B_HZ, "the consulted agent hears the customer");
        }
    }

    @Test
    void recordingHoldsTheAgentLeftAndTheCustomerRight() throws Exception {
        try (Baresip b = Baresip.start(BaresipOptions.named("rec-b").autoAnswer(true).codecs("PCMU").tone(B_HZ)
                .registerAt(kamailio, "1002", "pw-1002"))) {
            b.awaitRegistered(STEP);
            CallId id = phone.dial("1002");
            awaitCall(id, s -> s.state() instanceof CallState.Connected);
            b.awaitRtpReceived(50, STEP);
            phone.startRecording(id, "Order 4711");
            CallSnapshot recording = awaitCall(id, s -> !s.recordings().isEmpty());
            Path file = recording.recordings().getFirst().file();
            b.awaitRtpReceived(200, STEP); // a few seconds of conversation, paced by the far end's own reports
            phone.hangUp(id); // the call's end stops the recording
            awaitCall(id, s -> s.state().isEnded());
            Path metadata = file.resolveSibling(file.getFileName() + ".json");
            // the recorder finishes the file on its own thread after the call ended
            CallRecordingFiles.awaitFile(metadata, c -> c.contains("\"Order 4711\"") && c.contains("\"stopped\""), STEP);
            Path stereo = file.resolveSibling("decoded.wav");
            CallRecordingFiles.run("opusdec", "--quiet", "--force-wav", file.toString(), stereo.toString());
            Path left = file.resolveSibling("left.wav");
            Path right = file.resolveSibling("right.wav");
            CallRecordingFiles.run("sox", stereo.toString(), left.toString(), "remix", "1");
            CallRecordingFiles.run("sox", stereo.toString(), right.toString(), "remix", "2");
            ToneFiles.assertCarries(left, ToneFiles.OURS_HZ, "the agent on the left channel");
            ToneFiles.assertCarries(right, B_HZ, "the customer on the right channel");
        }
    }

    private CallSnapshot awaitCall(CallId id, Predicate<CallSnapshot> test) throws InterruptedException {
        return await(PhoneEvent.CallChanged.class, e -> e.call().id().equals(id) && test.test(e.call())).call();
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
