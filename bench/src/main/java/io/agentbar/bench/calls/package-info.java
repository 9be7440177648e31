/**
 * Items 1–4 of the benchmark issue: call setup, headless ready time, CPU per call and memory, each taken from
 * AgentBar and from baresip (and linphonec for ready time) started the same way, on the same loopback, in the same
 * run. A small raw-UDP SIP user agent ({@link io.agentbar.bench.calls.SipProbe}) is the one probe for every peer, so
 * the peers are timed by the same clock and the same code path; CPU time and RSS come from {@code /proc/PID}.
 */
package io.agentbar.bench.calls;
