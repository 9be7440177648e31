package io.agentbar.bench.calls;

/**
 * What one established Opus call cost the callee (see {@link CpuRun}).
 *
 * @param firstWindowCpuMs CPU time during the first 10 s of the call, the first after the process started
 * @param steadyPercent    CPU time over the following steady window, as a percentage of one core
 * @param rssInCallMib     VmRSS at the end of the steady window, the call still up
 */
record CpuFigures(double firstWindowCpuMs, double steadyPercent, double rssInCallMib) {
}
