package io.agentbar.app.recording;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler whose time moves only when the test says so, and whose tasks run on the test's
 * thread: retry back-off becomes a sequence of explicit steps, with no sleeping and no races.
 */
final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private final List<Task<?>> tasks = new ArrayList<>();
    private Instant now = Instant.parse("2025-01-01T10:00:00Z");
    private long sequence;
    private boolean shutdown;

    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    /** Runs everything due now, including what those tasks schedule for now. */
    void runReady() {
        while (true) {
            Task<?> due = tasks.stream().filter(t -> !t.at.isAfter(now)).min(Task.ORDER).orElse(null);
            if (due == null) {
                return;
            }
            tasks.remove(due);
            due.run();
            try {
                due.get(); // FutureTask keeps a task's exception to itself; a test must see it
            } catch (Exception e) {
                throw new AssertionError("scheduled task failed", e.getCause() == null ? e : e.getCause());
            }
        }
    }

    /** Moves time to the earliest waiting task, runs what is due, and tells how far time moved. */
    Duration advanceToNext() {
        Task<?> next = tasks.stream().min(Task.ORDER).orElseThrow(() -> new AssertionError("nothing scheduled"));
        Duration moved = Duration.between(now, next.at);
        now = next.at;
        runReady();
        return moved;
    }

    int waiting() {
        return tasks.size();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return schedule(Executors.callable(command), delay, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        if (shutdown) {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }
        Task<V> task = new Task<>(callable, now.plusNanos(unit.toNanos(delay)), sequence++);
        tasks.add(task);
        return task;
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>(tasks);
        tasks.clear();
        return left;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return shutdown;
    }

    private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
        static final Comparator<Task<?>> ORDER = Comparator.<Task<?>, Instant>comparing(t -> t.at).thenComparingLong(t -> t.seq);
        final Instant at;
        final long seq;

        Task(Callable<V> callable, Instant at, long seq) {
            super(callable);
            this.at = at;
            this.seq = seq;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(now, at));
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }
    }
}
