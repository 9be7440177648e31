package io.agentbar.app;

import io.agentbar.app.cli.AnswerCommand;
import io.agentbar.app.cli.CallCommand;
import io.agentbar.app.cli.RegisterCommand;
import io.agentbar.app.cli.ServeCommand;
import io.agentbar.app.cli.UsageException;
import io.agentbar.app.logging.Logging;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Entry point: no arguments opens the bar; a command runs the phone headless. */
public final class Main {
    static final String USAGE = """
            usage: agentbar                      open the bar (a built-in test line is offered when no account is set up)
                   agentbar register --server HOST[:PORT] --transport udp|tcp|tls|ws|wss --user USER --password-env VAR
                                [--domain D]
                   agentbar call TARGET --server ... --user ... --password-env VAR [--codec opus|pcmu|pcma]
                                [--play IN.wav] [--record OUT.wav] [--seconds N] [--dtmf KEYS]
                   agentbar answer --server ... --user ... --password-env VAR [--play IN.wav] [--record OUT.wav]
                                [--seconds N] [--timeout N]
                   agentbar serve --server ... --user ... --password-env VAR [--api-port P] [--api-token-env VAR]
                                [--play IN.wav] [--record OUT.wav] [--recordings DIR]
                                [--audio files|system] [--auto-answer SECONDS]
                                phone + local control API (docs/api.md) until stopped; --api-port default 9888
                                (0: any free port); --recordings: where /api/record/start writes (default
                                $XDG_DATA_HOME/agentbar/recordings); --audio system uses the default sound
                                devices and rings, files (default) uses --play/--record
                   agentbar test-line [--port P]   run the built-in test line alone (echo on 600, tone on 601)
            security: --media rtp|sdes|webrtc (default: webrtc over ws/wss, sdes over tls, else rtp)
                      --allow-plain-rtp (plain RTP over tls/wss) --ca FILE.pem (trust this CA too)
                      --trust-fingerprint SHA256 (approve one server certificate, as shown when it was refused)
                      --ws-path PATH (ws/wss, default /ws)
            recordings: --upload-url URL (finished recordings go there) --upload-method put|multipart (default put:
                        each file PUT under the URL; multipart: one POST with audio and metadata) --upload-token-env VAR
            NAT (webrtc): --stun HOST:PORT --turn HOST:PORT --turn-user U --turn-password-env VAR --relay-only
            DTMF: --dtmf-mode rfc4733|info|auto (default auto: RFC 4733 when negotiated, else SIP INFO)
            PBX recording: --record-header NAME[=VALUE,...] (shows the indicator; default X-Record=on,yes,true,1)
                      --record-pause-code KEYS [--record-resume-code KEYS] (feature code; one code toggles, e.g. *3)
                      --record-info TYPE:PAUSEBODY:RESUMEBODY (SIP INFO, e.g. application/x-record:pause:resume)
            dial plan: --block-prefix P,P --block-premium (toll-fraud list) --allow-prefix P,P (wins over blocks)
                       --no-international --international-prefix 00|011 --max-calls-per-minute N (default 10)
                       --max-calls N (at once)
            calls from anywhere: --accept-direct-calls (default: only calls through the account's server ring)
            agent (serve): --pause-reasons "Break,Lunch" (the first is the default) --partial-pause voice,chat,...
                      --pause-code '*46' (reason appended; --no-pause-code-reason) --ready-code '*47'
                      --paused-response 480 (queue calls refused while paused) --queue-header X-Queue
                      --no-presence (do not PUBLISH pause/ready as SIP presence)
            other options: --local-port P --bind ADDR --auth-user U --display-name N --expires S --no-register""";

    private Main() {
    }

    public static void main(String[] args) {
        Logging.install();
        int code = run(List.of(args), System.getenv(), System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
    }

    /** @return the exit code, or -1 when the window was opened and the process lives on */
    public static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.getFirst().equals("gui")) {
            DesktopLauncher.launch(args.isEmpty() ? List.of() : args.subList(1, args.size()));
            return -1;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.getFirst()) {
                case "register" -> new RegisterCommand(out, err).run(rest, env);
                case "call" -> new CallCommand(out, err).run(rest, env);
                case "answer" -> new AnswerCommand(out, err).run(rest, env);
                case "serve" -> new ServeCommand(out, err, ServeCommand.stdinIfPipe()).run(rest, env);
                case "test-line" -> TestLineCommand.run(rest, out, err);
                case "help", "--help", "-h" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> throw new UsageException("unknown command '" + args.getFirst() + "' (try --help)");
            };
        } catch (UsageException e) {
            err.println("agentbar: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("agentbar: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("agentbar: interrupted");
            return 130;
        } catch (Exception e) {
            err.println("agentbar: unexpected error: " + e);
            org.slf4j.LoggerFactory.getLogger(Main.class).error("unexpected error", e);
            return 1;
        }
    }
}
