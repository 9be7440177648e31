package io.agentbar.app.cli;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.DtmfMode;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.media.MediaProfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The account flags shared by every headless command.
 *
 * @param ca  a PEM file of CA certificates trusted for TLS and WSS in addition to the system's
 * @param nat STUN/TURN servers for the WebRTC profile's ICE
 * @param pinned SHA-256 fingerprints of server certificates the user approved (a PBX with a
 *               self-signed certificate): trusted for exactly that certificate
 */
public record AccountOptions(Account account, Secret password, String bindAddress, int localPort, Optional<Path> ca,
                             NatOptions nat, List<String> pinned,
                             Optional<io.agentbar.app.recording.UploadTarget> upload) {
    private static final java.util.regex.Pattern FINGERPRINT =
            java.util.regex.Pattern.compile("(?i)([0-9a-f]{2}:){31}[0-9a-f]{2}|[0-9a-f]{64}");

    public static final Set<String> NAMES = java.util.stream.Stream.concat(Set.of("server", "transport", "user",
            "password-env", "domain", "auth-user", "display-name", "expires", "local-port", "bind", "media", "stun",
            "turn", "turn-user", "turn-password-env", "ca", "ws-path", "trust-fingerprint", "upload-url",
            "upload-token-env", "upload-method", "dtmf-mode").stream(), java.util.stream.Stream.concat(
                    ServerRecordingOptions.NAMES.stream(), DialOptions.NAMES.stream()))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Flags without a value. */
    public static final Set<String> SWITCHES = java.util.stream.Stream.concat(
            Set.of("allow-plain-rtp", "relay-only", "accept-direct-calls").stream(), DialOptions.SWITCHES.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    public AccountOptions(Account account, Secret password, String bindAddress, int localPort) {
        this(account, password, bindAddress, localPort, Optional.empty(), NatOptions.NONE, List.of(), Optional.empty());
    }

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
            MediaProfile media = args.option("media").map(MediaProfile::parse).orElse(null);
            account = new Account(user, args.option("domain").orElse(null), server.host(),
                    server.port().orElse(transport.defaultPort()), transport, args.option("auth-user").orElse(null),
                    args.option("display-name").orElse(null), Duration.ofSeconds(expires), media,
                    args.flag("allow-plain-rtp"), args.option("ws-path").orElse(null));
            account = account.withDtmf(args.option("dtmf-mode").map(DtmfMode::parse).orElse(DtmfMode.AUTO))
                    .withServerRecording(ServerRecordingOptions.rule(args))
                    .withDialRules(DialOptions.rules(args))
                    // a peer-to-peer setup has no server to screen calls by (reliability-security §4.8 #21)
                    .withProxyOnly(!args.flag("accept-direct-calls"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (args.option("ws-path").isPresent() && !transport.webSocket()) {
            throw new UsageException("--ws-path applies to --transport ws or wss only");
        }
        Optional<Path> ca = args.option("ca").map(Path::of);
        if (ca.isPresent() && !Files.isReadable(ca.get())) {
            throw new UsageException("--ca " + ca.get() + ": no readable PEM file there");
        }
        NatOptions nat = NatOptions.from(args, environment);
        if ((nat.stun().isPresent() || nat.turn().isPresent()) && account.media() != MediaProfile.WEBRTC) {
            throw new UsageException("--stun and --turn apply to the webrtc media profile (ICE) only");
        }
        List<String> pinned = args.option("trust-fingerprint").map(v -> List.of(v.split(","))).orElse(List.of())
                .stream().map(String::strip).toList();
        for (String f : pinned) {
            if (!FINGERPRINT.matcher(f).matches()) {
                throw new UsageException("--trust-fingerprint " + f + ": expected the SHA-256 fingerprint the "
                        + "failed connection showed, e.g. AB:CD:...:EF (32 bytes)");
            }
        }
        if (!pinned.isEmpty() && !transport.secure()) {
            throw new UsageException("--trust-fingerprint applies to --transport tls or wss only");
        }
        Optional<io.agentbar.app.recording.UploadTarget> upload = Optional.empty();
        if (args.option("upload-url").isPresent()) {
            Optional<Secret> token = Optional.empty();
            if (args.option("upload-token-env").isPresent()) {
                String value = environment.get(args.option("upload-token-env").get());
                if (value == null) {
                    throw new UsageException("environment variable " + args.option("upload-token-env").get()
                            + " (from --upload-token-env) is not set");
                }
                token = Optional.of(Secret.of(value));
            }
            java.net.URI uri;
            try {
                uri = java.net.URI.create(args.option("upload-url").get());
            } catch (IllegalArgumentException e) {
                throw new UsageException("--upload-url: " + e.getMessage());
            }
            String method = args.option("upload-method").orElse("put");
            try {
                upload = Optional.of(switch (method) {
                    case "put" -> io.agentbar.app.recording.UploadTarget.put(uri, token);
                    case "multipart" -> io.agentbar.app.recording.UploadTarget.multipart(uri, token);
                    default -> throw new UsageException("--upload-method must be put or multipart, not " + method);
                });
            } catch (IllegalArgumentException e) {
                throw new UsageException("--upload-url: " + e.getMessage());
            }
        } else if (args.option("upload-token-env").isPresent() || args.option("upload-method").isPresent()) {
            throw new UsageException("--upload-token-env and --upload-method need --upload-url");
        }
        return new AccountOptions(account, password, args.option("bind").orElse(""), localPort, ca, nat, pinned, upload);
    }
}
