package io.agentbar.core.recording;

import io.agentbar.core.call.Direction;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingSearchTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final RecordingEntry MULLER = entry("Reclamo fattura", "+39 055 123", "Jürgen Müller",
            "2025-03-14T13:05:00Z");
    private static final RecordingEntry ALICE = entry("", "1002", "Alice Smith", "2025-04-02T08:30:00Z");

    private static RecordingEntry entry(String title, String number, String name, String started) {
        return new RecordingEntry(Path.of("r.opus"), title, number, name, Optional.of(Direction.INCOMING),
                Instant.parse(started), Duration.ofSeconds(65), "OGG_OPUS", RecordingEntry.Upload.UNKNOWN,
                RecordingEntry.Completion.COMPLETE);
    }

    private static List<RecordingEntry> find(String text) {
        return RecordingSearch.of(text, ROME).filter(List.of(MULLER, ALICE));
    }

    @Test
    void nothingTypedFindsEverythingInOrder() {
        assertThat(find("  ")).containsExactly(MULLER, ALICE);
    }

    @Test
    void titleAndNameMatchWithoutCaseOrAccents() {
        assertThat(find("RECLAMO")).containsExactly(MULLER);
        assertThat(find("muller")).containsExactly(MULLER);
        assertThat(find("alice")).containsExactly(ALICE);
    }

    @Test
    void digitsFindANumberWrittenWithSpaces() {
        assertThat(find("055123")).containsExactly(MULLER);
        assertThat(find("+39055")).containsExactly(MULLER);
        assertThat(find("1002")).containsExactly(ALICE);
    }

    @Test
    void datesAndTimesMatchInTheAgentsZone() {
        assertThat(find("2025-03-14")).containsExactly(MULLER);
        assertThat(find("14/03/2025")).containsExactly(MULLER);
        assertThat(find("2.04.2025")).containsExactly(ALICE);
        assertThat(find("14:05")).as("13:05 UTC is 14:05 in Rome").containsExactly(MULLER);
        assertThat(find("april")).containsExactly(ALICE);
    }

    @Test
    void everyWordMustMatch() {
        assertThat(find("alice 2025-04-02")).containsExactly(ALICE);
        assertThat(find("alice reclamo")).isEmpty();
    }

    @Test
    void theLabelIsTheNameWhenKnownElseTheNumber() {
        assertThat(ALICE.remoteLabel()).isEqualTo("Alice Smith");
        assertThat(entry("", "1002", "", "2025-04-02T08:30:00Z").remoteLabel()).isEqualTo("1002");
    }
}
