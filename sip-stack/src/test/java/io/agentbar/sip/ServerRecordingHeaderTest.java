package io.agentbar.sip;

import gov.nist.javax.sip.message.MessageFactoryImpl;
import io.agentbar.core.account.ServerRecordingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.sip.message.Request;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ServerRecordingHeaderTest {
    /** the INVITE's extra header lines (\n-separated) | what the default rule reads: on, off, - for nothing */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            X-Record: on                       | on
            x-record: ON                       | on
            X-Record: yes;by=queue             | on
            X-Record: 1                        | on
            X-Record: off                      | off
            X-Record:                          | off
            X-Record: off\\nX-Record: on        | on
            X-Record: off, on                  | on
            X-Recorded: on                     | -
            Record-Route: <sip:on@pbx;lr>      | -
            ''                                 | -
            """)
    void readsTheDefaultHeaderOfAParsedInvite(String headers, String expected) throws Exception {
        Optional<Boolean> read = ServerRecordingHeader.of(invite(headers.replace("\\n", "\n")),
                ServerRecordingRule.DEFAULT);
        assertThat(read).isEqualTo(expected.equals("-") ? Optional.empty() : Optional.of(expected.equals("on")));
    }

    @Test
    void readsTheHeaderAndValuesTheAccountConfigured() throws Exception {
        ServerRecordingRule rule = ServerRecordingRule.DEFAULT.withHeader("X-Asterisk-Mixmon", List.of("active"));
        assertThat(ServerRecordingHeader.of(invite("X-Asterisk-Mixmon: Active"), rule)).contains(true);
        assertThat(ServerRecordingHeader.of(invite("X-Asterisk-Mixmon: on"), rule)).contains(false);
        assertThat(ServerRecordingHeader.of(invite("X-Record: on"), rule)).as("the default header no longer counts")
                .isEmpty();
    }

    private static Request invite(String extra) throws Exception {
        return new MessageFactoryImpl().createRequest(("""
                INVITE sip:1001@127.0.0.1 SIP/2.0
                Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK1
                From: <sip:2002@agentbar.test>;tag=1
                To: <sip:1001@agentbar.test>
                Call-ID: aa1
                CSeq: 1 INVITE
                Max-Forwards: 70
                """ + (extra.isEmpty() ? "" : extra + "\n") + "Content-Length: 0\n\n").replace("\n", "\r\n"));
    }
}
