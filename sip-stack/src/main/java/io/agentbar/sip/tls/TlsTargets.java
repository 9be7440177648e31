package io.agentbar.sip.tls;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which SIP domains a TLS server may speak for, looked up by the host and port we connect to.
 * A server always may speak for the host name we dialled (RFC 5922 §4: the domain of the URI
 * that led us there, e.g. a {@code sips:} target or a Record-Route); an account adds its SIP domain
 * for its registrar ({@code sip.example} served by {@code pbx1.example}).
 *
 * <p>Written by the signalling thread, read by JAIN-SIP's threads during handshakes.
 */
public final class TlsTargets {
    private record Server(String host, int port) {
    }

    private final Map<Server, Set<String>> domains = new ConcurrentHashMap<>();

    /** Lets the server at {@code host:port} also speak for {@code domain} (the account's registrar). */
    public void allow(String host, int port, String domain) {
        domains.merge(new Server(key(host), port), Set.of(ServerIdentity.normalise(domain)), (a, b) -> {
            Set<String> union = new LinkedHashSet<>(a);
            union.addAll(b);
            return Set.copyOf(union);
        });
    }

    /**
     * The names a server reached at {@code address:port} may present, the account domains first,
     * then the host we dialled (the name if we dialled one, else the address).
     */
    public List<String> acceptable(InetAddress address, int port) {
        String dialled = dialledHost(address);
        List<String> out = new ArrayList<>();
        for (String host : List.of(dialled, address.getHostAddress())) {
            out.addAll(domains.getOrDefault(new Server(key(host), port), Set.of()));
        }
        out.add(dialled);
        return out.stream().distinct().toList();
    }

    /** {@link #acceptable(InetAddress, int)} for an SSLEngine, which knows the peer only as text. */
    public List<String> acceptable(String host, int port) {
        List<String> out = new ArrayList<>(domains.getOrDefault(new Server(key(host), port), Set.of()));
        out.add(host);
        return out.stream().distinct().toList();
    }

    /** The name the address was looked up by, without a reverse lookup; the literal when there was none. */
    static String dialledHost(InetAddress address) {
        String text = address.toString();
        int slash = text.indexOf('/');
        return slash > 0 ? text.substring(0, slash) : address.getHostAddress();
    }

    private static String key(String host) {
        return ServerIdentity.normalise(host).toLowerCase(Locale.ROOT);
    }
}
