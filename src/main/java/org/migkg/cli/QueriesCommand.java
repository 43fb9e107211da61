package org.migkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.migkg.serve.LibraryQuery;
import org.migkg.serve.QueryLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "List the query library: each query's name, title, description and parameters. Run one with 'migkg query NAME'.")
final class QueriesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        printLibrary(spec.commandLine().getOut());
        return 0;
    }

    static void printLibrary(PrintWriter out) {
        for (LibraryQuery q : QueryLibrary.load().queries()) {
            out.println(q.name() + " - " + q.title());
            out.println("    " + q.description());
            for (LibraryQuery.Parameter p : q.parameters()) {
                out.println("    --param " + p.name() + "=...  (" + (p.required() ? "required" : "optional") + ") " + p.description());
            }
        }
        out.flush();
    }
}
