package io.agentbar.audio.alert;

import io.agentbar.audio.device.AudioDeviceException;
import io.agentbar.audio.device.PlaybackDevice;
import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.core.alert.AlertSignal;
import io.agentbar.core.alert.Ringer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * Plays alert signals on the ringtone device. The device is opened only while something plays:
 * an agent's headset or speaker is not held all day by a phone that is not ringing. Each signal
 * gets a fresh thread; stopping closes the device, which unblocks a pending write.
 */
public final class ToneRinger implements Ringer {
    private static final Logger LOG = LoggerFactory.getLogger(ToneRinger.class);

    private final Supplier<PlaybackDevice> devices;
    private volatile double volume;
    private Player current;

    /**
     * @param devices a fresh, unopened device for each signal
     * @param volume  0 to 1
     */
    public ToneRinger(Supplier<PlaybackDevice> devices, double volume) {
        this.devices = devices;
        this.volume = volume;
    }

    /** Takes effect with the next signal. */
    public void setVolume(double volume) {
        this.volume = volume;
    }

    @Override
    public synchronized void play(AlertSignal signal) {
        stop();
        AlertPattern pattern = AlertPattern.of(signal, volume);
        if (pattern != null) {
            current = new Player(devices.get(), pattern, signal);
            Thread.ofPlatform().daemon().name("ringer").start(current);
        }
    }

    @Override
    public synchronized void close() {
        stop();
    }

    private void stop() {
        if (current != null) {
            current.stop();
            current = null;
        }
    }

    private static final class Player implements Runnable {
        private final PlaybackDevice device;
        private final AlertPattern pattern;
        private final AlertSignal signal;
        private volatile boolean stopped;

        Player(PlaybackDevice device, AlertPattern pattern, AlertSignal signal) {
            this.device = device;
            this.pattern = pattern;
            this.signal = signal;
        }

        void stop() {
            stopped = true;
            device.close();
        }

        @Override
        public void run() {
            short[] frame = new short[PcmFormat.FRAME_SAMPLES];
            try {
                device.open();
                while (!stopped) {
                    pattern.next(frame);
                    device.write(frame);
                }
            } catch (AudioDeviceException e) {
                if (!stopped) {
                    // no ringtone device: the bar still shows the call, so the agent is not left unaware
                    LOG.warn("ringtone device {} failed while playing {}: {}", device.name(), signal, e.getMessage());
                }
            } finally {
                device.close();
            }
        }
    }
}
