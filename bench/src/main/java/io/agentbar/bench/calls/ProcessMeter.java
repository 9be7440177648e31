package io.agentbar.bench.calls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * CPU time and resident memory of a running process, read from {@code /proc/PID}. The figures cover every thread of
 * the process (JIT compiler and GC threads included for a JVM), which is what the machine pays for.
 */
final class ProcessMeter {
    /** Kernel clock ticks per second ({@code getconf CLK_TCK}); 100 on every Linux this runs on, asked once anyway. */
    private static final long TICKS_PER_SECOND = ticksPerSecond();

    private ProcessMeter() {
    }

    /** utime + stime of {@code pid} in milliseconds (resolution one clock tick, 10 ms). */
    static double cpuMillis(long pid) {
        String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
        // the command name (field 2) may hold spaces and parentheses: count fields after the last ')'
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        long utime = Long.parseLong(fields[11]);
        long stime = Long.parseLong(fields[12]);
        return (utime + stime) * 1000.0 / TICKS_PER_SECOND;
    }

    /** VmRSS of {@code pid} in MiB. */
    static double rssMib(long pid) {
        for (String line : read(Path.of("/proc", Long.toString(pid), "status")).split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                if (parts.length == 2 && parts[1].equals("kB")) {
                    return Long.parseLong(parts[0]) / 1024.0;
                }
            }
        }
        throw new IllegalStateException("no VmRSS line in /proc/" + pid + "/status (is it a zombie?)");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + " (process gone?): " + e.getMessage(), e);
        }
    }

    private static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            try {
                String out = new String(getconf.getInputStream().readAllBytes()).trim();
                if (getconf.waitFor(5, TimeUnit.SECONDS) && getconf.exitValue() == 0 && out.matches("\\d+")) {
                    return Long.parseLong(out);
                }
            } finally {
                getconf.destroyForcibly();
            }
        } catch (IOException e) {
            // getconf missing: fall through to the Linux default
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 100;
    }
}
