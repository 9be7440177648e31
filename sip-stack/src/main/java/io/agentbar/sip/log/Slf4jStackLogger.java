package io.agentbar.sip.log;

import gov.nist.core.StackLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Properties;

/**
 * JAIN-SIP's internal log over SLF4J. The stack instantiates it by class name (no-argument
 * constructor) and keeps one instance for the whole JVM.
 *
 * <p>The stack's own errors and warnings go to DEBUG: what they report (a stray response, a
 * refused connection) reaches our adapter as an event and is logged once there. Only fatal errors
 * are logged as errors. {@code TRACE_LEVEL} caps how much the stack even formats: the default 16
 * (INFO) lets SIP messages through to {@link Slf4jServerLogger}, 32 (DEBUG) adds the stack's chatter.
 */
public final class Slf4jStackLogger implements StackLogger {
    static final Logger STACK = LoggerFactory.getLogger("io.agentbar.sip.stack");

    private volatile int maxLevel = TRACE_INFO;

    public Slf4jStackLogger() {
        // instantiated reflectively by SipStackImpl
    }

    @Override
    public void setStackProperties(Properties properties) {
        maxLevel = traceLevel(properties.getProperty("gov.nist.javax.sip.TRACE_LEVEL"));
    }

    static int traceLevel(String value) {
        if (value == null || value.isBlank()) {
            return TRACE_INFO;
        }
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "TRACE" -> TRACE_TRACE;
            case "DEBUG" -> TRACE_DEBUG;
            case "INFO" -> TRACE_INFO;
            case "WARN" -> TRACE_WARN;
            case "ERROR" -> TRACE_ERROR;
            case "NONE", "OFF" -> TRACE_NONE;
            default -> {
                try {
                    yield Integer.parseInt(value.strip());
                } catch (NumberFormatException e) {
                    yield TRACE_INFO;
                }
            }
        };
    }

    @Override
    public boolean isLoggingEnabled() {
        return maxLevel >= TRACE_ERROR && STACK.isDebugEnabled();
    }

    @Override
    public boolean isLoggingEnabled(int level) {
        if (level > maxLevel) {
            return false;
        }
        if (level <= TRACE_FATAL) {
            return STACK.isErrorEnabled();
        }
        if (level == TRACE_INFO) {
            // the stack asks for INFO before handing a SIP message to the server logger
            return STACK.isDebugEnabled() || Slf4jServerLogger.WIRE.isDebugEnabled();
        }
        return level < TRACE_INFO ? STACK.isDebugEnabled() : STACK.isTraceEnabled();
    }

    @Override
    public void logFatalError(String message) {
        STACK.error(Redaction.redact(message));
    }

    @Override
    public void logError(String message) {
        STACK.debug(Redaction.redact(message));
    }

    @Override
    public void logError(String message, Exception ex) {
        STACK.debug(Redaction.redact(message), ex);
    }

    @Override
    public void logWarning(String message) {
        STACK.debug(Redaction.redact(message));
    }

    @Override
    public void logInfo(String message) {
        STACK.debug(Redaction.redact(message));
    }

    @Override
    public void logDebug(String message) {
        STACK.trace(Redaction.redact(message));
    }

    @Override
    public void logDebug(String message, Exception ex) {
        STACK.trace(Redaction.redact(message), ex);
    }

    @Override
    public void logTrace(String message) {
        STACK.trace(Redaction.redact(message));
    }

    @Override
    public void logException(Throwable ex) {
        STACK.debug("JAIN-SIP exception", ex);
    }

    @Override
    public void logStackTrace() {
        // the stack calls this to show where a message was sent from; no use to us
    }

    @Override
    public void logStackTrace(int traceLevel) {
        // see logStackTrace()
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void disableLogging() {
        maxLevel = TRACE_NONE;
    }

    @Override
    public void enableLogging() {
        maxLevel = TRACE_INFO;
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
        // nothing to record
    }

    @Override
    public String getLoggerName() {
        return STACK.getName();
    }
}
