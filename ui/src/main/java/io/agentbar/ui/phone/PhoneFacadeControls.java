package io.agentbar.ui.phone;

import io.agentbar.core.account.Account;
import io.agentbar.core.call.CallId;
import io.agentbar.core.phone.Phone;

import java.util.Objects;

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
    public void setMicrophoneMuted(boolean muted) {
        phone.setMicrophoneMuted(muted);
    }

    @Override
    public void setSpeakerMuted(boolean muted) {
        phone.setSpeakerMuted(muted);
    }
}
