package io.agentbar.audio.device;

/** A microphone: delivers one 20 ms frame per call, paced by its own clock. */
public interface CaptureDevice extends AudioDevice {
    /**
     * Blocks until the next frame is captured and copies it into {@code frame}, which holds
     * {@link io.agentbar.audio.pcm.PcmFormat#FRAME_SAMPLES} samples.
     */
    void read(short[] frame) throws AudioDeviceException;
}
