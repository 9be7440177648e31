/**
 * The measuring instrument: each {@link io.agentbar.bench.Measurement} runs AgentBar and a real peer
 * in the same run on the same loopback, so a shared machine's noise cancels out in the ratio.
 * {@link io.agentbar.bench.BenchMain} runs them and writes {@code bench/results/latest.json} and
 * {@code latest.md}.
 */
package io.agentbar.bench;
