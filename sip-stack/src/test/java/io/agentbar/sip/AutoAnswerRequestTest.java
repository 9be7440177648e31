package io.agentbar.sip;

import gov.nist.javax.sip.message.MessageFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.sip.message.Request;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AutoAnswerRequestTest {
    /** header | value | seconds until answered, '-' when the header asks nothing */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            Call-Info   | <sip:pbx.example>;answer-after=0                    | 0
            Call-Info   | <sip:pbx.example>;answer-after=3                    | 3
            Call-Info   | <sip:pbx.example> ; Answer-After = "2"              | 2
            Call-Info   | <http://pbx/icon.png>;purpose=icon, <sip:pbx>;answer-after=1 | 1
            Call-Info   | <http://pbx/icon.png>;purpose=icon                  | -
            Call-Info   | <sip:pbx;answer-after=0>;purpose=info               | -
            Call-Info   | <sip:pbx>;answer-after=soon                         | -
            Call-Info   | <sip:pbx>;answer-after=-1                           | -
            Alert-Info  | <http://www.notused.com>;info=alert-autoanswer;delay=0 | 0
            Alert-Info  | <http://www.notused.com>;info=alert-autoanswer;delay=5 | 5
            Alert-Info  | <http://www.notused.com>;info=alert-autoanswer      | 0
            Alert-Info  | <http://www.notused.com>;info=auto answer           | 0
            Alert-Info  | <http://www.notused.com>;info=Auto-Answer;delay=2   | 2
            Alert-Info  | info=alert-autoanswer                               | 0
            Alert-Info  | Auto Answer                                         | 0
            Alert-Info  | <http://www.notused.com>;info=alert-group           | -
            Alert-Info  | <http://pbx/info=alert-autoanswer>                  | -
            Alert-Info  | <http://www.notused.com>;info=alert-autoanswer-not  | -
            Answer-Mode | Auto                                                | 0
            Answer-Mode | auto;require                                        | 0
            Answer-Mode | Manual                                              | -
            Answer-Mode | Automatic                                           | -
            """)
    void readsEachVendorForm(String header, String value, String expected) {
        List<String> one = List.of(value);
        List<String> none = List.of();
        Optional<Duration> parsed = switch (header) {
            case "Call-Info" -> AutoAnswerRequest.of(one, none, none);
            case "Alert-Info" -> AutoAnswerRequest.of(none, one, none);
            default -> AutoAnswerRequest.of(none, none, one);
        };
        assertThat(parsed).isEqualTo(expected.equals("-") ? Optional.empty()
                : Optional.of(Duration.ofSeconds(Long.parseLong(expected))));
    }

    @Test
    void callInfoDecidesBeforeTheOthers() {
        assertThat(AutoAnswerRequest.of(List.of("<sip:pbx>;answer-after=4"),
                List.of("<http://x>;info=alert-autoanswer"), List.of("Auto"))).contains(Duration.ofSeconds(4));
    }

    @Test
    void readsTheHeadersOfAParsedInvite() throws Exception {
        assertThat(AutoAnswerRequest.of(invite("Call-Info: <sip:127.0.0.1>;answer-after=1\n")))
                .contains(Duration.ofSeconds(1));
        assertThat(AutoAnswerRequest.of(invite("Alert-Info: <http://www.notused.com>;info=alert-autoanswer;delay=2\n")))
                .contains(Duration.ofSeconds(2));
        assertThat(AutoAnswerRequest.of(invite("Answer-Mode: Auto\n"))).contains(Duration.ZERO);
        assertThat(AutoAnswerRequest.of(invite("Priv-Answer-Mode: Auto\n"))).contains(Duration.ZERO);
        assertThat(AutoAnswerRequest.of(invite(""))).isEmpty();
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
                """ + extra + "Content-Length: 0\n\n").replace("\n", "\r\n"));
    }
}
