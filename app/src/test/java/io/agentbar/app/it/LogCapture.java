package io.agentbar.app.it;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything every library logs at DEBUG while it is open (SLF4J, and java.util.logging through
 * the bridge: ice4j and jitsi-srtp log there), so a test can prove that no secret reaches a log.
 */
final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    private static final List<String> LOGGERS = List.of(Logger.ROOT_LOGGER_NAME, "io.agentbar", "gov.nist", "org.ice4j",
            "org.jitsi", "org.bouncycastle");
    private final List<String> lines = new ArrayList<>();
    private final Map<String, Level> before = new HashMap<>();
    private final java.util.logging.Level julBefore;

    private LogCapture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        setContext(context);
        setName("secret-grep");
        start();
        for (String name : LOGGERS) {
            Logger logger = context.getLogger(name);
            before.put(name, logger.getLevel());
            logger.setLevel(Level.DEBUG);
        }
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(this);
        java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
        julBefore = julRoot.getLevel();
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        julRoot.setLevel(java.util.logging.Level.FINE);
        // the SIP stack's own message trace (full requests and responses, SDP included) at DEBUG
        System.setProperty(SIP_TRACE, "32");
    }

    private static final String SIP_TRACE = "gov.nist.javax.sip.TRACE_LEVEL";

    static LogCapture debug() {
        return new LogCapture();
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        StringBuilder b = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            b.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
            for (StackTraceElementProxy s : t.getStackTraceElementProxyArray()) {
                b.append(' ').append(s.getSTEAsString());
            }
        }
        lines.add(b.toString());
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** Lines that contain any of {@code secrets} (ignoring case), for an assertion message. */
    synchronized List<String> linesContaining(List<String> secrets) {
        List<String> hits = new ArrayList<>();
        for (String line : lines) {
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            for (String secret : secrets) {
                if (!secret.isBlank() && lower.contains(secret.toLowerCase(java.util.Locale.ROOT))) {
                    hits.add(secret + " in: " + line);
                }
            }
        }
        return hits;
    }

    /** The values of {@code a=ice-pwd} and SDES {@code inline:} keys in some SIP trace. */
    static List<String> sdpSecrets(List<String> trace) {
        Pattern secret = Pattern.compile("a=ice-pwd:(\\S+)|inline:([^|\\s]+)");
        List<String> found = new ArrayList<>();
        for (String line : trace) {
            Matcher m = secret.matcher(line);
            while (m.find()) {
                found.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return found;
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) getContext();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
        before.forEach((name, level) -> context.getLogger(name).setLevel(level));
        java.util.logging.Logger.getLogger("").setLevel(julBefore);
        System.clearProperty(SIP_TRACE);
        stop();
    }
}
