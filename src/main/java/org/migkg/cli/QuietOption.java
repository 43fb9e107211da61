package org.migkg.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --quiet}, for the commands that show their progress on stderr. */
final class QuietOption {
    @Option(names = {"-q", "--quiet"}, description = "Show no progress on stderr (what the command prints when it is done still appears).")
    boolean quiet;

    ConsoleProgress progress(String task, PrintWriter err) {
        return ConsoleProgress.of(task, err, quiet);
    }
}
