package io.agentbar.sip;

import io.agentbar.core.call.CallId;
import io.agentbar.core.signalling.SignallingEvent;
import io.agentbar.core.signalling.SignallingEvent.Answered;
import io.agentbar.core.signalling.SignallingEvent.HungUp;
import io.agentbar.core.signalling.SignallingEvent.IncomingCall;
import io.agentbar.core.signalling.SignallingEvent.InfoAnswered;
import io.agentbar.core.signalling.SignallingEvent.ServerRecordingIndicated;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PBX's recording indication and its pause/resume INFOs against scripted sipp peers: X-Record on
 * an incoming INVITE and off on its re-INVITE, on the 200 answering our INVITE, and INFOs the PBX
 * takes (200, body checked by sipp) or refuses (403).
 */
class ServerRecordingSippIT {
    private static final Duration SIPP_DONE = Duration.ofSeconds(20);
    private static final String TYPE = "application/x-record";

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

    @Test
    void incomingInviteSayingXRecordOnIsReportedAndAReInviteSayingOffTurnsItOff() throws Exception {
        sipp = Sipp.start("uac-record-invite", Sipp.scenarioFile("uac-record-invite.xml"),
                "127.0.0.1:" + phone.port(), "-s", "1001");
        IncomingCall in = phone.await(IncomingCall.class);
        assertThat(phone.await(ServerRecordingIndicated.class)).isEqualTo(new ServerRecordingIndicated(in.call(), true));
        phone.signalling.accept(in.call(), SipPeer.answer(40000));
        phone.await(SignallingEvent.Confirmed.class);
        assertThat(phone.await(ServerRecordingIndicated.class)).as("the re-INVITE's X-Record: off")
                .isEqualTo(new ServerRecordingIndicated(in.call(), false));
        phone.signalling.hangUp(in.call());
        assertThat(phone.await(HungUp.class).status()).isEqualTo(200);
        assertThat(sipp.awaitExit(SIPP_DONE)).as(sipp.trace()).isZero();
        assertThat(sipp.receivedResponses("200", "INVITE")).as("the INVITE and the re-INVITE answered").isEqualTo(2);
    }

    @Test
    void answerSayingXRecordOnIsReportedAndPauseAndResumeInfosAreAnswered200() throws Exception {
        CallId call = answeredCall("uas-record-info");
        assertThat(phone.await(ServerRecordingIndicated.class)).isEqualTo(new ServerRecordingIndicated(call, true));
        phone.signalling.sendInfo(call, TYPE, "pause");
        assertThat(phone.await(InfoAnswered.class)).isEqualTo(new InfoAnswered(call, TYPE, 200));
        phone.signalling.sendInfo(call, TYPE, "resume");
        assertThat(phone.await(InfoAnswered.class)).isEqualTo(new InfoAnswered(call, TYPE, 200));
        hangUpAndFinish(call);
        assertThat(sipp.received("INFO")).isEqualTo(2);
    }

    @Test
    void infoRefusedWith403IsReportedAndTheCallGoesOn() throws Exception {
        CallId call = answeredCall("uas-record-info-403");
        assertThat(phone.await(ServerRecordingIndicated.class).on()).isTrue();
        phone.signalling.sendInfo(call, TYPE, "pause");
        InfoAnswered refused = phone.await(InfoAnswered.class);
        assertThat(refused).isEqualTo(new InfoAnswered(call, TYPE, 403));
        assertThat(refused.accepted()).isFalse();
        hangUpAndFinish(call);
    }

    @Test
    void infoForACallWithoutDialogIsReportedAs481() {
        CallId nobody = CallId.random();
        phone.signalling.sendInfo(nobody, TYPE, "pause");
        assertThat(phone.await(InfoAnswered.class)).isEqualTo(new InfoAnswered(nobody, TYPE, 481));
    }

    private CallId answeredCall(String scenario) throws IOException {
        sipp = Sipp.start(scenario, Sipp.scenarioFile(scenario + ".xml"), "");
        CallId call = CallId.random();
        phone.signalling.invite(call, "sip:service@127.0.0.1:" + sipp.port, SipPeer.offer(40000));
        assertThat(phone.await(Answered.class).call()).isEqualTo(call);
        return call;
    }

    private void hangUpAndFinish(CallId call) throws Exception {
        phone.signalling.hangUp(call);
        assertThat(phone.await(HungUp.class).status()).isEqualTo(200);
        assertThat(sipp.awaitExit(SIPP_DONE)).as(sipp.trace()).isZero();
    }
}
