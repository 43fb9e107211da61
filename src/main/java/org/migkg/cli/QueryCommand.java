package org.migkg.cli;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.migkg.rdf.Prefixes;
import org.migkg.store.KnowledgeStore;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run SPARQL against the store without a server (stop a running server first: the store is single-process).")
final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json }

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "A query file, e.g. one from queries/.")
        Path file;

        @Option(names = "--query", paramLabel = "TEXT", description = "The query text.")
        String text;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Bind ?NAME before running: an IRI if VALUE looks like one (<...> or http...), else a string.")
    Map<String, String> params = Map.of();

    @Mixin
    StoreOptions storeOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String text = source.text != null ? source.text : readQuery(source.file);
        ParameterizedSparqlString pss = new ParameterizedSparqlString();
        Prefixes.MAP.forEach(pss::setNsPrefix);
        pss.append(text);
        params.forEach((name, value) -> bind(pss, name, value));
        Query query;
        try {
            query = pss.asQuery();
        } catch (QueryParseException e) {
            throw new UserError("the query does not parse: " + e.getMessage());
        }
        try (KnowledgeStore store = storeOptions.open()) {
            Txn.executeRead(store.dataset(), () -> run(store, query));
        }
        return 0;
    }

    private static String readQuery(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot read query file " + file + ": " + e.getMessage());
        }
    }

    static void bind(ParameterizedSparqlString pss, String name, String value) {
        if (value.startsWith("<") && value.endsWith(">")) {
            pss.setIri(name, value.substring(1, value.length() - 1));
        } else if (value.matches("https?://\\S+")) {
            pss.setIri(name, value);
        } else {
            pss.setLiteral(name, value);
        }
    }

    private void run(KnowledgeStore store, Query query) {
        PrintWriter out = spec.commandLine().getOut();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).query(query).build()) {
            if (query.isSelectType()) {
                var rs = qe.execSelect();
                switch (format) {
                    case table -> ResultSetFormatter.out(raw, rs, query.getPrefixMapping());
                    case csv -> ResultSetFormatter.outputAsCSV(raw, rs);
                    case tsv -> ResultSetFormatter.outputAsTSV(raw, rs);
                    case json -> ResultSetFormatter.outputAsJSON(raw, rs);
                }
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
    }
}
