package io.agentbar.sip;

import gov.nist.javax.sip.DialogTimeoutEvent;
import gov.nist.javax.sip.SipListenerExt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * JAIN-SIP's listener. Its callbacks run on stack threads and only hand the event to the
 * signalling thread; nothing here touches state.
 */
final class ListenerBridge implements SipListenerExt {
    private static final Logger LOG = LoggerFactory.getLogger(ListenerBridge.class);

    private final Executor signalling;
    private final UserAgent agent;

    ListenerBridge(Executor signalling, UserAgent agent) {
        this.signalling = signalling;
        this.agent = agent;
    }

    @Override
    public void processRequest(RequestEvent event) {
        hand(() -> agent.onRequest(event), "request");
    }

    @Override
    public void processResponse(ResponseEvent event) {
        hand(() -> agent.onResponse(event), "response");
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        hand(() -> agent.onTimeout(event), "timeout");
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        hand(() -> agent.onIOException(event), "I/O failure");
    }

    @Override
    public void processDialogTimeout(DialogTimeoutEvent event) {
        if (event.getReason() == DialogTimeoutEvent.Reason.AckNotReceived) {
            String callId = event.getDialog().getCallId().getCallId();
            hand(() -> agent.onAckTimeout(callId), "dialog timeout");
        }
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // the end of a transaction is visible to us through its final response or timeout
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        // calls end through BYE, CANCEL or failure, which we see first
    }

    private void hand(Runnable task, String what) {
        try {
            signalling.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    // a bug or a message JAIN-SIP let through malformed: never take the phone down
                    LOG.error("SIP {} handling failed", what, e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("SIP {} after close ignored", what);
        }
    }
}
