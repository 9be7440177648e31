package io.agentbar.sip.ws;

import gov.nist.javax.sip.stack.MessageProcessor;
import gov.nist.javax.sip.stack.MessageProcessorFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;

import java.io.IOException;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Gives a JAIN-SIP stack our WS and WSS transports and leaves UDP, TCP and TLS to the factory it
 * had. Install it on the stack before the first listening point:
 * {@code stack.setMessageProcessorFactory(new WebSocketProcessorFactory(stack.getMessageProcessorFactory(), ...))}
 * (an instance, not the class-name property, because the RI would construct that without our settings).
 */
public final class WebSocketProcessorFactory implements MessageProcessorFactory {
    private final MessageProcessorFactory stock;
    private final WebSocketSettings settings;
    private final Consumer<FlowEvent> events;
    private final String sentBy;
    private WebSocketMessageProcessor plain;
    private WebSocketMessageProcessor secure;

    /**
     * @param stock    the factory for every other transport
     * @param events   told when a flow to a server is lost and restored; called on a transport thread
     */
    public WebSocketProcessorFactory(MessageProcessorFactory stock, WebSocketSettings settings,
                                     Consumer<FlowEvent> events) {
        this.stock = Objects.requireNonNull(stock, "stock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.events = Objects.requireNonNull(events, "events");
        this.sentBy = randomInvalidHost(new SecureRandom());
    }

    @Override
    public MessageProcessor createMessageProcessor(SIPTransactionStack stack, InetAddress address, int port,
                                                   String transport) throws IOException {
        if (transport.equalsIgnoreCase("WS") || transport.equalsIgnoreCase("WSS")) {
            WebSocketMessageProcessor p = new WebSocketMessageProcessor(address, port,
                    transport.toUpperCase(Locale.ROOT), stack, sentBy, settings, events);
            synchronized (this) {
                if (transport.equalsIgnoreCase("WSS")) {
                    secure = p;
                } else {
                    plain = p;
                }
                if (plain != null && secure != null) {
                    plain.shareFlowsOf(secure);
                }
            }
            return p;
        }
        return stock.createMessageProcessor(stack, address, port, transport);
    }

    /** The host in our Via and Contact over WebSocket, e.g. {@code k3j9x2qa.invalid}. */
    public String sentBy() {
        return sentBy;
    }

    /** RFC 7118 §5.2 / RFC 6761 §6.4: a name that never resolves, unique enough per phone. */
    static String randomInvalidHost(SecureRandom random) {
        StringBuilder b = new StringBuilder(20);
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (int i = 0; i < 12; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.append(".invalid").toString();
    }
}
