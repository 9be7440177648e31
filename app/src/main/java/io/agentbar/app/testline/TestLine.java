package io.agentbar.app.testline;

import io.agentbar.core.call.CallId;
import io.agentbar.core.media.AudioEngine;
import io.agentbar.core.media.MediaSession;
import io.agentbar.core.media.MediaTransport;
import io.agentbar.core.media.MediaTransports;
import io.agentbar.core.media.OfferAnswer;
import io.agentbar.core.signalling.Signalling;
import io.agentbar.core.signalling.SignallingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The test line's call logic over the same ports the phone uses. One thread owns the calls; the
 * signalling adapter (in registrar mode) only enqueues.
 */
public final class TestLine implements AutoCloseable {
    public static final String ECHO = "600";
    public static final String TONE = "601";
    private static final Logger LOG = LoggerFactory.getLogger(TestLine.class);

    private final Signalling signalling;
    private final MediaTransports transports;
    private final AudioEngine echo;
    private final AudioEngine tone;
    private final ExecutorService loop = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform()
            .name("test-line").daemon().unstarted(r));
    private final Map<CallId, Active> calls = new HashMap<>();

    private record Active(MediaTransport transport, MediaSession session) {
        void close() {
            session.close();
            transport.close();
        }
    }

    public TestLine(Signalling signalling, MediaTransports transports, AudioEngine echo, AudioEngine tone) {
        this.signalling = signalling;
        this.transports = transports;
        this.echo = echo;
        this.tone = tone;
    }

    public void start() throws IOException {
        signalling.start(event -> loop.execute(() -> on(event)));
    }

    private void on(SignallingEvent event) {
        switch (event) {
            case SignallingEvent.IncomingCall in -> answer(in);
            case SignallingEvent.RemoteHungUp h -> end(h.call());
            case SignallingEvent.Cancelled c -> end(c.call());
            case SignallingEvent.HungUp h -> end(h.call());
            default -> LOG.debug("test line: {}", event.getClass().getSimpleName());
        }
    }

    private void answer(SignallingEvent.IncomingCall in) {
        String number = in.to().user();
        AudioEngine engine = switch (number) {
            case ECHO -> echo;
            case TONE -> tone;
            default -> null;
        };
        if (engine == null) {
            signalling.reject(in.call(), 404);
            return;
        }
        MediaTransport transport;
        try {
            transport = transports.open(signalling.localAddress());
        } catch (IOException e) {
            LOG.warn("test line: no media port", e);
            signalling.reject(in.call(), 503);
            return;
        }
        Optional<OfferAnswer.Answer> answer = OfferAnswer.answer(in.offer(), engine.codecs(), transport.localRtp());
        if (answer.isEmpty()) {
            transport.close();
            signalling.reject(in.call(), 488);
            return;
        }
        signalling.ringing(in.call());
        signalling.accept(in.call(), answer.get().local());
        transport.connect(answer.get().media().remoteRtp(), answer.get().media().remoteRtcp());
        MediaSession session = engine.start(in.call().value(), answer.get().media(), transport, e -> { });
        calls.put(in.call(), new Active(transport, session));
        LOG.info("test line answered {} ({})", number, answer.get().media().codec());
    }

    private void end(CallId id) {
        Active a = calls.remove(id);
        if (a != null) {
            a.close();
        }
    }

    @Override
    public void close() {
        loop.execute(() -> {
            calls.keySet().forEach(signalling::hangUp);
            calls.values().forEach(Active::close);
            calls.clear();
        });
        loop.shutdown();
        try {
            loop.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        signalling.close();
        echo.close();
        tone.close();
    }
}
