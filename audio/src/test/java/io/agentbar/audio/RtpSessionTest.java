package io.agentbar.audio;

import io.agentbar.audio.device.AudioDeviceException;
import io.agentbar.audio.device.CaptureDevice;
import io.agentbar.audio.device.DeviceFactory;
import io.agentbar.audio.device.NullPlayback;
import io.agentbar.audio.device.SilentCapture;
import io.agentbar.audio.device.ToneCapture;
import io.agentbar.audio.codec.G711;
import io.agentbar.audio.rtp.RtcpReader;
import io.agentbar.audio.rtp.RtpPacket;
import io.agentbar.audio.rtp.RtpPacketizer;
import io.agentbar.audio.testing.QueueTransport;
import io.agentbar.audio.testing.Tones;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.MediaEvent;
import io.agentbar.core.media.MediaSession;
import io.agentbar.core.media.NegotiatedMedia;
import io.agentbar.core.media.PayloadFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** One session against an in-memory transport. Real time (20 ms frames), a few hundred ms each. */
@Tag("realtime")
class RtpSessionTest {
    private static final InetSocketAddress FAR = new InetSocketAddress(InetAddress.getLoopbackAddress(), 5004);
    private static final PayloadFormat PCMU = PayloadFormat.staticFormat(Codec.PCMU);

    private final QueueTransport transport = new QueueTransport();
    private final BlockingQueue<MediaEvent> events = new LinkedBlockingQueue<>();
    private final RtpPacket packet = new RtpPacket();
    private RtpAudioEngine engine;

    @AfterEach
    void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    private MediaSession start(DeviceFactory devices, AudioSettings settings, Optional<PayloadFormat> events) {
        engine = new RtpAudioEngine(devices, settings);
        return engine.start("c1", new NegotiatedMedia(PCMU, events, FAR, FAR, MediaDirection.SENDRECV, 20),
                transport, this.events::add);
    }

    private MediaSession startWithTone() {
        return start(DeviceFactory.of(id -> new ToneCapture(1000), id -> new NullPlayback()), AudioSettings.defaults(),
                Optional.of(PayloadFormat.telephoneEvent(101)));
    }

    private RtpPacket nextRtp() throws InterruptedException {
        byte[] p = transport.rtp.nextSent(2000);
        assertThat(packet.parse(p, 0, p.length)).isTrue();
        return packet;
    }

    private MediaEvent nextEvent() throws InterruptedException {
        MediaEvent e = events.poll(3, TimeUnit.SECONDS);
        assertThat(e).as("an event within 3 s").isNotNull();
        return e;
    }

    @Test
    void dtmfGoesOutAsTelephoneEventsAndAudioContinuesAfterwards() throws Exception {
        MediaSession session = startWithTone();
        assertThat(nextRtp().marker()).as("first packet starts a talkspurt").isTrue();
        session.sendDtmf('5');
        session.sendDtmf('x'); // not a digit: ignored
        RtpPacket p = nextRtp();
        while (p.payloadType() != 101) {
            p = nextRtp();
        }
        long eventTimestamp = p.timestamp();
        int events = 0;
        int ends = 0;
        while (p.payloadType() == 101) {
            events++;
            assertThat(p.timestamp()).isEqualTo(eventTimestamp);
            assertThat(p.buffer()[p.payloadOffset()]).isEqualTo((byte) 5);
            if ((p.buffer()[p.payloadOffset() + 1] & 0x80) != 0) {
                ends++;
            }
            p = nextRtp();
        }
        assertThat(events).isEqualTo(8);
        assertThat(ends).isEqualTo(3);
        assertThat(p.payloadType()).as("audio again").isZero();
        assertThat(p.marker()).isTrue();
        assertThat(p.timestamp() - eventTimestamp).as("the RTP clock kept running").isEqualTo(8 * 160);
        session.close();
    }

    @Test
    void withoutTelephoneEventsDtmfIsSentAsTonesInTheAudio() throws Exception {
        MediaSession session = start(DeviceFactory.of(id -> new SilentCapture(), id -> new NullPlayback()),
                AudioSettings.defaults(), Optional.empty());
        nextRtp();
        session.sendDtmf('5'); // 770 Hz + 1336 Hz
        short[] heard = new short[4 * 160];
        int filled = 0;
        while (filled < heard.length) {
            RtpPacket p = nextRtp();
            assertThat(p.payloadType()).isZero();
            for (int i = 0; i < p.payloadLength(); i++) {
                heard[filled + i] = G711.decode(G711.Law.MU, p.buffer()[p.payloadOffset() + i]);
            }
            // skip the silent packets sent before the digit was picked up
            filled = Tones.rms(heard, filled, 160) > 0.05 ? filled + 160 : filled;
        }
        double low = Tones.amplitude(heard, 0, heard.length, 770, 8000);
        double high = Tones.amplitude(heard, 0, heard.length, 1336, 8000);
        assertThat(low).isGreaterThan(0.1);
        assertThat(high).isGreaterThan(0.1);
        assertThat(Tones.amplitude(heard, 0, heard.length, 697, 8000)).isLessThan(low / 5);
        assertThat(Tones.amplitude(heard, 0, heard.length, 1209, 8000)).isLessThan(high / 5);
        session.close();
    }

    @Test
    void aMutedMicrophoneStillSendsButOnlySilence() throws Exception {
        MediaSession session = startWithTone();
        nextRtp();
        session.setMicrophoneMuted(true);
        for (int i = 0; i < 3; i++) {
            nextRtp(); // let the frame in flight and the filter tail pass
        }
        RtpPacket p = nextRtp();
        assertThat(p.payloadLength()).isEqualTo(160);
        for (int i = 0; i < p.payloadLength(); i++) {
            assertThat(p.buffer()[p.payloadOffset() + i] & 0x7F).as("μ-law zero").isEqualTo(0x7F);
        }
        // the counter moves right after the send returns: the fifth may not be counted yet
        assertThat(session.statistics().packetsSent()).isGreaterThanOrEqualTo(4);
        session.close();
    }

    @Test
    void reportsTimeoutFirstPacketAndResumption() throws Exception {
        start(DeviceFactory.of(id -> new ToneCapture(1000), id -> new NullPlayback()),
                AudioSettings.defaults().withRtpTimeout(Duration.ofMillis(300)), Optional.empty());
        MediaEvent timedOut = nextEvent();
        assertThat(timedOut).isInstanceOf(MediaEvent.RtpTimedOut.class);
        assertThat(((MediaEvent.RtpTimedOut) timedOut).silentMillis()).isGreaterThanOrEqualTo(300);

        byte[] wire = new byte[172];
        RtpPacketizer far = new RtpPacketizer(77, 1, 0, 160);
        far.writeHeader(wire, 96); // a payload type that was not negotiated: ignored
        transport.rtp.incoming.add(wire.clone());
        transport.rtp.incoming.add(new byte[] {1, 2, 3}); // garbage: ignored
        far.writeHeader(wire, 0);
        transport.rtp.incoming.add(wire.clone());
        assertThat(nextEvent()).isEqualTo(new MediaEvent.FirstPacketReceived("c1"));
        assertThat(nextEvent()).isEqualTo(new MediaEvent.RtpResumed("c1"));
        assertThat(nextEvent()).isInstanceOf(MediaEvent.RtpTimedOut.class);
    }

    @Test
    void aBrokenMicrophoneIsReportedAndReplacedBySilence() throws Exception {
        CaptureDevice broken = new CaptureDevice() {
            @Override
            public String name() {
                return "USB headset";
            }

            @Override
            public void open() throws AudioDeviceException {
                throw new AudioDeviceException("unplugged");
            }

            @Override
            public void read(short[] frame) throws AudioDeviceException {
                throw new AudioDeviceException("unplugged");
            }

            @Override
            public void close() {
            }
        };
        MediaSession session = start(DeviceFactory.of(id -> broken, id -> new NullPlayback()),
                AudioSettings.defaults(), Optional.empty());
        assertThat(nextEvent()).isEqualTo(new MediaEvent.DeviceFailed("c1", "USB headset", "unplugged"));
        for (int i = 0; i < 3; i++) {
            assertThat(nextRtp().payloadType()).as("the stream goes on").isZero();
        }
        session.close();
    }

    @Test
    void sendsRtcpReportsAndSaysByeOnClose() throws Exception {
        MediaSession session = start(DeviceFactory.of(id -> new ToneCapture(1000), id -> new NullPlayback()),
                AudioSettings.defaults().withRtcpInterval(Duration.ofMillis(200)), Optional.empty());
        byte[] report = transport.rtcp.nextSent(2000);
        RtcpReader reader = new RtcpReader();
        assertThat(reader.read(report, 0, report.length, 0)).isTrue();
        assertThat(reader.hasSenderReport()).as("we sent RTP, so SR").isTrue();
        session.close();
        assertThat(transport.closes()).isEqualTo(1);
        byte[] last = report;
        for (byte[] p = transport.rtcp.sent.poll(); p != null; p = transport.rtcp.sent.poll()) {
            last = p;
        }
        reader.read(last, 0, last.length, 0);
        assertThat(reader.hasBye()).isTrue();
        assertThat(events).contains(new MediaEvent.Stopped("c1"));
        session.close();
        assertThat(events.stream().filter(e -> e instanceof MediaEvent.Stopped)).hasSize(1);
    }
}
