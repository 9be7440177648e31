package io.agentbar.ui.phone;

import io.agentbar.core.account.Account;
import io.agentbar.core.agent.Channel;
import io.agentbar.core.agent.PauseReason;
import io.agentbar.core.call.CallId;
import io.agentbar.core.phone.Phone;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link PhoneControls} over the real {@link Phone}: a plain delegation, nothing more. */
final class PhoneFacadeControls implements PhoneControls {
    private final Phone phone;

    PhoneFacadeControls(Phone phone) {
        this.phone = Objects.requireNonNull(phone, "phone");
    }

    @Override
    public String account() {
        Account a = phone.account();
        return a.user() + "@" + a.domain();
    }

    @Override
    public void register() {
        phone.register();
    }

    @Override
    public CallId dial(String typed) {
        return phone.dial(typed);
    }

    @Override
    public void answer(CallId id) {
        phone.answer(id);
    }

    @Override
    public void reject(CallId id) {
        phone.reject(id);
    }

    @Override
    public void hangUp(CallId id) {
        phone.hangUp(id);
    }

    @Override
    public void forward(CallId id, String target) {
        phone.forward(id, target);
    }

    @Override
    public void cancelAutoAnswer(CallId id) {
        phone.cancelAutoAnswer(id);
    }

    @Override
    public void hold(CallId id) {
        phone.hold(id);
    }

    @Override
    public void resume(CallId id) {
        phone.resume(id);
    }

    @Override
    public void transfer(CallId id, String target) {
        phone.transfer(id, target);
    }

    @Override
    public void transfer(CallId id, CallId consultation) {
        phone.transfer(id, consultation);
    }

    @Override
    public void conference(CallId a, CallId b) {
        phone.conference(a, b);
    }

    @Override
    public void split(CallId keep) {
        phone.split(keep);
    }

    @Override
    public void leaveConference(CallId id) {
        phone.leaveConference(id);
    }

    @Override
    public void startRecording(CallId id, String title) {
        phone.startRecording(id, title);
    }

    @Override
    public void pauseRecording(CallId id, int number) {
        phone.pauseRecording(id, number);
    }

    @Override
    public void resumeRecording(CallId id, int number) {
        phone.resumeRecording(id, number);
    }

    @Override
    public void stopRecording(CallId id, int number) {
        phone.stopRecording(id, number);
    }

    @Override
    public void sendDtmf(CallId id, char digit) {
        phone.sendDtmf(id, digit);
    }

    @Override
    public void pauseServerRecording(CallId id) {
        phone.pauseServerRecording(id);
    }

    @Override
    public void resumeServerRecording(CallId id) {
        phone.resumeServerRecording(id);
    }

    @Override
    public void pause(PauseReason reason) {
        phone.pause(reason);
    }

    @Override
    public void pause(Optional<PauseReason> reason, Set<Channel> channels) {
        phone.pause(reason, channels);
    }

    @Override
    public void ready() {
        phone.ready();
    }

    @Override
    public void ready(Set<Channel> channels) {
        phone.ready(channels);
    }

    @Override
    public void setMicrophoneMuted(boolean muted) {
        phone.setMicrophoneMuted(muted);
    }

    @Override
    public void setSpeakerMuted(boolean muted) {
        phone.setSpeakerMuted(muted);
    }

    @Override
    public void setRingtoneEnabled(boolean enabled) {
        phone.setRingtoneEnabled(enabled);
    }
}
