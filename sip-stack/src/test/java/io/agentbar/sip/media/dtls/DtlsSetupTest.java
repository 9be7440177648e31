package io.agentbar.sip.media.dtls;

import static io.agentbar.sip.media.dtls.DtlsSetup.ACTIVE;
import static io.agentbar.sip.media.dtls.DtlsSetup.ACTPASS;
import static io.agentbar.sip.media.dtls.DtlsSetup.HOLDCONN;
import static io.agentbar.sip.media.dtls.DtlsSetup.PASSIVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DtlsSetupTest {

    @Test
    void parsesAndFormatsEverySetupValue() {
        for (DtlsSetup s : DtlsSetup.values()) {
            assertThat(DtlsSetup.parse(s.sdpValue())).contains(s);
        }
        assertThat(ACTPASS.sdpValue()).isEqualTo("actpass");
        assertThat(DtlsSetup.parse(" Active ")).contains(ACTIVE);
        assertThat(DtlsSetup.parse("passiv")).isEmpty();
        assertThat(DtlsSetup.parse("")).isEmpty();
        assertThat(DtlsSetup.parse(null)).isEmpty();
    }

    @ParameterizedTest(name = "offer {0} -> answer {1}, we are {2}")
    @CsvSource({
        "ACTPASS,  ACTIVE,   CLIENT",
        "ACTIVE,   PASSIVE,  SERVER",
        "PASSIVE,  ACTIVE,   CLIENT",
        "HOLDCONN, HOLDCONN, ",
    })
    void answererTable(DtlsSetup remoteOffer, DtlsSetup answer, DtlsRole role) {
        assertThat(DtlsSetup.answerTo(remoteOffer)).isEqualTo(answer);
        assertThat(DtlsSetup.roleAsAnswerer(remoteOffer)).isEqualTo(Optional.ofNullable(role));
    }

    @ParameterizedTest(name = "we offered actpass, answer {0} -> {1}")
    @CsvSource({
        "ACTIVE,   SERVER",
        "PASSIVE,  CLIENT",
        "ACTPASS,  CLIENT",  // illegal answer, tolerated: we start the handshake
        "HOLDCONN, ",
    })
    void offererTableForOurActpassOffer(DtlsSetup remoteAnswer, DtlsRole role) {
        assertThat(DtlsSetup.roleAsOfferer(remoteAnswer)).isEqualTo(Optional.ofNullable(role));
    }

    @ParameterizedTest(name = "offer {0}, answer {1} -> {2}")
    @CsvSource({
        "ACTIVE,   PASSIVE,  CLIENT",
        "ACTIVE,   ACTPASS,  CLIENT",   // illegal answer: the answerer takes the role we left
        "ACTIVE,   ACTIVE,   ",         // both want to be client: no consistent role
        "ACTIVE,   HOLDCONN, ",
        "PASSIVE,  ACTIVE,   SERVER",
        "PASSIVE,  ACTPASS,  SERVER",
        "PASSIVE,  PASSIVE,  ",         // both wait: would deadlock
        "HOLDCONN, ACTIVE,   ",
        "HOLDCONN, HOLDCONN, ",
    })
    void offererTableForOtherOffers(DtlsSetup localOffer, DtlsSetup remoteAnswer, DtlsRole role) {
        assertThat(DtlsSetup.roleAsOfferer(localOffer, remoteAnswer)).isEqualTo(Optional.ofNullable(role));
    }

    @Test
    void ourAnswerAlwaysGivesThePeerTheOppositeRole() {
        for (DtlsSetup offer : new DtlsSetup[] {ACTPASS, ACTIVE, PASSIVE}) {
            DtlsRole us = DtlsSetup.roleAsAnswerer(offer).orElseThrow();
            DtlsRole them = DtlsSetup.roleAsOfferer(offer, DtlsSetup.answerTo(offer)).orElseThrow();
            assertThat(us).isNotEqualTo(them);
        }
    }
}
