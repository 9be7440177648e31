package io.agentbar.sip.ws;

import gov.nist.javax.sip.header.CSeq;
import gov.nist.javax.sip.header.CallID;
import gov.nist.javax.sip.header.ContentLength;
import gov.nist.javax.sip.header.From;
import gov.nist.javax.sip.header.RequestLine;
import gov.nist.javax.sip.header.StatusLine;
import gov.nist.javax.sip.header.To;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.stack.MessageChannel;
import gov.nist.javax.sip.stack.RawMessageChannel;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.address.Hop;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The stack's view of one WebSocket {@link Flow}: what the transaction layer sends here goes out
 * as one WebSocket message per SIP message, and what arrives is parsed by the RI's own parser and
 * handed to {@link InboundDelivery}. Whatever host and port the stack asks to send to, it goes to
 * the one server this flow leads to: a WebSocket client has no other way out (RFC 7118 §5.3).
 */
final class WebSocketMessageChannel extends MessageChannel implements RawMessageChannel, ParseExceptionListener {
    private static final Logger LOG = LoggerFactory.getLogger(WebSocketMessageChannel.class);
    /** Headers without which a message cannot be matched to a transaction: such a message is dropped. */
    private static final Set<Class<?>> CORE = Set.of(From.class, To.class, CSeq.class, Via.class, CallID.class,
            ContentLength.class, RequestLine.class, StatusLine.class);

    private final SIPTransactionStack stack;
    private final Flow flow;
    private final String transport;
    private final String peerHost;
    private final InetAddress peerAddress;
    private final int peerPort;
    private final String sentByHost;

    /** @param flowFor opens the flow to {@code server} that delivers what it receives to the given sink */
    WebSocketMessageChannel(WebSocketMessageProcessor processor, URI server, InetAddress peerAddress,
                            Function<Consumer<byte[]>, Flow> flowFor) {
        this.messageProcessor = processor;
        this.stack = processor.getSIPStack();
        this.transport = processor.getTransport();
        this.peerHost = server.getHost();
        this.peerAddress = peerAddress;
        this.peerPort = server.getPort();
        this.sentByHost = processor.getViaHeader().getHost();
        this.flow = flowFor.apply(this::receive);
    }

    boolean leadsTo(InetAddress address, int port) {
        return port == peerPort && peerAddress.equals(address);
    }

    // ---- sending --------------------------------------------------------------------------

    @Override
    public void sendMessage(SIPMessage message) throws IOException {
        long time = System.currentTimeMillis();
        if (message instanceof SIPRequest request && request.getTopmostVia() != null
                && request.getTopmostVia().getHost().equalsIgnoreCase(sentByHost)) {
            // the provider gives a port-less Via our listening point's port; behind a WebSocket
            // no port of ours means anything, so the sent-by is the bare .invalid name (as JsSIP)
            request.getTopmostVia().removePort();
        }
        flow.send(message.encodeAsBytes(transport));
        message.setRemoteAddress(peerAddress);
        message.setRemotePort(peerPort);
        message.setLocalAddress(messageProcessor.getIpAddress());
        message.setLocalPort(messageProcessor.getPort());
        logMessage(message, peerAddress, peerPort, time);
    }

    /** The stack's hop is where the Route said; over WebSocket the only way there is our server. */
    @Override
    public void sendMessage(SIPMessage message, Hop hop) throws IOException {
        sendMessage(message);
    }

    @Override
    public void sendMessage(SIPMessage message, InetAddress receiver, int port) throws IOException {
        sendMessage(message);
    }

    @Override
    protected void sendMessage(byte[] message, InetAddress receiver, int port, boolean retry) throws IOException {
        flow.send(message);
    }

    // ---- receiving ------------------------------------------------------------------------

    /** One WebSocket message: one SIP message, or nothing worth answering. */
    void receive(byte[] bytes) {
        if (isBlank(bytes)) {
            return; // a CRLF keep-alive (RFC 5626 §3.5.1) some servers send; nothing to parse
        }
        SIPMessage message;
        try {
            message = stack.getMessageParserFactory().createMessageParser(stack)
                    .parseSIPMessage(Framing.withContentLength(bytes), true, false, this);
        } catch (ParseException e) {
            rejectUnparsable(bytes, e);
            return;
        }
        if (message == null) {
            return;
        }
        message.setRemoteAddress(peerAddress);
        message.setRemotePort(peerPort);
        message.setPeerPacketSourceAddress(peerAddress);
        message.setPeerPacketSourcePort(peerPort);
        message.setLocalAddress(messageProcessor.getIpAddress());
        message.setLocalPort(messageProcessor.getPort());
        InboundDelivery.deliver(message, this, stack);
    }

    /** The RI casts every transaction's channel to this (for self-routing, which never applies here). */
    @Override
    public void processMessage(SIPMessage message) {
        InboundDelivery.deliver(message, this, stack);
    }

    /** A request we cannot parse gets a 400 when it names enough to be answered (not an ACK). */
    private void rejectUnparsable(byte[] bytes, ParseException e) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        LOG.debug("unparsable SIP message from {} dropped: {}", flow.server(), e.getMessage());
        if (text.startsWith("SIP/") || text.startsWith("ACK ")) {
            return;
        }
        String answer = createBadReqRes(text, e);
        if (answer != null) {
            try {
                flow.send(answer.getBytes(StandardCharsets.UTF_8));
            } catch (IOException io) {
                LOG.debug("could not answer an unparsable request", io);
            }
        }
    }

    /** Bad core headers make the message unusable; anything else is kept as an unparsed header. */
    @Override
    public void handleException(ParseException e, SIPMessage message, Class headerClass, String header,
                                String text) throws ParseException {
        if (headerClass != null && CORE.contains(headerClass)) {
            throw e;
        }
        message.addUnparsed(header);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != '\r' && b != '\n' && b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    // ---- identity ---------------------------------------------------------------------------

    /**
     * Ignored: the RI closes a transaction's channel when it is told not to cache connections, but
     * this flow is our only way to the registrar and lives as long as the transport
     * ({@link #shutDown}).
     */
    @Override
    public void close() {
    }

    void shutDown() {
        flow.close();
    }

    @Override
    public SIPTransactionStack getSIPStack() {
        return stack;
    }

    @Override
    public String getTransport() {
        return transport;
    }

    @Override
    public boolean isReliable() {
        return true;
    }

    @Override
    public boolean isSecure() {
        return messageProcessor.isSecure();
    }

    @Override
    public String getPeerAddress() {
        return peerAddress.getHostAddress();
    }

    @Override
    protected InetAddress getPeerInetAddress() {
        return peerAddress;
    }

    @Override
    protected String getPeerProtocol() {
        return transport;
    }

    @Override
    public int getPeerPort() {
        return peerPort;
    }

    @Override
    public int getPeerPacketSourcePort() {
        return peerPort;
    }

    @Override
    public InetAddress getPeerPacketSourceAddress() {
        return peerAddress;
    }

    @Override
    public String getKey() {
        return MessageChannel.getKey(peerAddress, peerPort, transport);
    }

    @Override
    public String getViaHost() {
        return messageProcessor.getViaHeader().getHost();
    }

    @Override
    public int getViaPort() {
        return messageProcessor.getViaHeader().getPort();
    }

    @Override
    public String toString() {
        return "WebSocketMessageChannel[" + transport + " " + peerHost + ":" + peerPort + "]";
    }
}
