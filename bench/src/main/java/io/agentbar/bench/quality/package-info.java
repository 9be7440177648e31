/**
 * Mouth-to-ear delay and speech quality under impairment (items 5 and 6 of the benchmark issue): a SIP-aware
 * userspace UDP relay on loopback puts loss, bursts, jitter and reordering between the phones without changing
 * either, and a band-envelope correlation scores the speech each receiver heard against what was sent.
 */
package io.agentbar.bench.quality;
