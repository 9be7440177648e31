package io.agentbar.core.history;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchKeyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "+39 (02) 100-200 | 3902100200",
            "[02].100.{200}   | 02100200",
            "Alice            | alice",
            "1001             | 1001",
    })
    void numbersAreComparedWithoutPunctuation(String number, String key) {
        assertThat(SearchKey.number(number)).isEqualTo(key);
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} / {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "100          | +39 02 100-200 | Alice   | true",
            "02100        | +39 02 100-200 | Alice   | true",
            "(02) 100     | +39 02 100-200 | Alice   | true",
            "101          | +39 02 100-200 | Alice   | false",
            "ALI          | 5550001        | Alice   | true",
            "lic          | 5550001        | Alice   | true",
            "bob          | 5550001        | Alice   | false",
            "'  '         | 5550001        | Alice   | true",
            "''           | 5550001        | ''      | true",
    })
    void typedTextFindsDigitsAnywhereAndNamesInAnyCase(String typed, String number, String name, boolean found) {
        assertThat(SearchKey.matches(typed, number, name)).isEqualTo(found);
    }
}
