package org.migkg.bench;

import java.lang.management.ManagementFactory;

/**
 * Wall-clock and process CPU time since it was started. On a shared machine the wall clock also counts the time other
 * processes held the cores; the CPU time of this process does not, so the table shows both.
 */
final class Stopwatch {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** A measured span. */
    record Span(long wallNanos, long cpuNanos) {
        /** Wall time, with this process's CPU time when it was measured here (negative: in another process). */
        String describe() {
            return cpuNanos < 0 ? Figures.seconds(wallNanos) : Figures.seconds(wallNanos) + " (CPU " + Figures.seconds(cpuNanos) + ")";
        }
    }

    private final long wall = System.nanoTime();
    private final long cpu = OS.getProcessCpuTime();

    static Stopwatch start() {
        return new Stopwatch();
    }

    Span stop() {
        return new Span(System.nanoTime() - wall, OS.getProcessCpuTime() - cpu);
    }
}
