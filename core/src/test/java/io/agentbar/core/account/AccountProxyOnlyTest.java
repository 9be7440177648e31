package io.agentbar.core.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AccountProxyOnlyTest {
    @ParameterizedTest
    @ValueSource(ints = {4, 8, 11})
    void everyOlderConstructorTakesCallsOnlyFromTheServer(int arguments) {
        Account a = switch (arguments) {
            case 4 -> Account.of("1001", "pbx.example.com", 5060, Transport.UDP);
            case 8 -> new Account("1001", null, "pbx", 5060, Transport.UDP, null, null, null);
            default -> new Account("1001", null, "pbx", 5060, Transport.UDP, null, null, null, null, false, null);
        };
        assertThat(a.proxyOnly()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void proxyOnlySurvivesEveryWither(boolean proxyOnly) {
        Account a = Account.of("1001", "pbx", 5060, Transport.TLS).withProxyOnly(proxyOnly)
                .withDomain("example.com").withExpires(Duration.ofSeconds(60)).withDisplayName("A")
                .withWsPath("/sip").withMedia(io.agentbar.core.media.MediaProfile.SDES, false);
        assertThat(a.proxyOnly()).isEqualTo(proxyOnly);
    }
}
