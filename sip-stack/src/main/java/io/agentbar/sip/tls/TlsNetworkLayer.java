package io.agentbar.sip.tls;

import gov.nist.core.net.NetworkLayer;
import gov.nist.javax.sip.SipStackImpl;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sockets JAIN-SIP opens (blocking I/O processors): plain ones as the RI makes them, TLS
 * ones from our {@link SSLContext}, so every TLS connection carries our trust, identity check,
 * versions and suites. The RI's {@code SslNetworkLayer} is never used (it can install trust-all).
 *
 * <p>It also counts the TCP and TLS connections opened to each peer: the RI silently reconnects
 * when a cached connection died, and a new connection means our registration's flow is gone.
 */
final class TlsNetworkLayer implements NetworkLayer {
    /** Matches the stack's CONNECTION_TIMEOUT; the RI's own sockets connect without any. */
    private static final int CONNECT_TIMEOUT_MS = 5000;

    private final NetworkLayer plain;
    private final SSLContext context;
    private final Map<InetSocketAddress, AtomicLong> opened = new ConcurrentHashMap<>();

    TlsNetworkLayer(NetworkLayer plain, SSLContext context) {
        this.plain = plain;
        this.context = context;
    }

    @Override
    public SSLSocket createSSLSocket(InetAddress address, int port) throws IOException {
        return connect(address, port, null);
    }

    @Override
    public SSLSocket createSSLSocket(InetAddress address, int port, InetAddress myAddress) throws IOException {
        return connect(address, port, myAddress);
    }

    private SSLSocket connect(InetAddress address, int port, InetAddress myAddress) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket();
        try {
            SSLParameters p = TlsProfile.apply(socket.getSSLParameters());
            String dialled = TlsTargets.dialledHost(address);
            if (!dialled.equals(address.getHostAddress())) {
                p.setServerNames(List.of(new SNIHostName(dialled))); // virtual hosting by SIP domain
            }
            socket.setSSLParameters(p);
            if (myAddress != null) {
                socket.bind(new InetSocketAddress(myAddress, 0));
            }
            socket.connect(new InetSocketAddress(address, port), CONNECT_TIMEOUT_MS);
            return counted(socket, address, port);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * Our TLS listening point. We hold no server certificate, so inbound handshakes fail; the port
     * exists because JAIN-SIP sends over a transport only with a listening point for it, and the
     * registrar reaches us over the connection we opened, not this one.
     */
    @Override
    public SSLServerSocket createSSLServerSocket(int port, int backlog, InetAddress bindAddress) throws IOException {
        SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(port, backlog, bindAddress);
        server.setSSLParameters(TlsProfile.apply(server.getSSLParameters()));
        return server;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress bindAddress) throws IOException {
        return plain.createServerSocket(port, backlog, bindAddress);
    }

    @Override
    public Socket createSocket(InetAddress address, int port) throws IOException {
        return counted(plain.createSocket(address, port), address, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress myAddress) throws IOException {
        return counted(plain.createSocket(address, port, myAddress), address, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress myAddress, int myPort) throws IOException {
        return counted(plain.createSocket(address, port, myAddress, myPort), address, port);
    }

    /** How many TCP or TLS connections the stack has opened to {@code address:port} so far. */
    long connectionsOpened(InetAddress address, int port) {
        AtomicLong n = opened.get(new InetSocketAddress(address.getHostAddress(), port));
        return n == null ? 0 : n.get();
    }

    private <S extends Socket> S counted(S socket, InetAddress address, int port) {
        opened.computeIfAbsent(new InetSocketAddress(address.getHostAddress(), port), k -> new AtomicLong()).incrementAndGet();
        return socket;
    }

    @Override
    public DatagramSocket createDatagramSocket() throws SocketException {
        return plain.createDatagramSocket();
    }

    @Override
    public DatagramSocket createDatagramSocket(int port, InetAddress bindAddress) throws SocketException {
        return plain.createDatagramSocket(port, bindAddress);
    }

    @Override
    public void setSipStack(SipStackImpl sipStack) {
        plain.setSipStack(sipStack);
    }
}
