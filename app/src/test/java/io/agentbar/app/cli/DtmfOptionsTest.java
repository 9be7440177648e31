package io.agentbar.app.cli;

import io.agentbar.core.account.DtmfMode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --dtmf-mode} (an account setting, for every command) and {@code call --dtmf}. */
class DtmfOptionsTest {
    private static AccountOptions parse(String... argv) throws UsageException {
        List<String> all = new ArrayList<>(List.of("--server", "pbx.example.com", "--user", "1001"));
        all.addAll(List.of(argv));
        return AccountOptions.from(Arguments.parse(all, AccountOptions.NAMES, AccountOptions.SWITCHES), Map.of());
    }

    @Test
    void theModeIsAutoUnlessChosen() throws UsageException {
        assertThat(parse().account().dtmf()).isEqualTo(DtmfMode.AUTO);
        assertThat(parse("--dtmf-mode", "info").account().dtmf()).isEqualTo(DtmfMode.INFO);
        assertThat(parse("--dtmf-mode", "RFC4733").account().dtmf()).isEqualTo(DtmfMode.RFC4733);
        assertThatThrownBy(() -> parse("--dtmf-mode", "inband")).isInstanceOf(UsageException.class)
                .hasMessageContaining("rfc4733, info or auto");
    }

    @Test
    void callRefusesKeysThatAreNotOnAKeypadBeforeDialling() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CallCommand call = new CallCommand(new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
        assertThatThrownBy(() -> call.run(List.of("1002", "--server", "127.0.0.1:9", "--user", "1001",
                "--no-register", "--dtmf", "12,3"), Map.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("'12,3'");
        assertThat(out.toString()).as("nothing was dialled").doesNotContain("calling");
    }
}
