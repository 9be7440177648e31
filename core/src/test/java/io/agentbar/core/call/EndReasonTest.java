package io.agentbar.core.call;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EndReasonTest {
    @ParameterizedTest
    @CsvSource({"486,BUSY", "600,BUSY", "603,DECLINED", "404,NOT_FOUND", "480,NOT_FOUND", "408,UNREACHABLE",
            "503,UNREACHABLE", "401,UNAUTHORIZED", "407,UNAUTHORIZED", "487,CANCELLED", "488,INCOMPATIBLE_MEDIA",
            "500,FAILED", "0,FAILED"})
    void statusMapsToReason(int status, EndReason reason) {
        assertThat(EndReason.forStatus(status)).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource({"sip:1001@pbx.example.com,Alice,Alice", "sip:1001@pbx.example.com,'',1001", "1002,'',1002"})
    void partyLabelPrefersName(String uri, String name, String label) {
        assertThat(new Party(uri, name).label()).isEqualTo(label);
    }
}
