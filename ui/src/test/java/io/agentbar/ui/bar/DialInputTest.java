package io.agentbar.ui.bar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DialInputTest {

    /** The guide's "valid characters" list, one by one. */
    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#", "+", "-", ".", "(", ")",
            "[", "]", "{", "}", " "})
    void admitsEveryCharacterTheGuideListsForNumbers(String c) {
        assertThat(DialInput.admit(c)).isEqualTo(new DialInput.Admitted(c, ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "Bob", "sip:1002@pbx.example.com", "support_desk", "a.b"})
    void admitsNamesAndSipAddresses(String text) {
        assertThat(DialInput.admit(text).kept()).isEqualTo(text);
        assertThat(DialInput.admit(text).refusedAny()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "$", "!", "/", "\\", "=", ";", "?", "&", "'", "\"", "<", ">", ",", "~", "é", "€", "😀"})
    void refusesEverythingElse(String c) {
        DialInput.Admitted admitted = DialInput.admit(c);

        assertThat(admitted.kept()).isEmpty();
        assertThat(admitted.refused()).isEqualTo(c);
    }

    @Test
    void keepsTheGoodPartOfAPasteAndNamesEachRefusedCharacterOnce() {
        DialInput.Admitted admitted = DialInput.admit("+39 02%12/34%5");

        assertThat(admitted.kept()).isEqualTo("+39 0212345");
        assertThat(admitted.refused()).isEqualTo("%/");
    }

    @Test
    void dropsLineBreaksAndTabsFromAPasteWithoutComplaint() {
        DialInput.Admitted admitted = DialInput.admit("1002\r\n\t");

        assertThat(admitted).isEqualTo(new DialInput.Admitted("1002", ""));
    }

    @Test
    void turnsNoBreakAndThinSpacesIntoPlainSpaces() {
        assertThat(DialInput.admit("02\u00a01234\u20095678").kept()).isEqualTo("02 1234 5678");
    }
}
