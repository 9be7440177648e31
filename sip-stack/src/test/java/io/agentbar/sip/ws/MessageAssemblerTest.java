package io.agentbar.sip.ws;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MessageAssemblerTest {
    private final MessageAssembler assembler = new MessageAssembler(32);

    @Test
    void textFragmentsBecomeOneMessageOnTheLastOne() {
        assertThat(assembler.text("OPTIONS sip:a ", false)).isEmpty();
        assertThat(assembler.text("SIP/2.0\r\n", true)).hasValueSatisfying(bytes ->
                assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("OPTIONS sip:a SIP/2.0\r\n"));
    }

    @Test
    void textIsEncodedAsUtf8() {
        assertThat(assembler.text("é", true)).hasValue(new byte[]{(byte) 0xC3, (byte) 0xA9});
    }

    @Test
    void binaryFragmentsBecomeOneMessage() {
        assertThat(assembler.binary(ByteBuffer.wrap(new byte[]{1, 2}), false)).isEmpty();
        assertThat(assembler.binary(ByteBuffer.wrap(new byte[]{3}), true)).hasValue(new byte[]{1, 2, 3});
    }

    @Test
    void oversizedMessageIsDroppedWholeAndTheNextOneArrives() {
        assertThat(assembler.text("x".repeat(20), false)).isEmpty();
        assertThat(assembler.text("y".repeat(20), false)).isEmpty();
        assertThat(assembler.text("z", true)).isEmpty();
        assertThat(assembler.dropped()).isEqualTo(1);
        assertThat(assembler.text("fits", true)).hasValue("fits".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void multiByteCharactersCountInBytes() {
        // 20 chars, 40 bytes: over the 32-byte limit although the char count is not
        assertThat(assembler.text("é".repeat(20), true)).isEmpty();
        assertThat(assembler.dropped()).isEqualTo(1);
    }

    @Test
    void oversizedBinaryIsDropped() {
        assertThat(assembler.binary(ByteBuffer.allocate(33), true)).isEmpty();
        assertThat(assembler.dropped()).isEqualTo(1);
    }
}
