package io.agentbar.app.cli;

import io.agentbar.core.account.Account;
import io.agentbar.core.dialplan.DialDecision;
import io.agentbar.core.dialplan.DialPlan;
import io.agentbar.core.dialplan.DialRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dial-plan and direct-call flags, account settings for every command. */
class DialOptionsTest {
    private static Account parse(String... argv) throws UsageException {
        List<String> all = new ArrayList<>(List.of("--server", "pbx.example.com", "--user", "1001"));
        all.addAll(List.of(argv));
        return AccountOptions.from(Arguments.parse(all, AccountOptions.NAMES, AccountOptions.SWITCHES), Map.of()).account();
    }

    @Test
    void withoutFlagsEverythingMayBeDialledTenAMinuteAndOnlyTheServerRings() throws UsageException {
        Account a = parse();
        assertThat(a.dialRules()).isEqualTo(DialRules.defaults());
        assertThat(a.proxyOnly()).isTrue();
        assertThat(parse("--accept-direct-calls").proxyOnly()).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "--block-premium                                   | 00 1 900 555 0100 | refused",
            "--block-premium                                   | 1002              | allowed",
            "--block-prefix=0044,09                            | +44 20 7946 0000  | refused",
            "--block-prefix=+44 --allow-prefix=+44207           | 0044 207 946 0000 | allowed",
            "--no-international                                 | +33 1 23 45 67 89 | refused",
            "--no-international --international-prefix=011      | 011 33 1 2345 6789| refused",
            "--no-international --international-prefix=011      | 00 33 12345       | allowed"})
    void theFlagsDecideWhatMayBeDialled(String flags, String target, String expected) throws UsageException {
        DialRules rules = parse(flags.strip().split("\\s+")).dialRules();
        DialDecision decision = DialPlan.evaluate(rules, target);
        assertThat(decision instanceof DialDecision.Refused ? "refused" : "allowed").isEqualTo(expected);
    }

    @Test
    void capsAreTakenAndBounded() throws UsageException {
        DialRules rules = parse("--max-calls-per-minute", "3", "--max-calls", "2").dialRules();
        assertThat(rules.callsPerMinute()).isEqualTo(3);
        assertThat(rules.maxConcurrentCalls()).isEqualTo(2);
        assertThatThrownBy(() -> parse("--max-calls-per-minute", "0")).isInstanceOf(UsageException.class)
                .hasMessageContaining("between 1 and 600");
        assertThatThrownBy(() -> parse("--max-calls", "500")).isInstanceOf(UsageException.class);
    }

    @ParameterizedTest
    @CsvSource({"--block-prefix,09a", "--allow-prefix,+44;1", "--international-prefix,+00"})
    void unusablePrefixesAreUsageErrors(String flag, String value) {
        assertThatThrownBy(() -> parse(flag, value)).isInstanceOf(UsageException.class);
    }
}
