package io.agentbar.core.account;

import io.agentbar.core.media.MediaProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DtmfModeTest {
    @Test
    void accountsSendDtmfAutomaticallyUnlessToldOtherwise() {
        Account plain = Account.of("1001", "pbx.example", 5060, Transport.UDP);
        Account older = new Account("1001", null, "pbx.example", 5061, Transport.TLS, null, null, null,
                MediaProfile.SDES, false, "/ws");
        assertThat(plain.dtmf()).isEqualTo(DtmfMode.AUTO);
        assertThat(older.dtmf()).isEqualTo(DtmfMode.AUTO);
    }

    @Test
    void withDtmfChangesOnlyTheMode() {
        Account a = Account.of("1001", "pbx.example", 5060, Transport.UDP).withExpires(Duration.ofSeconds(120));
        Account info = a.withDtmf(DtmfMode.INFO);
        assertThat(info.dtmf()).isEqualTo(DtmfMode.INFO);
        assertThat(info.withDtmf(DtmfMode.AUTO)).isEqualTo(a);
        assertThat(info.withDisplayName("Agent").dtmf()).as("kept by the other withers").isEqualTo(DtmfMode.INFO);
    }

    @Test
    void autoUsesInfoOnlyWhenTelephoneEventWasNotNegotiated() {
        assertThat(DtmfMode.AUTO.sendsInfo(true)).isFalse();
        assertThat(DtmfMode.AUTO.sendsInfo(false)).isTrue();
        assertThat(DtmfMode.INFO.sendsInfo(true)).isTrue();
        assertThat(DtmfMode.RFC4733.sendsInfo(false)).isFalse();
    }

    @Test
    void parsesItsTokens() {
        assertThat(DtmfMode.parse(" RFC4733 ")).isEqualTo(DtmfMode.RFC4733);
        assertThat(DtmfMode.parse("info")).isEqualTo(DtmfMode.INFO);
        assertThat(DtmfMode.AUTO.token()).isEqualTo("auto");
        assertThatThrownBy(() -> DtmfMode.parse("inband")).hasMessageContaining("rfc4733, info or auto");
    }

    @Test
    void telephoneKeysAreTheSixteenOfTheKeypad() {
        assertThat("0123456789*#ABCDabcd".chars().allMatch(c -> DtmfMode.isDigit((char) c))).isTrue();
        assertThat("EeXx+ ,p".chars().noneMatch(c -> DtmfMode.isDigit((char) c))).isTrue();
    }
}
