package io.agentbar.core.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerRecordingRuleTest {

    @ParameterizedTest(name = "''{0}'' means recording: {1}")
    @CsvSource(delimiter = '|', value = {
            "on           | true",
            "ON           | true",
            "Yes          | true",
            "true         | true",
            "1            | true",
            "' on '       | true",
            "on;by=queue  | true",
            "'\"on\"'     | true",
            "off          | false",
            "0            | false",
            "paused       | false",
            "onward       | false",
            "''           | false"})
    void theDefaultValuesReadTheWayPbxsWriteThem(String value, boolean on) {
        assertThat(ServerRecordingRule.DEFAULT.indication(List.of(value))).contains(on);
    }

    @Test
    void noHeaderSaysNothing() {
        assertThat(ServerRecordingRule.DEFAULT.indication(List.of())).isEmpty();
    }

    @Test
    void anyOfSeveralHeadersSayingOnMeansRecording() {
        assertThat(ServerRecordingRule.DEFAULT.indication(List.of("off", "on"))).contains(true);
    }

    @Test
    void ownValuesReplaceTheDefaultsAndAreCaseInsensitive() {
        ServerRecordingRule rule = ServerRecordingRule.DEFAULT.withHeader("X-Asterisk-Record", List.of("Active"));
        assertThat(rule.header()).isEqualTo("X-Asterisk-Record");
        assertThat(rule.indication(List.of("ACTIVE"))).contains(true);
        assertThat(rule.indication(List.of("on"))).as("the defaults no longer apply").contains(false);
    }

    @Test
    void noValuesMeansTheDefaults() {
        assertThat(ServerRecordingRule.DEFAULT.withHeader("X-Rec", List.of()).onValues())
                .isEqualTo(ServerRecordingRule.DEFAULT_ON_VALUES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X Record", "X-Record:", "Via", "content-type", "Call-ID"})
    void unusableHeaderNamesAreRefused(String name) {
        assertThatThrownBy(() -> ServerRecordingRule.DEFAULT.withHeader(name, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesWithSpacesOrSeparatorsAreRefused() {
        assertThatThrownBy(() -> ServerRecordingRule.DEFAULT.withHeader("X-Record", List.of("on air")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerRecordingRule.DEFAULT.withHeader("X-Record", List.of("on;x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void featureCodesAreTelephoneKeysAndMayBeTheSameForBoth() {
        var toggle = new ServerRecordingRule.Control.FeatureCode("*3", "*3");
        assertThat(toggle.pause()).isEqualTo(toggle.resume());
        assertThat(new ServerRecordingRule.Control.FeatureCode(" *1a ", "#2").pause()).isEqualTo("*1A");
        assertThatThrownBy(() -> new ServerRecordingRule.Control.FeatureCode("*3x", "*3"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServerRecordingRule.Control.FeatureCode("", "*3"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void infoNeedsATypeSlashSubtypeAndPrintableBodies() {
        var info = new ServerRecordingRule.Control.Info(" application/x-record ", "pause", "resume");
        assertThat(info.contentType()).isEqualTo("application/x-record");
        assertThatThrownBy(() -> new ServerRecordingRule.Control.Info("x-record", "pause", "resume"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServerRecordingRule.Control.Info("application/x-record", "", "resume"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServerRecordingRule.Control.Info("application/x-record", "pa\u0000use", "r"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accountsGetTheDefaultRuleAndKeepTheirsThroughOtherChanges() {
        Account plain = Account.of("1001", "pbx.example.com", 5060, Transport.UDP);
        assertThat(plain.serverRecording()).isEqualTo(ServerRecordingRule.DEFAULT);
        ServerRecordingRule rule = ServerRecordingRule.DEFAULT
                .withControl(new ServerRecordingRule.Control.FeatureCode("*3", "*3"));
        Account configured = plain.withServerRecording(rule).withExpires(Duration.ofSeconds(120))
                .withDtmf(DtmfMode.INFO).withProxyOnly(false).withDisplayName("Agent");
        assertThat(configured.serverRecording()).isEqualTo(rule);
        assertThat(Optional.of(configured).map(Account::serverRecording).map(ServerRecordingRule::control))
                .containsInstanceOf(ServerRecordingRule.Control.FeatureCode.class);
    }
}
