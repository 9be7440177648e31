package io.agentbar.audio.device;

/** A speaker: takes one 20 ms frame per call, blocking until its clock has room for it. */
public interface PlaybackDevice extends AudioDevice {
    /** Plays {@link io.agentbar.audio.pcm.PcmFormat#FRAME_SAMPLES} samples from {@code frame}. */
    void write(short[] frame) throws AudioDeviceException;
}
