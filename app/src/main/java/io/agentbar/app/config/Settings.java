package io.agentbar.app.config;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.DtmfMode;
import io.agentbar.core.account.Transport;
import io.agentbar.core.agent.AgentSettings;
import io.agentbar.core.media.MediaProfile;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * What AgentBar remembers between runs. The password is never part of it (see {@link KeyringSecretStore}).
 *
 * @param account empty until the agent (or IT) configures one; then the bar offers the test line
 * @param agent   pause reasons, partial pause, presence, feature codes ({@link AgentProperties})
 */
public record Settings(Optional<Account> account, AgentSettings agent) {
    public Settings {
        java.util.Objects.requireNonNull(account, "account");
        java.util.Objects.requireNonNull(agent, "agent");
    }

    /** The default agent settings. */
    public Settings(Optional<Account> account) {
        this(account, AgentSettings.defaults());
    }

    public static Settings empty() {
        return new Settings(Optional.empty());
    }

    Properties toProperties() {
        Properties p = new Properties();
        AgentProperties.write(agent, p);
        account.ifPresent(a -> {
            p.setProperty("account.user", a.user());
            p.setProperty("account.domain", a.domain());
            p.setProperty("account.server", a.server());
            p.setProperty("account.port", Integer.toString(a.port()));
            p.setProperty("account.transport", a.transport().token());
            p.setProperty("account.authUser", a.authUser());
            p.setProperty("account.displayName", a.displayName());
            p.setProperty("account.expires", Long.toString(a.expires().toSeconds()));
            p.setProperty("account.media", a.media().token());
            p.setProperty("account.allowPlainRtp", Boolean.toString(a.allowPlainRtp()));
            p.setProperty("account.wsPath", a.wsPath());
            p.setProperty("account.dtmf", a.dtmf().token());
        });
        return p;
    }

    /** @throws IllegalArgumentException when the file holds an account that cannot be used */
    static Settings fromProperties(Properties p) {
        AgentSettings agent = AgentProperties.read(p);
        if (p.getProperty("account.user") == null) {
            return new Settings(Optional.empty(), agent);
        }
        Account a = new Account(p.getProperty("account.user"), p.getProperty("account.domain"),
                p.getProperty("account.server", ""), Integer.parseInt(p.getProperty("account.port", "5060")),
                Transport.parse(p.getProperty("account.transport", "udp")), p.getProperty("account.authUser"),
                p.getProperty("account.displayName"), Duration.ofSeconds(Long.parseLong(p.getProperty("account.expires", "600"))),
                p.getProperty("account.media") == null ? null : MediaProfile.parse(p.getProperty("account.media")),
                Boolean.parseBoolean(p.getProperty("account.allowPlainRtp", "false")), p.getProperty("account.wsPath"),
                p.getProperty("account.dtmf") == null ? null : DtmfMode.parse(p.getProperty("account.dtmf")));
        return new Settings(Optional.of(a), agent);
    }
}
