package io.agentbar.app.settings;

import io.agentbar.audio.codec.AudioCodecs;
import io.agentbar.audio.codec.AudioEncoder;
import io.agentbar.audio.codec.OpusSettings;
import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.core.media.Codec;
import io.agentbar.core.settings.CheckResult;
import io.agentbar.core.settings.Requirement;

/**
 * Encodes one frame with Opus: the WebRTC profile needs it, and a broken native or repackaged jar
 * shows here rather than in the first call. G.711 is plain Java and always there.
 */
final class CodecCheck {
    private CodecCheck() {
    }

    static CheckResult run() {
        try {
            AudioEncoder opus = AudioCodecs.encoder(Codec.OPUS, OpusSettings.defaults());
            short[] frame = new short[PcmFormat.FRAME_SAMPLES];
            for (int i = 0; i < frame.length; i++) {
                frame[i] = (short) (Math.sin(i * 2 * Math.PI * 440 / PcmFormat.SAMPLE_RATE) * 8000);
            }
            byte[] out = new byte[1500];
            if (opus.encode(frame, out, 0, out.length) <= 0) {
                return CheckResult.fail(Requirement.CODEC, "Opus produced no audio; calls fall back to G.711");
            }
            return CheckResult.pass(Requirement.CODEC, "Opus and G.711 available");
        } catch (RuntimeException | LinkageError e) {
            return CheckResult.fail(Requirement.CODEC, "Opus is unavailable (" + e.getClass().getSimpleName()
                    + "); calls fall back to G.711 — reinstall AgentBar");
        }
    }
}
