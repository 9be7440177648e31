package io.agentbar.app.cli;

import io.agentbar.core.phone.PhoneEvent;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The phone's events as a queue the headless commands wait on, with deadlines instead of sleeps. */
final class PhoneEvents {
    private final BlockingQueue<PhoneEvent> queue = new LinkedBlockingQueue<>();

    void add(PhoneEvent event) {
        queue.add(event);
    }

    /** Waits for the first event matching the predicate; others are passed to {@code onOther}. */
    Optional<PhoneEvent> await(Predicate<PhoneEvent> match, Duration timeout, java.util.function.Consumer<PhoneEvent> onOther)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            PhoneEvent e = queue.poll(left, TimeUnit.NANOSECONDS);
            if (e == null) {
                return Optional.empty();
            }
            if (match.test(e)) {
                return Optional.of(e);
            }
            onOther.accept(e);
        }
    }
}
