package io.agentbar.sip.media.ice;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One ICE candidate as carried in SDP (RFC 8839 §5.1):
 * {@code <foundation> <component> <transport> <priority> <ip> <port> typ <type> [raddr <ip> rport <port>] [<name> <value>]...}.
 * Extensions such as {@code generation 0} are accepted and not kept.
 */
public record IceCandidate(String foundation, int component, String transport, long priority,
                           InetSocketAddress address, Type type, Optional<InetSocketAddress> related) {

    /** The candidate types of RFC 8445 §5.1.1, with their SDP names. */
    public enum Type {
        HOST("host"), SERVER_REFLEXIVE("srflx"), PEER_REFLEXIVE("prflx"), RELAYED("relay");

        private final String sdpName;

        Type(String sdpName) {
            this.sdpName = sdpName;
        }

        public String sdpName() {
            return sdpName;
        }

        static Optional<Type> fromSdp(String name) {
            for (Type t : values()) {
                if (t.sdpName.equalsIgnoreCase(name)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    // ice-char = ALPHA / DIGIT / "+" / "/" (RFC 8839 §5.1); foundations are 1 to 32 of them.
    private static final Pattern FOUNDATION = Pattern.compile("[A-Za-z0-9+/]{1,32}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`{|}~-]+");
    // A cheap shape check before InetAddress.ofLiteral: dotted IPv4, or IPv6 with an optional zone.
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]{7,15}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[A-Za-z0-9_.-]+)?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,10}");
    private static final long MAX_PRIORITY = 0xFFFF_FFFFL;

    public IceCandidate {
        Objects.requireNonNull(foundation, "foundation");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(related, "related");
        if (!FOUNDATION.matcher(foundation).matches()) {
            throw new IllegalArgumentException("bad foundation");
        }
        if (component < 1 || component > 256) {
            throw new IllegalArgumentException("component id out of range: " + component);
        }
        if (!TOKEN.matcher(transport).matches()) {
            throw new IllegalArgumentException("bad transport");
        }
        if (priority < 1 || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException("priority out of range: " + priority);
        }
        if (address.isUnresolved() || related.filter(InetSocketAddress::isUnresolved).isPresent()) {
            throw new IllegalArgumentException("candidate addresses must be IP literals");
        }
    }

    /** True for the only transport we run checks on. */
    public boolean isUdp() {
        return transport.equalsIgnoreCase("UDP");
    }

    /**
     * Reads the value of an {@code a=candidate} line; a leading {@code a=} or {@code candidate:}
     * is tolerated. Host names (including mDNS {@code .local} names) are refused: resolving them
     * here would block and leak lookups.
     *
     * @return empty for anything that does not follow the grammar
     */
    public static Optional<IceCandidate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        if (text.regionMatches(true, 0, "a=", 0, 2)) {
            text = text.substring(2);
        }
        if (text.regionMatches(true, 0, "candidate:", 0, 10)) {
            text = text.substring(10);
        }
        String[] f = text.split(" ", -1);
        if (f.length < 8 || !f[6].equalsIgnoreCase("typ")) {
            return Optional.empty();
        }
        Optional<Integer> component = number(f[1]).filter(n -> n >= 1 && n <= 256).map(Long::intValue);
        Optional<Long> priority = number(f[3]).filter(n -> n >= 1 && n <= MAX_PRIORITY);
        Optional<InetSocketAddress> address = socketAddress(f[4], f[5]);
        Optional<Type> type = Type.fromSdp(f[7]);
        if (!FOUNDATION.matcher(f[0]).matches() || !TOKEN.matcher(f[2]).matches() || component.isEmpty()
                || priority.isEmpty() || address.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        int next = 8;
        Optional<InetSocketAddress> related = Optional.empty();
        if (f.length > next && f[next].equalsIgnoreCase("raddr")) {
            if (f.length < next + 4 || !f[next + 2].equalsIgnoreCase("rport")) {
                return Optional.empty();
            }
            related = socketAddress(f[next + 1], f[next + 3]);
            if (related.isEmpty()) {
                return Optional.empty();
            }
            next += 4;
        }
        // Extensions come as name/value pairs of non-empty tokens (RFC 8839 cand-extension).
        if ((f.length - next) % 2 != 0) {
            return Optional.empty();
        }
        for (int i = next; i < f.length; i++) {
            if (f[i].isEmpty()) {
                return Optional.empty();
            }
        }
        String transport = f[2].equalsIgnoreCase("UDP") ? "UDP" : f[2];
        return Optional.of(new IceCandidate(f[0], component.get(), transport, priority.get(), address.get(),
                type.get(), related));
    }

    /** The value for an {@code a=candidate:} line. */
    public String format() {
        StringBuilder b = new StringBuilder(96)
                .append(foundation).append(' ')
                .append(component).append(' ')
                .append(transport.toUpperCase(Locale.ROOT)).append(' ')
                .append(priority).append(' ')
                .append(address.getAddress().getHostAddress()).append(' ')
                .append(address.getPort())
                .append(" typ ").append(type.sdpName());
        related.ifPresent(r -> b.append(" raddr ").append(r.getAddress().getHostAddress())
                .append(" rport ").append(r.getPort()));
        return b.toString();
    }

    private static Optional<Long> number(String text) {
        return DIGITS.matcher(text).matches() ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    private static Optional<InetSocketAddress> socketAddress(String ip, String port) {
        Optional<Long> p = number(port).filter(n -> n <= 65535);
        if (p.isEmpty() || !IP_LITERAL.matcher(ip).matches()) {
            return Optional.empty();
        }
        try {
            // ofLiteral never consults DNS, unlike getByName.
            InetAddress a = InetAddress.ofLiteral(ip);
            return Optional.of(new InetSocketAddress(a, p.get().intValue()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
