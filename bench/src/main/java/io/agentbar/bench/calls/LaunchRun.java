package io.agentbar.bench.calls;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One launch of a phone, timed from the process start: how soon it answers OPTIONS (ready time), its idle memory
 * after a settle window, then a series of calls from the probe, each timed INVITE to 200 OK, the next call placed only
 * once the phone says the previous one is over (so each call times setup, not a queue behind the last teardown).
 */
final class LaunchRun {
    /** How often the probe pings during start-up: the ready figure's resolution. */
    static final Duration PING_INTERVAL = Duration.ofMillis(5);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(15);

    private LaunchRun() {
    }

    /** Process start to the first 200 OK to OPTIONS, in ms. */
    static double readyMillis(PhoneUnderTest phone, SipProbe probe) {
        long ok = probe.awaitOptionsOk(phone.user(), phone.sipPort(), PING_INTERVAL, READY_TIMEOUT, phone::isAlive);
        return (ok - phone.startedNanos()) / 1e6;
    }

    /**
     * @param calls  probe calls to place (at least 2)
     * @param settle a fixed window between ready and the idle RSS reading: start-up work (JIT, lazy init) that
     *               continues after the first answer would otherwise count as idle memory of one phone and not the other
     */
    static LaunchFigures measure(PhoneUnderTest phone, SipProbe probe, int calls, Duration settle)
            throws InterruptedException {
        double ready = readyMillis(phone, probe);
        Thread.sleep(settle);
        double rssIdle = ProcessMeter.rssMib(phone.pid());
        double first = probe.call(phone.user(), phone.sipPort(), CALL_TIMEOUT) / 1e6;
        phone.awaitIdleAfter(1, IDLE_TIMEOUT);
        double rssAfterFirst = ProcessMeter.rssMib(phone.pid());
        List<Double> later = new ArrayList<>();
        for (int call = 2; call <= calls; call++) {
            later.add(probe.call(phone.user(), phone.sipPort(), CALL_TIMEOUT) / 1e6);
            phone.awaitIdleAfter(call, IDLE_TIMEOUT);
        }
        double rssAfterAll = ProcessMeter.rssMib(phone.pid());
        return new LaunchFigures(ready, rssIdle, first, later, rssAfterFirst, rssAfterAll);
    }
}
