package org.migkg.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Runs a query's results to the end before anything is sent, holding at most {@code maxResults} rows (SELECT, JSON
 * queries) or triples (CONSTRUCT, DESCRIBE). A timeout then strikes before the response has started, and a result
 * over the bound is refused with {@link TooLarge} instead of being held.
 */
final class WholeResults {
    private final long maxResults;

    WholeResults(long maxResults) {
        this.maxResults = maxResults;
    }

    long maxResults() {
        return maxResults;
    }

    /** Thrown when a result has more rows or triples than the bound. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    RowSet rows(RowSet rows) {
        List<Binding> held = new ArrayList<>();
        while (rows.hasNext()) {
            count(held.size());
            held.add(rows.next());
        }
        return RowSetStream.create(rows.getResultVars(), held.iterator());
    }

    DatasetGraph quads(Iterator<Quad> quads) {
        DatasetGraph held = DatasetGraphFactory.create();
        long size = 0;
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (!held.contains(q)) {
                count(size++);
                held.add(q);
            }
        }
        return held;
    }

    Graph graph(Graph graph) {
        count(graph.size() - 1);
        return graph;
    }

    Iterator<JsonObject> json(Iterator<JsonObject> items) {
        List<JsonObject> held = new ArrayList<>();
        while (items.hasNext()) {
            count(held.size());
            held.add(items.next());
        }
        return held.iterator();
    }

    private void count(long alreadyHeld) {
        if (alreadyHeld >= maxResults) {
            throw new TooLarge();
        }
    }
}
