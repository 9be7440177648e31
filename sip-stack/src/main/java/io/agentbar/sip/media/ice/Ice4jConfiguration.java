package io.agentbar.sip.media.ice;

import org.jitsi.config.JitsiConfig;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The JVM-wide ice4j settings a desktop softphone needs. ice4j reads its configuration through
 * Typesafe Config, where system properties override the {@code reference.conf} in its jar; the
 * values are read when an {@code Agent} is built, so {@link #apply} must run before the first one
 * ({@link IceSession#gather} calls it). Calling it again changes nothing but the log level.
 */
public final class Ice4jConfiguration {
    private static final Map<String, String> SETTINGS = settings();

    // JUL keeps loggers only weakly: without these references a level set here would be lost
    // when the logger is collected and re-created later at the inherited (INFO) level.
    private static final Logger ICE4J_LOG = Logger.getLogger("org.ice4j");
    private static final Logger JITSI_LOG = Logger.getLogger("org.jitsi");
    // jicoco-config names its logger after the simple class name, outside "org.jitsi".
    private static final Logger CONFIG_LOG = Logger.getLogger("JitsiConfig");

    // Agent.toString() prints "ice-pwd:<local password>", and ice4j logs it at INFO whenever
    // the role changes (every controlled session, every role conflict) and at FINE on creation.
    private static final Logger AGENT_LOG = Logger.getLogger("org.ice4j.ice.Agent");
    private static final Pattern ICE_PWD = Pattern.compile("(ice-pwd:)\\S+");

    private static boolean applied;

    private Ice4jConfiguration() {
    }

    private static Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        // On by default: the first Agent would PUT to http://169.254.169.254 looking for EC2
        // metadata. A desktop must not probe the network behind the user's back (security §4.7).
        s.put("ice4j.harvest.mapping.aws.enabled", "false");
        // IPv6 link-local candidates (fe80::/10) only work on one link and were the pair ice4j
        // picked on our test host; a PBX can never reach them.
        s.put("ice4j.harvest.use-link-local-addresses", "false");
        // ice4j logs pair and candidate addresses at INFO; the peer's IP is personal data.
        s.put("ice4j.redact-remote-addresses", "true");
        // The STUN SOFTWARE attribute names the product instead of advertising "ice4j.org".
        s.put("ice4j.software", "AgentBar");
        // ice4j.harvest.mapping.stun.addresses stays at its empty default on purpose: those
        // mapping harvesters are JVM-wide and resolved once, at the first Agent. Each IceSession
        // adds a StunCandidateHarvester for the user's own server instead, so a changed account
        // setting takes effect at the next call and no other server is ever contacted.
        return Map.copyOf(s);
    }

    /** Applies the settings, with ice4j's logging at WARNING unless {@link #apply(boolean)} chose. */
    public static synchronized void apply() {
        if (!applied) {
            apply(false);
        }
    }

    /**
     * Applies the settings once per JVM and sets ice4j's log level.
     *
     * @param debugLogging lowers ice4j's level to INFO, never further: FINE and below log STUN
     *                     contents and agent dumps we have not audited for secrets
     */
    public static synchronized void apply(boolean debugLogging) {
        Level level = debugLogging ? Level.INFO : Level.WARNING;
        ICE4J_LOG.setLevel(level);
        JITSI_LOG.setLevel(level);
        CONFIG_LOG.setLevel(level);
        if (applied) {
            return;
        }
        AGENT_LOG.setFilter(Ice4jConfiguration::redactIcePassword);
        SETTINGS.forEach(System::setProperty);
        reload();
        applied = true;
    }

    private static boolean redactIcePassword(LogRecord record) {
        String message = record.getMessage();
        if (message != null && message.contains("ice-pwd:")) {
            record.setMessage(ICE_PWD.matcher(message).replaceAll("$1***"));
        }
        return true;
    }

    /** The properties {@link #apply} sets, for tests and for the support log. */
    public static Map<String, String> settingsApplied() {
        return SETTINGS;
    }

    /**
     * Sets one more ice4j property and makes ice4j read its configuration again. Agents built
     * afterwards see it only for values ice4j has not read and cached yet (or with
     * jitsi-metaconfig's cache off). Tests use it to shorten the RFC 7675 consent timers.
     */
    static synchronized void override(String key, String value) {
        apply();
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
        reload();
    }

    // Typesafe caches the system properties it saw at its first load; reloading drops that
    // cache. Values ice4j has already read stay cached by jitsi-metaconfig, which is why apply()
    // must run before the first Agent.
    private static void reload() {
        JitsiConfig.Companion.reloadNewConfig();
    }
}
