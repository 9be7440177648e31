package io.agentbar.core.account;

import java.time.Duration;
import java.util.Objects;

/**
 * A SIP account: who we are ({@code user@domain}), where the registrar is, and how to reach it.
 * The password is not part of the account; it lives in a {@link SecretStore}.
 *
 * @param user        the user part of the address of record
 * @param domain      the SIP domain (realm host); defaults to the server host
 * @param server      registrar / outbound proxy host
 * @param port        registrar port
 * @param transport   UDP or TCP
 * @param authUser    the digest user name (usually equal to {@code user})
 * @param displayName shown to callees; may be empty
 * @param expires     the registration lifetime we ask for
 */
public record Account(String user, String domain, String server, int port, Transport transport,
                      String authUser, String displayName, Duration expires) {

    public static final Duration DEFAULT_EXPIRES = Duration.ofSeconds(600);

    public Account {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(transport, "transport");
        if (user.isBlank()) {
            throw new IllegalArgumentException("user is empty");
        }
        if (server.isBlank()) {
            throw new IllegalArgumentException("server is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        domain = domain == null || domain.isBlank() ? server : domain;
        authUser = authUser == null || authUser.isBlank() ? user : authUser;
        displayName = displayName == null ? "" : displayName;
        expires = expires == null ? DEFAULT_EXPIRES : expires;
    }

    public static Account of(String user, String server, int port, Transport transport) {
        return new Account(user, null, server, port, transport, null, null, null);
    }

    public Account withDomain(String newDomain) {
        return new Account(user, newDomain, server, port, transport, authUser, displayName, expires);
    }

    public Account withExpires(Duration newExpires) {
        return new Account(user, domain, server, port, transport, authUser, displayName, newExpires);
    }

    public Account withDisplayName(String name) {
        return new Account(user, domain, server, port, transport, authUser, name, expires);
    }

    /** The address of record, {@code sip:user@domain}. */
    public String addressOfRecord() {
        return "sip:" + user + "@" + domain;
    }
}
