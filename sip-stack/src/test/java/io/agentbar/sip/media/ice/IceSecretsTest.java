package io.agentbar.sip.media.ice;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/** Security §4.5: ice-pwd never reaches a log, even with ice4j's debug logging on. */
class IceSecretsTest {
    private final List<String> lines = new ArrayList<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter format = new SimpleFormatter();

        @Override
        public synchronized void publish(LogRecord record) {
            lines.add(format.format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger ice4j = Logger.getLogger("org.ice4j");

    @AfterEach
    void restore() {
        ice4j.removeHandler(capture);
        Ice4jConfiguration.apply(false);
    }

    @Test
    void debugLoggingOfAWholeCallNeverShowsEitherIcePassword() throws Exception {
        Ice4jConfiguration.apply(true);
        ice4j.addHandler(capture);
        String offererPwd;
        String answererPwd;
        try (IceSession offerer = IceSession.gather(IceSessionTest.LOOPBACK, IceServers.none(), true);
             IceSession answerer = IceSession.gather(IceSessionTest.LOOPBACK, IceServers.none(), false)) {
            offererPwd = offerer.localPassword();
            answererPwd = answerer.localPassword();
            IceConnection[] pair = IcePair.connect(offerer, answerer, IceSessionTest.CONNECT);
            IcePair.assertExchange(pair[0], pair[1]);
        }

        assertThat(lines).as("ice4j logged at INFO, so the check below saw real output").isNotEmpty();
        assertThat(String.join("\n", lines)).doesNotContain(offererPwd).doesNotContain(answererPwd);
    }
}
