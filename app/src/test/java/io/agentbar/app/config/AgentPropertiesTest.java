package io.agentbar.app.config;

import io.agentbar.core.agent.AgentSettings;
import io.agentbar.core.agent.Channel;
import io.agentbar.core.agent.PauseReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentPropertiesTest {
    @TempDir
    Path dir;

    @Test
    void agentSettingsSurviveARoundTrip() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("settings.properties"));
        AgentSettings agent = new AgentSettings(List.of(PauseReason.of("Lunch"), PauseReason.of("Back office")), true,
                EnumSet.of(Channel.VOICE, Channel.CHAT, Channel.OPEN_CHANNEL), false, Optional.of("*46"),
                Optional.of("*47"), false, 486, Optional.of("X-Queue"));
        file.save(new Settings(Optional.empty(), agent));
        assertThat(file.load().agent()).isEqualTo(agent);
    }

    @Test
    void missingKeysKeepTheDefaults() {
        Properties p = new Properties();
        p.setProperty("agent.pauseReasons", "Coffee, coffee ,Lunch");
        AgentSettings read = AgentProperties.read(p);
        assertThat(read.reasons()).extracting(PauseReason::name).containsExactly("Coffee", "Lunch");
        assertThat(read.pausedResponse()).isEqualTo(480);
        assertThat(read.publishPresence()).isTrue();
        assertThat(read.channels()).containsExactly(Channel.VOICE);
    }

    @Test
    void unusableValuesNameTheirKey() {
        Properties p = new Properties();
        p.setProperty("agent.partialPause", "maybe");
        assertThatThrownBy(() -> AgentProperties.read(p)).hasMessageContaining("agent.partialPause");
        Properties q = new Properties();
        q.setProperty("agent.channels", "voice,fax");
        assertThatThrownBy(() -> AgentProperties.read(q)).hasMessageContaining("fax");
    }
}
