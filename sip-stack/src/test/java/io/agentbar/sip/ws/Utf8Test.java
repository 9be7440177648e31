package io.agentbar.sip.ws;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8Test {
    @Test
    void validUtf8GoesAsText() {
        assertThat(Utf8.decode("MESSAGE sip:ü SIP/2.0".getBytes(StandardCharsets.UTF_8)))
                .hasValue("MESSAGE sip:ü SIP/2.0");
    }

    @Test
    void invalidUtf8GoesAsBinary() {
        assertThat(Utf8.decode(new byte[]{'a', (byte) 0xFF, 'b'})).isEmpty();
    }
}
