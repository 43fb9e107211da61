package org.migkg.cli;

import java.io.PrintWriter;
import org.migkg.records.InvalidInputException;
import org.migkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code migkg} command line. */
@Command(name = "migkg", mixinStandardHelpOptions = true, version = "MigKG 0.1.0",
        description = "A knowledge graph of migration-policy events: load records, serve SPARQL and linked data.",
        subcommands = {
                LoadCommand.class,
                ServeCommand.class,
                QueryCommand.class,
                QueriesCommand.class,
                ValidateCommand.class,
                ExportCommand.class,
                PublishCommand.class,
                ImportCommand.class,
                ScoreImportCommand.class,
                ReviewCommand.class,
                LinkCommand.class,
                GenerateCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    public static final int INVALID_INPUT = 1;
    /** Picocli's own code for a command line it cannot parse; a command's own usage errors give it too. */
    public static final int USAGE = CommandLine.ExitCode.USAGE;
    public static final int STORE_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
            code = OUT_OF_MEMORY;
        }
        System.exit(code);
    }

    /** The process ran out of heap: a store write is one transaction, so what was stored before stays as it was. */
    public static final int OUT_OF_MEMORY = 4;

    static String outOfMemory(long maxHeapBytes) {
        long mib = maxHeapBytes / (1024 * 1024);
        return "error: Java ran out of memory (its maximum heap is " + mib + " MiB); the store keeps what it held before"
                + " this command. Give it more, for example: java -Xmx" + Math.max(2, 2 * ((mib + 1023) / 1024))
                + "g -jar target/migkg.jar ...";
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handle);
        return cl;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof InvalidInputException invalid) {
            err.println("error: " + invalid.problems().size() + " problem(s); nothing was written:");
            invalid.problems().forEach(p -> err.println("  " + p));
            err.flush();
            return INVALID_INPUT;
        }
        if (e instanceof UserError) {
            err.println("error: " + e.getMessage());
            err.flush();
            return USAGE;
        }
        if (e instanceof StoreException) {
            err.println("error: " + e.getMessage());
            err.flush();
            return STORE_ERROR;
        }
        throw new IllegalStateException(e);
    }
}
