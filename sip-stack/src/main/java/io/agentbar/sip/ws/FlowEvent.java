package io.agentbar.sip.ws;

import java.net.URI;

/**
 * What happened to a WebSocket flow to the server after it had been open. A registration over
 * the flow is worthless once it is lost (the server can no longer reach us), and must be refreshed
 * once it is restored (RFC 5626 §4.4.1 in spirit: a new flow needs a new REGISTER).
 */
public sealed interface FlowEvent {
    /** The server this flow leads to, e.g. {@code wss://pbx.example.com:443/ws}. */
    URI server();

    /** The connection closed or stopped answering pings; reconnection attempts follow with back-off. */
    record Lost(URI server, String reason) implements FlowEvent {
    }

    /** A lost flow is open again. */
    record Restored(URI server) implements FlowEvent {
    }
}
