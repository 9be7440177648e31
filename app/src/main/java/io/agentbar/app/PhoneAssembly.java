package io.agentbar.app;

import io.agentbar.app.cli.AccountOptions;
import io.agentbar.audio.AudioSettings;
import io.agentbar.audio.RtpAudioEngine;
import io.agentbar.audio.device.CaptureDevice;
import io.agentbar.audio.device.DeviceFactory;
import io.agentbar.core.alert.Ringer;
import io.agentbar.audio.playback.FilePlayer;
import io.agentbar.core.recording.RecordingPlayer;
import io.agentbar.audio.device.NullPlayback;
import io.agentbar.audio.device.PlaybackDevice;
import io.agentbar.audio.device.SilentCapture;
import io.agentbar.audio.device.WavFileCapture;
import io.agentbar.audio.device.WavFileRecorder;
import io.agentbar.audio.device.WavFileSpeaker;
import io.agentbar.core.media.Codec;
import io.agentbar.core.phone.Phone;
import io.agentbar.core.registration.RetryPolicy;
import io.agentbar.sip.JainSipSignalling;
import io.agentbar.sip.SipConfig;
import io.agentbar.sip.tls.CertificateFingerprint;
import io.agentbar.sip.tls.TlsSettings;
import io.agentbar.sip.ws.WebSocketSettings;
import io.agentbar.app.cli.HostPort;
import io.agentbar.app.recording.FileRecorder;
import io.agentbar.app.settings.ChosenSoundDevices;
import io.agentbar.app.recording.RecordingUploader;
import io.agentbar.app.recording.UploadPolicy;
import io.agentbar.audio.recording.RecordingFormat;
import io.agentbar.app.cli.NatOptions;
import io.agentbar.sip.media.MediaPolicy;
import io.agentbar.sip.media.PortRange;
import io.agentbar.sip.media.SecureMediaTransports;
import io.agentbar.sip.media.ice.IceServers;
import io.agentbar.sip.media.ice.TurnServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/** Explicit wiring of a phone from its adapters: the one place that knows every concrete class. */
public final class PhoneAssembly {
    public static final List<Codec> DEFAULT_CODECS = List.of(Codec.OPUS, Codec.PCMU, Codec.PCMA);

    private PhoneAssembly() {
    }

    /** Where a phone's audio comes from and goes to. */
    public sealed interface Devices {
        /** WAV files (or silence) clocked in real time: the headless commands and tests. */
        record Files(Optional<Path> play, Optional<Path> record, SpeakerFile speaker) implements Devices {
            /** The record file holds the whole run. */
            public Files(Optional<Path> play, Optional<Path> record) {
                this(play, record, SpeakerFile.WHOLE_RUN);
            }
        }

        /** The machine's sound devices through Java Sound, as the agent chose them in the settings. */
        record JavaSound(ChosenSoundDevices chosen) implements Devices {
            /** The system's default devices until something is chosen. */
            public JavaSound() {
                this(new ChosenSoundDevices());
            }
        }
    }

    /** What the {@link Devices.Files#record()} file holds. */
    public enum SpeakerFile {
        /**
         * Everything the phone played since it started, as one speaker would: calls that overlap and a
         * conference's mix are summed into one timeline, and each call continues the file.
         */
        WHOLE_RUN,
        /**
         * Only the latest call: each call's speaker rewrites the file from its start, so a caller that
         * measures one call at a time finds it at time zero. Meant for phones that never conference.
         */
        LATEST_CALL
    }

    /** @param recordings the folder call recordings are written to */
    public record Options(AccountOptions account, List<Codec> codecs, Devices devices, Path recordings) {
        public Options(AccountOptions account, List<Codec> codecs, Devices devices) {
            this(account, codecs, devices, FileRecorder.defaultFolder());
        }

        public Options withRecordings(Path folder) {
            return new Options(account, codecs, devices, folder);
        }

        public static Options silent(AccountOptions account) {
            return new Options(account, DEFAULT_CODECS, new Devices.Files(Optional.empty(), Optional.empty()));
        }

        public static Options files(AccountOptions account, List<Codec> codecs, Optional<Path> play, Optional<Path> record) {
            return new Options(account, codecs, new Devices.Files(play, record));
        }

        public static Options desktop(AccountOptions account) {
            return desktop(account, new ChosenSoundDevices());
        }

        /** Java Sound devices by the agent's choice, which {@code chosen} follows as settings are saved. */
        public static Options desktop(AccountOptions account, ChosenSoundDevices chosen) {
            return new Options(account, DEFAULT_CODECS, new Devices.JavaSound(chosen));
        }
    }

    /**
     * A phone and what the desktop needs beside it to read its recordings back.
     *
     * @param uploading whether finished recordings are uploaded
     */
    public record Assembled(Phone phone, FileRecorder recorder, Path recordings, boolean uploading) {
    }

    /** Builds a phone (not yet started). */
    public static Phone headless(Options options) throws IOException {
        return assemble(options).phone();
    }

    /** Builds a phone (not yet started) and keeps its recorder at hand. */
    public static Assembled assemble(Options options) throws IOException {
        AccountOptions a = options.account();
        InetAddress bind = a.bindAddress().isBlank()
                ? SipConfig.localAddressTowards(a.account().server(), a.account().port())
                : InetAddress.getByName(a.bindAddress());
        TlsSettings tls = a.ca().isPresent() ? TlsSettings.systemTrust().withAuthoritiesFrom(a.ca().get())
                : TlsSettings.systemTrust();
        for (String fingerprint : a.pinned()) {
            tls = tls.withPinned(CertificateFingerprint.parse(fingerprint));
        }
        SipConfig sip = SipConfig.of(bind).withPort(a.localPort()).withTransport(a.account().transport())
                .withLocalUser(a.account().user()).withUserAgent("AgentBar/" + Version.current()).withTls(tls);
        WebSocketSettings webSocket = WebSocketSettings.defaults().withPath(a.account().wsPath())
                .withSslContext(tls.sslContext());
        RtpAudioEngine audio = new RtpAudioEngine(devices(options.devices()),
                AudioSettings.defaults().withCodecs(options.codecs()));
        ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().name("signalling").daemon().unstarted(r));
        Phone phone = new Phone(a.account(), a.password(), new JainSipSignalling(sip, webSocket), audio,
                new SecureMediaTransports(mediaPolicy(a)), Clock.systemUTC(), loop, RetryPolicy.standard());
        java.util.function.Consumer<Path> finished = file -> { };
        if (a.upload().isPresent()) {
            // finished recordings go to the supervisors' server, retried until it confirms
            RecordingUploader uploader = RecordingUploader.create(options.recordings(), a.upload().get(),
                    UploadPolicy.defaults());
            uploader.start();
            finished = uploader::submit;
        }
        FileRecorder recorder = new FileRecorder(options.recordings(), RecordingFormat.OGG_OPUS, Clock.systemUTC(), finished);
        phone.useRecorder(recorder);
        phone.useRinger(ringer(options.devices()));
        return new Assembled(phone, recorder, options.recordings(), a.upload().isPresent());
    }

    /** The account's media profile, and the STUN/TURN servers its ICE may use. */
    static MediaPolicy mediaPolicy(AccountOptions a) throws IOException {
        NatOptions nat = a.nat();
        Optional<InetSocketAddress> stun = nat.stun().isPresent() ? Optional.of(resolve(nat.stun().get(), 3478))
                : Optional.empty();
        Optional<TurnServer> turn = nat.turn().isPresent()
                ? Optional.of(new TurnServer(resolve(nat.turn().get(), 3478), nat.turnUser(), nat.turnPassword()))
                : Optional.empty();
        return new MediaPolicy(a.account().media(), a.account().allowPlainRtp(), a.account().transport().secure(),
                new IceServers(stun, turn, nat.relayOnly()), PortRange.DEFAULT);
    }

    private static InetSocketAddress resolve(HostPort server, int defaultPort) throws IOException {
        InetSocketAddress address = new InetSocketAddress(server.host(), server.port().orElse(defaultPort));
        if (address.isUnresolved()) {
            throw new IOException("cannot resolve " + server.host());
        }
        return address;
    }

    /** Headless phones ring silently: their "speaker" is a file that holds only call audio. */
    static Ringer ringer(Devices devices) {
        return switch (devices) {
            case Devices.Files f -> Ringer.SILENT;
            case Devices.JavaSound j -> j.chosen().ringer();
        };
    }

    /** Recordings play on the speaker the agent chose for calls; headless phones have none and play into silence. */
    static RecordingPlayer recordingPlayer(Devices devices) {
        return switch (devices) {
            case Devices.Files f -> new FilePlayer(NullPlayback::new);
            case Devices.JavaSound j -> new FilePlayer(() -> j.chosen().playback("recording"));
        };
    }

    static DeviceFactory devices(Devices devices) {
        return switch (devices) {
            case Devices.Files f -> {
                Function<String, PlaybackDevice> playback = switch (f.speaker()) {
                    case WHOLE_RUN -> {
                        // one speaker for the whole phone, as on a sound card: every call and a conference's
                        // mix play into the same file instead of each truncating it
                        Optional<WavFileSpeaker> speaker = f.record().map(WavFileSpeaker::new);
                        yield id -> speaker.map(s -> s.line(id)).orElseGet(NullPlayback::new);
                    }
                    case LATEST_CALL -> id -> f.record().<PlaybackDevice>map(WavFileRecorder::new)
                            .orElseGet(NullPlayback::new);
                };
                yield DeviceFactory.of(
                        id -> f.play().<CaptureDevice>map(WavFileCapture::new).orElseGet(SilentCapture::new),
                        playback);
            }
            case Devices.JavaSound j -> j.chosen();
        };
    }
}
