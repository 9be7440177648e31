package io.agentbar.sip;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Transport;
import gov.nist.javax.sip.ResponseEventExt;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.sip.message.Response;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CallScreeningTest {
    private static final Account PBX = new Account("1001", "agentbar.test", "192.0.2.10", 5060, Transport.UDP, null,
            null, Duration.ofSeconds(300));

    /** account | Request-URI user ('-' for none) | source ('-' for unknown) | expected status, 0 = rings */
    @ParameterizedTest(name = "{0}: user {1} from {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            none       | 100  | 198.51.100.7 | 0
            none       | -    | -            | 0
            proxy-only | 1001 | 192.0.2.10   | 0
            proxy-only | 1001 | 198.51.100.7 | 403
            proxy-only | 100  | 198.51.100.7 | 403
            proxy-only | 1001 | -            | 403
            proxy-only | 100  | 192.0.2.10   | 404
            proxy-only | -    | 192.0.2.10   | 404
            proxy-only | 1001x | 192.0.2.10  | 404
            direct-ok  | 1001 | 198.51.100.7 | 0
            direct-ok  | 100  | 198.51.100.7 | 404
            direct-ok  | -    | 198.51.100.7 | 404
            """)
    void screensByServerThenUser(String account, String user, String source, int expected) {
        Optional<Account> a = switch (account) {
            case "none" -> Optional.empty();
            case "proxy-only" -> Optional.of(PBX);
            default -> Optional.of(PBX.withProxyOnly(false));
        };
        CallScreening screening = new CallScreening(() -> a);
        Optional<CallScreening.Refusal> refusal = screening.screen(
                user.equals("-") ? Optional.empty() : Optional.of(user),
                source.equals("-") ? Optional.empty() : Optional.of(InetAddress.ofLiteral(source)));
        assertThat(refusal.map(CallScreening.Refusal::status).orElse(0)).isEqualTo(expected);
    }

    @Test
    void anAddressTheRegistrarAnsweredFromIsTrustedToo() throws Exception {
        CallScreening screening = new CallScreening(() -> Optional.of(PBX));
        InetAddress otherNode = InetAddress.ofLiteral("192.0.2.20");
        assertThat(screening.screen(Optional.of("1001"), Optional.of(otherNode))).isPresent();
        screening.answered(registerAnswer(401, otherNode));
        assertThat(screening.screen(Optional.of("1001"), Optional.of(otherNode))).as("a challenge proves nothing")
                .isPresent();
        screening.answered(registerAnswer(200, otherNode));
        assertThat(screening.screen(Optional.of("1001"), Optional.of(otherNode))).isEmpty();
        assertThat(screening.screen(Optional.of("1001"), Optional.of(InetAddress.ofLiteral("198.51.100.7"))))
                .isPresent();
    }

    @Test
    void onlyTheAccountServerIsTrustedWithInstructionsWhateverProxyOnlySays() throws Exception {
        assertThat(new CallScreening(Optional::empty).fromAccountServer(invite("192.0.2.10")))
                .as("no account, no server to trust").isFalse();
        for (Account a : new Account[] {PBX, PBX.withProxyOnly(false)}) {
            CallScreening screening = new CallScreening(() -> Optional.of(a));
            assertThat(screening.fromAccountServer(invite("192.0.2.10"))).isTrue();
            assertThat(screening.fromAccountServer(invite("198.51.100.7"))).isFalse();
        }
    }

    private static gov.nist.javax.sip.RequestEventExt invite(String from) throws Exception {
        javax.sip.message.Request r = new MessageFactoryImpl().createRequest("""
                INVITE sip:1001@127.0.0.1 SIP/2.0
                Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK1
                From: <sip:2002@agentbar.test>;tag=1
                To: <sip:1001@agentbar.test>
                Call-ID: i1
                CSeq: 1 INVITE
                Max-Forwards: 70
                Content-Length: 0

                """.replace("\n", "\r\n"));
        gov.nist.javax.sip.RequestEventExt event = new gov.nist.javax.sip.RequestEventExt(new Object(), null, null, r);
        event.setRemoteIpAddress(from);
        return event;
    }

    private static ResponseEventExt registerAnswer(int status, InetAddress from) throws Exception {
        Response r = new MessageFactoryImpl().createResponse("""
                SIP/2.0 %d X
                Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK1
                From: <sip:1001@agentbar.test>;tag=1
                To: <sip:1001@agentbar.test>;tag=2
                Call-ID: r1
                CSeq: 1 REGISTER
                Content-Length: 0
                
                """.formatted(status));
        ResponseEventExt event = new ResponseEventExt(new Object(), null, null, r);
        event.setRemoteIpAddress(from.getHostAddress());
        return event;
    }
}
