package io.agentbar.sip.media.dtls;

/** Which end of the DTLS handshake we play: the client sends the ClientHello, the server waits for it. */
public enum DtlsRole {
    CLIENT,
    SERVER
}
