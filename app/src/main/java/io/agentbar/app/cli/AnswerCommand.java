package io.agentbar.app.cli;

import io.agentbar.app.PhoneAssembly;
import io.agentbar.core.call.CallState;
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
 * {@code agentbar answer}: registers, waits for one incoming call, answers it, plays and records,
 * hangs up after N seconds (or when the caller does); exit 0 only if a call was answered.
 */
public final class AnswerCommand extends HeadlessCommand {
    static final Set<String> OPTIONS = Set.copyOf(Stream.concat(AccountOptions.NAMES.stream(),
            Stream.of("play", "record", "seconds", "timeout", "codec", "calls")).toList());

    public AnswerCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    /** Waits for one call, answers it and keeps it for {@code seconds} or until the caller hangs up. */
    private boolean answerOne(Phone phone, int seconds, int timeout) throws InterruptedException {
        out.println("waiting for a call");
        Optional<PhoneEvent> ringing = events.await(e -> e instanceof PhoneEvent.CallChanged c
                && c.call().state() instanceof CallState.Ringing, Duration.ofSeconds(timeout), e -> { });
        if (ringing.isEmpty()) {
            err.println("agentbar: no call within " + timeout + " s");
            return false;
        }
        CallSnapshot call = ((PhoneEvent.CallChanged) ringing.get()).call();
        out.println("ringing: " + call.remote().uri());
        phone.answer(call.id());
        Optional<PhoneEvent> answered = events.await(e -> CallCommand.isCall(e, call.id(),
                s -> s instanceof CallState.Connected || s.isEnded()), Duration.ofSeconds(10), e -> { });
        if (answered.isEmpty() || ((PhoneEvent.CallChanged) answered.get()).call().state().isEnded()) {
            err.println("agentbar: the call ended before it could be answered");
            return false;
        }
        out.println("connected" + ((PhoneEvent.CallChanged) answered.get()).call().codec()
                .map(c -> " (" + c.encodingName() + ")").orElse(""));
        Optional<PhoneEvent> ended = events.await(e -> CallCommand.isCall(e, call.id(), CallState::isEnded),
                Duration.ofSeconds(seconds), e -> { });
        if (ended.isEmpty()) {
            phone.hangUp(call.id());
            ended = events.await(e -> CallCommand.isCall(e, call.id(), CallState::isEnded), Duration.ofSeconds(5), e -> { });
        }
        if (ended.isPresent()) {
            out.println("ended: " + Describe.ended((CallState.Ended) ((PhoneEvent.CallChanged) ended.get()).call().state()));
        } else {
            // our BYE is out; the far end has not confirmed it within 5 s (the phone gives up at 32 s)
            out.println("ended: local hangup (not yet confirmed by the other side)");
        }
        return true;
    }

    public int run(List<String> argv, Map<String, String> env) throws Exception {
        Arguments args = Arguments.parse(argv, OPTIONS, Switches.with("no-register"));
        if (!args.positionals().isEmpty()) {
            throw new UsageException("answer takes no positional argument: " + args.positionals().getFirst());
        }
        AccountOptions account = AccountOptions.from(args, env);
        int seconds = args.intOption("seconds", 10, 0, 86400);
        int timeout = args.intOption("timeout", 60, 1, 86400);
        var codecs = args.option("codec").map(c -> List.of(io.agentbar.core.media.Codec.parse(c)))
                .orElse(PhoneAssembly.DEFAULT_CODECS);
        // each answered call rewrites --record: benchmarks measure the last call from its start
        PhoneAssembly.Options options = new PhoneAssembly.Options(account, codecs, new PhoneAssembly.Devices.Files(
                MediaFiles.input(args.option("play")), MediaFiles.output(args.option("record")),
                PhoneAssembly.SpeakerFile.LATEST_CALL));
        Phone phone = open(options);
        try {
            if (!args.flag("no-register") && !register(phone)) {
                return 1;
            }
            int count = args.intOption("calls", 1, 1, 100000);
            for (int n = 0; n < count; n++) {
                if (!answerOne(phone, seconds, timeout)) {
                    return 1;
                }
            }
            return 0;
        } finally {
            phone.shutdown(Duration.ofSeconds(3));
        }
    }
}
