package io.agentbar.core.phone;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DialTargetTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1001|1001", "+39 (02) 123-456|+3902123456", "[555].{123}|555123", "*72#|*72#",
            "alice|alice", "sip:alice@pbx.example.com|sip:alice@pbx.example.com", "  600  |600"})
    void normalisesWhatCanBeDialled(String typed, String expected) {
        assertThat(DialTarget.normalise(typed)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "---", "12+34", "1001<script>", "sip:@x", "a b c", "100\n1"})
    void refusesWhatCannotBeDialled(String typed) {
        assertThat(DialTarget.normalise(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456789", "*#+-.()[]{} ", ""})
    void numberTextAcceptsTheGuidesCharacters(String typed) {
        assertThat(DialTarget.isNumberText(typed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12a", "1/2", "1_2", "1,2"})
    void numberTextRefusesOthers(String typed) {
        assertThat(DialTarget.isNumberText(typed)).isFalse();
    }
}
