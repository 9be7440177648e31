package io.agentbar.audio.device;

import io.agentbar.audio.pcm.PcmFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DelayLineTest {
    private static short[] frame(int value) {
        short[] f = new short[PcmFormat.FRAME_SAMPLES];
        java.util.Arrays.fill(f, (short) value);
        return f;
    }

    @Test
    void releasesFramesAfterTheDelayInOrder() {
        DelayLine line = new DelayLine(3);
        short[] out = new short[PcmFormat.FRAME_SAMPLES];
        int[] heard = new int[8];
        for (int i = 0; i < 8; i++) {
            line.put(frame(i + 1));
            line.take(out);
            heard[i] = out[0];
        }
        assertThat(heard).containsExactly(0, 0, 0, 1, 2, 3, 4, 5);
    }

    @Test
    void aStalledReaderLosesTheOldestFramesNotTheNewest() {
        DelayLine line = new DelayLine(0);
        for (int i = 1; i <= 15; i++) {
            line.put(frame(i));
        }
        short[] out = new short[PcmFormat.FRAME_SAMPLES];
        line.take(out);
        assertThat(out[0]).isEqualTo((short) 6);
    }
}
