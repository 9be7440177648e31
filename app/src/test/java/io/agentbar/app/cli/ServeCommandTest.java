package io.agentbar.app.cli;

import io.agentbar.app.Main;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The serve command's flags are checked before anything starts. */
class ServeCommandTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int serve(Map<String, String> env, String... flags) {
        List<String> args = new java.util.ArrayList<>(List.of("serve", "--server", "127.0.0.1:5060", "--user", "agent"));
        args.addAll(List.of(flags));
        return Main.run(args, env, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void agentFlagsAreCheckedBeforeAnythingStarts() {
        Map<String, String> env = Map.of("AB_TOKEN", "0123456789abcdef");
        assertThat(serve(env, "--api-token-env", "AB_TOKEN", "--presence", "--no-presence")).isEqualTo(2);
        assertThat(serve(env, "--api-token-env", "AB_TOKEN", "--pause-code", "*46;evil")).isEqualTo(2);
        assertThat(serve(env, "--api-token-env", "AB_TOKEN", "--paused-response", "200")).isEqualTo(2);
        assertThat(serve(env, "--api-token-env", "AB_TOKEN", "--partial-pause", "voice,fax")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("contradict").contains("feature code")
                .contains("fax");
    }

    @Test
    void agentFlagsBuildTheAgentSettings() throws Exception {
        Arguments args = Arguments.parse(List.of("--pause-reasons", "Lunch,Break", "--partial-pause", "chat",
                        "--pause-code", "*46", "--no-pause-code-reason", "--no-presence", "--queue-header", "X-Queue"),
                AgentOptions.NAMES, AgentOptions.SWITCHES);
        io.agentbar.core.agent.AgentSettings a = AgentOptions.from(args);
        assertThat(a.reasons().getFirst().name()).isEqualTo("Lunch");
        assertThat(a.partialPause()).isTrue();
        assertThat(a.channels()).containsExactly(io.agentbar.core.agent.Channel.VOICE, io.agentbar.core.agent.Channel.CHAT);
        assertThat(a.pauseCode()).contains("*46");
        assertThat(a.reasonSuffix()).isFalse();
        assertThat(a.publishPresence()).isFalse();
        assertThat(a.queueHeader()).contains("X-Queue");
        assertThat(a.pausedResponse()).isEqualTo(480);
    }

    @Test
    void anUnsetTokenVariableIsAUsageError() {
        assertThat(serve(Map.of(), "--api-token-env", "AB_NOT_SET")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("AB_NOT_SET").contains("not set");
    }

    @Test
    void aWeakTokenIsRefusedWithoutShowingIt() {
        assertThat(serve(Map.of("AB_TOKEN", "hunter2"), "--api-token-env", "AB_TOKEN")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 16 characters").doesNotContain("hunter2");
    }

    @Test
    void theApiPortMustBeAPort() {
        assertThat(serve(Map.of("AB_TOKEN", "0123456789abcdef"), "--api-token-env", "AB_TOKEN", "--api-port", "70000"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--api-port");
    }

    @Test
    void aRecordingsFolderThatCannotBeCreatedIsAUsageError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createFile(dir.resolve("a-file"));
        assertThat(serve(Map.of("AB_TOKEN", "0123456789abcdef"), "--api-token-env", "AB_TOKEN",
                "--recordings", file.resolve("recordings").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--recordings");
    }
}
