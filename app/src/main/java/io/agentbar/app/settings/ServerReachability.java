package io.agentbar.app.settings;

import io.agentbar.core.account.Account;
import io.agentbar.core.registration.RegistrationState;
import io.agentbar.core.settings.CheckResult;
import io.agentbar.core.settings.Requirement;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * Whether the PBX answers: its name resolves, and over TCP, TLS, WS and WSS a connection opens. UDP
 * has no connection to try, so there a registration is the proof the server answers.
 */
final class ServerReachability {
    /** Resolves a host name; the system resolver in production. */
    @FunctionalInterface
    interface Resolver {
        InetAddress resolve(String host) throws UnknownHostException;
    }

    private final Resolver resolver;
    private final Duration connectTimeout;

    ServerReachability(Resolver resolver, Duration connectTimeout) {
        this.resolver = resolver;
        this.connectTimeout = connectTimeout;
    }

    static ServerReachability system() {
        return new ServerReachability(InetAddress::getByName, Duration.ofSeconds(3));
    }

    CheckResult check(Account account, RegistrationState registration) {
        String host = account.server();
        int port = account.port() > 0 ? account.port() : account.transport().defaultPort();
        String where = host + ":" + port + " (" + account.transport().token().toUpperCase(java.util.Locale.ROOT) + ")";
        InetAddress address;
        try {
            address = resolver.resolve(host);
        } catch (UnknownHostException | SecurityException e) {
            return CheckResult.fail(Requirement.SERVER, "Cannot find " + host
                    + " — check the network or DNS, or ask your administrator for the server address");
        }
        if (!account.transport().reliable()) {
            return registration instanceof RegistrationState.Registered
                    ? CheckResult.pass(Requirement.SERVER, where + " answers")
                    : CheckResult.fail(Requirement.SERVER, where + " found at " + address.getHostAddress()
                    + " but has not answered yet over UDP — check the firewall, or ask your administrator");
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), Math.toIntExact(connectTimeout.toMillis()));
            return CheckResult.pass(Requirement.SERVER, where + " accepts connections");
        } catch (IOException e) {
            return CheckResult.fail(Requirement.SERVER, where + " does not accept connections ("
                    + e.getClass().getSimpleName().replace("Exception", "").replace("Socket", "socket")
                    + ") — check the firewall or VPN, or ask your administrator");
        }
    }
}
