package io.agentbar.app.it.peers;

import io.agentbar.app.it.signal.MonoSignal;
import io.agentbar.app.it.signal.SignalAnalysis;
import io.agentbar.app.it.signal.Wav;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Proves the peer harness itself: a PCMU call from an unregistered baresip A through Kamailio to baresip B, which
 * registered with digest auth, carries A's 440 Hz tone to B and B's 1000 Hz tone to A.
 */
class PeersSmokeIT {

    private static final Duration SETUP = Duration.ofSeconds(15);
    /** 3 s of audio at 20 ms ptime, reported by the first RTCP sender report after it (~5 s into the call). */
    private static final long PACKETS_BEFORE_HANGUP = 150;
    private static final double MIN_TONE_FRAMES = 0.6;
    private static final double MAX_WRONG_TONE_FRAMES = 0.05;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void callThroughKamailioCarriesEachSidesToneToTheOther() {
        try (Kamailio kamailio = Kamailio.start(Map.of("bob", "bob-secret"));
             Baresip b = Baresip.start(BaresipOptions.named("b")
                     .registerAt(kamailio, "bob", "bob-secret")
                     .autoAnswer(true)
                     .codecs("PCMU")
                     .tone(1000));
             Baresip a = Baresip.start(BaresipOptions.named("a")
                     .codecs("PCMU")
                     .tone(440))) {
            kamailio.awaitRegistered("bob", SETUP);

            a.dial(kamailio.uri("bob"));
            a.awaitCallEstablished(SETUP);
            b.awaitCallEstablished(SETUP);
            a.awaitRtpReceived(PACKETS_BEFORE_HANGUP, Duration.ofSeconds(30));
            b.awaitRtpReceived(PACKETS_BEFORE_HANGUP, Duration.ofSeconds(30));
            a.hangup();
            assertThat(a.awaitCallClosed(SETUP)).isEqualTo("Connection reset by user");
            b.awaitCallClosed(SETUP);

            assertTone(b.receivedRecording(), 440, 1000);
            assertTone(a.receivedRecording(), 1000, 440);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void kamailioRoutesOverTcpCancelsAndRejectsUnknownUsers() {
        try (Kamailio kamailio = Kamailio.start(Map.of("carol", "carol-secret"));
             Baresip c = Baresip.start(BaresipOptions.named("c")
                     .registerAt(kamailio, "carol", "carol-secret")
                     .transport("tcp"));
             Baresip a = Baresip.start(BaresipOptions.named("a"))) {
            kamailio.awaitRegistered("carol", SETUP);

            a.dial(kamailio.uri("nobody"));
            assertThat(a.awaitCallClosed(SETUP)).isEqualTo("404 Not Found");

            // CANCEL while ringing
            a.dial(c.uri());
            assertThat(c.awaitIncomingCall(SETUP)).isEqualTo(a.directUri());
            a.hangup();
            a.awaitCallClosed(SETUP);
            c.awaitCallClosed(SETUP);

            // manual answer, then BYE inside the dialog (record-routed via Kamailio)
            a.dial(c.uri());
            c.awaitIncomingCall(SETUP);
            c.answer();
            assertThat(a.awaitCallEstablished(SETUP)).isEqualTo(kamailio.uri("carol"));
            c.awaitCallEstablished(SETUP);
            a.hangup();
            a.awaitCallClosed(SETUP);
            c.awaitCallClosed(SETUP);
        }
    }

    private static void assertTone(Path recording, double expectedHz, double otherHz) {
        MonoSignal signal = Wav.read(recording);
        assertThat(signal.durationSeconds()).as("length of %s", recording).isGreaterThan(2.0);
        assertThat(SignalAnalysis.fractionOfFramesWithTone(signal.samples(), signal.sampleRate(), expectedHz))
                .as("share of 50 ms frames with %s Hz in %s", expectedHz, recording)
                .isGreaterThanOrEqualTo(MIN_TONE_FRAMES);
        assertThat(SignalAnalysis.fractionOfFramesWithTone(signal.samples(), signal.sampleRate(), otherHz))
                .as("share of 50 ms frames with the other side's %s Hz in %s", otherHz, recording)
                .isLessThanOrEqualTo(MAX_WRONG_TONE_FRAMES);
        assertThat(SignalAnalysis.dominantFrequency(signal))
                .as("dominant frequency of %s", recording)
                .isCloseTo(expectedHz, within(5.0));
    }
}
