package io.agentbar.app.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonTest {
    @Test
    void readsNestedValues() {
        Object parsed = StrictJson.parse(" {\"a\": [1, -2.5e3, true, null], \"b\": {\"c\": \"x\\\"\\u00e9\\n\"}} ");
        assertThat(parsed).isEqualTo(Map.of("a", java.util.Arrays.asList(1.0, -2500.0, true, null),
                "b", Map.of("c", "x\"\u00e9\n")));
        assertThat(StrictJson.parse("[]")).isEqualTo(List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\": 1,}", "[1 2]", "{\"a\" 1}", "{\"a\": 1} x", "01", "1.", "1e",
            "\"a\nb\"", "{\"a\": 1, \"a\": 2}", "tru", "{a: 1}", "\"\\x\""})
    void refusesWhatIsNotJson(String text) {
        assertThatThrownBy(() -> StrictJson.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
