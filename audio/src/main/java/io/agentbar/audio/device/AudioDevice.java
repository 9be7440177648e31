package io.agentbar.audio.device;

/**
 * A sound device in the one pipeline format ({@link io.agentbar.audio.pcm.PcmFormat}: 48 kHz,
 * mono, 16-bit, 20 ms frames). Devices own the clock: a capture device's {@code read} and a
 * playback device's {@code write} block for as long as the device's time requires, and the
 * stages behind them are passive.
 */
public interface AudioDevice extends AutoCloseable {
    /** A human-readable name for messages such as {@code DeviceFailed}. */
    String name();

    /** Opens the device. Called on the audio thread that will use it, so it may block briefly. */
    void open() throws AudioDeviceException;

    /** Releases the device. Idempotent; may be called from another thread to unblock a read or write. */
    @Override
    void close();
}
