package io.agentbar.audio.recording;

import io.agentbar.audio.recording.RecordingState.Command;
import io.agentbar.audio.recording.RecordingState.Failed;
import io.agentbar.audio.recording.RecordingState.Paused;
import io.agentbar.audio.recording.RecordingState.Recording;
import io.agentbar.audio.recording.RecordingState.Stopped;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The recording machine as a table: (state, command) → state, the no-ops included. */
class RecordingStateTest {
    static Stream<Arguments> table() {
        Failed failed = new Failed("disk full");
        return Stream.of(
                Arguments.of(new Recording(), Command.PAUSE, new Paused()),
                Arguments.of(new Recording(), Command.RESUME, new Recording()),
                Arguments.of(new Recording(), Command.STOP, new Stopped()),
                Arguments.of(new Paused(), Command.PAUSE, new Paused()),
                Arguments.of(new Paused(), Command.RESUME, new Recording()),
                Arguments.of(new Paused(), Command.STOP, new Stopped()),
                Arguments.of(new Stopped(), Command.PAUSE, new Stopped()),
                Arguments.of(new Stopped(), Command.RESUME, new Stopped()),
                Arguments.of(new Stopped(), Command.STOP, new Stopped()),
                Arguments.of(failed, Command.RESUME, failed),
                Arguments.of(failed, Command.STOP, failed));
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("table")
    void transition(RecordingState from, Command command, RecordingState to) {
        assertThat(RecordingState.next(from, command)).isEqualTo(to);
        assertThat(to.live()).isEqualTo(to instanceof Recording || to instanceof Paused);
    }
}
