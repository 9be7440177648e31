package io.agentbar.sip.log;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.SipStack;
import java.util.Properties;

/**
 * Logs every SIP message the stack sends or receives at DEBUG on {@code io.agentbar.sip.wire},
 * redacted. Instantiated by the stack by class name.
 */
public final class Slf4jServerLogger implements ServerLogger {
    static final Logger WIRE = LoggerFactory.getLogger("io.agentbar.sip.wire");

    public Slf4jServerLogger() {
        // instantiated reflectively by SipStackImpl
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
        log(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
        log(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
        log(message, from, to, sender);
    }

    private static void log(SIPMessage message, String from, String to, boolean sender) {
        if (!WIRE.isDebugEnabled() || message == null) {
            return;
        }
        String direction = sender ? "sent to " + to : "received from " + from;
        WIRE.debug("{}\n{}", direction, Redaction.redact(message.encode()));
    }

    @Override
    public void logException(Exception ex) {
        Slf4jStackLogger.STACK.debug("JAIN-SIP exception", ex);
    }

    @Override
    public void closeLogFile() {
        // SLF4J owns the files
    }

    @Override
    public void setStackProperties(Properties properties) {
        // levels come from SLF4J and TRACE_LEVEL (read by Slf4jStackLogger)
    }

    @Override
    public void setSipStack(SipStack stack) {
        // not needed
    }
}
