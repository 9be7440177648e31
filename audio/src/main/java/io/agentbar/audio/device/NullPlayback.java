package io.agentbar.audio.device;

/** A speaker that discards, in real time. Also what the engine falls back to when a speaker fails. */
public final class NullPlayback implements PlaybackDevice {
    private final FrameClock clock = new FrameClock();

    @Override
    public String name() {
        return "discard";
    }

    @Override
    public void open() {
        clock.reset();
    }

    @Override
    public void write(short[] frame) {
        clock.awaitTick();
    }

    @Override
    public void close() {
        // nothing held
    }
}
