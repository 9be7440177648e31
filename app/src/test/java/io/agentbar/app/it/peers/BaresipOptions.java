package io.agentbar.app.it.peers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to start one {@link Baresip}: its name, answer mode, codecs, what it plays and whether it registers.
 *
 * <p>Defaults: manual answer, PCMU, a 440 Hz tone lasting {@link #DEFAULT_SOURCE_LENGTH}, not registered (its own
 * URI is {@code sip:<name>@127.0.0.1:<port>}), SIP trace in the log.
 */
public final class BaresipOptions {

    /**
     * baresip 1.0.0's aufile source hangs up the call when the file ends, so the generated tone must outlast the
     * call. One minute is longer than any test call and still small (11 MB at 48 kHz stereo).
     */
    public static final Duration DEFAULT_SOURCE_LENGTH = Duration.ofSeconds(60);
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    final String name;
    boolean autoAnswer;
    List<String> codecs = List.of("PCMU");
    double toneHz = 440;
    double secondToneHz;
    Path sourceWav;
    Duration sourceLength = DEFAULT_SOURCE_LENGTH;
    Kamailio registrar;
    String user;
    String password;
    String transport = "udp";
    String extraAccountParams = "";
    final List<String> extraModules = new ArrayList<>();
    final List<String> extraConfigLines = new ArrayList<>();
    boolean sipTrace = true;
    Path caFile;
    Path certificate;
    String mediaEncryption;
    boolean webrtcMedia;

    private BaresipOptions(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name is used as SIP user and file name, keep it [a-z0-9._-]: " + name);
        }
        this.name = name;
        this.user = name;
    }

    /** Options for a peer called {@code name} (log {@code baresip-<name>-<n>.log}, SIP user {@code name}). */
    public static BaresipOptions named(String name) {
        return new BaresipOptions(name);
    }

    /** {@code answermode=auto}: incoming calls are answered at once. */
    public BaresipOptions autoAnswer(boolean autoAnswer) {
        this.autoAnswer = autoAnswer;
        return this;
    }

    /**
     * The account's {@code audio_codecs}, in preference order, e.g. {@code "PCMU"} or {@code "opus/48000/2"}. The
     * first one fixes the generated source WAV's rate and channels, because aufile refuses a file that does not
     * match the encoder (opus: 48 kHz stereo, G722: 16 kHz mono, PCMU/PCMA: 8 kHz mono).
     */
    public BaresipOptions codecs(String... codecs) {
        if (codecs.length == 0) {
            throw new IllegalArgumentException("at least one codec");
        }
        this.codecs = List.of(codecs);
        return this;
    }

    /** Plays a sine of {@code hz} (the default source, 440 Hz). */
    public BaresipOptions tone(double hz) {
        this.toneHz = hz;
        this.secondToneHz = 0;
        this.sourceWav = null;
        return this;
    }

    /** Plays two sines mixed at equal level. */
    public BaresipOptions twoTone(double firstHz, double secondHz) {
        this.toneHz = firstHz;
        this.secondToneHz = secondHz;
        this.sourceWav = null;
        return this;
    }

    /** Plays this WAV instead of a tone; it must match the first codec's rate and channels and outlast the call. */
    public BaresipOptions sourceWav(Path wav) {
        this.sourceWav = Objects.requireNonNull(wav);
        return this;
    }

    /** Length of the generated tone file (see {@link #DEFAULT_SOURCE_LENGTH}). */
    public BaresipOptions sourceLength(Duration length) {
        this.sourceLength = Objects.requireNonNull(length);
        return this;
    }

    /** Registers at {@code kamailio} as {@code user}/{@code password} over UDP; calls to the user then route there. */
    public BaresipOptions registerAt(Kamailio kamailio, String user, String password) {
        this.registrar = Objects.requireNonNull(kamailio);
        this.user = Objects.requireNonNull(user);
        this.password = Objects.requireNonNull(password);
        return this;
    }

    /**
     * SIP transport towards the registrar: {@code udp} (default), {@code tcp} or {@code tls} (the registrar needs
     * {@link KamailioOptions#tls}; give {@link #trustCa} too).
     */
    public BaresipOptions transport(String transport) {
        if (!List.of("udp", "tcp", "tls").contains(transport)) {
            throw new IllegalArgumentException("udp, tcp or tls: " + transport);
        }
        this.transport = transport;
        return this;
    }

    /** {@code sip_cafile}: the CA PEM baresip trusts for SIP over TLS, e.g. {@link TestCertificates#caCertificate()}. */
    public BaresipOptions trustCa(Path caPem) {
        this.caFile = Objects.requireNonNull(caPem);
        return this;
    }

    /**
     * {@code sip_certificate}: certificate and key in one PEM for baresip's own TLS listener (its SIP port + 1).
     * Only needed when a peer opens a TLS connection to baresip; Kamailio reaches TLS-registered clients over their
     * registration connection.
     */
    public BaresipOptions certificate(Path certificateAndKeyPem) {
        this.certificate = Objects.requireNonNull(certificateAndKeyPem);
        return this;
    }

    /**
     * SDES-SRTP: {@code srtp} (optional), {@code srtp-mand} (RTP/SAVP only), {@code srtp-mandf} (RTP/SAVPF only);
     * sets the account's {@code mediaenc} and loads {@code srtp.so}.
     */
    public BaresipOptions sdesSrtp(String mode) {
        if (!List.of("srtp", "srtp-mand", "srtp-mandf").contains(mode)) {
            throw new IllegalArgumentException("srtp, srtp-mand or srtp-mandf: " + mode);
        }
        this.mediaEncryption = mode;
        this.webrtcMedia = false;
        return this;
    }

    /**
     * The WebRTC media profile: {@code mediaenc=dtls_srtp;medianat=ice} with {@code rtcp_mux yes} (baresip then
     * offers {@code UDP/TLS/RTP/SAVPF}); loads {@code dtls_srtp.so} and {@code ice.so}.
     */
    public BaresipOptions webrtcMedia() {
        this.mediaEncryption = "dtls_srtp";
        this.webrtcMedia = true;
        return this;
    }

    /** Appended to the account line, e.g. {@code ;mediaenc=dtls_srtp;medianat=ice} (load the modules too). */
    public BaresipOptions accountParams(String params) {
        this.extraAccountParams = Objects.requireNonNull(params);
        return this;
    }

    /** Loads another module, e.g. {@code srtp.so}, {@code dtls_srtp.so}, {@code ice.so}. */
    public BaresipOptions module(String module) {
        this.extraModules.add(module);
        return this;
    }

    /** Adds a raw line to the generated {@code config}; it replaces the default line with the same key. */
    public BaresipOptions configLine(String line) {
        this.extraConfigLines.add(line);
        return this;
    }

    /** baresip {@code -s}: every SIP message in the log (on by default: it is what explains a failed call). */
    public BaresipOptions sipTrace(boolean sipTrace) {
        this.sipTrace = sipTrace;
        return this;
    }
}
