package io.agentbar.audio.playback;

import io.agentbar.audio.device.AudioDeviceException;
import io.agentbar.audio.device.NullPlayback;
import io.agentbar.audio.device.PlaybackDevice;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;

/** A speaker paced in real time like a real one that keeps every frame it plays for the test. */
final class TestSpeaker implements PlaybackDevice {
    final BlockingQueue<short[]> heard = new LinkedBlockingQueue<>();
    final CountDownLatch closed = new CountDownLatch(1);
    private final NullPlayback clock = new NullPlayback();
    private volatile boolean open;

    @Override
    public String name() {
        return "test speaker";
    }

    @Override
    public void open() {
        open = true;
        clock.open();
    }

    @Override
    public void write(short[] frame) throws AudioDeviceException {
        synchronized (this) { // no frame is kept once close() has returned
            if (!open) {
                throw new AudioDeviceException("closed");
            }
            heard.add(frame.clone());
        }
        clock.write(frame);
    }

    @Override
    public void close() {
        synchronized (this) {
            open = false;
        }
        closed.countDown();
    }
}
