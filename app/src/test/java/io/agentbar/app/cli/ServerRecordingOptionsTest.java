package io.agentbar.app.cli;

import io.agentbar.core.account.ServerRecordingRule;
import io.agentbar.core.account.ServerRecordingRule.Control;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PBX-recording flags, an account setting for every command. */
class ServerRecordingOptionsTest {
    private static ServerRecordingRule parse(String... argv) throws UsageException {
        List<String> all = new ArrayList<>(List.of("--server", "pbx.example.com", "--user", "1001"));
        all.addAll(List.of(argv));
        return AccountOptions.from(Arguments.parse(all, AccountOptions.NAMES, AccountOptions.SWITCHES), Map.of())
                .account().serverRecording();
    }

    @Test
    void withoutFlagsXRecordShowsTheIndicatorAndNothingPausesIt() throws UsageException {
        assertThat(parse()).isEqualTo(ServerRecordingRule.DEFAULT);
    }

    @Test
    void aHeaderWithValuesReplacesTheDefaults() throws UsageException {
        ServerRecordingRule rule = parse("--record-header", "X-Mixmon=Active,REC");
        assertThat(rule.header()).isEqualTo("X-Mixmon");
        assertThat(rule.onValues()).containsExactly("active", "rec");
        assertThat(parse("--record-header=X-Mixmon").onValues()).isEqualTo(ServerRecordingRule.DEFAULT_ON_VALUES);
    }

    @Test
    void onePauseCodeAlsoResumes() throws UsageException {
        assertThat(parse("--record-pause-code", "*3").control()).isEqualTo(new Control.FeatureCode("*3", "*3"));
        assertThat(parse("--record-pause-code", "*1", "--record-resume-code", "*2").control())
                .isEqualTo(new Control.FeatureCode("*1", "*2"));
    }

    @Test
    void infoTakesTypePauseBodyAndResumeBody() throws UsageException {
        assertThat(parse("--record-info", "application/x-record:pause:resume").control())
                .isEqualTo(new Control.Info("application/x-record", "pause", "resume"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "--record-info       | application/x-record:pause       | TYPE:PAUSEBODY:RESUMEBODY",
            "--record-info       | x-record:pause:resume            | type/subtype",
            "--record-pause-code | *3x                              | telephone keys",
            "--record-resume-code| *3                               | needs --record-pause-code",
            "--record-header     | X Record                         | header name",
            "--record-header     | X-Record=                        | list the values"})
    void unusableFlagsAreUsageErrors(String flag, String value, String message) {
        assertThatThrownBy(() -> parse(flag, value)).isInstanceOf(UsageException.class).hasMessageContaining(message);
    }

    @Test
    void aFeatureCodeAndInfoExcludeEachOther() {
        assertThatThrownBy(() -> parse("--record-pause-code", "*3", "--record-info", "application/x-record:p:r"))
                .isInstanceOf(UsageException.class).hasMessageContaining("exclude each other");
    }
}
