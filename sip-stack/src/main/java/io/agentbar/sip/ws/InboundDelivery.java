package io.agentbar.sip.ws;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.stack.MessageChannel;
import gov.nist.javax.sip.stack.SIPClientTransaction;
import gov.nist.javax.sip.stack.SIPTransaction;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import gov.nist.javax.sip.stack.ServerRequestInterface;
import gov.nist.javax.sip.stack.ServerResponseInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.message.Response;
import java.io.IOException;
import java.text.ParseException;

/**
 * Hands a parsed message to the RI's transaction layer the way its own connection-oriented
 * channels do (ConnectionOrientedMessageChannel.processMessage in 1.3.0-91): sanity checks first,
 * then {@code newSIPServerRequest/Response} and the transaction's semaphore released unless the
 * listener took the event. What fails the checks is answered (requests) or dropped (responses).
 */
final class InboundDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(InboundDelivery.class);

    private InboundDelivery() {
    }

    static void deliver(SIPMessage message, MessageChannel channel, SIPTransactionStack stack) {
        if (message.getFrom() == null || message.getTo() == null || message.getCallId() == null
                || message.getCSeq() == null || message.getViaHeaders() == null) {
            LOG.debug("SIP message without From, To, Call-ID, CSeq or Via dropped");
            return;
        }
        if (tooLarge(message, stack)) {
            if (message instanceof SIPRequest request) {
                answer(request, Response.MESSAGE_TOO_LARGE, channel);
            }
            LOG.debug("oversized SIP message dropped");
            return;
        }
        try {
            switch (message) {
                case SIPRequest request -> request(request, channel, stack);
                case SIPResponse response -> response(response, channel, stack);
                default -> LOG.debug("neither request nor response: dropped");
            }
        } catch (RuntimeException e) {
            // the RI may trip over a message its parser let through; the flow stays up
            LOG.debug("SIP message from {} dropped by the stack", channel.getPeerAddress(), e);
        }
    }

    private static void request(SIPRequest request, MessageChannel channel, SIPTransactionStack stack) {
        logReceived(request, channel, stack); // responses are logged by their client transaction
        if (!"SIP/2.0".equals(request.getRequestLine().getSipVersion())) {
            answer(request, Response.VERSION_NOT_SUPPORTED, channel);
            return;
        }
        if (!request.getMethod().equalsIgnoreCase(request.getCSeq().getMethod())) {
            answer(request, Response.BAD_REQUEST, channel);
            return;
        }
        ServerRequestInterface handler = stack.newSIPServerRequest(request, channel);
        if (handler == null) {
            LOG.debug("stack refused {} (no transaction available)", request.getMethod());
            return;
        }
        try {
            handler.processRequest(request, channel);
        } finally {
            if (handler instanceof SIPTransaction tx && !tx.passToListener()) {
                tx.releaseSem();
            }
        }
    }

    private static void response(SIPResponse response, MessageChannel channel, SIPTransactionStack stack) {
        try {
            response.checkHeaders();
        } catch (ParseException e) {
            LOG.debug("malformed response dropped: {}", e.getMessage());
            return;
        }
        ServerResponseInterface handler = stack.newSIPServerResponse(response, channel);
        if (handler == null) {
            return; // stray response, or the stack is saturated
        }
        try {
            if (handler instanceof SIPClientTransaction ct && !ct.checkFromTag(response)) {
                LOG.debug("response with a From tag not ours dropped");
                return;
            }
            handler.processResponse(response, channel);
        } finally {
            if (handler instanceof SIPTransaction tx && !tx.passToListener()) {
                tx.releaseSem();
            }
        }
    }

    private static boolean tooLarge(SIPMessage message, SIPTransactionStack stack) {
        int max = stack.getMaxMessageSize();
        int body = message.getContentLength() == null ? 0 : message.getContentLength().getContentLength();
        return max > 0 && message.getSize() + body > max;
    }

    private static void answer(SIPRequest request, int status, MessageChannel channel) {
        if (request.getMethod().equals(SIPRequest.ACK)) {
            return; // ACKs are never answered
        }
        try {
            channel.sendMessage(request.createResponse(status));
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not answer {} with {}", request.getMethod(), status, e);
        }
    }

    private static void logReceived(SIPMessage message, MessageChannel channel, SIPTransactionStack stack) {
        if (stack.getServerLogger() != null) {
            stack.getServerLogger().logMessage(message, channel.getPeerAddress() + ":" + channel.getPeerPort(),
                    channel.getHost() + ":" + channel.getPort(), false, System.currentTimeMillis());
        }
    }
}
