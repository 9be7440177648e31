package io.agentbar.app.cli;

import io.agentbar.core.account.Secret;

import java.util.Map;
import java.util.Optional;

/**
 * STUN and TURN servers for ICE (the WebRTC media profile), as given on the command line.
 *
 * @param stun         a STUN server for server-reflexive candidates
 * @param turn         a TURN server for relayed candidates
 * @param turnUser     the TURN long-term credential user
 * @param turnPassword the TURN password, read from an environment variable, never from argv
 * @param relayOnly    offer and use only relayed candidates (hides the agent's addresses)
 */
public record NatOptions(Optional<HostPort> stun, Optional<HostPort> turn, String turnUser, Secret turnPassword,
                         boolean relayOnly) {
    public static final NatOptions NONE = new NatOptions(Optional.empty(), Optional.empty(), "", Secret.of(""), false);

    static NatOptions from(Arguments args, Map<String, String> environment) throws UsageException {
        Optional<HostPort> stun = args.option("stun").isPresent()
                ? Optional.of(HostPort.parse(args.option("stun").get())) : Optional.empty();
        Optional<HostPort> turn = args.option("turn").isPresent()
                ? Optional.of(HostPort.parse(args.option("turn").get())) : Optional.empty();
        String user = args.option("turn-user").orElse("");
        Secret password = Secret.of("");
        if (args.option("turn-password-env").isPresent()) {
            String var = args.option("turn-password-env").get();
            String value = environment.get(var);
            if (value == null) {
                throw new UsageException("environment variable " + var + " (from --turn-password-env) is not set");
            }
            password = Secret.of(value);
        }
        if (turn.isPresent() && user.isBlank()) {
            throw new UsageException("--turn needs --turn-user and --turn-password-env");
        }
        if (turn.isEmpty() && (!user.isBlank() || args.option("turn-password-env").isPresent())) {
            throw new UsageException("--turn-user and --turn-password-env need --turn HOST:PORT");
        }
        boolean relayOnly = args.flag("relay-only");
        if (relayOnly && turn.isEmpty()) {
            throw new UsageException("--relay-only needs a TURN server (--turn)");
        }
        return new NatOptions(stun, turn, user, password, relayOnly);
    }
}
