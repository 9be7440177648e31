package io.agentbar.sip.log;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {
    @Test
    void authorizationHeadersLoseTheirValues() {
        String message = "REGISTER sip:pbx SIP/2.0\r\n"
                + "Authorization: Digest username=\"1001\", response=\"deadbeef\", nonce=\"n\"\r\n"
                + "proxy-authorization:Digest username=\"1001\", response=\"cafe\"\r\n"
                + "Call-ID: abc\r\n";
        String redacted = Redaction.redact(message);
        assertThat(redacted).doesNotContain("deadbeef", "cafe", "username=\"1001\"")
                .contains("Authorization: <redacted>\r\n", "proxy-authorization:<redacted>\r\n", "Call-ID: abc");
    }

    @Test
    void digestResponsesInOtherTextAreMasked() {
        assertThat(Redaction.redact("answer: Digest response=\"0123abcd\", nc=00000001"))
                .doesNotContain("0123abcd").contains("response=<redacted>");
        assertThat(Redaction.redact("response=0123abcd")).doesNotContain("0123abcd");
    }

    @Test
    void sdesKeysAndIcePasswordsAreMasked() {
        String sdp = "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:4\r\n"
                + "a=ice-pwd:asd88fgpdd777uzjYhagZg\r\na=ice-ufrag:8hhY\r\n";
        String redacted = Redaction.redact(sdp);
        assertThat(redacted).doesNotContain("WVNfX19z", "asd88fgpdd777uzjYhagZg")
                .contains("inline:<redacted>", "a=ice-pwd:<redacted>", "a=ice-ufrag:8hhY");
    }

    @Test
    void harmlessTextIsUntouchedAndNullIsEmpty() {
        String text = "INVITE sip:2002@pbx SIP/2.0\r\nCSeq: 1 INVITE\r\n";
        assertThat(Redaction.redact(text)).isEqualTo(text);
        assertThat(Redaction.redact(null)).isEmpty();
    }
}
