package io.agentbar.ui.call;

import io.agentbar.ui.bar.BarViewModel;
import io.agentbar.ui.phone.FakePhone;
import io.agentbar.ui.phone.FxBridge;
import io.agentbar.ui.phone.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Recording a call: start with a title, pause, resume, a second one, stop; the badge and its time. */
class RecordingsViewModelTest {
    private final MutableClock clock = MutableClock.atTen();
    private FakePhone phone;
    private BarViewModel bar;
    private CallPanelViewModel panel;
    private RecordingsViewModel rec;

    @BeforeEach
    void setUp() {
        phone = FakePhone.synchronous(clock);
        bar = new BarViewModel(phone, clock);
        FxBridge.direct().connect(phone, bar::onEvent);
        bar.numberText().set("1002");
        bar.call();
        panel = bar.calls().getFirst();
        rec = panel.recordings();
    }

    @Test
    void startSendsTheTitleAndTheLineAppearsWhenThePhoneReportsIt() {
        rec.toggle();
        assertThat(rec.isOpen().get()).isTrue();
        assertThat(rec.recording().get()).isFalse();
        rec.title().set("  Complaint ");

        rec.start();

        assertThat(phone.commands).contains("startRecording " + panel.id() + " Complaint");
        assertThat(rec.title().get()).isEmpty();
        assertThat(rec.lines()).hasSize(1);
        assertThat(rec.lines().getFirst().label().get()).isEqualTo("Recording 1 · Complaint");
        assertThat(rec.recording().get()).isTrue();
        assertThat(rec.badgeText().get()).isEqualTo("00:00");
        assertThat(rec.badgeAccessibleText().get()).isEqualTo("Recording, 00:00");
    }

    @Test
    void theTimeRunsWhileRecordingAndStandsStillWhilePaused() {
        rec.start();
        RecordingLine line = rec.lines().getFirst();
        assertThat(line.label().get()).isEqualTo("Recording 1");

        advance(5);
        assertThat(rec.badgeText().get()).isEqualTo("00:05");

        rec.pause(line);
        assertThat(line.paused().get()).isTrue();
        assertThat(rec.allPaused().get()).isTrue();
        advance(30);
        assertThat(line.elapsedText().get()).isEqualTo("00:05");
        assertThat(rec.badgeAccessibleText().get()).isEqualTo("Recording paused, 00:05");

        rec.resume(line);
        advance(2);
        assertThat(line.elapsedText().get()).isEqualTo("00:07");
        assertThat(phone.commands).contains("pauseRecording " + panel.id() + " 1", "resumeRecording " + panel.id() + " 1");
    }

    @Test
    void atMostTwoRecordingsRunAndEachStopsOnItsOwn() {
        rec.start();
        advance(10);
        assertThat(rec.canStart().get()).isTrue();
        rec.start();

        assertThat(rec.lines()).extracting(RecordingLine::number).containsExactly(1, 2);
        assertThat(rec.canStart().get()).isFalse();
        assertThat(rec.badgeText().get()).isEqualTo("2 × 00:10");
        rec.start();
        assertThat(phone.commands).filteredOn(c -> c.startsWith("startRecording")).hasSize(2);

        rec.stop(rec.lines().getFirst());
        assertThat(phone.commands).contains("stopRecording " + panel.id() + " 1");
        assertThat(rec.lines()).extracting(RecordingLine::number).containsExactly(2);
        assertThat(rec.canStart().get()).isTrue();
        assertThat(rec.badgeText().get()).isEqualTo("00:00");

        rec.stop(rec.lines().getFirst());
        assertThat(rec.recording().get()).isFalse();
        assertThat(rec.badgeText().get()).isEmpty();
    }

    @Test
    void theStripClosesAndStartIsRefusedOnceTheCallEnds() {
        rec.toggle();
        panel.hangUp();

        assertThat(rec.isOpen().get()).isFalse();
        assertThat(rec.canStart().get()).isFalse();
        rec.toggle();
        assertThat(rec.isOpen().get()).isFalse();
        assertThat(panel.actions().get().record()).isEqualTo(Availability.HIDDEN);
    }

    private void advance(int seconds) {
        clock.advance(Duration.ofSeconds(seconds));
        bar.tick();
    }
}
