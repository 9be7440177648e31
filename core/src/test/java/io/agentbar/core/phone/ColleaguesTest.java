package io.agentbar.core.phone;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Transport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Who counts as a colleague for recording through an attended transfer, as a table. */
class ColleaguesTest {
    private static final Account ACCOUNT = Account.of("1001", "10.0.0.5", 5060, Transport.UDP).withDomain("pbx.example.com");

    @ParameterizedTest(name = "{0} → colleague {1}")
    @CsvSource({
            "1003, true",
            "sip:1003@pbx.example.com, true",
            "<sip:1003@PBX.example.com;transport=udp>, true",
            "sip:1003@10.0.0.5:5060, true",
            "sip:alice@pbx.example.com, true",
            "sips:supervisor@pbx.example.com, true",
            "sip:1003@other.example.net, false",
            "sip:alice@gmail.com, false",
            "+441632960961, false",
            "sip:+441632960961@pbx.example.com, false",
            "00441632960961, false",
            "5551234, false",
            "sip:5551234@pbx.example.com, false",
            "123456, true",
            "tel:+15551234567, false"})
    void decides(String uri, boolean colleague) {
        assertThat(Colleagues.isColleague(uri, ACCOUNT)).isEqualTo(colleague);
    }
}
