package io.agentbar.core.phone;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.call.CallId;
import io.agentbar.core.media.AudioEngine;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaEvent;
import io.agentbar.core.media.MediaSession;
import io.agentbar.core.media.MediaStatistics;
import io.agentbar.core.media.MediaTransport;
import io.agentbar.core.media.MediaTransports;
import io.agentbar.core.media.NegotiatedMedia;
import io.agentbar.core.media.PacketChannel;
import io.agentbar.core.signalling.Signalling;
import io.agentbar.core.signalling.SignallingEvent;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/** Unit-test fakes of the phone's ports: they record what the phone asked for. */
final class FakePorts {
    final BlockingQueue<String> commands = new LinkedBlockingQueue<>();
    /** Presence publications, apart from {@link #commands}: tests of calls need not skip them. */
    final BlockingQueue<String> presence = new LinkedBlockingQueue<>();
    final BlockingQueue<NegotiatedMedia> mediaStarted = new LinkedBlockingQueue<>();
    volatile Consumer<SignallingEvent> sink;
    volatile Consumer<MediaEvent> mediaSink;
    volatile MediaDescription lastOffer;
    final BlockingQueue<CallId> lastInvite = new LinkedBlockingQueue<>();
    volatile MediaDescription lastAnswer;
    int openTransports;
    int closedTransports;

    final Signalling signalling = new Signalling() {
        @Override
        public void start(Consumer<SignallingEvent> events) {
            sink = events;
        }

        @Override
        public InetAddress localAddress() {
            return InetAddress.getLoopbackAddress();
        }

        @Override
        public void register(Account account, Secret password) {
            commands.add("register " + account.user());
        }

        @Override
        public void unregister() {
            commands.add("unregister");
        }

        @Override
        public void invite(CallId call, String target, MediaDescription offer) {
            lastOffer = offer;
            lastInvite.add(call);
            commands.add("invite " + target);
        }

        @Override
        public void ringing(CallId call) {
            commands.add("ringing");
        }

        @Override
        public void accept(CallId call, MediaDescription answer) {
            lastAnswer = answer;
            commands.add("accept");
        }

        @Override
        public void reject(CallId call, int status) {
            commands.add("reject " + status);
        }

        @Override
        public void forward(CallId call, String target) {
            commands.add("forward " + call.value() + " " + target);
        }

        @Override
        public void hangUp(CallId call) {
            commands.add("hangup");
        }

        @Override
        public void updateDirection(CallId call, io.agentbar.core.media.MediaDirection direction) {
            commands.add("direction " + call.value() + " " + direction.attribute());
        }

        @Override
        public void refer(CallId call, String target) {
            commands.add("refer " + call.value() + " " + target);
        }

        @Override
        public void referReplacing(CallId call, CallId consultation) {
            commands.add("replace " + call.value() + " " + consultation.value());
        }

        @Override
        public void sendDtmfInfo(CallId call, char digit, Duration duration) {
            commands.add("info " + digit + " " + duration.toMillis() + " ms");
        }

        @Override
        public void sendInfo(CallId call, String contentType, String body) {
            commands.add("info " + contentType + " " + body);
        }

        @Override
        public void publishPresence(io.agentbar.core.signalling.PresenceStatus status) {
            presence.add("presence " + (status.open() ? "open" : "closed")
                    + status.activities().stream().map(a -> " " + a.element()).reduce("", String::concat)
                    + status.note().map(n -> " '" + n + "'").orElse(""));
        }

        @Override
        public void withdrawPresence() {
            presence.add("withdraw presence");
        }

        @Override
        public void close() {
            commands.add("close");
        }
    };

    final AudioEngine audio = new AudioEngine() {
        @Override
        public List<Codec> codecs() {
            return List.of(Codec.OPUS, Codec.PCMU);
        }

        @Override
        public MediaSession start(String callId, NegotiatedMedia media, MediaTransport transport, Consumer<MediaEvent> events) {
            mediaSink = events;
            mediaStarted.add(media);
            return new MediaSession() {
                @Override
                public void setMicrophoneMuted(boolean muted) {
                }

                @Override
                public void setSpeakerMuted(boolean muted) {
                }

                @Override
                public void sendDtmf(char digit) {
                    commands.add("dtmf " + digit);
                }

                @Override
                public void playKeyTone(char digit) {
                    commands.add("key tone " + digit);
                }

                @Override
                public MediaStatistics statistics() {
                    return MediaStatistics.EMPTY;
                }

                @Override
                public void close() {
                    commands.add("media closed");
                }
            };
        }

        @Override
        public io.agentbar.core.media.Conference conference(MediaSession a, MediaSession b) {
            commands.add("conference");
            return () -> commands.add("split");
        }

        @Override
        public void close() {
        }
    };

    /** What the fake transports' connect() returns: fail it to play a DTLS or ICE failure. */
    java.util.concurrent.CompletableFuture<Void> mediaReady = java.util.concurrent.CompletableFuture.completedFuture(null);
    volatile io.agentbar.core.media.MediaDescription connectedTo;

    final MediaTransports transports = bind -> {
        openTransports++;
        return new MediaTransport() {
            @Override
            public InetSocketAddress localRtp() {
                return new InetSocketAddress(bind, 40000);
            }

            @Override
            public InetSocketAddress localRtcp() {
                return new InetSocketAddress(bind, 40001);
            }

            @Override
            public java.util.concurrent.CompletionStage<Void> connect(io.agentbar.core.media.MediaDescription remote) {
                connectedTo = remote;
                return mediaReady;
            }

            @Override
            public PacketChannel rtp() {
                throw new UnsupportedOperationException();
            }

            @Override
            public PacketChannel rtcp() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void close() {
                closedTransports++;
            }
        };
    };

    String nextCommand() throws InterruptedException {
        String c = commands.poll(2, java.util.concurrent.TimeUnit.SECONDS);
        if (c == null) {
            throw new AssertionError("the phone sent no command within 2 s");
        }
        return c;
    }

    static Duration timeout() {
        return Duration.ofSeconds(2);
    }
}
