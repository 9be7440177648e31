package io.agentbar.audio.pcm;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SampleFifoTest {
    @Test
    void keepsOrderAcrossTheWrap() {
        SampleFifo fifo = new SampleFifo(5);
        short[] out = new short[5];
        fifo.write(new short[] {1, 2, 3}, 0, 3);
        fifo.read(out, 0, 2);
        fifo.write(new short[] {4, 5, 6, 7}, 0, 4);
        assertThat(fifo.size()).isEqualTo(5);
        assertThat(fifo.read(out, 0, 5)).isEqualTo(5);
        assertThat(out).containsExactly(3, 4, 5, 6, 7);
    }

    @Test
    void dropsWhatDoesNotFit() {
        SampleFifo fifo = new SampleFifo(2);
        assertThat(fifo.write(new short[] {1, 2, 3}, 0, 3)).isEqualTo(2);
        fifo.writeSilence(4);
        assertThat(fifo.size()).isEqualTo(2);
    }
}
