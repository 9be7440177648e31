package io.agentbar.app.logging;

import org.slf4j.bridge.SLF4JBridgeHandler;

/** Routes java.util.logging (used by core and several libraries) into SLF4J, once per process. */
public final class Logging {
    private static volatile boolean installed;

    private Logging() {
    }

    public static synchronized void install() {
        if (installed) {
            return;
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.FINE);
        installed = true;
    }
}
