package io.agentbar.ui.recordings;

import io.agentbar.core.recording.PlaybackState;
import io.agentbar.core.recording.RecordingCatalog;
import io.agentbar.ui.phone.FxBridge;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The recordings list without a toolkit: a direct bridge, a fake catalog and player. */
class RecordingsViewModelTest {
    private final FakePlayer player = new FakePlayer();
    private final List<Runnable> background = new ArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final RecordingCatalog catalog = () -> {
        reads.incrementAndGet();
        return Recordings.ALL;
    };
    private final RecordingsViewModel vm = new RecordingsViewModel(catalog, player, FxBridge.direct(), background::add,
            ZoneOffset.UTC, Optional.empty());

    private void load() {
        vm.refresh();
        background.removeFirst().run();
    }

    @Test
    void theCatalogIsReadInTheBackgroundAndShownNewestFirst() {
        vm.refresh();
        assertThat(reads.get()).as("not on the calling thread").isZero();
        assertThat(vm.loading().get()).isTrue();

        background.removeFirst().run();

        assertThat(vm.loading().get()).isFalse();
        assertThat(vm.rows()).extracting(RecordingRow::number).containsExactly(1, 2, 3);
        assertThat(vm.rows()).extracting(RecordingRow::title)
                .containsExactly("Reclamo fattura", "Call with 0551234567", "Cambio indirizzo");
        assertThat(vm.summary().get()).isEqualTo("3 recordings");
    }

    @Test
    void rowsSayWhoWhenHowLongAndWhetherCutShort() {
        load();
        RecordingRow alice = vm.rows().getFirst();
        assertThat(alice.party()).isEqualTo("Alice Smith · 5551234 · Incoming call");
        assertThat(alice.when()).isEqualTo("14 Mar 2025, 10:15");
        assertThat(alice.length()).isEqualTo("02:17");
        assertThat(alice.upload()).isEqualTo("Uploaded");
        assertThat(alice.cutShort()).isFalse();
        assertThat(vm.rows().get(1).cutShort()).isTrue();
        assertThat(vm.rows().get(2).length()).isEqualTo("1:02:05");
        assertThat(vm.rows().get(2).upload()).isEqualTo("Not uploaded yet");
    }

    @Test
    void typingFiltersAndRenumbers() {
        load();
        vm.query().set("bob");
        assertThat(vm.rows()).extracting(RecordingRow::title).containsExactly("Cambio indirizzo");
        assertThat(vm.rows().getFirst().number()).isEqualTo(1);
        assertThat(vm.summary().get()).isEqualTo("1 match of 3");

        vm.query().set("2025-03-14");
        assertThat(vm.rows()).hasSize(2);

        vm.query().set("nobody");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.emptyText().get()).isEqualTo("No recording matches “nobody”");

        vm.query().set("");
        assertThat(vm.rows()).hasSize(3);
    }

    @Test
    void playTogglesAndTheRowFollowsThePlayer() {
        load();
        RecordingRow alice = vm.rows().getFirst();
        RecordingRow bob = vm.rows().get(2);

        vm.toggle(alice);
        assertThat(player.commands).containsExactly("play 20250314-101500-5551234-1.opus");
        assertThat(vm.isPlaying(alice)).isTrue();
        assertThat(vm.isPlaying(bob)).isFalse();

        vm.toggle(bob);
        assertThat(vm.isPlaying(bob)).isTrue();
        assertThat(vm.isPlaying(alice)).isFalse();

        vm.toggle(bob);
        assertThat(player.commands).endsWith("stop");
        assertThat(vm.playback().get()).isEqualTo(new PlaybackState.Idle());
    }

    @Test
    void aFailedPlayIsExplainedUntilTheNextPlay() {
        load();
        RecordingRow cut = vm.rows().get(1);
        vm.toggle(cut);
        player.publish(new PlaybackState.Failed(cut.entry().file(), "The speaker cannot play: no device"));

        assertThat(vm.problem().get()).isEqualTo("The speaker cannot play: no device");
        assertThat(vm.isPlaying(cut)).isFalse();

        vm.toggle(cut);
        assertThat(vm.problem().get()).isEmpty();
    }

    @Test
    void anEmptyFolderSaysSo() {
        RecordingsViewModel empty = new RecordingsViewModel(RecordingCatalog.EMPTY, player, FxBridge.direct(),
                Runnable::run, ZoneOffset.UTC, Optional.of(() -> { }));
        empty.refresh();
        assertThat(empty.rows()).isEmpty();
        assertThat(empty.summary().get()).isEqualTo("No recordings");
        assertThat(empty.emptyText().get()).startsWith("No recordings yet");
        assertThat(empty.canShowFolder()).isTrue();
    }
}
