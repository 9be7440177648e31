package io.agentbar.sip.ws;

import gov.nist.core.CommonLogger;
import gov.nist.core.Host;
import gov.nist.core.HostPort;
import gov.nist.javax.sip.ListeningPointImpl;
import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.stack.MessageProcessorFactory;
import io.agentbar.sip.log.Slf4jServerLogger;
import io.agentbar.sip.log.Slf4jStackLogger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.message.Request;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Our WS transport inside a real JAIN-SIP stack, fed straight from the channel: no server needed. */
class WebSocketTransportTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final int SERVER_PORT = 9; // nothing listens: flows stay unopened

    private final BlockingQueue<Request> received = new LinkedBlockingQueue<>();
    private final List<String> stockTransports = new CopyOnWriteArrayList<>();
    private SipStackImpl stack;
    private WebSocketProcessorFactory factory;
    private WebSocketMessageProcessor processor;

    @BeforeEach
    void startStack() throws Exception {
        if (CommonLogger.legacyLogger == null) {
            CommonLogger.legacyLogger = new Slf4jStackLogger();
        }
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", "ws-transport-test-" + System.nanoTime());
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", Slf4jServerLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", "65536");
        stack = new SipStackImpl(p);
        MessageProcessorFactory stock = stack.getMessageProcessorFactory();
        factory = new WebSocketProcessorFactory((s, address, port, transport) -> {
            stockTransports.add(transport);
            return stock.createMessageProcessor(s, address, port, transport);
        }, WebSocketSettings.defaults(), event -> { });
        stack.setMessageProcessorFactory(factory);
        int port = freeUdpPort();
        ListeningPoint udp = stack.createListeningPoint(LOOPBACK.getHostAddress(), port, "UDP");
        ListeningPoint ws = stack.createListeningPoint(LOOPBACK.getHostAddress(), port, "WS");
        SipProvider provider = stack.createSipProvider(udp);
        provider.addListeningPoint(ws);
        provider.addSipListener(new Collector());
        processor = (WebSocketMessageProcessor) ((ListeningPointImpl) ws).getMessageProcessor();
    }

    @AfterEach
    void stopStack() {
        try {
            stack.stop();
        } catch (NullPointerException raced) {
            // RI 1.3.0-91: UDPMessageProcessor.stop() before its reader thread set up its channel list
        }
    }

    @Test
    void otherTransportsAreLeftToTheStockFactory() {
        assertThat(stockTransports).containsExactly("UDP");
        assertThat(processor.getTransport()).isEqualTo("WS");
        assertThat(processor.getViaHeader().getHost()).isEqualTo(factory.sentBy()).endsWith(".invalid");
    }

    @Test
    void requestOnTheFlowReachesTheListenerWithItsBodyAlthoughItHasNoContentLength() throws Exception {
        channel().receive(message("MESSAGE", "hello over ws", false));
        Request r = received.poll(5, TimeUnit.SECONDS);
        assertThat(r).isNotNull();
        assertThat(r.getMethod()).isEqualTo("MESSAGE");
        assertThat(new String(r.getRawContent(), StandardCharsets.UTF_8)).isEqualTo("hello over ws");
    }

    @Test
    void garbageAndKeepAlivesAreDroppedAndTheFlowGoesOn() throws Exception {
        WebSocketMessageChannel channel = channel();
        channel.receive("\r\n".getBytes(StandardCharsets.US_ASCII));
        channel.receive("this is no SIP at all\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        channel.receive("OPTIONS sip:x SIP/2.0\r\nCSeq: banana\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        channel.receive(message("OPTIONS", "", true));
        Request r = received.poll(5, TimeUnit.SECONDS);
        assertThat(r).isNotNull();
        assertThat(r.getMethod()).isEqualTo("OPTIONS");
        assertThat(received.poll(Duration.ofMillis(200).toMillis(), TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void theServerIsOneChannelWhetherNamedOrByAddress() throws Exception {
        HostPort byName = new HostPort();
        byName.setHost(new Host("localhost"));
        byName.setPort(SERVER_PORT);
        assertThat(processor.createMessageChannel(byName)).isSameAs(channel())
                .isSameAs(processor.createMessageChannel(LOOPBACK, SERVER_PORT));
        assertThat(processor.createMessageChannel(LOOPBACK, SERVER_PORT + 1)).isNotSameAs(channel());
        assertThat(channel().isReliable()).isTrue();
        assertThat(channel().isSecure()).isFalse();
    }

    @Test
    void serverUriUsesTheSchemeOfTheTransportAndTheConfiguredPath() throws Exception {
        assertThat(processor.serverUri("pbx.example.com", 8088)).hasToString("ws://pbx.example.com:8088/");
        assertThat(processor.serverUri("::1", 443)).hasToString("ws://[::1]:443/");
    }

    @Test
    void secureTransportIsSecureAndUsesTheConfiguredPath() throws Exception {
        WebSocketMessageProcessor wss = new WebSocketMessageProcessor(LOOPBACK, processor.getPort(), "WSS", stack,
                "abc.invalid", WebSocketSettings.defaults().withPath("ws"), event -> { });
        assertThat(wss.isSecure()).isTrue();
        assertThat(wss.getDefaultTargetPort()).isEqualTo(443);
        assertThat(wss.serverUri("pbx.example.com", 8089)).hasToString("wss://pbx.example.com:8089/ws");
        assertThat(wss.getViaHeader().encode()).startsWith("Via: SIP/2.0/WSS abc.invalid");
    }

    private WebSocketMessageChannel channel() throws Exception {
        return (WebSocketMessageChannel) processor.createMessageChannel(LOOPBACK, SERVER_PORT);
    }

    private static byte[] message(String method, String body, boolean withLength) {
        String m = method + " sip:1001@abc.invalid;transport=ws SIP/2.0\r\n"
                + "Via: SIP/2.0/WS 127.0.0.1:" + SERVER_PORT + ";branch=z9hG4bK" + System.nanoTime() + "\r\n"
                + "From: <sip:2002@127.0.0.1>;tag=a1\r\nTo: <sip:1001@127.0.0.1>\r\n"
                + "Call-ID: " + System.nanoTime() + "@test\r\nCSeq: 1 " + method + "\r\nMax-Forwards: 70\r\n"
                + (body.isEmpty() ? "" : "Content-Type: text/plain\r\n")
                + (withLength ? "Content-Length: " + body.length() + "\r\n" : "")
                + "\r\n" + body;
        return m.getBytes(StandardCharsets.UTF_8);
    }

    private static int freeUdpPort() throws Exception {
        try (DatagramSocket s = new DatagramSocket(0, LOOPBACK)) {
            return s.getLocalPort();
        }
    }

    private final class Collector implements SipListener {
        @Override
        public void processRequest(RequestEvent event) {
            received.add(event.getRequest());
        }

        @Override
        public void processResponse(ResponseEvent event) {
        }

        @Override
        public void processTimeout(TimeoutEvent event) {
        }

        @Override
        public void processIOException(IOExceptionEvent event) {
        }

        @Override
        public void processTransactionTerminated(TransactionTerminatedEvent event) {
        }

        @Override
        public void processDialogTerminated(DialogTerminatedEvent event) {
        }
    }
}
