package io.agentbar.sip.media.ice;

import org.ice4j.ice.AgentConfig;
import org.ice4j.ice.harvest.HarvestConfig;
import org.ice4j.ice.harvest.MappingCandidateHarvesters;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the settings back through ice4j's own config objects, the way an Agent sees them. */
class Ice4jConfigurationTest {

    @Test
    void ice4jSeesThePrivacySettings() {
        Ice4jConfiguration.apply();

        assertThat(HarvestConfig.config.enableAwsHarvester()).isFalse();
        assertThat(HarvestConfig.config.useLinkLocalAddresses()).isFalse();
        assertThat(HarvestConfig.config.stunMappingCandidateHarvesterAddresses()).isEmpty();
        assertThat(AgentConfig.config.getRedactRemoteAddresses()).isTrue();
        assertThat(AgentConfig.config.getSoftware()).isEqualTo("AgentBar");
    }

    @Test
    void noJvmWideMappingHarvesterIsEverBuilt() {
        Ice4jConfiguration.apply();

        // Neither the AWS probe nor a STUN server the user did not choose.
        assertThat(MappingCandidateHarvesters.getHarvesters()).isEmpty();
    }

    @Test
    void applyingTwiceChangesNothingButTheLogLevel() {
        Ice4jConfiguration.apply();
        Map<String, String> first = Map.copyOf(Ice4jConfiguration.settingsApplied());

        Ice4jConfiguration.apply(true);
        assertThat(Logger.getLogger("org.ice4j").getLevel()).isEqualTo(Level.INFO);
        Ice4jConfiguration.apply(false);

        assertThat(Ice4jConfiguration.settingsApplied()).isEqualTo(first);
        first.forEach((key, value) -> assertThat(System.getProperty(key)).as(key).isEqualTo(value));
        assertThat(Logger.getLogger("org.ice4j").getLevel()).isEqualTo(Level.WARNING);
        assertThat(Logger.getLogger("org.ice4j.ice.Agent").isLoggable(Level.INFO)).isFalse();
    }
}
