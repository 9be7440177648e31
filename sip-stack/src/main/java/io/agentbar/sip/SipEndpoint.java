package io.agentbar.sip;

import io.agentbar.sip.tls.TlsTargets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Message;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Our side of the wire: the JAIN-SIP provider and factories plus what every message we build
 * carries (Via, Contact, User-Agent, Allow). Used only on the signalling thread.
 */
final class SipEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(SipEndpoint.class);
    static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, NOTIFY, INFO";

    private final SipProvider provider;
    private final AddressFactory addresses;
    private final HeaderFactory headers;
    private final MessageFactory messages;
    private final SipConfig config;
    private final int port;
    private final int tlsPort;
    private final TlsTargets tlsTargets;
    private final ScheduledExecutorService timers;
    private final Optional<String> webSocketHost;

    /**
     * @param webSocketHost our host in Via and Contact over WS/WSS ({@code <random>.invalid}): our
     *                      address means nothing behind a WebSocket (RFC 7118 §5.2)
     */
    SipEndpoint(SipProvider provider, AddressFactory addresses, HeaderFactory headers, MessageFactory messages,
                SipConfig config, int port, int tlsPort, TlsTargets tlsTargets, ScheduledExecutorService timers,
                Optional<String> webSocketHost) {
        this.provider = provider;
        this.addresses = addresses;
        this.headers = headers;
        this.messages = messages;
        this.config = config;
        this.port = port;
        this.tlsPort = tlsPort;
        this.tlsTargets = tlsTargets;
        this.timers = timers;
        this.webSocketHost = webSocketHost;
    }

    /** The .invalid host when {@code transport} is WS or WSS and we have one. */
    private Optional<String> webSocketHost(String transport) {
        return transport.equalsIgnoreCase("ws") || transport.equalsIgnoreCase("wss") ? webSocketHost : Optional.empty();
    }

    SipProvider provider() {
        return provider;
    }

    AddressFactory addresses() {
        return addresses;
    }

    HeaderFactory headers() {
        return headers;
    }

    SipConfig config() {
        return config;
    }

    int port() {
        return port;
    }

    /** Our port for a transport: TLS listens on its own, UDP and TCP share {@link #port()}. */
    int port(String transport) {
        return transport.equalsIgnoreCase("tls") ? tlsPort : port;
    }

    /** Which SIP domains TLS servers may speak for (the account's registrar speaks for its domain). */
    TlsTargets tlsTargets() {
        return tlsTargets;
    }

    /** Timers that fire on the signalling thread itself (keep-alives). */
    ScheduledExecutorService timers() {
        return timers;
    }

    /** Our address as a SIP host: IPv6 literals in brackets. */
    String host() {
        InetAddress a = config.bindAddress();
        return a instanceof Inet6Address ? "[" + a.getHostAddress().replaceFirst("%.*$", "") + "]" : a.getHostAddress();
    }

    /**
     * {@code <sip:user@ip:port[;transport=tcp|tls]>}: plain, without ;ob (we do not do RFC 5626
     * outbound). Over TLS it stays a {@code sip:} URI with {@code transport=tls} rather than
     * {@code sips:}: our address of record is {@code sip:}, Kamailio and Asterisk route on the
     * transport parameter (and reuse our connection anyway), and a {@code sips:} Contact would
     * demand TLS on every hop of calls the PBX bridges from plain legs (RFC 5630 §3.1.3).
     */
    ContactHeader contact(String user, String transport) throws ParseException {
        Optional<String> ws = webSocketHost(transport);
        SipURI uri = addresses.createSipURI(user, ws.orElse(host()));
        if (ws.isEmpty()) {
            uri.setPort(port(transport));
        }
        if (!transport.equalsIgnoreCase("udp")) {
            uri.setTransportParam(transport.toLowerCase(Locale.ROOT));
        }
        return headers.createContactHeader(addresses.createAddress(uri));
    }

    /** A new out-of-dialog request with our Via (rport, RFC 3581), Max-Forwards and User-Agent. */
    Request request(String method, URI requestUri, Address from, String fromTag, Address to, CallIdHeader callId,
                    long cseq, String transport) throws ParseException, InvalidArgumentException {
        Optional<String> ws = webSocketHost(transport);
        ViaHeader via = headers.createViaHeader(ws.orElse(host()), ws.isPresent() ? -1 : port(transport),
                transport.toLowerCase(Locale.ROOT), null);
        via.setRPort();
        CSeqHeader cseqHeader = headers.createCSeqHeader(cseq, method);
        FromHeader fromHeader = headers.createFromHeader(from, fromTag);
        ToHeader toHeader = headers.createToHeader(to, null);
        Request r = messages.createRequest(requestUri, method, callId, cseqHeader, fromHeader, toHeader,
                List.of(via), headers.createMaxForwardsHeader(70));
        r.addHeader(userAgent());
        return r;
    }

    /** A client transaction using our T1 (the stack's default is 500 ms). */
    ClientTransaction clientTransaction(Request request) throws SipException {
        ClientTransaction ct = provider.getNewClientTransaction(request);
        long t1 = config.timerT1().toMillis();
        if (t1 != SipConfig.DEFAULT_T1.toMillis()) {
            ct.setRetransmitTimer((int) t1);
        }
        return ct;
    }

    /**
     * The server transaction for a request; empty when the request is a retransmission the stack
     * already knows (the transaction layer answers those) or the stack cannot take it.
     */
    Optional<ServerTransaction> serverTransaction(RequestEvent event) {
        if (event.getServerTransaction() != null) {
            return Optional.of(event.getServerTransaction());
        }
        try {
            ServerTransaction st = provider.getNewServerTransaction(event.getRequest());
            long t1 = config.timerT1().toMillis();
            if (t1 != SipConfig.DEFAULT_T1.toMillis()) {
                try {
                    st.setRetransmitTimer((int) t1); // paces our 2xx retransmissions and the ACK wait
                } catch (IllegalStateException started) {
                    LOG.debug("transaction timer already running; keeping the default T1");
                }
            }
            return Optional.of(st);
        } catch (TransactionAlreadyExistsException e) {
            return Optional.empty();
        } catch (SipException e) {
            LOG.debug("no server transaction for {}", event.getRequest().getMethod(), e);
            return Optional.empty();
        }
    }

    /** A response with our User-Agent and, past 100, a To tag (RFC 3261 §8.2.6.2). */
    Response response(Request request, int status) throws ParseException {
        Response r = messages.createResponse(status, request);
        r.addHeader(userAgent());
        ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
        if (status > 100 && to != null && to.getTag() == null) {
            to.setTag(UUID.randomUUID().toString().substring(0, 8));
        }
        if (status == Response.METHOD_NOT_ALLOWED || (status / 100 == 2 && !request.getMethod().equals(Request.BYE))) {
            r.addHeader(headers.createAllowHeader(ALLOW));
        }
        return r;
    }

    /** Answers statefully; failures to send are the peer's problem and only logged at debug. */
    void respond(ServerTransaction st, Response response) {
        try {
            st.sendResponse(response);
        } catch (SipException | InvalidArgumentException | RuntimeException e) {
            LOG.debug("could not send {} to {}", response.getStatusCode(), st.getRequest().getMethod(), e);
        }
    }

    void respond(RequestEvent event, int status) {
        serverTransaction(event).ifPresent(st -> {
            try {
                respond(st, response(event.getRequest(), status));
            } catch (ParseException e) {
                LOG.debug("could not build {}", status, e);
            }
        });
    }

    /** {@code Supported: replaces}: others may take over our calls (RFC 3891 §4), in INVITEs and their 200s. */
    Header supported() throws ParseException {
        return headers.createSupportedHeader(Replaces.OPTION_TAG);
    }

    Header userAgent() throws ParseException {
        return headers.createHeader("User-Agent", config.userAgent());
    }

    void setSdp(Message message, String sdp) throws ParseException {
        ContentTypeHeader type = headers.createContentTypeHeader("application", "sdp");
        message.setContent(sdp.getBytes(StandardCharsets.UTF_8), type);
    }

    /** The body when it is {@code application/sdp}. */
    static Optional<String> sdp(Message message) {
        byte[] body = message.getRawContent();
        ContentTypeHeader type = (ContentTypeHeader) message.getHeader(ContentTypeHeader.NAME);
        if (body == null || body.length == 0 || type == null
                || !type.getContentType().equalsIgnoreCase("application")
                || !type.getContentSubType().equalsIgnoreCase("sdp")) {
            return Optional.empty();
        }
        return Optional.of(new String(body, StandardCharsets.UTF_8));
    }
}
