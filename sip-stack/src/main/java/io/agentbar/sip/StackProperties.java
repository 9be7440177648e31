package io.agentbar.sip;

import io.agentbar.sip.log.Slf4jServerLogger;
import io.agentbar.sip.log.Slf4jStackLogger;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JAIN-SIP RI configuration (tech-notes §1, reliability-security §4.6 #16). Values a JVM
 * property of the same name sets win (the RI merges system properties), e.g.
 * {@code -Dgov.nist.javax.sip.TRACE_LEVEL=32} to see the stack's own debug output.
 */
final class StackProperties {
    private static final AtomicInteger STACKS = new AtomicInteger();

    private StackProperties() {
    }

    static Properties create() {
        Properties p = new Properties();
        // stack names must be unique per JVM; tests and the test line run several stacks
        p.setProperty("javax.sip.STACK_NAME", "agentbar-" + STACKS.incrementAndGet());
        // we keep our own dialog state: no automatic 481s or dialog creation behind our back
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        // the reading thread calls our listener, which only enqueues; a few threads are plenty
        p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "4");
        // signalling must not compete with audio threads
        p.setProperty("gov.nist.javax.sip.THREAD_PRIORITY", Integer.toString(Thread.NORM_PRIORITY));
        // DoS limits: bounded messages, connections, transactions and handshake/read times
        p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", "65536");
        p.setProperty("gov.nist.javax.sip.REJECT_STRAY_RESPONSES", "true");
        p.setProperty("gov.nist.javax.sip.MAX_CONNECTIONS", "64");
        p.setProperty("gov.nist.javax.sip.MAX_SERVER_TRANSACTIONS", "512");
        p.setProperty("gov.nist.javax.sip.MAX_CLIENT_TRANSACTIONS", "512");
        p.setProperty("gov.nist.javax.sip.READ_TIMEOUT", "5000");
        p.setProperty("gov.nist.javax.sip.CONNECTION_TIMEOUT", "5000");
        p.setProperty("gov.nist.javax.sip.SSL_HANDSHAKE_TIMEOUT", "5000");
        // an INVITE still unanswered after 5 minutes times out (408), like a proxy's Timer C
        p.setProperty("gov.nist.javax.sip.MAX_TX_LIFETIME_INVITE", "300");
        p.setProperty("gov.nist.javax.sip.MAX_TX_LIFETIME_NON_INVITE", "120");
        // logging through SLF4J with redaction; no log4j on the class path
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", Slf4jServerLogger.class.getName());
        // the stack's own message trace stays off unless asked for (it is redacted, but verbose)
        p.setProperty("gov.nist.javax.sip.TRACE_LEVEL", System.getProperty("gov.nist.javax.sip.TRACE_LEVEL", "INFO"));
        p.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "true");
        return p;
    }
}
