package io.agentbar.app.testline;

import io.agentbar.audio.AudioSettings;
import io.agentbar.audio.RtpAudioEngine;
import io.agentbar.audio.device.DeviceFactory;
import io.agentbar.audio.device.LoopbackDevices;
import io.agentbar.audio.device.NullPlayback;
import io.agentbar.audio.device.ToneCapture;
import io.agentbar.core.account.Transport;
import io.agentbar.sip.JainSipSignalling;
import io.agentbar.sip.SipConfig;
import io.agentbar.sip.media.UdpMediaTransports;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;

/** Builds and starts the test line on loopback from the project's own SIP stack and audio engine. */
public final class TestLineAssembly {
    /** A running test line and the port its registrar listens on (UDP and TCP). */
    public record Running(TestLine line, int port) implements AutoCloseable {
        @Override
        public void close() {
            line.close();
        }
    }

    private TestLineAssembly() {
    }

    public static Running start(int port) throws IOException {
        SipConfig config = SipConfig.of(InetAddress.getLoopbackAddress()).withPort(port).withTransport(Transport.UDP)
                .withAcceptRegistrations(true).withLocalUser("test-line").withUserAgent("AgentBar test line");
        JainSipSignalling signalling = new JainSipSignalling(config);
        // the echo comes back a quarter second late so the agent hears it as an echo, not as sidetone
        RtpAudioEngine echo = new RtpAudioEngine(new LoopbackDevices(Duration.ofMillis(250)), AudioSettings.defaults());
        RtpAudioEngine tone = new RtpAudioEngine(DeviceFactory.of(id -> new ToneCapture(440), id -> new NullPlayback()),
                AudioSettings.defaults());
        TestLine line = new TestLine(signalling, new UdpMediaTransports(), echo, tone);
        line.start();
        return new Running(line, signalling.localPort());
    }
}
