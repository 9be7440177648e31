package io.agentbar.sip.media.srtp;

import org.jitsi.utils.logging2.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;

/**
 * Routes the logging of jitsi-srtp's crypto contexts into SLF4J one level down: jitsi logs per
 * packet at debug (and every failed GCM decryption at info), which would drown our debug log during
 * a call. Its only errors are "refused to send a repeated sequence number", per packet, which
 * {@link SrtpSession} already reports as {@link SrtpFailure#REPLAY}; so they go to debug too rather
 * than flood the error log at 50 packets a second. jitsi-srtp never logs key material. Level and
 * handler changes are ignored: logback's configuration rules.
 */
final class JitsiLogger implements Logger {
    static final JitsiLogger INSTANCE = new JitsiLogger();

    private final org.slf4j.Logger log = LoggerFactory.getLogger("io.agentbar.sip.media.srtp.jitsi");

    private JitsiLogger() {
    }

    @Override
    public Logger createChildLogger(String name, Map<String, String> context) {
        return this; // contexts are created per SSRC; one logger keeps that allocation-free
    }

    @Override
    public Logger createChildLogger(String name) {
        return this;
    }

    @Override
    public void setUseParentHandlers(boolean use) {
    }

    @Override
    public void addHandler(Handler handler) {
    }

    @Override
    public void removeHandler(Handler handler) {
    }

    @Override
    public boolean isTraceEnabled() {
        return log.isTraceEnabled();
    }

    @Override
    public void trace(Object message) {
        log.trace("{}", message);
    }

    @Override
    public void trace(Supplier<String> message) {
        if (log.isTraceEnabled()) {
            log.trace(message.get());
        }
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isTraceEnabled();
    }

    @Override
    public void debug(Object message) {
        log.trace("{}", message);
    }

    @Override
    public void debug(Supplier<String> message) {
        trace(message);
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void info(Object message) {
        log.debug("{}", message);
    }

    @Override
    public void info(Supplier<String> message) {
        if (log.isDebugEnabled()) {
            log.debug(message.get());
        }
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(Object message) {
        log.warn("{}", message);
    }

    @Override
    public void warn(Supplier<String> message) {
        if (log.isWarnEnabled()) {
            log.warn(message.get());
        }
    }

    @Override
    public void warn(Object message, Throwable cause) {
        log.warn("{}", message, cause);
    }

    @Override
    public void error(Object message) {
        log.debug("{}", message);
    }

    @Override
    public void error(Supplier<String> message) {
        info(message);
    }

    @Override
    public void error(Object message, Throwable cause) {
        log.debug("{}", message, cause);
    }

    @Override
    public void setLevelError() {
    }

    @Override
    public void setLevelWarn() {
    }

    @Override
    public void setLevelInfo() {
    }

    @Override
    public void setLevelDebug() {
    }

    @Override
    public void setLevelTrace() {
    }

    @Override
    public void setLevelAll() {
    }

    @Override
    public void setLevelOff() {
    }

    @Override
    public void setLevel(Level level) {
    }

    @Override
    public Level getLevel() {
        return log.isTraceEnabled() ? Level.FINE : log.isDebugEnabled() ? Level.INFO : Level.WARNING;
    }

    @Override
    public void addContext(Map<String, String> context) {
    }

    @Override
    public void addContext(String key, String value) {
    }
}
