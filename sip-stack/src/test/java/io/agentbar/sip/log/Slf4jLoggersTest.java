package io.agentbar.sip.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import gov.nist.core.LogLevels;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import gov.nist.javax.sip.message.SIPMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Slf4jLoggersTest {
    private final Logger wire = (Logger) LoggerFactory.getLogger("io.agentbar.sip.wire");
    private final Logger stack = (Logger) LoggerFactory.getLogger("io.agentbar.sip.stack");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level wireLevel;
    private Level stackLevel;

    @BeforeEach
    void capture() {
        appender.start();
        wire.addAppender(appender);
        stack.addAppender(appender);
        wireLevel = wire.getLevel();
        stackLevel = stack.getLevel();
    }

    @AfterEach
    void release() {
        wire.detachAppender(appender);
        stack.detachAppender(appender);
        wire.setLevel(wireLevel);
        stack.setLevel(stackLevel);
    }

    @Test
    void log4jIsNotOnTheClassPath() {
        // every stack in this module's tests therefore runs on our SLF4J loggers
        assertThatThrownBy(() -> Class.forName("org.apache.log4j.Logger")).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void sipMessagesAreLoggedAtDebugWithoutSecrets() throws Exception {
        wire.setLevel(Level.DEBUG);
        SIPMessage message = (SIPMessage) new MessageFactoryImpl().createRequest(
                "REGISTER sip:pbx SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK1\r\n"
                        + "From: <sip:1001@pbx>;tag=1\r\nTo: <sip:1001@pbx>\r\nCall-ID: c1\r\nCSeq: 2 REGISTER\r\n"
                        + "Max-Forwards: 70\r\nAuthorization: Digest username=\"1001\", realm=\"pbx\", nonce=\"n\", "
                        + "uri=\"sip:pbx\", response=\"5f0b4e3a9d\"\r\nContent-Length: 0\r\n\r\n");
        new Slf4jServerLogger().logMessage(message, "127.0.0.1:5060", "10.0.0.1:5060", true, 0);
        assertThat(appender.list).hasSize(1);
        String logged = appender.list.get(0).getFormattedMessage();
        assertThat(logged).contains("sent to 10.0.0.1:5060", "REGISTER sip:pbx", "Authorization: <redacted>")
                .doesNotContain("5f0b4e3a9d");
    }

    @Test
    void wireLoggingIsOffUnlessDebugIsEnabled() throws Exception {
        wire.setLevel(Level.INFO);
        SIPMessage message = (SIPMessage) new MessageFactoryImpl().createRequest(
                "OPTIONS sip:pbx SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK1\r\n"
                        + "From: <sip:a@pbx>;tag=1\r\nTo: <sip:b@pbx>\r\nCall-ID: c1\r\nCSeq: 1 OPTIONS\r\n"
                        + "Content-Length: 0\r\n\r\n");
        new Slf4jServerLogger().logMessage(message, "a", "b", false, 0);
        assertThat(appender.list).isEmpty();
    }

    @Test
    void traceLevelCapsWhatTheStackFormats() {
        Slf4jStackLogger logger = new Slf4jStackLogger();
        Properties p = new Properties();
        p.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "INFO");
        logger.setStackProperties(p);
        stack.setLevel(Level.TRACE);
        assertThat(logger.isLoggingEnabled(LogLevels.TRACE_INFO)).isTrue();
        assertThat(logger.isLoggingEnabled(LogLevels.TRACE_DEBUG)).as("capped by TRACE_LEVEL").isFalse();
        p.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "32");
        logger.setStackProperties(p);
        assertThat(logger.isLoggingEnabled(LogLevels.TRACE_DEBUG)).isTrue();
        stack.setLevel(Level.WARN);
        wire.setLevel(Level.INFO);
        assertThat(logger.isLoggingEnabled(LogLevels.TRACE_DEBUG)).as("and by SLF4J").isFalse();
        assertThat(logger.isLoggingEnabled(LogLevels.TRACE_INFO)).isFalse();
    }

    @Test
    void stackTextIsRedactedToo() {
        stack.setLevel(Level.TRACE);
        new Slf4jStackLogger().logDebug("sending Authorization: Digest response=\"abc123\"");
        assertThat(appender.list.get(0).getFormattedMessage()).doesNotContain("abc123");
    }
}
