package io.agentbar.app.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Killing the process in the middle of writing settings leaves a readable file with an account. */
class SettingsCrashTest {
    @TempDir
    Path dir;

    @Test
    void settingsSurviveAKillDuringWrites() throws Exception {
        Path path = dir.resolve("settings.properties");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SettingsWriterProcess.class.getName(), path.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("wrote 200")) {
                // read until the child has written a good number of times, then kill it mid-stream
            }
            assertThat(line).as("child output").isEqualTo("wrote 200");
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        Settings after = new SettingsFile(path).load();
        assertThat(after.account()).isPresent();
        assertThat(after.account().get().user()).matches("user\\d+");
        assertThat(Integer.parseInt(after.account().get().user().substring(4))).isGreaterThanOrEqualTo(200);
    }
}
