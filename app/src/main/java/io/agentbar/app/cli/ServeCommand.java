package io.agentbar.app.cli;

import io.agentbar.app.PhoneAssembly;
import io.agentbar.app.api.ApiServer;
import io.agentbar.app.api.BearerToken;
import io.agentbar.app.api.PhoneApiBinding;
import io.agentbar.app.api.TokenFile;
import io.agentbar.core.media.Codec;
import io.agentbar.core.phone.Phone;
import io.agentbar.core.phone.PhoneEvent;
import io.agentbar.core.registration.RegistrationState;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code agentbar serve}: the phone headless, with file audio devices and the local control API,
 * until SIGTERM or Ctrl-C (or, when a parent process gave it a pipe as stdin, until that pipe closes);
 * then it hangs up, unregisters and exits 0.
 */
public final class ServeCommand extends HeadlessCommand {
    /** The XCALLY Phonebar's own default port, so integrations written for it need no change. */
    public static final int DEFAULT_PORT = 9888;
    static final Set<String> OPTIONS = AgentOptions.withNames(Set.copyOf(Stream.concat(AccountOptions.NAMES.stream(),
            Stream.of("api-port", "api-token-env", "play", "record", "recordings", "codec", "audio", "auto-answer"))
            .toList()));
    /** Longer than any agent would wait for a call to answer itself; a typo such as 300 for 3 is refused. */
    private static final int LONGEST_AUTO_ANSWER_SECONDS = 600;
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final Optional<InputStream> stopOnEof;

    /** @param stopOnEof a stream whose end stops the server (a supervising parent's pipe), if any */
    public ServeCommand(PrintStream out, PrintStream err, Optional<InputStream> stopOnEof) {
        super(out, err);
        this.stopOnEof = stopOnEof;
    }

    /** Standard input when it is a pipe (Linux): not a terminal, where reading from the background stops the process. */
    public static Optional<InputStream> stdinIfPipe() {
        try {
            Path fd0 = Path.of("/proc/self/fd/0");
            if (Files.isSymbolicLink(fd0) && Files.readSymbolicLink(fd0).toString().startsWith("pipe:")) {
                return Optional.of(System.in);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // no /proc: signals alone stop the server
        }
        return Optional.empty();
    }

    public int run(List<String> argv, Map<String, String> env) throws Exception {
        Set<String> switches = new java.util.HashSet<>(AgentOptions.SWITCHES);
        switches.add("no-register");
        Arguments args = Arguments.parse(argv, OPTIONS, Switches.with(switches.toArray(String[]::new)));
        if (!args.positionals().isEmpty()) {
            throw new UsageException("serve takes no positional argument: " + args.positionals().getFirst());
        }
        AccountOptions account = AccountOptions.from(args, env);
        io.agentbar.core.agent.AgentSettings agent = AgentOptions.from(args);
        int port = args.intOption("api-port", DEFAULT_PORT, 0, 65535);
        List<Codec> codecs;
        try {
            codecs = args.option("codec").map(c -> List.of(Codec.parse(c))).orElse(PhoneAssembly.DEFAULT_CODECS);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Optional<String> tokenVar = args.option("api-token-env");
        BearerToken token = token(tokenVar, env);
        PhoneAssembly.Options devices = audio(args, account, codecs);
        PhoneAssembly.Options options = MediaFiles.folder(args.option("recordings")).map(devices::withRecordings)
                .orElse(devices);
        Optional<Duration> autoAnswer = args.option("auto-answer").isPresent()
                ? Optional.of(Duration.ofSeconds(args.intOption("auto-answer", 0, 0, LONGEST_AUTO_ANSWER_SECONDS)))
                : Optional.empty();

        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            await(stopped, STOP_GRACE);
        }, "agentbar-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        Phone phone = PhoneAssembly.headless(options);
        phone.configureAgent(agent); // before register: the first publication already follows these settings
        PhoneApiBinding binding = PhoneApiBinding.of(phone);
        ApiServer api = null;
        try {
            phone.start();
            phone.setAutoAnswer(autoAnswer);
            try {
                api = ApiServer.start(binding, token, port, ApiServer.Limits.DEFAULT);
            } catch (BindException e) {
                err.println("agentbar: API port " + port + " is in use: choose another with --api-port (0 picks a free one)");
                return 1;
            }
            out.println("api listening on " + api.address());
            out.println("agent " + AgentOptions.describe(agent));
            out.println(tokenVar.map(v -> "api token from $" + v)
                    .orElse("api token in " + TokenFile.standard().path() + " (readable by you only)"));
            if (!args.flag("no-register") && !registerOrKeepTrying(phone)) {
                return 1;
            }
            stopOnEof.ifPresent(in -> Thread.ofPlatform().daemon().name("agentbar-serve-stdin").start(() -> {
                drain(in);
                stop.countDown();
            }));
            stop.await();
            out.println("stopping");
            return 0;
        } finally {
            if (api != null) {
                api.close();
            }
            binding.close();
            phone.shutdown(Duration.ofSeconds(3));
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook itself waited for the lines above
            }
        }
    }

    /**
     * {@code --audio files} (the default) plays and records WAV files; {@code --audio system} uses the
     * machine's default sound devices, with the ringtone, as the desktop bar does.
     */
    private static PhoneAssembly.Options audio(Arguments args, AccountOptions account, List<Codec> codecs)
            throws UsageException {
        String audio = args.option("audio").orElse("files");
        return switch (audio) {
            case "files" -> PhoneAssembly.Options.files(account, codecs,
                    MediaFiles.input(args.option("play")), MediaFiles.output(args.option("record")));
            case "system" -> {
                if (args.option("play").isPresent() || args.option("record").isPresent()) {
                    throw new UsageException("--play and --record use files: not with --audio system");
                }
                yield new PhoneAssembly.Options(account, codecs, new PhoneAssembly.Devices.JavaSound());
            }
            default -> throw new UsageException("--audio must be files or system, not " + audio);
        };
    }

    private static BearerToken token(Optional<String> var, Map<String, String> env) throws UsageException, IOException {
        if (var.isEmpty()) {
            return TokenFile.standard().loadOrCreate();
        }
        String value = env.get(var.get());
        if (value == null) {
            throw new UsageException("environment variable " + var.get() + " (from --api-token-env) is not set");
        }
        try {
            return BearerToken.of(value.strip());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--api-token-env " + var.get() + ": " + e.getMessage());
        }
    }

    /**
     * Registers and reports the outcome. A server that answers "wrong password" stops the command;
     * an unreachable one does not, because the phone retries by itself and the API should stay up.
     */
    private boolean registerOrKeepTrying(Phone phone) throws InterruptedException {
        PhoneEvents registration = new PhoneEvents();
        java.util.function.Consumer<PhoneEvent> listener = registration::add;
        phone.subscribe(listener);
        try {
            phone.register();
            Optional<PhoneEvent> outcome = registration.await(e -> e instanceof PhoneEvent.RegistrationChanged rc
                    && (rc.state() instanceof RegistrationState.Registered
                    || rc.state() instanceof RegistrationState.Failed), REGISTER_TIMEOUT, e -> { });
            if (outcome.isEmpty()) {
                err.println("agentbar: no answer from the registrar yet; the phone keeps trying");
                return true;
            }
            RegistrationState state = ((PhoneEvent.RegistrationChanged) outcome.get()).state();
            if (state instanceof RegistrationState.Registered) {
                out.println(Describe.registration(state));
                return true;
            }
            err.println("agentbar: " + Describe.registration(state));
            return state instanceof RegistrationState.Failed f && f.retryAt().isPresent();
        } finally {
            // the queue above would otherwise collect every event for as long as the server runs
            phone.unsubscribe(listener);
        }
    }

    private static void drain(InputStream in) {
        try {
            while (in.read() >= 0) {
                // input is ignored; only its end matters
            }
        } catch (IOException e) {
            // a broken pipe is an end as well
        }
    }

    private static void await(CountDownLatch latch, Duration timeout) {
        try {
            latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
