package io.agentbar.sip;

import io.agentbar.core.call.CallId;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.signalling.SignallingEvent;
import io.agentbar.core.signalling.SignallingEvent.Answered;
import io.agentbar.core.signalling.SignallingEvent.HungUp;
import io.agentbar.core.signalling.SignallingEvent.ReofferAnswered;
import io.agentbar.core.signalling.SignallingEvent.ReofferFailed;
import io.agentbar.core.signalling.SignallingEvent.TransferProgressed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Call-control edge cases of issue #5 against scripted sipp peers on loopback: re-INVITE glare
 * (491), a refused REFER, a NOTIFY reporting a failed transfer, and an INVITE replacing a dialog
 * we do not have.
 */
class CallControlSippIT {
    private static final Duration SIPP_DONE = Duration.ofSeconds(20);
    /** RFC 3261 §14.1: the dialog's creator retries after 2.1 to 4 s. */
    private static final Duration UAC_GLARE_MIN = Duration.ofMillis(2100);
    private static final Duration UAC_GLARE_MAX = Duration.ofMillis(4000);
    /** Loopback round trips and a busy CI machine on top of the glare delay. */
    private static final Duration SLACK = Duration.ofMillis(1500);

    private SipPeer phone;
    private Sipp sipp;

    @BeforeEach
    void start() throws IOException {
        phone = SipPeer.phone();
    }

    @AfterEach
    void stop() {
        if (sipp != null) {
            sipp.close();
        }
        phone.close();
    }

    /** Our call to the sipp UAS, answered. */
    private CallId answeredCall(String scenario) throws IOException {
        sipp = Sipp.start(scenario, Sipp.scenarioFile(scenario + ".xml"), "");
        CallId call = CallId.random();
        phone.signalling.invite(call, "sip:service@127.0.0.1:" + sipp.port, SipPeer.offer(40000));
        assertThat(phone.await(Answered.class).call()).isEqualTo(call);
        return call;
    }

    /** Ends the call from our side: a 200 to the BYE shows the dialog survived what came before. */
    private void hangUpAndFinish(CallId call) throws Exception {
        phone.signalling.hangUp(call);
        assertThat(phone.await(HungUp.class).status()).isEqualTo(200);
        assertThat(sipp.awaitExit(SIPP_DONE)).as(sipp.trace()).isZero();
    }

    @Test
    void holdMeeting491IsRetriedOnceAfterTheCallersGlareDelayAndAnswered() throws Exception {
        CallId call = answeredCall("uas-reinvite-491-once");
        long asked = System.nanoTime();
        phone.signalling.updateDirection(call, MediaDirection.SENDONLY);
        ReofferAnswered answered = phone.await(ReofferAnswered.class);
        Duration took = Duration.ofNanos(System.nanoTime() - asked);
        assertThat(answered.answer().direction()).isEqualTo(MediaDirection.RECVONLY);
        // the 491 comes back at once over loopback, so nearly all of this is our wait before the retry
        assertThat(took).as("retry delay").isBetween(UAC_GLARE_MIN, UAC_GLARE_MAX.plus(SLACK));
        assertThat(phone.seen()).noneMatch(e -> e instanceof ReofferFailed);
        hangUpAndFinish(call);
        List<LocalDateTime> invites = sipp.receivedAt("INVITE");
        assertThat(invites).as("the call's INVITE and two re-INVITEs").hasSize(3);
        // as sipp saw them: the 491 went out within a millisecond of the first re-INVITE
        assertThat(Duration.between(invites.get(1), invites.get(2))).as("gap between the re-INVITEs")
                .isBetween(UAC_GLARE_MIN, UAC_GLARE_MAX.plusMillis(500));
    }

    @Test
    void holdMeeting491TwiceFailsWith491AndTheCallGoesOn() throws Exception {
        CallId call = answeredCall("uas-reinvite-491-twice");
        long asked = System.nanoTime();
        phone.signalling.updateDirection(call, MediaDirection.SENDONLY);
        ReofferFailed failed = phone.await(ReofferFailed.class);
        assertThat(failed.status()).isEqualTo(491);
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("one retry, after the glare delay")
                .isGreaterThanOrEqualTo(UAC_GLARE_MIN);
        assertThat(phone.seen()).noneMatch(e -> e instanceof ReofferAnswered);
        hangUpAndFinish(call);
        List<LocalDateTime> invites = sipp.receivedAt("INVITE");
        assertThat(invites).as("one retry, no third re-INVITE").hasSize(3);
        assertThat(Duration.between(invites.get(1), invites.get(2))).isGreaterThanOrEqualTo(UAC_GLARE_MIN);
    }

    @Test
    void referDeclinedIsReportedAndTheCallIsStillUp() throws Exception {
        CallId call = answeredCall("uas-refer-603");
        phone.signalling.refer(call, "sip:1003@127.0.0.1");
        TransferProgressed refused = phone.await(TransferProgressed.class);
        assertThat(refused).isEqualTo(new TransferProgressed(call, false, 603, "Decline"));
        hangUpAndFinish(call);
        assertThat(sipp.received("REFER")).isEqualTo(1);
        assertThat(sipp.trace()).as("our INVITE offers Replaces (RFC 3891 §4)").contains("Supported: replaces");
    }

    @Test
    void notifyWithABusySipfragReportsTheFailedTransferAndIsAnswered200() throws Exception {
        CallId call = answeredCall("uas-refer-notify-486");
        phone.signalling.refer(call, "sip:1003@127.0.0.1");
        // sipp sends the NOTIFY right behind the 202, and RFC 3515 lets it overtake: either order
        // must end on the sipfrag's failure, never on a late "accepted"
        TransferProgressed first = phone.await(TransferProgressed.class);
        TransferProgressed busy = new TransferProgressed(call, true, 486, "Busy Here");
        if (!first.equals(busy)) {
            assertThat(first).as("the 202").isEqualTo(new TransferProgressed(call, true, 100, "Accepted"));
            assertThat(phone.await(TransferProgressed.class)).as("the NOTIFY's sipfrag").isEqualTo(busy);
        }
        phone.assertQuiet(Duration.ofMillis(300));
        hangUpAndFinish(call);
        assertThat(sipp.receivedResponses("200 OK", "NOTIFY")).isEqualTo(1);
    }

    @Test
    void inviteReplacingAnUnknownDialogGets481AndNothingRings() throws Exception {
        sipp = Sipp.start("uac-replaces-unknown", Sipp.scenarioFile("uac-replaces-unknown.xml"),
                "127.0.0.1:" + phone.port(), "-s", "1001");
        assertThat(sipp.awaitExit(SIPP_DONE)).as(sipp.trace()).isZero();
        assertThat(sipp.receivedResponses("481", "INVITE")).isEqualTo(1);
        assertThat(sipp.receivedResponses("420", "INVITE")).as("Require: replaces is supported").isZero();
        phone.assertQuiet(Duration.ofMillis(300));
        assertThat(phone.seen()).noneMatch(e -> e instanceof SignallingEvent.IncomingCall);
    }
}
