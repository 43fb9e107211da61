package org.migkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.migkg.rdf.Prefixes;
import org.migkg.serve.LibraryQuery;
import org.migkg.serve.QueryBinder;
import org.migkg.serve.QueryLibrary;
import org.migkg.store.KnowledgeStore;
import org.migkg.store.StoreReader;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run SPARQL against the store without a server (stop a running server first: the store is single-process).",
                "Give a query of the library by name (see --list), a query file, or the query text."})
class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json }

    static final class Source {
        @Parameters(paramLabel = "NAME|FILE.rq", description = "The name of a query of the library, e.g. person-timeline, or a query file.")
        String nameOrFile;

        @Option(names = "--query", paramLabel = "TEXT", description = "The query text (the project's prefixes are predeclared).")
        String text;

        @Option(names = "--list", description = "List the query library with titles, descriptions and parameters.")
        boolean list;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Bind ?NAME before running: an IRI if VALUE looks like one (<...> or http...), else a string.")
    Map<String, String> params = Map.of();

    @Option(names = "--limit", paramLabel = "ROWS",
            description = "For a paged query of the library: how many rows a page has (default: the query's page size, see 'migkg queries').")
    Integer limit;

    @Option(names = "--offset", paramLabel = "ROWS", description = "For a paged query of the library: how many rows to skip (default: 0, the first page).")
    Integer offset;

    /** The page a paged library query reads; null for any other query. */
    private LibraryQuery.Page page;

    @Option(names = "--print-query", description = "Print the query with its parameters bound, without running it (to send to any SPARQL endpoint).")
    boolean printQuery;

    @Mixin
    StoreOptions storeOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (source.list) {
            QueriesCommand.printLibrary(spec.commandLine().getOut());
            return 0;
        }
        String text = boundText();
        Query query = parse(text);
        if (printQuery) {
            spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
            spec.commandLine().getOut().flush();
            return 0;
        }
        try (KnowledgeStore store = storeOptions.open()) {
            store.read(() -> {
                run(store, query);
                return null;
            });
        }
        return 0;
    }

    /** The query text with the parameters bound; a library query (or a file with a library header) checks them. */
    private String boundText() {
        try {
            if (source.text != null) {
                return plain(QueryBinder.bind(Prefixes.sparql() + source.text, params));
            }
            Path file = Path.of(source.nameOrFile);
            if (!source.nameOrFile.endsWith(".rq") && !Files.isRegularFile(file)) {
                LibraryQuery query = QueryLibrary.load().find(source.nameOrFile).orElseThrow(() -> new UserError(
                        "no query named '" + source.nameOrFile + "' in the library and no such file; 'migkg queries' lists the library"));
                return library(query);
            }
            String text = readQuery(file);
            if (text.lines().anyMatch(l -> l.matches("#\\s*title\\s*:.*"))) {
                String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                return library(LibraryQuery.parse(name, text));
            }
            return plain(QueryBinder.bind(Prefixes.sparql() + text, params));
        } catch (IllegalArgumentException | org.apache.jena.sparql.ARQException e) {
            throw new UserError(e.getMessage());
        }
    }

    private String library(LibraryQuery query) {
        Map<String, String> values = new java.util.LinkedHashMap<>(params);
        if (limit != null) {
            values.put(LibraryQuery.LIMIT, Integer.toString(limit));
        }
        if (offset != null) {
            values.put(LibraryQuery.OFFSET, Integer.toString(offset));
        }
        page = query.page(values);
        return query.bind(values);
    }

    private String plain(String text) {
        if (limit != null || offset != null) {
            throw new UserError("--limit and --offset page the queries of the library that say they are paged; in your own query, write LIMIT and OFFSET");
        }
        return text;
    }

    private static Query parse(String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new UserError("the query does not parse: " + e.getMessage());
        }
    }

    private static String readQuery(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot read query file " + file + ": " + e.getMessage());
        }
    }

    private void run(StoreReader store, Query query) {
        PrintWriter out = spec.commandLine().getOut();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        int rows = -1;
        try (QueryExecution qe = store.query(query).build()) {
            if (query.isSelectType()) {
                var rs = qe.execSelect().rewindable();
                switch (format) {
                    case table -> {
                        out.print(ResultTable.of(rs, ResultTable.displayPrefixes(store.iris(), query.getPrefixMapping().getNsPrefixMap())).render());
                    }
                    case csv -> ResultSetFormatter.outputAsCSV(raw, rs);
                    case tsv -> ResultSetFormatter.outputAsTSV(raw, rs);
                    case json -> ResultSetFormatter.outputAsJSON(raw, rs);
                }
                rows = rs.size();
            } else if (query.isAskType()) {
                out.println(qe.execAsk());
            } else {
                var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                model.setNsPrefixes(Prefixes.MAP);
                RDFDataMgr.write(raw, model, format == Format.json ? RDFFormat.JSONLD11 : RDFFormat.TURTLE_PRETTY);
            }
        }
        out.print(raw.toString(StandardCharsets.UTF_8));
        out.flush();
        if (rows >= 0) {
            describePage(rows);
        }
    }

    /** Which page this was and how to ask for the next, on stderr so that the rows on stdout stay a clean table or file. */
    private void describePage(int rows) {
        if (page == null) {
            return;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println(page.isLast(rows) ? "Last page: " + page.describe(rows) + "."
                : "Page: " + page.describe(rows) + "; next: --limit " + page.limit() + " --offset " + page.next().offset());
        err.flush();
    }
}
