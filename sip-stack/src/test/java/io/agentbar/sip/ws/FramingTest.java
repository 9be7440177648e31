package io.agentbar.sip.ws;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FramingTest {
    @Test
    void missingContentLengthIsTheRestOfTheFrame() {
        assertThat(framed("MESSAGE sip:a SIP/2.0\r\nCSeq: 1 MESSAGE\r\n\r\nhéllo"))
                .isEqualTo("MESSAGE sip:a SIP/2.0\r\nCSeq: 1 MESSAGE\r\nContent-Length: 6\r\n\r\nhéllo");
    }

    @Test
    void emptyBodyGetsLengthZero() {
        assertThat(framed("OPTIONS sip:a SIP/2.0\r\nCSeq: 1 OPTIONS\r\n\r\n"))
                .isEqualTo("OPTIONS sip:a SIP/2.0\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n");
    }

    @Test
    void presentContentLengthInEitherFormIsLeftAlone() {
        String full = "OPTIONS sip:a SIP/2.0\r\ncontent-length : 2\r\n\r\nab";
        String compact = "OPTIONS sip:a SIP/2.0\r\nl: 2\r\n\r\nab";
        assertThat(framed(full)).isEqualTo(full);
        assertThat(framed(compact)).isEqualTo(compact);
    }

    @Test
    void aBodyMentioningContentLengthDoesNotCount() {
        assertThat(framed("MESSAGE sip:a SIP/2.0\r\n\r\nContent-Length: 99"))
                .isEqualTo("MESSAGE sip:a SIP/2.0\r\nContent-Length: 18\r\n\r\nContent-Length: 99");
    }

    @Test
    void noEndOfHeadersIsLeftToTheParser() {
        assertThat(framed("garbage")).isEqualTo("garbage");
    }

    private static String framed(String message) {
        return new String(Framing.withContentLength(message.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
