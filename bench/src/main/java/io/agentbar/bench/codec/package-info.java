/**
 * Item 7 (Opus encode/decode per frame: AgentBar's Concentus path versus Debian's libopus through a small C harness,
 * {@code resources/codec/opus_bench.c}, compiled at bench time) and the window's start-up time to its first rendered
 * frame under Xvfb, without and with a JDK AOT cache ({@link io.agentbar.bench.codec.StartupMeasurements}).
 */
package io.agentbar.bench.codec;
