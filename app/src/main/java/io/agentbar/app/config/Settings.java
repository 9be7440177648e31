package io.agentbar.app.config;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.DtmfMode;
import io.agentbar.core.account.ServerRecordingRule;
import io.agentbar.core.account.ServerRecordingRule.Control;
import io.agentbar.core.account.Transport;
import io.agentbar.core.agent.AgentSettings;
import io.agentbar.core.media.MediaProfile;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What AgentBar remembers between runs. The password is never part of it (see {@link KeyringSecretStore}).
 *
 * @param account          empty until the agent (or IT) configures one; then the bar offers the test line
 * @param historyRetention how long the call history keeps a call ({@code history.retentionDays}, whole days)
 * @param agent            pause reasons, partial pause, presence, feature codes ({@link AgentProperties})
 */
public record Settings(Optional<Account> account, Duration historyRetention, AgentSettings agent) {
    /** Three months: long enough to call back last quarter's customers, short enough to hold little personal data. */
    public static final Duration DEFAULT_HISTORY_RETENTION = Duration.ofDays(90);

    public Settings {
        account = account == null ? Optional.empty() : account;
        historyRetention = historyRetention == null ? DEFAULT_HISTORY_RETENTION : historyRetention;
        agent = agent == null ? AgentSettings.defaults() : agent;
        if (historyRetention.toDays() < 1) {
            throw new IllegalArgumentException("history retention must be at least one day: " + historyRetention);
        }
    }

    public Settings(Optional<Account> account) {
        this(account, DEFAULT_HISTORY_RETENTION, AgentSettings.defaults());
    }

    public Settings(Optional<Account> account, Duration historyRetention) {
        this(account, historyRetention, AgentSettings.defaults());
    }

    public Settings(Optional<Account> account, AgentSettings agent) {
        this(account, DEFAULT_HISTORY_RETENTION, agent);
    }

    public static Settings empty() {
        return new Settings(Optional.empty());
    }

    public Settings withHistoryRetention(Duration retention) {
        return new Settings(account, retention, agent);
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("history.retentionDays", Long.toString(historyRetention.toDays()));
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
            p.setProperty("account.proxyOnly", Boolean.toString(a.proxyOnly()));
            DialRulesProperties.write(a.dialRules(), p);
            ServerRecordingRule r = a.serverRecording();
            p.setProperty("account.recordHeader", r.header());
            p.setProperty("account.recordValues", String.join(",", r.onValues()));
            switch (r.control()) {
                case Control.None none -> p.setProperty("account.recordControl", "none");
                case Control.FeatureCode code -> {
                    p.setProperty("account.recordControl", "feature-code");
                    p.setProperty("account.recordPauseCode", code.pause());
                    p.setProperty("account.recordResumeCode", code.resume());
                }
                case Control.Info info -> {
                    p.setProperty("account.recordControl", "info");
                    p.setProperty("account.recordInfoType", info.contentType());
                    p.setProperty("account.recordInfoPause", info.pauseBody());
                    p.setProperty("account.recordInfoResume", info.resumeBody());
                }
            }
        });
        return p;
    }

    /** The PBX-recording keys; a file written before they existed gets the default rule. */
    private static ServerRecordingRule serverRecording(Properties p) {
        String header = p.getProperty("account.recordHeader", ServerRecordingRule.DEFAULT_HEADER);
        String values = p.getProperty("account.recordValues", "");
        Control control = switch (p.getProperty("account.recordControl", "none")) {
            case "none" -> new Control.None();
            case "feature-code" -> new Control.FeatureCode(p.getProperty("account.recordPauseCode", ""),
                    p.getProperty("account.recordResumeCode", p.getProperty("account.recordPauseCode", "")));
            case "info" -> new Control.Info(p.getProperty("account.recordInfoType", ""),
                    p.getProperty("account.recordInfoPause", ""), p.getProperty("account.recordInfoResume", ""));
            default -> throw new IllegalArgumentException("account.recordControl must be none, feature-code or info");
        };
        return new ServerRecordingRule(header, values.isBlank() ? List.of() : List.of(values.split(",")), control);
    }

    /** @throws IllegalArgumentException when the file holds an account that cannot be used */
    static Settings fromProperties(Properties p) {
        Duration retention = historyRetention(p.getProperty("history.retentionDays"));
        AgentSettings agent = AgentProperties.read(p);
        if (p.getProperty("account.user") == null) {
            return new Settings(Optional.empty(), retention, agent);
        }
        Account a = new Account(p.getProperty("account.user"), p.getProperty("account.domain"),
                p.getProperty("account.server", ""), Integer.parseInt(p.getProperty("account.port", "5060")),
                Transport.parse(p.getProperty("account.transport", "udp")), p.getProperty("account.authUser"),
                p.getProperty("account.displayName"), Duration.ofSeconds(Long.parseLong(p.getProperty("account.expires", "600"))),
                p.getProperty("account.media") == null ? null : MediaProfile.parse(p.getProperty("account.media")),
                Boolean.parseBoolean(p.getProperty("account.allowPlainRtp", "false")), p.getProperty("account.wsPath"),
                p.getProperty("account.dtmf") == null ? null : DtmfMode.parse(p.getProperty("account.dtmf")))
                .withServerRecording(serverRecording(p))
                .withProxyOnly(Boolean.parseBoolean(p.getProperty("account.proxyOnly", "true")))
                .withDialRules(DialRulesProperties.read(p));
        return new Settings(Optional.of(a), retention, agent);
    }

    /** A retention that is not a whole number of days (at least one) falls back to the default, keeping the account. */
    private static Duration historyRetention(String days) {
        if (days == null) {
            return DEFAULT_HISTORY_RETENTION;
        }
        try {
            long n = Long.parseLong(days.strip());
            if (n >= 1) {
                return Duration.ofDays(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LoggerFactory.getLogger(Settings.class).warn("history.retentionDays={} is not a number of days (1 or more); "
                + "keeping calls for {} days", days, DEFAULT_HISTORY_RETENTION.toDays());
        return DEFAULT_HISTORY_RETENTION;
    }
}
