package io.agentbar.app.cli;

import io.agentbar.app.PhoneAssembly;
import io.agentbar.core.account.DtmfMode;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.media.Codec;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.core.phone.Phone;
import io.agentbar.core.phone.PhoneEvent;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code agentbar call URI}: registers, dials, plays the WAV as microphone and records what it
 * hears, presses the {@code --dtmf} keys, hangs up after N seconds; exit 0 only if the call connected.
 */
public final class CallCommand extends HeadlessCommand {
    static final Set<String> OPTIONS = Set.copyOf(Stream.concat(AccountOptions.NAMES.stream(),
            Stream.of("codec", "play", "record", "seconds", "ring-timeout", "dtmf")).toList());
    /** Between two keys of --dtmf: a quick typist, and room for one INFO's round trip. */
    static final Duration DTMF_INTERVAL = Duration.ofMillis(200);

    public CallCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    public int run(List<String> argv, Map<String, String> env) throws Exception {
        Arguments args = Arguments.parse(argv, OPTIONS, Switches.with("no-register"));
        if (args.positionals().size() != 1) {
            throw new UsageException("call needs exactly one target (a number or sip: URI)");
        }
        String target = args.positionals().getFirst();
        AccountOptions account = AccountOptions.from(args, env);
        List<Codec> codecs;
        try {
            codecs = args.option("codec").map(c -> List.of(Codec.parse(c))).orElse(PhoneAssembly.DEFAULT_CODECS);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        int seconds = args.intOption("seconds", 10, 0, 86400);
        int ringTimeout = args.intOption("ring-timeout", 60, 1, 3600);
        String digits = args.option("dtmf").orElse("");
        if (!digits.chars().allMatch(c -> DtmfMode.isDigit((char) c))) {
            throw new UsageException("--dtmf takes telephone keys only (0-9, *, #, A-D), not '" + digits + "'");
        }
        PhoneAssembly.Options options = PhoneAssembly.Options.files(account, codecs,
                MediaFiles.input(args.option("play")), MediaFiles.output(args.option("record")));
        Phone phone = open(options);
        try {
            if (!args.flag("no-register") && !register(phone)) {
                return 1;
            }
            return dial(phone, target, seconds, ringTimeout, digits);
        } finally {
            phone.shutdown(Duration.ofSeconds(3));
        }
    }

    private int dial(Phone phone, String target, int seconds, int ringTimeout, String digits)
            throws InterruptedException {
        out.println("calling " + target);
        CallId id = phone.dial(target);
        Optional<PhoneEvent> outcome = events.await(e -> isCall(e, id, s -> s instanceof CallState.Connected || s.isEnded()),
                Duration.ofSeconds(ringTimeout), e -> report(e, id));
        if (outcome.isEmpty()) {
            err.println("agentbar: no answer within " + ringTimeout + " s");
            phone.hangUp(id);
            return 1;
        }
        CallSnapshot call = ((PhoneEvent.CallChanged) outcome.get()).call();
        if (call.state() instanceof CallState.Ended ended) {
            err.println("agentbar: call failed: " + Describe.ended(ended));
            return 1;
        }
        out.println("connected" + call.codec().map(c -> " (" + c.encodingName() + ")").orElse(""));
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Optional<PhoneEvent> early = Optional.empty();
        for (int i = 0; i < digits.length() && early.isEmpty(); i++) {
            phone.sendDtmf(id, digits.charAt(i));
            out.println("dtmf " + digits.charAt(i));
            // the pause between keys doubles as a watch for the far end hanging up
            early = events.await(e -> isCall(e, id, CallState::isEnded), DTMF_INTERVAL, e -> report(e, id));
        }
        if (early.isEmpty()) {
            early = events.await(e -> isCall(e, id, CallState::isEnded),
                    Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), e -> report(e, id));
        }
        if (early.isPresent()) {
            out.println("ended: " + Describe.ended((CallState.Ended) ((PhoneEvent.CallChanged) early.get()).call().state()));
            return 0;
        }
        phone.hangUp(id);
        events.await(e -> isCall(e, id, CallState::isEnded), Duration.ofSeconds(5), e -> { })
                .ifPresent(e -> out.println("ended: " + Describe.ended((CallState.Ended) ((PhoneEvent.CallChanged) e).call().state())));
        return 0;
    }

    static boolean isCall(PhoneEvent e, CallId id, java.util.function.Predicate<CallState> state) {
        return e instanceof PhoneEvent.CallChanged c && c.call().id().equals(id) && state.test(c.call().state());
    }

    private void report(PhoneEvent e, CallId id) {
        if (isCall(e, id, s -> s instanceof CallState.Alerting)) {
            out.println("ringing");
        } else if (e instanceof PhoneEvent.CommandRefused refused) {
            err.println("agentbar: " + refused.message());
        }
    }
}
