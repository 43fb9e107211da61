package org.migkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.migkg.serve.LibraryQuery;
import org.migkg.serve.QueryLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "List the query library: each query's name, title, description, parameters and page size."
                + " Run one with 'migkg queries run NAME' (or 'migkg query NAME').",
        subcommands = QueriesCommand.Run.class)
final class QueriesCommand implements Callable<Integer> {
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Run a query of the library by name (the same as 'migkg query NAME'), e.g."
                    + " 'migkg queries run recurring-speakers --limit 50 --offset 50'.",
                    "A paged query gives one page; which page it was, and how to get the next, is printed on stderr."})
    static final class Run extends QueryCommand {}

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
            if (q.paged()) {
                out.println("    --limit ROWS --offset ROWS  (paged) " + q.pageSize() + " rows a page by default; --offset " + q.pageSize()
                        + " gives the second page");
            }
        }
        out.flush();
    }
}
