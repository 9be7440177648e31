package io.agentbar.app.cli;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** The account flags shared by every headless command. */
public record AccountOptions(Account account, Secret password, String bindAddress, int localPort) {
    public static final Set<String> NAMES = Set.of("server", "transport", "user", "password-env", "domain",
            "auth-user", "display-name", "expires", "local-port", "bind");

    public static AccountOptions from(Arguments args, Map<String, String> environment) throws UsageException {
        HostPort server = HostPort.parse(args.required("server"));
        Transport transport;
        try {
            transport = Transport.parse(args.option("transport").orElse("udp"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String user = args.required("user");
        Secret password = Secret.of("");
        if (args.option("password-env").isPresent()) {
            String var = args.option("password-env").get();
            String value = environment.get(var);
            if (value == null) {
                throw new UsageException("environment variable " + var + " (from --password-env) is not set");
            }
            password = Secret.of(value);
        }
        int expires = args.intOption("expires", 600, 10, 86400);
        int localPort = args.intOption("local-port", 0, 0, 65535);
        Account account;
        try {
            account = new Account(user, args.option("domain").orElse(null), server.host(),
                    server.port().orElse(transport.defaultPort()), transport, args.option("auth-user").orElse(null),
                    args.option("display-name").orElse(null), Duration.ofSeconds(expires));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return new AccountOptions(account, password, args.option("bind").orElse(""), localPort);
    }
}
