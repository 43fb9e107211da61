package org.migkg.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.migkg.progress.Progress;

/**
 * Shows a command's progress on stderr. On a terminal, one status line redrawn in place: the phase, how many of its
 * items are done, the time it has taken and an estimate of the time left. Elsewhere (a pipe, a log file, a CI job),
 * one plain line as each phase begins and one when the work is done, so logs stay readable and short. Quiet, nothing.
 * Closing it without {@link #finish()} (the work failed) clears the status line and says nothing more.
 */
final class ConsoleProgress implements Progress, AutoCloseable {
    private final String task;
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private final LongSupplier nanoClock;
    private final long started;
    private final ScheduledExecutorService ticker;

    private String phase;
    private int phaseNumber;
    private long total;
    private long done;
    private long phaseStarted;
    private boolean lineShown;

    ConsoleProgress(String task, PrintWriter err, boolean terminal, LongSupplier nanoClock) {
        this(task, err, terminal, false, nanoClock);
    }

    private ConsoleProgress(String task, PrintWriter err, boolean terminal, boolean quiet, LongSupplier nanoClock) {
        this.task = task;
        this.err = err;
        this.terminal = terminal && !quiet;
        this.quiet = quiet;
        this.nanoClock = nanoClock;
        this.started = nanoClock.getAsLong();
        if (this.terminal) {
            // The elapsed time keeps moving through long phases that report no items (linking, sorting).
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::redraw, 1, 1, TimeUnit.SECONDS);
        } else {
            ticker = null;
        }
    }

    /**
     * The progress for {@code task}: nothing with {@code quiet}, a status line when stderr is a terminal, plain lines
     * otherwise.
     */
    static ConsoleProgress of(String task, PrintWriter err, boolean quiet) {
        return new ConsoleProgress(task, err, System.console() != null, quiet, System::nanoTime);
    }

    @Override
    public synchronized void phase(String name, long total) {
        this.phase = name;
        this.total = total;
        this.done = 0;
        this.phaseNumber++;
        this.phaseStarted = nanoClock.getAsLong();
        if (terminal) {
            redraw();
        } else if (!quiet) {
            err.println(task + ": " + name + (total > 0 ? String.format(Locale.ROOT, " (%,d)", total) : "") + " ...");
            err.flush();
        }
    }

    @Override
    public synchronized void advance(long done) {
        this.done = done;
        if (terminal) {
            redraw();
        }
    }

    @Override
    public synchronized void finish() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (phase == null || quiet) {
            phase = null;
            return;
        }
        String line = task + ": done in " + duration(nanoClock.getAsLong() - started);
        if (terminal) {
            err.print("\r" + CLEAR + line + "\n");
        } else {
            err.println(line);
        }
        err.flush();
        phase = null;
        lineShown = false;
    }

    /** Prints a line of the command's own output on {@code out} without tearing the status line. */
    synchronized void println(PrintWriter out, String line) {
        if (terminal && lineShown) {
            err.print("\r" + CLEAR);
            err.flush();
        }
        out.println(line);
        out.flush();
        if (terminal && phase != null) {
            redraw();
        }
    }

    /** Ends the display; if the work did not finish, the status line is cleared for the error that follows. */
    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (terminal && lineShown) {
            err.print("\r" + CLEAR);
            err.flush();
        }
        phase = null;
        lineShown = false;
    }

    private static final String CLEAR = "\u001b[K";

    private synchronized void redraw() {
        if (phase == null) {
            return;
        }
        err.print("\r" + CLEAR + status());
        err.flush();
        lineShown = true;
    }

    /** "load: mapping and writing record graphs (4/6), 4,000 of 10,000 (40%), 1 min 12 s, about 1 min 48 s left". */
    String status() {
        long now = nanoClock.getAsLong();
        StringBuilder s = new StringBuilder(task).append(": ").append(phase).append(" (phase ").append(phaseNumber).append(")");
        if (total > 0) {
            s.append(String.format(Locale.ROOT, ", %,d of %,d (%d%%)", done, total, done * 100 / total));
        }
        s.append(", ").append(duration(now - started));
        if (total > 0 && done > 0 && done < total) {
            long left = (now - phaseStarted) / done * (total - done);
            s.append(", about ").append(duration(left)).append(" left");
        }
        return s.toString();
    }

    static String duration(long nanos) {
        long seconds = Math.round(nanos / 1e9);
        if (seconds < 60) {
            return nanos < 10_000_000_000L ? String.format(Locale.ROOT, "%.1f s", nanos / 1e9) : seconds + " s";
        }
        return seconds / 60 + " min " + seconds % 60 + " s";
    }
}
